#pragma once

#include <QModelIndex>

#include "audit/AuditLog.h"
#include "session/EnvironmentConnector.h"
#include "config/EnvironmentStore.h"
#include "FakePrompter.h"
#include "widgets/FileChooser.h"
#include "gui/MainWindow.h"
#include "sandbox/SandboxServer.h"
#include "config/SecretStore.h"
#include "core/WorkOsClient.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QAbstractItemView;
class QAbstractItemView;
class QTableView;

// The real MainWindow against an in-process sandbox on loopback, with a
// FakePrompter, a private settings file, an EnvironmentStore on it (no
// provisioning file), a memory-only SecretStore and an open audit log in the
// temporary directory (set `audit` to null or close it before makeWindow()
// for a window without one). `files` (null: real dialogs) answers the batch and history windows' file dialogs.
struct GuiHarness
{
    enum class WindowSize { Standard1280, AsRestored };

    GuiHarness();
    ~GuiHarness();

    // A window in demo-only mode on `server`. `config` tunes the client (timeouts);
    // a non-empty config.apiKey replaces the sandbox's key (to get 401s).
    std::unique_ptr<MainWindow> makeWindow(ClientConfig config = {}, WindowSize size = WindowSize::Standard1280);
    // A connector for this workstation (store, secrets) with the given options and variables.
    EnvironmentConnector *makeConnector(const ConnectionRequest &request = {});
    std::unique_ptr<MainWindow> makeWindowFor(EnvironmentConnector *connector,
                                              WindowSize size = WindowSize::Standard1280);
    // Adds an environment and stores its key (memory only); true when both worked.
    bool addEnvironment(const Environment &environment, const QString &apiKey);

    // The widget named `name` under `parent`; a missing one ends the test run (a renamed widget).
    template <typename T>
    static T *child(const QObject *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    // Types into the search field and presses Enter.
    static void search(MainWindow *window, const QString &text);
    // Waits until the providers table shows `rows` rows; false on timeout.
    static bool waitForProviders(MainWindow *window, int rows = 9);
    // The proxy row showing `slug`, or -1.
    static int rowOfSlug(QAbstractItemView *table, const QString &slug);
    static QString cell(QAbstractItemView *table, const QString &slug, int column);
    static bool selectSlug(QAbstractItemView *table, const QString &slug);
    // The row of one connection (a child of its provider), by its connected account id.
    static QModelIndex connectionIndex(QAbstractItemView *table, const QString &connectedAccountId);
    // Clicks a connection's row as a person does; true when it is then the current row.
    static bool selectConnection(QAbstractItemView *table, const QString &connectedAccountId);
    // A connection row's cell, or empty when the connection is not in the tree.
    static QString connectionCell(QAbstractItemView *table, const QString &connectedAccountId, int column);
    // Opens a user by email and waits for the providers.
    static bool openUser(MainWindow *window, const QString &email);
    // The body of the last authorize request the sandbox received (empty: none).
    static QByteArray lastAuthorizeBody(const SandboxServer &server);
    // Whether the sandbox received `method` on exactly `path`, with `queryPart` in its query.
    static bool received(const SandboxServer &server, const QByteArray &method, const QString &path,
                         const QString &queryPart = QString());

    QTemporaryDir dir;
    SandboxServer server;
    QNetworkAccessManager nam;
    FakePrompter prompter;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<EnvironmentStore> store;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<AuditLog> audit;
    QString auditProblem;
    FileChooser *files = nullptr;
    int demoStarts = 0; // how often a connector asked for the demo sandbox
    std::vector<std::unique_ptr<EnvironmentConnector>> connectors;
};
