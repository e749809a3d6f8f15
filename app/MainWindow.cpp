#include "app/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>

#include "app/ActionIcons.h"
#include "app/Autosave.h"
#include "app/AtomicFile.h"
#include "app/GraphPane.h"
#include "app/InspectorPanel.h"
#include "app/CallLogPanel.h"
#include "app/FunctionListPanel.h"
#include "app/InputsPanel.h"
#include "app/ProblemsPanel.h"
#include "app/Translations.h"
#include "app/UndoKeyFilter.h"
#include "ir/Graph.h"
#include "views/CodeEditor.h"
#include "views/GraphExport.h"
#include "views/GraphScene.h"
#include "views/GraphSearchBar.h"
#include "views/GraphView.h"

namespace pt::app {

namespace {

// A pane of the central area: a one-line title over its content.
QWidget* titledPane(QLabel* title, QWidget* body, QWidget* parent) {
  auto* pane = new QWidget(parent);
  auto* layout = new QVBoxLayout(pane);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  title->setParent(pane);
  title->setTextFormat(Qt::PlainText);
  title->setContentsMargins(8, 4, 8, 4);
  title->setAutoFillBackground(true);
  title->setBackgroundRole(QPalette::AlternateBase);  // a shade off the window, in either theme
  QFont f = title->font();
  f.setBold(true);
  title->setFont(f);
  layout->addWidget(title);
  layout->addWidget(body, 1);
  return pane;
}

QString withShortcut(const QString& text, const QAction* action) {
  const QString keys = action->shortcut().toString(QKeySequence::NativeText);
  return keys.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, keys);
}

// The editors' own undo would fight the document's: turn it off and hand its keys to the window.
void handUndoToDocument(views::CodeEditor* editor) {
  editor->SendScintilla(QsciScintillaBase::SCI_SETUNDOCOLLECTION, 0UL);
  editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
  for (QsciCommand::Command c : {QsciCommand::Undo, QsciCommand::Redo}) {
    if (QsciCommand* command = editor->standardCommands()->find(c)) {
      command->setKey(0);
      command->setAlternateKey(0);
    }
  }
  UndoKeyFilter::install(editor);
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), doc_(new Document(this)) {
  setObjectName(QStringLiteral("MainWindow"));
  setWindowIcon(icons::application());
  refreshTimer_ = new QTimer(this);
  refreshTimer_->setSingleShot(true);
  connect(refreshTimer_, &QTimer::timeout, this, &MainWindow::refresh);

  createActions();
  createPanes();
  createDocks();
  createToolBar();
  createMenus();
  connectDocument();
  createWorkbench();  // after connectDocument: its restore message comes after "Opened …"
  createCompileView();  // after connectDocument: it follows the graph once the pane has it
  createDiffView();
  retranslateUi();
  statusBar()->setSizeGripEnabled(true);
  resize(1400, 900);
  showSource();
  showGraph();
  showGenerated();
  updateActions();
}

MainWindow::~MainWindow() {
  // The document outlives the widgets (it is destroyed with the window's children): stop
  // listening first, and let the scene drop its pointer into the document's trace.
  doc_->disconnect(this);
  doc_->undoStack()->disconnect(this);
  // An orderly end (the user saved or discarded the edits): only a crash leaves recovery files.
  autosave_->discard();
  graphView_->setGraph(nullptr);
}

// ---- construction -------------------------------------------------------------------------------

void MainWindow::createActions() {
  openFileAction_ = new QAction(style()->standardIcon(QStyle::SP_FileIcon), QString(), this);
  openFileAction_->setShortcut(QKeySequence::Open);
  connect(openFileAction_, &QAction::triggered, this, &MainWindow::openFileWithDialog);
  openFolderAction_ = new QAction(style()->standardIcon(QStyle::SP_DirOpenIcon), QString(), this);
  openFolderAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
  connect(openFolderAction_, &QAction::triggered, this, &MainWindow::openFolderWithDialog);
  saveAction_ = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
  saveAction_->setShortcut(QKeySequence::Save);
  connect(saveAction_, &QAction::triggered, this, &MainWindow::saveAll);
  exportAction_ = new QAction(icons::exportCode(), QString(), this);
  exportAction_->setObjectName(QStringLiteral("exportAction"));
  exportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  connect(exportAction_, &QAction::triggered, this, &MainWindow::exportWithDialog);
  quitAction_ = new QAction(this);
  quitAction_->setShortcut(QKeySequence::Quit);
  quitAction_->setMenuRole(QAction::QuitRole);
  connect(quitAction_, &QAction::triggered, this, &QWidget::close);

  undoAction_ = new QAction(this);
  undoAction_->setShortcut(QKeySequence::Undo);
  connect(undoAction_, &QAction::triggered, doc_->undoStack(), &QUndoStack::undo);
  redoAction_ = new QAction(this);
  redoAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
  connect(redoAction_, &QAction::triggered, doc_->undoStack(), &QUndoStack::redo);
  connect(doc_->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);

  traceAction_ = new QAction(icons::trace(), QString(), this);
  traceAction_->setObjectName(QStringLiteral("traceAction"));
  traceAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
  connect(traceAction_, &QAction::triggered, this, &MainWindow::traceFunction);
  runAction_ = new QAction(icons::run(), QString(), this);
  runAction_->setObjectName(QStringLiteral("runAction"));
  runAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
  connect(runAction_, &QAction::triggered, this, &MainWindow::runFunction);
  transpileAction_ = new QAction(icons::transpile(), QString(), this);
  transpileAction_->setObjectName(QStringLiteral("transpileAction"));
  transpileAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
  connect(transpileAction_, &QAction::triggered, this, &MainWindow::transpileFunction);

  fitGraphAction_ = new QAction(this);
  fitGraphAction_->setObjectName(QStringLiteral("fitGraphAction"));
  fitGraphAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
  expandAllAction_ = new QAction(this);
  expandAllAction_->setObjectName(QStringLiteral("expandAllAction"));
  expandAllAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus));
  collapseAllAction_ = new QAction(this);
  collapseAllAction_->setObjectName(QStringLiteral("collapseAllAction"));
  collapseAllAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Minus));
  minimapAction_ = new QAction(this);
  minimapAction_->setCheckable(true);
  minimapAction_->setChecked(true);
  darkThemeAction_ = new QAction(this);
  darkThemeAction_->setObjectName(QStringLiteral("darkThemeAction"));
  darkThemeAction_->setCheckable(true);
  connect(darkThemeAction_, &QAction::toggled, this, &MainWindow::setDarkTheme);
  exportGraphAction_ = new QAction(this);
  exportGraphAction_->setObjectName(QStringLiteral("exportGraphAction"));
  exportGraphAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  connect(exportGraphAction_, &QAction::triggered, this, [this] { exportGraphWithDialog(false); });
  exportSelectionAction_ = new QAction(this);
  exportSelectionAction_->setObjectName(QStringLiteral("exportSelectionAction"));
  connect(exportSelectionAction_, &QAction::triggered, this, [this] { exportGraphWithDialog(true); });
  findInGraphAction_ = new QAction(this);
  findInGraphAction_->setShortcut(QKeySequence::Find);
  aboutAction_ = new QAction(this);
  aboutAction_->setMenuRole(QAction::AboutRole);
  connect(aboutAction_, &QAction::triggered, this, [this] {
    QMessageBox::about(this, tr("About Polytrace"),
                       tr("<h3>Polytrace %1</h3><p>Trace array-programming Python code into graphs, and transpile "
                          "it between torch, numpy, jax, tensorflow and ivy — source-to-source or from the trace, "
                          "lazily or eagerly.</p>")
                           .arg(QCoreApplication::applicationVersion()));
  });
}

