#pragma once
// The IDE window: functions and inputs on the left; the source and the generated code side by
// side with the traced graph below; the call log and problems at the bottom; pickers and the
// Trace / Run / Transpile / Export actions in the toolbar. It renders one Document and routes
// every edit to it; node <-> code links and the live refresh after edits live here.
#include <QMainWindow>

#include <utility>
#include <vector>

#include "app/Document.h"

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;
class QToolBar;

namespace pt::views {
class CodeEditor;
class GraphSearchBar;
class GraphView;
}  // namespace pt::views

namespace pt::app {

class CallLogPanel;
class CompilePanel;
class FunctionListPanel;
class GraphPane;
class InspectorPanel;
class InputsPanel;
class DiffPanel;
class GraphSidePanel;
class Autosave;
class ProblemsPanel;
class TaskStatus;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  Document* document() const { return doc_; }
  // Opens a file or folder and selects `function` (else the project's start function).
  bool openPath(const QString& path, const QString& function = {});
  bool exportTo(const QString& path);
  // The graph view (or only its selection) as SVG, PNG, DOT or JSON by the file's suffix, or the
  // whole graph as IR text (.ir / .txt); written atomically. False with a status message.
  bool exportGraphTo(const QString& path, bool selectionOnly = false);
  // The application palette: dark or the style's light one. Every pane follows it.
  void setDarkTheme(bool dark);
  bool isDarkTheme() const;

  views::CodeEditor* sourceEditor() const { return sourceEditor_; }
  views::CodeEditor* generatedEditor() const { return generatedEditor_; }
  views::GraphView* graphView() const { return graphView_; }
  FunctionListPanel* functionList() const { return functionList_; }
  InputsPanel* inputsPanel() const { return inputsPanel_; }
  CallLogPanel* callLogPanel() const { return callLogPanel_; }
  ProblemsPanel* problemsPanel() const { return problemsPanel_; }
  InspectorPanel* inspectorPanel() const { return inspectorPanel_; }
  views::GraphSearchBar* graphSearchBar() const;
  QAction* expandAllAction() const { return expandAllAction_; }
  QAction* collapseAllAction() const { return collapseAllAction_; }
  QAction* fitGraphAction() const { return fitGraphAction_; }
  QAction* minimapAction() const { return minimapAction_; }
  QAction* darkThemeAction() const { return darkThemeAction_; }
  QAction* exportGraphAction() const { return exportGraphAction_; }
  QAction* exportSelectionAction() const { return exportSelectionAction_; }
  QAction* findInGraphAction() const { return findInGraphAction_; }
  QComboBox* sourcePicker() const { return sourcePicker_; }
  QComboBox* targetPicker() const { return targetPicker_; }
  QComboBox* modePicker() const { return modePicker_; }
  QComboBox* methodPicker() const { return methodPicker_; }
  QAction* traceAction() const { return traceAction_; }
  QAction* runAction() const { return runAction_; }
  QAction* transpileAction() const { return transpileAction_; }
  QAction* exportAction() const { return exportAction_; }
  QAction* undoAction() const { return undoAction_; }
  QAction* redoAction() const { return redoAction_; }
  QAction* saveAction() const { return saveAction_; }
  QAction* cancelAction() const { return cancelAction_; }
  TaskStatus* taskStatus() const { return taskStatus_; }
  QAction* compileViewAction() const { return compileViewAction_; }
  QAction* transpileAllAction() const { return transpileAllAction_; }
  QAction* exportPackageAction() const { return exportPackageAction_; }
  CompilePanel* compilePanel() const { return compilePanel_; }
  QAction* verifyAction() const { return verifyAction_; }
  QAction* diffViewAction() const { return diffViewAction_; }
  DiffPanel* diffPanel() const { return diffPanel_; }
  Autosave* autosave() const { return autosave_; }

  void retranslateUi();

  // The session (MainWindowWorkbench.cpp): saved when the window closes, restored at start.
  void saveSession() const;
  bool restoreSession();  // false when none was saved or its project is gone
  QMenu* recentMenu() const { return recentMenu_; }

 public slots:
  void traceFunction();
  void runFunction();
  void transpileFunction();
  void exportWithDialog();
  void exportGraphWithDialog(bool selectionOnly = false);
  void openFileWithDialog();
  void openFolderWithDialog();
  void saveAll();
  void jumpTo(const pt::Diagnostic& diagnostic);

 protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void createActions();
  void createMenus();
  void createToolBar();
  void createPanes();
  void createDocks();
  void connectDocument();
  void fillPickers();

  void showSource();
  void syncSourceText(const QString& file);
  void showEditorDiagnostics();
  void showGraph();
  void showGenerated();
  void syncPickers();
  void updateTitles();
  void updatePlaceholder();
  void updateActions();
  void onOperationFinished(const OperationResult& result);

