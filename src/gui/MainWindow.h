#pragma once

#include <QMainWindow>

#include <memory>

class ApiStatusBar;
class Prompter;
class ProvidersPanel;
class QSettings;
class RecentUsersModel;
class SearchPanel;
class WorkOsClient;

namespace Ui {
class MainWindow;
}

// Where this window points, as the banner and the title show it.
struct EnvironmentInfo final
{
    enum class Kind { Demo, Production, Test, Custom, Unconfigured };

    Kind kind = Kind::Custom;
    QString name;         // "Demo sandbox", "Production", ...
    QString baseUrl;      // shown in the banner and the status bar tooltip
    QString setupMessage; // Unconfigured: how to configure (one or two sentences)
};

struct MainWindowDependencies final
{
    WorkOsClient *client = nullptr;
    Prompter *prompter = nullptr;
    QSettings *settings = nullptr; // recent users and window geometry; never a key
    EnvironmentInfo environment;
};

// The support desk: the search panel on the left, the providers panel on the
// right, the status bar below. Wires the panels and the window-wide actions.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const MainWindowDependencies &dependencies, QWidget *parent = nullptr);
    ~MainWindow() override;

    SearchPanel *searchPanel() const { return m_search; }
    ProvidersPanel *providersPanel() const { return m_providers; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpBanner();
    void setUpActions();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    MainWindowDependencies m_deps;
    RecentUsersModel *m_recent;
    SearchPanel *m_search;
    ProvidersPanel *m_providers;
    ApiStatusBar *m_statusBar;
};
