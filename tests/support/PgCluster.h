#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A throw-away PostgreSQL cluster for tests and benchmarks: initdb in a
// temporary folder, postgres on a free loopback port, stopped and deleted by
// the destructor. As root (CI containers) the server runs as the unprivileged
// user `nobody` through setpriv; otherwise as the current user. Logins over
// TCP need a password (scram-sha-256): pgpassPath() is a PGPASSFILE with it.
// The binaries come from Debian's postgresql package (scripts/dev installs it).
class PgCluster final
{
public:
    struct Options
    {
        bool durable = false; // fsync on (benchmarks); off by default for speed
    };
    PgCluster();
    explicit PgCluster(Options options);
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool start(QString *error);   // initdb (first time) and start
    bool restart(QString *error); // start again on the same port and data
    void stop();                  // fast shutdown
    void crash();                 // immediate shutdown: no checkpoint, connections cut (a crash for clients)
    bool isRunning() const;

    int port() const { return m_port; }
    QString user() const { return QStringLiteral("pipes_audit"); }
    QString password() const { return m_password; }
    // postgresql://pipes_audit@127.0.0.1:PORT/postgres?sslmode=disable
    QString url() const;
    // A PGPASSFILE (mode 0600) with the right password, and one with a wrong password.
    QString pgpassPath() const;
    QString wrongPgpassPath() const;
    QString folder() const { return m_dir.path(); }
    // Runs statements as the superuser (e.g. to empty the tables between tests).
    bool sql(const QStringList &statements, QString *error = nullptr);

private:
    QStringList asServerUser(const QString &program, const QStringList &arguments) const;
    bool run(const QString &program, const QStringList &arguments, QString *error) const;
    bool waitReady(QString *error) const;
    QString bin(const QString &name) const;

    Options m_options;
    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_password;
    int m_port = 0;
    bool m_initialised = false;
    std::unique_ptr<QProcess> m_server;
};