void MainWindow::createPanes() {
  sourceEditor_ = new views::CodeEditor(this);
  sourceEditor_->setObjectName(QStringLiteral("sourceEditor"));
  handUndoToDocument(sourceEditor_);
  generatedEditor_ = new views::CodeEditor(this);
  generatedEditor_->setObjectName(QStringLiteral("generatedEditor"));
  generatedEditor_->setReadOnly(true);
  graphPane_ = new GraphPane(this);
  graphView_ = graphPane_->view();
  graphTitle_ = graphPane_->title();
  views::GraphScene* scene = graphView_->graphScene();
  connect(fitGraphAction_, &QAction::triggered, graphView_, &views::GraphView::fitToView);
  connect(expandAllAction_, &QAction::triggered, scene, &views::GraphScene::expandAll);
  connect(collapseAllAction_, &QAction::triggered, scene, &views::GraphScene::collapseAll);
  connect(minimapAction_, &QAction::toggled, graphView_, &views::GraphView::setMinimapEnabled);
  connect(findInGraphAction_, &QAction::triggered, this, [this] {
    graphSearchBar()->field()->setFocus(Qt::ShortcutFocusReason);
    graphSearchBar()->field()->selectAll();
  });
  graphPane_->addGraphActions({expandAllAction_, collapseAllAction_, fitGraphAction_, nullptr, exportGraphAction_});
  // Titles and the status bar say what a relayout is doing; opening a group is a user's action.
  connect(scene, &views::GraphScene::layoutStarted, this, [this] { statusBar()->showMessage(tr("Laying out the graph…")); });
  connect(scene, &views::GraphScene::layoutFinished, this, [this](bool cancelled) {
    statusBar()->showMessage(cancelled ? tr("Layout cancelled") : tr("Graph laid out in %1 ms")
                                                                      .arg(graphView_->graphScene()->lastLayout().milliseconds, 0, 'f', 0),
                             4000);
  });

  sourceTitle_ = new QLabel(this);
  generatedTitle_ = new QLabel(this);
  codeSplitter_ = new QSplitter(Qt::Horizontal, this);
  codeSplitter_->setObjectName(QStringLiteral("codeSplitter"));
  codeSplitter_->addWidget(titledPane(sourceTitle_, sourceEditor_, codeSplitter_));
  codeSplitter_->addWidget(titledPane(generatedTitle_, generatedEditor_, codeSplitter_));
  codeSplitter_->setChildrenCollapsible(false);
  codeSplitter_->setSizes({1, 1});

  centralSplitter_ = new QSplitter(Qt::Vertical, this);
  centralSplitter_->addWidget(codeSplitter_);
  centralSplitter_->addWidget(graphPane_);
  centralSplitter_->setChildrenCollapsible(false);
  centralSplitter_->setStretchFactor(0, 1);
  centralSplitter_->setStretchFactor(1, 1);
  centralSplitter_->setSizes({330, 300});
  setCentralWidget(centralSplitter_);

  connect(sourceEditor_, &QsciScintilla::textChanged, this, [this] {
    if (!syncing_ && !shownFile_.isEmpty()) doc_->setSourceText(shownFile_, sourceEditor_->text());
  });
  connect(sourceEditor_, &QsciScintilla::cursorPositionChanged, this, [this](int line, int) {
    // QScintilla reports a move on its next update, possibly after a node was clicked: only a
    // real change of line re-links, or the late report would undo the click.
    if (!syncing_ && line != linkedLine_) linkLineToNodes(line);
    linkedLine_ = line;
  });
  connect(graphView_->graphScene(), &views::GraphScene::nodeSelected, this, &MainWindow::linkNodeToCode);
}