  void linkNodeToCode(int nodeIndex);
  void linkLineToNodes(int line);  // 0-based editor line
  void highlightGeneratedFor(const std::vector<int>& nodes);
  void updateNodeValues();  // computes them when the graph is traced and shows the first NaN/Inf

  void scheduleRefresh(bool immediate);
  void refresh();
  bool maybeSave();
  // The workbench (MainWindowWorkbench.cpp): background tasks in the status bar.
  void createWorkbench();
  void retranslateWorkbench();
  void fillRecentMenu();
  // The compile view (MainWindowCompile.cpp): the graph before and after the passes.
  void createCompileView();
  void retranslateCompileView();
  void createDiffView();  // MainWindowDiff.cpp
  void retranslateDiffView();
  void showDiff();
  void showCompiled();
  // A side panel (compile or diff view) just shown: half the pane's width, the larger share of the
  // height from the code above it, both graphs fitted; once the window is laid out.
  void splitGraphPane(GraphSidePanel* panel);  // MainWindowGraph.cpp

  Document* doc_;
  // Panes
  QSplitter* centralSplitter_ = nullptr;
  QSplitter* codeSplitter_ = nullptr;
  QLabel* sourceTitle_ = nullptr;
  QLabel* generatedTitle_ = nullptr;
  QLabel* graphTitle_ = nullptr;
  views::CodeEditor* sourceEditor_ = nullptr;
  views::CodeEditor* generatedEditor_ = nullptr;
  views::GraphView* graphView_ = nullptr;
  FunctionListPanel* functionList_ = nullptr;
  InputsPanel* inputsPanel_ = nullptr;
  CallLogPanel* callLogPanel_ = nullptr;
  ProblemsPanel* problemsPanel_ = nullptr;
  GraphPane* graphPane_ = nullptr;
  InspectorPanel* inspectorPanel_ = nullptr;
  QDockWidget* inspectorDock_ = nullptr;
  QDockWidget* functionsDock_ = nullptr;
  QDockWidget* inputsDock_ = nullptr;
  QDockWidget* callLogDock_ = nullptr;
  QDockWidget* problemsDock_ = nullptr;
  // Toolbar and menus
  QToolBar* toolBar_ = nullptr;
  QLabel* sourceLabel_ = nullptr;
  QLabel* targetLabel_ = nullptr;
  QLabel* modeLabel_ = nullptr;
  QLabel* methodLabel_ = nullptr;
  QComboBox* sourcePicker_ = nullptr;
  QComboBox* targetPicker_ = nullptr;
  QComboBox* modePicker_ = nullptr;
  QComboBox* methodPicker_ = nullptr;
  QMenu* fileMenu_ = nullptr;
  QMenu* editMenu_ = nullptr;
  QMenu* runMenu_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QMenu* languageMenu_ = nullptr;
  QMenu* helpMenu_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  QActionGroup* languageGroup_ = nullptr;
  QAction* openFileAction_ = nullptr;
  QAction* openFolderAction_ = nullptr;
  QAction* saveAction_ = nullptr;
  QAction* exportAction_ = nullptr;
  QAction* quitAction_ = nullptr;
  QAction* undoAction_ = nullptr;
  QAction* redoAction_ = nullptr;
  QAction* traceAction_ = nullptr;
  QAction* runAction_ = nullptr;
  QAction* transpileAction_ = nullptr;
  QAction* fitGraphAction_ = nullptr;
  QAction* expandAllAction_ = nullptr;
  QAction* collapseAllAction_ = nullptr;
  QAction* minimapAction_ = nullptr;
  QAction* darkThemeAction_ = nullptr;
  QAction* exportGraphAction_ = nullptr;
  QAction* exportSelectionAction_ = nullptr;
  QAction* findInGraphAction_ = nullptr;
  QAction* aboutAction_ = nullptr;
  QAction* cancelAction_ = nullptr;
  TaskStatus* taskStatus_ = nullptr;
  Autosave* autosave_ = nullptr;
  QAction* compileViewAction_ = nullptr;
  QAction* transpileAllAction_ = nullptr;
  QAction* exportPackageAction_ = nullptr;
  CompilePanel* compilePanel_ = nullptr;
  QAction* verifyAction_ = nullptr;
  QAction* diffViewAction_ = nullptr;
  DiffPanel* diffPanel_ = nullptr;

  // State of the links between panes
  QString shownFile_;                          // the file in the source editor
  std::vector<std::pair<int, int>> nodeLines_;  // per graph node: its lines in shownFile_ (0 = elsewhere)
  int linkedLine_ = -1;                         // the cursor line the graph selection last followed
  bool syncing_ = false;                       // the window is writing into an editor: not a user edit
  bool tracedOnce_ = false;                    // the selected function has been traced: keep it live
  bool pendingRetrace_ = false;
  bool pendingRetranslate_ = false;
  QTimer* refreshTimer_ = nullptr;
};

}  // namespace pt::app
