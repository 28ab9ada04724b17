#pragma once

#include "FakePrompter.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "WorkOsClient.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

class QAbstractItemView;
class QTableView;

// The real MainWindow against an in-process sandbox on loopback, with a
// FakePrompter and a private settings file.
struct GuiHarness
{
    GuiHarness();
    ~GuiHarness();

    // A client for the sandbox (no retries unless asked, so request counts are exact).
    std::unique_ptr<WorkOsClient> makeClient(ClientConfig config = {});
    std::unique_ptr<MainWindow> makeWindow(WorkOsClient *client = nullptr);

    // Types into the search field and presses Enter.
    static void search(MainWindow *window, const QString &text);
    // Waits until the providers table shows `rows` rows; false on timeout.
    static bool waitForProviders(MainWindow *window, int rows = 9);
    // The proxy row showing `slug`, or -1.
    static int rowOfSlug(QTableView *table, const QString &slug);
    static QString cell(QTableView *table, const QString &slug, int column);
    static bool selectSlug(QTableView *table, const QString &slug);
    // Opens a user by email and waits for the providers.
    static bool openUser(MainWindow *window, const QString &email);

    QTemporaryDir dir;
    SandboxServer server;
    QNetworkAccessManager nam;
    FakePrompter prompter;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<WorkOsClient> client;
};