void MainWindow::createDocks() {
  functionList_ = new FunctionListPanel(doc_, this);
  inputsPanel_ = new InputsPanel(doc_, this);
  UndoKeyFilter::install(inputsPanel_->setupEdit());
  UndoKeyFilter::install(inputsPanel_->argsEdit());
  callLogPanel_ = new CallLogPanel(doc_, this);
  problemsPanel_ = new ProblemsPanel(doc_, this);
  connect(problemsPanel_, &ProblemsPanel::diagnosticActivated, this, &MainWindow::jumpTo);
  inspectorPanel_ = new InspectorPanel(doc_, graphView_->graphScene(), this);

  auto dock = [this](QWidget* body, const char* name) {
    auto* d = new QDockWidget(this);
    d->setObjectName(QLatin1String(name));
    d->setWidget(body);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    return d;
  };
  functionsDock_ = dock(functionList_, "functionsDock");
  inputsDock_ = dock(inputsPanel_, "inputsDock");
  callLogDock_ = dock(callLogPanel_, "callLogDock");
  problemsDock_ = dock(problemsPanel_, "problemsDock");
  inspectorDock_ = dock(inspectorPanel_, "inspectorDock");
  // The left column runs the full height; the bottom docks sit under the code and graph only.
  setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
  addDockWidget(Qt::LeftDockWidgetArea, functionsDock_);
  addDockWidget(Qt::LeftDockWidgetArea, inputsDock_);
  addDockWidget(Qt::BottomDockWidgetArea, callLogDock_);
  addDockWidget(Qt::BottomDockWidgetArea, problemsDock_);
  addDockWidget(Qt::RightDockWidgetArea, inspectorDock_);
  connect(inspectorDock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
    if (visible) updateNodeValues();
  });
  // Tabbed: the call log is what a run changes, problems come forward when an operation fails.
  tabifyDockWidget(callLogDock_, problemsDock_);
  callLogDock_->raise();
  resizeDocks({functionsDock_}, {330}, Qt::Horizontal);
  resizeDocks({functionsDock_, inputsDock_}, {380, 400}, Qt::Vertical);
  resizeDocks({callLogDock_}, {200}, Qt::Vertical);
  resizeDocks({inspectorDock_}, {280}, Qt::Horizontal);
}

void MainWindow::createToolBar() {
  toolBar_ = addToolBar(QString());
  toolBar_->setObjectName(QStringLiteral("mainToolBar"));
  toolBar_->setMovable(false);
  toolBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  toolBar_->setIconSize(QSize(20, 20));
  toolBar_->addAction(openFolderAction_);
  toolBar_->addAction(saveAction_);
  toolBar_->addSeparator();

  auto picker = [this](QLabel*& label, QComboBox*& combo, const char* name) {
    label = new QLabel(toolBar_);
    label->setContentsMargins(8, 0, 4, 0);
    combo = new QComboBox(toolBar_);
    combo->setObjectName(QLatin1String(name));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(combo);
    toolBar_->addWidget(label);
    toolBar_->addWidget(combo);
  };
  picker(sourceLabel_, sourcePicker_, "sourcePicker");
  picker(targetLabel_, targetPicker_, "targetPicker");
  picker(modeLabel_, modePicker_, "modePicker");
  picker(methodLabel_, methodPicker_, "methodPicker");
  fillPickers();
  toolBar_->addSeparator();
  toolBar_->addAction(traceAction_);
  toolBar_->addAction(runAction_);
  toolBar_->addAction(transpileAction_);
  toolBar_->addAction(exportAction_);

  connect(sourcePicker_, &QComboBox::activated, this, [this](int i) {
    doc_->setSourceFramework(static_cast<ir::Framework>(sourcePicker_->itemData(i).toInt()));
  });
  connect(targetPicker_, &QComboBox::activated, this, [this](int i) {
    doc_->setTargetFramework(static_cast<ir::Framework>(targetPicker_->itemData(i).toInt()));
  });
  connect(modePicker_, &QComboBox::activated, this, [this](int i) {
    doc_->setMode(static_cast<trace::Mode>(modePicker_->itemData(i).toInt()));
  });
  connect(methodPicker_, &QComboBox::activated, this, [this](int i) {
    doc_->setMethod(static_cast<Method>(methodPicker_->itemData(i).toInt()));
  });
}

