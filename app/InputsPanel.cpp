#include "app/InputsPanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTextBlock>
#include <QVBoxLayout>

#include "app/Document.h"
#include "app/ParamInputRow.h"

namespace pt::app {

InputsPanel::InputsPanel(Document* doc, QWidget* parent) : QWidget(parent), doc_(doc) {
  QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  mono.setPointSize(9);
  signature_ = new QLabel(this);
  signature_->setTextFormat(Qt::PlainText);
  signature_->setFont(mono);
  setupLabel_ = new QLabel(this);
  setup_ = new QPlainTextEdit(this);
  setup_->setObjectName(QStringLiteral("setupEdit"));
  setup_->setFont(mono);
  setup_->setLineWrapMode(QPlainTextEdit::NoWrap);
  setup_->setTabChangesFocus(true);
  setup_->setUndoRedoEnabled(false);  // the document's undo stack covers it
  argsLabel_ = new QLabel(this);
  args_ = new QLineEdit(this);
  args_->setObjectName(QStringLiteral("argsEdit"));
  args_->setFont(mono);
  pickersLabel_ = new QLabel(this);
  rowsBox_ = new QWidget(this);
  auto* rowsLayout = new QVBoxLayout(rowsBox_);
  rowsLayout->setContentsMargins(0, 0, 0, 0);
  rowsLayout->setSpacing(2);
  problem_ = new QLabel(this);
  problem_->setWordWrap(true);
  problem_->setTextFormat(Qt::PlainText);
  problem_->setStyleSheet(QStringLiteral("color: #b31d28;"));
  problem_->hide();
  setupLabel_->setBuddy(setup_);
  argsLabel_->setBuddy(args_);

  // The fields scroll rather than squeeze when the dock is short (a function with many parameters).
  auto* inner = new QWidget(this);
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(inner);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);
  setup_->setMinimumHeight(70);
  setup_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);  // grows into free space only
  auto* layout = new QVBoxLayout(inner);
  layout->setContentsMargins(6, 4, 6, 6);
  layout->setSpacing(4);
  layout->addWidget(signature_);
  layout->addWidget(setupLabel_);
  layout->addWidget(setup_, 1);
  layout->addWidget(argsLabel_);
  layout->addWidget(args_);
  layout->addWidget(pickersLabel_);
  layout->addWidget(rowsBox_);
  layout->addWidget(problem_);

  connect(setup_, &QPlainTextEdit::textChanged, this, [this] {
    if (!updating_) doc_->setSetupCode(setup_->toPlainText());
  });
  connect(args_, &QLineEdit::textEdited, this, [this](const QString& text) {
    if (!updating_) doc_->setArgs(text);
  });
  connect(doc_, &Document::inputsChanged, this, &InputsPanel::showInputs);
  connect(doc_, &Document::selectedFunctionChanged, this, [this] {
    rebuildRows();
    showInputs();
  });
  connect(doc_, &Document::diagnosticsChanged, this, &InputsPanel::showProblems);
  retranslateUi();
  rebuildRows();
  showInputs();
}

void InputsPanel::rebuildRows() {
  for (ParamInputRow* row : rows_) {
    rowsBox_->layout()->removeWidget(row);
    row->hide();
    row->deleteLater();  // may be the sender of the edit that changed the selection
  }
  rows_.clear();
  if (const auto* info = doc_->selectedInfo()) {
    for (const auto& p : info->params) {
      auto* row = new ParamInputRow(QString::fromStdString(p), rowsBox_);
      rowsBox_->layout()->addWidget(row);
      connect(row, &ParamInputRow::edited, this, &InputsPanel::storePickers);
      rows_.push_back(row);
    }
  }
  pickersLabel_->setVisible(!rows_.empty());
}

void InputsPanel::storePickers() {
  if (updating_) return;
  session::ParamInputs pickers;
  for (const ParamInputRow* row : rows_)
    if (auto in = row->input()) pickers.emplace(row->param().toStdString(), *in);
  doc_->setInputs(pickers.empty() ? QString() : QString::fromStdString(session::paramInputsToJson(pickers)));
}

void InputsPanel::retranslateUi() {
  setupLabel_->setText(tr("&Setup — Python run before the call:"));
  argsLabel_->setText(tr("&Arguments — comma-separated expressions:"));
  args_->setPlaceholderText(tr("e.g. x, 2"));
  pickersLabel_->setText(tr("Or pick an input per parameter (it takes the place of the typed argument):"));
  pickersLabel_->setWordWrap(true);
  for (ParamInputRow* row : rows_) row->retranslateUi();
  setup_->setPlaceholderText(tr("import numpy as np\nx = np.ones(3)"));
  showInputs();
}

void InputsPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void InputsPanel::showInputs() {
  const FunctionSettings s = doc_->settings();
  const auto* info = doc_->selectedInfo();
  setEnabled(info != nullptr);
  if (info) {
    QStringList params;
    for (const auto& p : info->params) params << QString::fromStdString(p);
    signature_->setText(tr("Inputs of %1(%2)").arg(QString::fromStdString(info->name), params.join(QStringLiteral(", "))));
  } else {
    signature_->setText(tr("No function selected"));
  }
  updating_ = true;
  // Only replace text that differs, so typing keeps its cursor.
  if (setup_->toPlainText() != s.setup) {
    const int position = setup_->textCursor().position();
    setup_->setPlainText(s.setup);
    QTextCursor c = setup_->textCursor();
    c.setPosition(std::min(position, static_cast<int>(s.setup.size())));
    setup_->setTextCursor(c);
  }
  if (args_->text() != s.args) args_->setText(s.args);
  session::ParamInputs pickers;
  try {
    pickers = session::parseParamInputs(s.inputs.toStdString());
  } catch (const session::ParamInputError&) {
    // A hand-edited polytrace.json with a bad entry: the run reports it; the rows show "typed".
  }
  for (ParamInputRow* row : rows_) {
    auto it = pickers.find(row->param().toStdString());
    row->setInput(it == pickers.end() ? std::nullopt : std::optional<session::ParamInput>(it->second));
  }
  updating_ = false;
}

void InputsPanel::showProblems() {
  // A problem in the inputs is shown where they are typed, besides the problems panel.
  QStringList lines;
  for (const Diagnostic& d : doc_->diagnostics()) {
    if (d.loc.file != "<setup>" && d.loc.file != "<args>") continue;
    const QString first = QString::fromStdString(d.message.substr(0, d.message.find('\n')));
    lines << (d.loc.file == "<setup>" ? tr("Setup line %1: %2").arg(d.loc.line).arg(first) : tr("Arguments: %1").arg(first));
  }
  problem_->setText(lines.join(QLatin1Char('\n')));
  problem_->setVisible(!lines.isEmpty());
}

void InputsPanel::focusSetupLine(int line) {
  QTextBlock block = setup_->document()->findBlockByNumber(std::max(0, line - 1));
  if (block.isValid()) {
    QTextCursor c(block);
    setup_->setTextCursor(c);
  }
  setup_->setFocus();
}

void InputsPanel::focusArgs() {
  args_->setFocus();
  args_->selectAll();
}

}  // namespace pt::app
