#pragma once

#include "gui/ApiStatusBar.h"
#include "audit/AuditLog.h"
#include "config/ConnectionTester.h"
#include "gui/settings/EnvironmentSettingsDialog.h"
#include "gui/Workspace.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class AuditAvailability;
class BatchWindow;
class EnvironmentConnector;
class FileChooser;
class HistoryWindow;
class LinksDesk;
class Prompter;
class ProvidersPanel;
class QComboBox;
class QLabel;
class QSettings;
class SearchPanel;
class StartPage;
struct ConnectionProblem;
struct EnvironmentChoice;

namespace Ui {
class MainWindow;
}

struct MainWindowDependencies final
{
    EnvironmentConnector *connector = nullptr; // environments, keys and the client; must outlive the window
    Prompter *prompter = nullptr;
    QSettings *settings = nullptr; // layout and recent users; never a key
    ConnectionTester tester;       // "Test connection" in the settings; empty: ConnectionTest::withWorkOsClient
    AuditLog *auditLog = nullptr;  // open; null or closed: disconnect and connect link are off, and say why
    QString auditProblem;          // why the audit log could not be opened
    FileChooser *files = nullptr;  // file dialogs of the batch and history windows; null: the real ones
};

// The support desk: an environment selector and Settings… in the toolbar, the
// coloured band of the environment, and either the workspace (search on the
// left, providers on the right) or the start page (first run, missing key).
// Switching environments destroys the workspace, and with it every view,
// dialog and pending reply of the previous environment, the batch window
// included. "Batch…", "History…" and "Links…" open one window each (opening
// again raises it); the history and links windows outlive environment switches.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const MainWindowDependencies &dependencies, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Null while no environment is connected.
    Workspace *workspace() const { return m_workspace; }
    SearchPanel *searchPanel() const;
    ProvidersPanel *providersPanel() const;
    EnvironmentSettingsDialog *settingsDialog() const { return m_settingsDialog; }
    // The open batch and history windows, or null.
    BatchWindow *batchWindow() const;
    HistoryWindow *historyWindow() const;
    // The connect links followed to the end: the tracker of this environment and the Links window.
    LinksDesk *linksDesk() const { return m_links; }

    // Opens this user on the desk (from History). Returns why not, empty when it did:
    // `environment` (the record's) must be the one the window is connected to.
    QString showUser(const QString &environment, const QString &userId, const QString &email);

    enum class SettingsStart { ShowCurrent, AddNew };
    void openSettings(SettingsStart start);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpToolBar();
    void setUpActions();
    void refreshSelector();
    void onSelectorActivated(int index);
    void onApiKeyChanged(const QString &name);
    void dropWorkspace();
    void onConnecting(const EnvironmentChoice &choice);
    void onConnected(const EnvironmentChoice &choice);
    void onFailed(const ConnectionProblem &problem);
    void showEnvironment(const EnvironmentChoice *choice);
    void updateKeyStorageNote();
    void updateWorkspaceActions();
    void saveLayout();
    void showAbout();
    void openBatch();
    void openHistory();
    // The customer message of connect links: the user's settings and the provisioning file.
    LinkMessageSettings linkMessageSettings() const;
    void openLinks();

    std::unique_ptr<Ui::MainWindow> m_ui;
    MainWindowDependencies m_deps;
    QComboBox *m_selector;
    StartPage *m_startPage;
    QLabel *m_keyStorage;
    AuditAvailability *m_audit;
    std::unique_ptr<FileChooser> m_ownFiles;
    QPointer<BatchWindow> m_batch; // a child of the workspace: an environment switch closes it
    QPointer<HistoryWindow> m_history;
    LinksDesk *m_links = nullptr;
    QPointer<Workspace> m_workspace;
    QPointer<ApiStatusBar> m_apiStatus;
    QPointer<EnvironmentSettingsDialog> m_settingsDialog;
};