void MainWindow::fillPickers() {
  // Framework names are the import names users type; they are not translated.
  for (QComboBox* combo : {sourcePicker_, targetPicker_}) {
    combo->clear();
    for (ir::Framework fw : ir::kAllFrameworks) combo->addItem(frameworkId(fw), static_cast<int>(fw));
  }
  modePicker_->clear();
  modePicker_->addItem(QString(), static_cast<int>(trace::Mode::Lazy));
  modePicker_->addItem(QString(), static_cast<int>(trace::Mode::Eager));
  methodPicker_->clear();
  methodPicker_->addItem(QString(), static_cast<int>(Method::SourceToSource));
  methodPicker_->addItem(QString(), static_cast<int>(Method::Trace));
}

void MainWindow::createMenus() {
  fileMenu_ = menuBar()->addMenu(QString());
  fileMenu_->addAction(openFileAction_);
  fileMenu_->addAction(openFolderAction_);
  fileMenu_->addAction(saveAction_);
  fileMenu_->addSeparator();
  fileMenu_->addAction(exportAction_);
  fileMenu_->addAction(exportGraphAction_);
  fileMenu_->addAction(exportSelectionAction_);
  fileMenu_->addSeparator();
  fileMenu_->addAction(quitAction_);
  editMenu_ = menuBar()->addMenu(QString());
  editMenu_->addAction(undoAction_);
  editMenu_->addAction(redoAction_);
  runMenu_ = menuBar()->addMenu(QString());
  runMenu_->addAction(traceAction_);
  runMenu_->addAction(runAction_);
  runMenu_->addAction(transpileAction_);
  viewMenu_ = menuBar()->addMenu(QString());
  viewMenu_->addAction(findInGraphAction_);
  viewMenu_->addAction(fitGraphAction_);
  viewMenu_->addAction(expandAllAction_);
  viewMenu_->addAction(collapseAllAction_);
  viewMenu_->addAction(minimapAction_);
  viewMenu_->addSeparator();
  viewMenu_->addAction(darkThemeAction_);
  viewMenu_->addSeparator();
  for (QDockWidget* d : {functionsDock_, inputsDock_, inspectorDock_, callLogDock_, problemsDock_})
    viewMenu_->addAction(d->toggleViewAction());
  viewMenu_->addSeparator();
  languageMenu_ = viewMenu_->addMenu(QString());
  languageGroup_ = new QActionGroup(this);
  for (const QString& code : Translations::available()) {
    QAction* a = languageMenu_->addAction(Translations::nativeName(code));
    a->setCheckable(true);
    a->setData(code);
    languageGroup_->addAction(a);
    connect(a, &QAction::triggered, this, [code] { Translations::setLanguage(code); });
  }
  helpMenu_ = menuBar()->addMenu(QString());
  helpMenu_->addAction(aboutAction_);
}

void MainWindow::connectDocument() {
  connect(doc_, &Document::selectedFunctionChanged, this, [this] {
    tracedOnce_ = false;
    pendingRetrace_ = pendingRetranslate_ = false;
    refreshTimer_->stop();
    showSource();
    updateTitles();
    updatePlaceholder();
    updateActions();
  });
  connect(doc_, &Document::projectOpened, this, [this] {
    updateTitles();
    updateActions();
  });
  connect(doc_, &Document::sourceTextChanged, this, [this](const QString& file) {
    syncSourceText(file);
    scheduleRefresh(false);
  });
  connect(doc_, &Document::modifiedChanged, this, [this] {
    setWindowModified(!doc_->modifiedFiles().isEmpty());
    updateTitles();
    updateActions();
  });
  connect(doc_, &Document::pickersChanged, this, [this] {
    syncPickers();
    updateTitles();
    updatePlaceholder();
    scheduleRefresh(true);
  });
  connect(doc_, &Document::inputsChanged, this, [this] { scheduleRefresh(false); });
  connect(doc_, &Document::graphChanged, this, &MainWindow::showGraph);
  connect(doc_, &Document::nodeValuesChanged, this, [this] {
    const auto values = doc_->nodeValues();
    graphView_->graphScene()->setProblemNode(values && values->ok ? values->firstNonFinite : -1);
  });
  connect(doc_, &Document::generatedCodeChanged, this, &MainWindow::showGenerated);
  connect(doc_, &Document::diagnosticsChanged, this, [this] {
    showEditorDiagnostics();
    updateTitles();
  });
  connect(doc_, &Document::operationFinished, this, &MainWindow::onOperationFinished);
}

