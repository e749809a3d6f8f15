#include "app/ParamInputRow.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>

namespace pt::app {

namespace {

enum Kind { Typed, Random, Npy };  // the kind box's rows, also the stacked pages

// The dtypes a picked input may have, in the order the box lists them.
constexpr ir::DType kDTypes[] = {ir::DType::Float32, ir::DType::Float64, ir::DType::Float16, ir::DType::Int64,
                                 ir::DType::Int32,   ir::DType::Int16,   ir::DType::Int8,    ir::DType::UInt8,
                                 ir::DType::Bool};

QString shapeText(const std::vector<int64_t>& shape) {
  QStringList parts;
  for (int64_t d : shape) parts << QString::number(d);
  return parts.join(QStringLiteral(", "));
}

QDoubleSpinBox* boundBox(QWidget* parent) {
  auto* box = new QDoubleSpinBox(parent);
  box->setRange(-1e9, 1e9);
  box->setDecimals(4);
  box->setMinimumWidth(50);
  return box;
}

}  // namespace

std::optional<std::vector<int64_t>> parseShapeText(const QString& text) {
  QString t = text.trimmed();
  if (t.startsWith(QLatin1Char('(')) || t.startsWith(QLatin1Char('['))) t = t.mid(1);
  if (t.endsWith(QLatin1Char(')')) || t.endsWith(QLatin1Char(']'))) t.chop(1);
  std::vector<int64_t> shape;
  for (const QString& part : t.split(QRegularExpression(QStringLiteral("[,x×\\s]+")), Qt::SkipEmptyParts)) {
    bool ok = false;
    const qlonglong d = part.toLongLong(&ok);
    if (!ok || d < 0) return std::nullopt;
    shape.push_back(d);
  }
  return shape;
}

ParamInputRow::ParamInputRow(const QString& param, QWidget* parent) : QWidget(parent), param_(param) {
  setObjectName(QStringLiteral("paramInput_") + param);
  QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  mono.setPointSize(9);
  name_ = new QLabel(param, this);
  name_->setFont(mono);
  name_->setMinimumWidth(40);
  kind_ = new QComboBox(this);
  kind_->addItems({QString(), QString(), QString()});

  pages_ = new QStackedWidget(this);
  pages_->addWidget(new QWidget(pages_));  // typed: nothing more to choose

  auto* random = new QWidget(pages_);
  shape_ = new QLineEdit(shapeText(lastShape_), random);
  shape_->setFont(mono);
  shape_->setMinimumWidth(50);
  dtype_ = new QComboBox(random);
  for (ir::DType d : kDTypes) dtype_->addItem(QString::fromLatin1(ir::dtypeLongName(d)), static_cast<int>(d));
  distribution_ = new QComboBox(random);
  for (session::Distribution d : session::allDistributions())
    distribution_->addItem(QString::fromLatin1(session::distributionName(d)), static_cast<int>(d));
  low_ = boundBox(random);
  high_ = boundBox(random);
  high_->setValue(1.0);
  seed_ = new QSpinBox(random);
  seed_->setRange(0, 2147483647);
  seed_->setPrefix(QStringLiteral("seed "));
  seed_->setMinimumWidth(50);  // not as wide as the largest seed
  auto* grid = new QGridLayout(random);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->addWidget(shape_, 0, 0);
  grid->addWidget(dtype_, 0, 1);
  grid->addWidget(distribution_, 0, 2);
  grid->addWidget(low_, 1, 0);
  grid->addWidget(high_, 1, 1);
  grid->addWidget(seed_, 1, 2);
  pages_->addWidget(random);

  auto* npy = new QWidget(pages_);
  path_ = new QLineEdit(npy);
  browse_ = new QToolButton(npy);
  browse_->setText(QStringLiteral("…"));
  auto* npyLayout = new QHBoxLayout(npy);
  npyLayout->setContentsMargins(0, 0, 0, 0);
  npyLayout->addWidget(path_, 1);
  npyLayout->addWidget(browse_);
  pages_->addWidget(npy);

  preview_ = new QLabel(this);
  preview_->setFont(mono);
  preview_->setWordWrap(false);  // one line, clipped in a narrow dock: the tooltip has it whole
  preview_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  preview_->setStyleSheet(QStringLiteral("color: palette(mid);"));
  // A long expression must not widen the panel.
  preview_->setMinimumWidth(1);

  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(0, 2, 0, 2);
  layout->setHorizontalSpacing(6);
  layout->addWidget(name_, 0, 0);
  layout->addWidget(kind_, 0, 1);
  layout->addWidget(pages_, 1, 1);
  layout->addWidget(preview_, 2, 1);
  layout->setColumnStretch(1, 1);

  connect(kind_, &QComboBox::currentIndexChanged, this, [this](int index) {
    pages_->setCurrentIndex(index);
    pages_->setVisible(index != Typed);
    changed();
  });
  connect(shape_, &QLineEdit::textEdited, this, &ParamInputRow::changed);
  connect(path_, &QLineEdit::textEdited, this, &ParamInputRow::changed);
  for (QComboBox* box : {dtype_, distribution_}) connect(box, &QComboBox::currentIndexChanged, this, &ParamInputRow::changed);
  for (QDoubleSpinBox* box : {low_, high_}) connect(box, &QDoubleSpinBox::valueChanged, this, &ParamInputRow::changed);
  connect(seed_, &QSpinBox::valueChanged, this, &ParamInputRow::changed);
  connect(browse_, &QToolButton::clicked, this, [this] {
    const QString file = QFileDialog::getOpenFileName(this, tr("Input for %1").arg(param_), path_->text(),
                                                      tr("NumPy arrays (*.npy)"));
    if (file.isEmpty()) return;
    path_->setText(file);
    changed();
  });
  // The dock may be narrow: boxes shrink to a few characters rather than push the panel wider.
  for (QComboBox* box : {kind_, dtype_, distribution_}) {
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(4);
  }
  // In the panel's scroll area a row keeps its natural height instead of being squeezed.
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
  pages_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  pages_->setVisible(false);
  retranslateUi();
}

void ParamInputRow::retranslateUi() {
  kind_->setItemText(Typed, tr("as typed under Arguments"));
  kind_->setItemText(Random, tr("tensor: shape, dtype, values"));
  kind_->setItemText(Npy, tr(".npy file"));
  shape_->setToolTip(tr("Shape, e.g. 3, 224, 224 (empty: a 0-d tensor)"));
  low_->setToolTip(tr("Low bound (normal: the mean)"));
  high_->setToolTip(tr("High bound, exclusive (normal: the standard deviation)"));
  path_->setPlaceholderText(tr("path of a .npy file (relative to the project)"));
  browse_->setToolTip(tr("Choose a .npy file"));
  showPreview();
}

std::optional<session::ParamInput> ParamInputRow::input() const {
  session::ParamInput in;
  switch (kind_->currentIndex()) {
    case Random:
      in.kind = session::InputKind::Random;
      in.shape = parseShapeText(shape_->text()).value_or(lastShape_);
      in.dtype = static_cast<ir::DType>(dtype_->currentData().toInt());
      in.distribution = static_cast<session::Distribution>(distribution_->currentData().toInt());
      in.low = low_->value();
      in.high = high_->value();
      in.seed = static_cast<uint32_t>(seed_->value());
      return in;
    case Npy:
      in.kind = session::InputKind::Npy;
      in.path = path_->text().toStdString();
      return in;
    default: return std::nullopt;
  }
}

void ParamInputRow::setInput(const std::optional<session::ParamInput>& input) {
  updating_ = true;
  if (!input) {
    kind_->setCurrentIndex(Typed);
  } else if (input->kind == session::InputKind::Npy) {
    kind_->setCurrentIndex(Npy);
    if (path_->text() != QString::fromStdString(input->path)) path_->setText(QString::fromStdString(input->path));
  } else {
    kind_->setCurrentIndex(Random);
    // Text being typed that means the same shape stays as typed (cursor and spacing kept).
    if (parseShapeText(shape_->text()) != input->shape) shape_->setText(shapeText(input->shape));
    lastShape_ = input->shape;
    dtype_->setCurrentIndex(dtype_->findData(static_cast<int>(input->dtype)));
    distribution_->setCurrentIndex(distribution_->findData(static_cast<int>(input->distribution)));
    low_->setValue(input->low);
    high_->setValue(input->high);
    seed_->setValue(static_cast<int>(input->seed));
  }
  updating_ = false;
  showPreview();
}

void ParamInputRow::changed() {
  if (auto shape = parseShapeText(shape_->text())) lastShape_ = *shape;
  showPreview();
  if (!updating_) emit edited();
}

void ParamInputRow::showPreview() {
  const bool badShape = kind_->currentIndex() == Random && !parseShapeText(shape_->text());
  shape_->setStyleSheet(badShape ? QStringLiteral("color: #b31d28;") : QString());
  const auto in = input();
  preview_->setVisible(in.has_value());
  if (in) {
    preview_->setText(QStringLiteral("= ") + QString::fromStdString(session::pythonEquivalent(*in)));
    preview_->setToolTip(preview_->text());
  }
}

}  // namespace pt::app
