#pragma once
// One parameter's input in the inputs panel: typed (taken from the Arguments line), a random or
// constant tensor (shape, dtype, distribution, bounds, seed), or a .npy file. The row shows the
// numpy expression that computes the same array, so the choice is never a black box.
#include <QWidget>
#include <optional>

#include "session/ParamInput.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace pt::app {

class ParamInputRow : public QWidget {
  Q_OBJECT

 public:
  ParamInputRow(const QString& param, QWidget* parent = nullptr);

  const QString& param() const { return param_; }
  // nullopt: typed under Arguments. Shape text that does not parse keeps the last valid shape.
  std::optional<session::ParamInput> input() const;
  void setInput(const std::optional<session::ParamInput>& input);  // does not emit edited()
  void retranslateUi();

  QComboBox* kindBox() const { return kind_; }
  QLineEdit* shapeEdit() const { return shape_; }
  QComboBox* dtypeBox() const { return dtype_; }
  QComboBox* distributionBox() const { return distribution_; }
  QLineEdit* pathEdit() const { return path_; }
  QLabel* preview() const { return preview_; }

 signals:
  void edited();

 private:
  void showPreview();
  void changed();

  QString param_;
  QLabel* name_;
  QComboBox* kind_;
  QStackedWidget* pages_;
  QLineEdit* shape_;
  QComboBox* dtype_;
  QComboBox* distribution_;
  QDoubleSpinBox* low_;
  QDoubleSpinBox* high_;
  QSpinBox* seed_;
  QLineEdit* path_;
  QToolButton* browse_;
  QLabel* preview_;
  std::vector<int64_t> lastShape_{2, 3};
  bool updating_ = false;
};

// "2, 3" / "(2, 3)" / "[2,3]" / "" (a 0-d tensor) -> sizes; nullopt when not a list of sizes >= 0.
std::optional<std::vector<int64_t>> parseShapeText(const QString& text);

}  // namespace pt::app