// ---- texts --------------------------------------------------------------------------------------

void MainWindow::retranslateUi() {
  fileMenu_->setTitle(tr("&File"));
  editMenu_->setTitle(tr("&Edit"));
  runMenu_->setTitle(tr("&Run"));
  viewMenu_->setTitle(tr("&View"));
  languageMenu_->setTitle(tr("&Language"));
  helpMenu_->setTitle(tr("&Help"));
  toolBar_->setWindowTitle(tr("Main toolbar"));

  openFileAction_->setText(tr("Open &File…"));
  openFileAction_->setToolTip(withShortcut(tr("Open a Python file"), openFileAction_));
  openFolderAction_->setText(tr("Open F&older…"));
  openFolderAction_->setIconText(tr("Open"));
  openFolderAction_->setToolTip(withShortcut(tr("Open a folder of Python modules (a source root)"), openFolderAction_));
  saveAction_->setText(tr("&Save"));
  saveAction_->setToolTip(withShortcut(tr("Save the edited source files"), saveAction_));
  exportAction_->setText(tr("&Export…"));
  exportAction_->setToolTip(withShortcut(tr("Save the generated code as a Python module"), exportAction_));
  quitAction_->setText(tr("&Quit"));
  traceAction_->setText(tr("&Trace"));
  traceAction_->setToolTip(withShortcut(tr("Trace the function: eager traces now with the inputs; lazy traces on the first Run"),
                                        traceAction_));
  runAction_->setText(tr("R&un"));
  runAction_->setToolTip(withShortcut(tr("Call the traced function with the inputs and log the call"), runAction_));
  transpileAction_->setText(tr("Trans&pile"));
  transpileAction_->setToolTip(withShortcut(tr("Translate the function to the target framework"), transpileAction_));
  fitGraphAction_->setText(tr("&Fit Graph to View"));
  fitGraphAction_->setIconText(tr("Fit"));
  fitGraphAction_->setToolTip(withShortcut(tr("Show the whole graph"), fitGraphAction_));
  expandAllAction_->setText(tr("E&xpand All Groups"));
  expandAllAction_->setIconText(tr("Expand all"));
  expandAllAction_->setToolTip(withShortcut(tr("Open every group of the graph (big graphs lay out in the background)"),
                                            expandAllAction_));
  collapseAllAction_->setText(tr("&Collapse All Groups"));
  collapseAllAction_->setIconText(tr("Collapse all"));
  collapseAllAction_->setToolTip(withShortcut(tr("Close every group: one box per call"), collapseAllAction_));
  minimapAction_->setText(tr("&Minimap"));
  darkThemeAction_->setText(tr("&Dark Theme"));
  exportGraphAction_->setText(tr("Export &Graph View…"));
  exportGraphAction_->setIconText(tr("Export…"));
  exportGraphAction_->setToolTip(withShortcut(tr("Save the graph as shown (SVG, PNG, DOT, JSON) or as IR text"),
                                              exportGraphAction_));
  exportSelectionAction_->setText(tr("Export &Selected Subgraph…"));
  findInGraphAction_->setText(tr("F&ind in Graph"));
  aboutAction_->setText(tr("&About Polytrace"));

  sourceLabel_->setText(tr("Source:"));
  targetLabel_->setText(tr("→ Target:"));
  modeLabel_->setText(tr("Mode:"));
  methodLabel_->setText(tr("Method:"));
  sourcePicker_->setToolTip(tr("The framework the function is written in"));
  targetPicker_->setToolTip(tr("The framework to translate to"));
  modePicker_->setItemText(0, tr("Lazy"));
  modePicker_->setItemText(1, tr("Eager"));
  modePicker_->setToolTip(tr("Lazy: the first call traces (slow), later calls run the cached graph.\n"
                             "Eager: traces at once with the example inputs; every call is fast."));
  methodPicker_->setItemText(0, tr("Source-to-source"));
  methodPicker_->setItemText(1, tr("Trace-based"));
  methodPicker_->setToolTip(tr("Source-to-source keeps control flow and helpers and needs no inputs.\n"
                               "Trace-based translates the traced graph into straight-line code."));

  functionsDock_->setWindowTitle(tr("Functions"));
  inputsDock_->setWindowTitle(tr("Inputs"));
  callLogDock_->setWindowTitle(tr("Call Log"));
  inspectorDock_->setWindowTitle(tr("Inspector"));
  for (QAction* a : languageGroup_->actions()) a->setChecked(a->data().toString() == Translations::current());
  retranslateWorkbench();
  retranslateCompileView();
  retranslateDiffView();
  updateTitles();
  updatePlaceholder();
  updateActions();
  showGenerated();
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QMainWindow::changeEvent(event);
}

