#pragma once

#include <QPointer>
#include <QWidget>

class AuditLog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class SecretStore;

// Settings' "Team audit" page: the audit store this process uses (its URL
// without password, or the local file), the operator's display name the
// records name (kept in QSettings, applied at once), the shared store's
// PostgreSQL password stored write-only in the OS keychain (never shown,
// never in a settings file), "Forget password", and "Test", which connects
// off the GUI thread and says what happened. The keychain is only used
// asynchronously.
class TeamAuditSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamAuditSettingsPage)

public:
    // `log`: the process's audit log, open or not (null: none); it gets the
    // display name and a stored password at once. `settings` keeps the display
    // name and must outlive the page.
    TeamAuditSettingsPage(AuditLog *log, QSettings *settings, QWidget *parent = nullptr);
    ~TeamAuditSettingsPage() override;

Q_SIGNALS:
    // "Test" ended; the sentence is on the page too.
    void testFinished(bool ok, const QString &report);

private:
    void saveOperatorName();
    void storePassword();
    void forgetPassword();
    void refreshStoredPassword();
    void test();
    void runTest(const QString &password);
    void showTestResult(bool ok, const QString &report);
    void setBusy(bool busy);

    QPointer<AuditLog> m_log;
    QSettings *m_settings;
    SecretStore *m_secrets;
    QString m_key; // the keychain entry: USER@HOST:PORT/DBNAME; empty for a local file
    QString m_location; // what AuditLog::test() opens
    QLineEdit *m_operator;
    QLabel *m_operatorHint;
    QLineEdit *m_password;
    QPushButton *m_store;
    QPushButton *m_forget;
    QPushButton *m_test;
    QLabel *m_passwordState;
    QLabel *m_result;
    bool m_hasStoredPassword = false;
    bool m_busy = false;
};