void MainWindow::updateTitles() {
  const auto* info = doc_->selectedInfo();
  const FunctionSettings s = doc_->settings();
  if (!doc_->isOpen()) setWindowTitle(tr("Polytrace"));
  else
    setWindowTitle(tr("%1 — %2[*] — Polytrace")
                       .arg(doc_->title(), info ? doc_->selectedFunction() : doc_->displayName(doc_->path())));

  if (shownFile_.isEmpty()) {
    sourceTitle_->setText(tr("Source"));
  } else {
    sourceTitle_->setText(tr("Source — %1%2 · %3")
                              .arg(doc_->displayName(shownFile_), doc_->isModified(shownFile_) ? tr(" (modified)") : QString(),
                                   frameworkId(s.source)));
  }

  const GeneratedCode& g = doc_->generated();
  if (g.code.isEmpty()) {
    generatedTitle_->setText(tr("Generated — %1").arg(frameworkId(s.target)));
  } else {
    const QString method = g.method == Method::Trace ? tr("trace-based") : tr("source-to-source");
    generatedTitle_->setText(tr("Generated — %1 · %2%3")
                                 .arg(frameworkId(g.target), method, g.stale ? tr(" (outdated: transpile again)") : QString()));
  }

  const ir::Graph* graph = doc_->graph();
  if (graph && doc_->lastTrace()) {
    graphTitle_->setText(tr("Graph — %n op(s) · %1(%2)", nullptr, static_cast<int>(graph->nodes().size()))
                             .arg(QString::fromStdString(graph->name()), QString::fromStdString(doc_->lastTrace()->signature)));
  } else {
    graphTitle_->setText(tr("Graph"));
  }
  graphTitle_->setToolTip(graphTitle_->text());  // clipped when the pane is narrow

  const int errors = problemsPanel_->errorCount();
  const int total = static_cast<int>(problemsPanel_->shown().size());
  problemsDock_->setWindowTitle(total ? tr("Problems (%1)").arg(total) : tr("Problems"));
  if (errors) problemsDock_->setWindowTitle(tr("Problems (%1, %n error(s))", nullptr, errors).arg(total));
}

void MainWindow::updatePlaceholder() {
  QString text;
  if (!doc_->selectedInfo()) {
    text = doc_->isOpen() ? tr("Select a function on the left") : tr("Open a Python file or folder");
  } else {
    switch (doc_->graphState()) {
      case GraphState::Empty:
        text = doc_->mode() == trace::Mode::Eager
                   ? tr("Not traced yet — press Trace (%1) to trace with the example inputs")
                         .arg(traceAction_->shortcut().toString(QKeySequence::NativeText))
                   : tr("Lazy mode — press Run (%1): the first call traces")
                         .arg(runAction_->shortcut().toString(QKeySequence::NativeText));
        break;
      case GraphState::NotTracedYet:
        text = tr("Not traced yet — press Run (%1): the first call traces")
                   .arg(runAction_->shortcut().toString(QKeySequence::NativeText));
        break;
      case GraphState::Failed: text = tr("Tracing failed — see Problems"); break;
      case GraphState::Cancelled:
        text = tr("Cancelled — nothing traced; press Trace (%1) or Run (%2) to start again")
                   .arg(traceAction_->shortcut().toString(QKeySequence::NativeText),
                        runAction_->shortcut().toString(QKeySequence::NativeText));
        break;
      case GraphState::Traced: text = tr("The graph is empty"); break;
    }
  }
  graphView_->setPlaceholderText(text);
}

void MainWindow::updateActions() {
  // While a task runs, the operations that would replace it wait (Cancel stops it).
  const bool busy = doc_->isBusy();
  const bool hasFunction = doc_->selectedInfo() != nullptr;
  traceAction_->setEnabled(hasFunction && !busy);
  runAction_->setEnabled(hasFunction && !busy);
  transpileAction_->setEnabled(hasFunction && !busy);
  cancelAction_->setEnabled(busy);
  exportAction_->setEnabled(!doc_->generated().code.isEmpty() && !busy);
  saveAction_->setEnabled(!doc_->modifiedFiles().isEmpty());
  for (QComboBox* c : {sourcePicker_, targetPicker_}) c->setEnabled(hasFunction);
  QUndoStack* stack = doc_->undoStack();
  undoAction_->setEnabled(stack->canUndo());
  redoAction_->setEnabled(stack->canRedo());
  undoAction_->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
  redoAction_->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::syncPickers() {
  const FunctionSettings s = doc_->settings();
  auto select = [](QComboBox* combo, int value) {
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(combo->findData(value));
  };
  select(sourcePicker_, static_cast<int>(s.source));
  select(targetPicker_, static_cast<int>(s.target));
  select(modePicker_, static_cast<int>(doc_->mode()));
  select(methodPicker_, static_cast<int>(doc_->method()));
}

// ---- panes --------------------------------------------------------------------------------------

void MainWindow::showSource() {
  const QString file = doc_->currentFile();
  syncing_ = true;
  if (file != shownFile_ || sourceEditor_->text() != doc_->sourceText(file)) {
    shownFile_ = file;
    sourceEditor_->setText(doc_->sourceText(file));
  }
  sourceEditor_->setReadOnly(file.isEmpty());
  if (const auto* info = doc_->selectedInfo()) {
    // Show the whole function, its def line on top when it fits.
    sourceEditor_->setCursorPosition(std::max(0, info->line - 1), 0);
    linkedLine_ = std::max(0, info->line - 1);
    sourceEditor_->ensureLineVisible(std::max(0, info->endLine - 1));
    sourceEditor_->ensureLineVisible(std::max(0, info->line - 1));
  }
  syncing_ = false;
  syncPickers();
  showEditorDiagnostics();
}

void MainWindow::syncSourceText(const QString& file) {
  if (file != doc_->currentFile()) return;
  if (file != shownFile_) {
    showSource();
    return;
  }
  const QString text = doc_->sourceText(file);
  if (sourceEditor_->text() == text) return;
  // An undo or redo: replace the text, keep the view where it was.
  int line = 0, index = 0;
  sourceEditor_->getCursorPosition(&line, &index);
  const int first = sourceEditor_->firstVisibleLine();
  syncing_ = true;
  sourceEditor_->setText(text);
  sourceEditor_->setFirstVisibleLine(first);
  sourceEditor_->setCursorPosition(line, index);
  syncing_ = false;
  showEditorDiagnostics();
}

void MainWindow::showEditorDiagnostics() {
  Diagnostics mine;
  for (const Diagnostic& d : doc_->diagnostics()) {
    if (shownFile_.isEmpty() || doc_->resolveFile(d.loc.file) != shownFile_) continue;
    Diagnostic shown = d;
    // Tracebacks belong in the problems panel's tooltip; under the line, one line says it.
    shown.message = d.message.substr(0, d.message.find('\n'));
    mine.push_back(shown);
  }
  sourceEditor_->setDiagnostics(mine);
}

void MainWindow::showGraph() {
  const ir::Graph* graph = doc_->graph();
  nodeLines_.clear();
  if (graph) {
    for (const auto& node : graph->nodes()) {
      const bool here = node->loc.known() && doc_->resolveFile(node->loc.file) == shownFile_;
      nodeLines_.emplace_back(here ? node->loc.line : 0, here ? std::max(node->loc.line, node->loc.endLine) : 0);
    }
  }
  sourceEditor_->clearHighlightedLines();
  generatedEditor_->clearHighlightedLines();
  graphView_->setGraph(graph);
  graphView_->fitToView();
  if (doc_->graphState() == GraphState::Traced) tracedOnce_ = true;
  // After the graph is on screen: the values (and the first NaN/Inf) come from a second run.
  QTimer::singleShot(0, this, &MainWindow::updateNodeValues);
  updatePlaceholder();
  updateTitles();
}

void MainWindow::showGenerated() {
  const GeneratedCode& g = doc_->generated();
  QString text = g.code;
  if (text.isEmpty() && doc_->selectedInfo()) {
    // The read-only pane explains itself until there is code.
    const FunctionSettings s = doc_->settings();
    text = doc_->transpilePending()
               ? tr("# Lazy trace-based translation: %1 is translated to %2\n# on its first Run (%3).\n")
                     .arg(doc_->selectedFunction(), frameworkId(s.target),
                          runAction_->shortcut().toString(QKeySequence::NativeText))
               : tr("# Press Transpile (%1) to translate %2\n# from %3 to %4.\n")
                     .arg(transpileAction_->shortcut().toString(QKeySequence::NativeText), doc_->selectedFunction(),
                          frameworkId(s.source), frameworkId(s.target));
  }
  if (generatedEditor_->text() != text) generatedEditor_->setText(text);
  updateTitles();
  updateActions();
}

// ---- operations ---------------------------------------------------------------------------------

void MainWindow::traceFunction() { doc_->startTrace(); }

void MainWindow::runFunction() { doc_->startRun(); }

void MainWindow::transpileFunction() { doc_->startTranspile(); }

bool MainWindow::exportTo(const QString& path) { return doc_->exportCode(path).ok; }

void MainWindow::exportWithDialog() {
  if (doc_->generated().code.isEmpty()) {
    statusBar()->showMessage(tr("Nothing to export: transpile first"), 6000);
    return;
  }
  const auto* info = doc_->function(doc_->generated().function);
  const QString name = info ? QString::fromStdString(info->name) : QStringLiteral("generated");
  const QString suggested =
      QDir(doc_->rootDir()).filePath(QStringLiteral("%1_%2.py").arg(name, frameworkId(doc_->generated().target)));
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export Generated Code"), suggested, tr("Python files (*.py)"));
  if (!path.isEmpty()) exportTo(path);
}

bool MainWindow::openPath(const QString& path, const QString& function) {
  OperationResult result = doc_->open(path);
  if (!function.isEmpty() && !doc_->selectFunction(function)) {
    statusBar()->showMessage(tr("No function %1 in %2").arg(function, path), 10000);
    return false;
  }
  return result.ok;
}

void MainWindow::openFileWithDialog() {
  if (!maybeSave()) return;
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Python File"), doc_->rootDir(),
                                                    tr("Python files and notebooks (*.py *.ipynb)"));
  if (!path.isEmpty()) openPath(path);
}

void MainWindow::openFolderWithDialog() {
  if (!maybeSave()) return;
  const QString path = QFileDialog::getExistingDirectory(this, tr("Open Folder (Source Root)"), doc_->rootDir());
  if (!path.isEmpty()) openPath(path);
}

void MainWindow::saveAll() { doc_->save(); }

bool MainWindow::maybeSave() {
  if (doc_->modifiedFiles().isEmpty()) return true;
  const auto answer = QMessageBox::question(
      this, tr("Unsaved Changes"), tr("%n source file(s) have unsaved changes. Save them?", nullptr,
                                      static_cast<int>(doc_->modifiedFiles().size())),
      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
  if (answer == QMessageBox::Cancel) return false;
  if (answer == QMessageBox::Save) return doc_->save().ok;
  return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!maybeSave()) {
    event->ignore();
    return;
  }
  saveSession();
  event->accept();
}

void MainWindow::onOperationFinished(const OperationResult& result) {
  statusBar()->showMessage(result.message, 10000);
  updateActions();
  if (result.ok && result.operation == Operation::Trace) scheduleRefresh(true);  // a translation left to refresh
  if (!result.ok && hasErrors(result.diagnostics)) {
    problemsDock_->show();
    problemsDock_->raise();
  } else if (result.ok && result.operation == Operation::Run) {
    callLogDock_->show();
    callLogDock_->raise();
  }
}

void MainWindow::jumpTo(const Diagnostic& d) {
  if (d.loc.file == "<setup>") {
    inputsDock_->show();
    inputsPanel_->focusSetupLine(d.loc.line);
    return;
  }
  if (d.loc.file == "<args>") {
    inputsDock_->show();
    inputsPanel_->focusArgs();
    return;
  }
  const QString file = doc_->resolveFile(d.loc.file);
  if (file.isEmpty()) return;
  if (file != doc_->currentFile()) {
    // Select the function the line is in (else the file's first) so its file is shown.
    QString best;
    for (const auto& f : doc_->functions()) {
      if (QFileInfo(QString::fromStdString(f.file)).absoluteFilePath() != file) continue;
      if (best.isEmpty() || (f.line <= d.loc.line && d.loc.line <= f.endLine)) best = QString::fromStdString(f.qualname);
    }
    if (best.isEmpty() || !doc_->selectFunction(best)) return;
  }
  if (d.loc.line > 0) {
    sourceEditor_->setCursorPosition(d.loc.line - 1, std::max(0, d.loc.col - 1));
    sourceEditor_->ensureLineVisible(d.loc.line - 1);
  }
  sourceEditor_->setFocus();
}

// ---- live refresh -------------------------------------------------------------------------------

void MainWindow::scheduleRefresh(bool immediate) {
  // Once a function has been traced or translated, edits keep the graph and the code current,
  // as a notebook user re-running a cell would expect, but without the re-running.
  if (!doc_->selectedInfo()) return;
  pendingRetrace_ |= tracedOnce_ && doc_->mode() == trace::Mode::Eager && doc_->graphState() != GraphState::Traced;
  pendingRetranslate_ |= !doc_->generated().code.isEmpty() && doc_->generated().stale;
  if (pendingRetrace_ || pendingRetranslate_) refreshTimer_->start(immediate ? 0 : 700);
}

void MainWindow::refresh() {
  const bool retrace = std::exchange(pendingRetrace_, false);
  const bool retranslate = std::exchange(pendingRetranslate_, false);
  // Code that does not parse would only repeat the syntax error the editor already shows.
  for (const Diagnostic& d : doc_->diagnostics())
    if (d.code == "syntax-error" && doc_->resolveFile(d.loc.file) == doc_->currentFile()) return;
  if (retrace && doc_->mode() == trace::Mode::Eager && doc_->graphState() != GraphState::Traced) {
    // One task at a time: the translation follows when the trace has finished (onOperationFinished).
    traceFunction();
    return;
  }
  if (retranslate && doc_->generated().stale) transpileFunction();
}

}  // namespace pt::app
