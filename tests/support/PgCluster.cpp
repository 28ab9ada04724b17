#include "PgCluster.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
const passwd *serverAccount()
{
    return ::geteuid() == 0 ? ::getpwnam("nobody") : nullptr;
}

bool giveToServer(const QString &path)
{
    if (const passwd *pw = serverAccount())
        return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
    return true;
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return false;
    file.close();
    return file.setPermissions(permissions);
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

PgCluster::PgCluster()
    : PgCluster(Options())
{
}

PgCluster::PgCluster(Options options)
    : m_options(options)
    , m_password(QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128).left(20))
{
    // The newest installed major version.
    const QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(versions)) {
        if (QFile::exists(lib.filePath(version + QStringLiteral("/bin/initdb")))) {
            m_binDir = lib.filePath(version + QStringLiteral("/bin"));
            break;
        }
    }
}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::bin(const QString &name) const
{
    return m_binDir + QLatin1Char('/') + name;
}

QStringList PgCluster::asServerUser(const QString &program, const QStringList &arguments) const
{
    // A test that crashes takes its server with it (the parent-death signal).
    QStringList command{QStringLiteral("setpriv"), QStringLiteral("--pdeathsig=SIGQUIT")};
    if (const passwd *pw = serverAccount()) {
        command << QStringLiteral("--reuid=%1").arg(pw->pw_uid) << QStringLiteral("--regid=%1").arg(pw->pw_gid)
                << QStringLiteral("--clear-groups");
    }
    return command << QStringLiteral("--") << program << arguments;
}

bool PgCluster::run(const QString &program, const QStringList &arguments, QString *error) const
{
    const QStringList command = asServerUser(program, arguments);
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PgCluster::start(QString *error)
{
    if (m_binDir.isEmpty()) {
        if (error)
            *error = QStringLiteral("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb): run scripts/dev deps");
        return false;
    }
    if (!m_dir.isValid()) {
        if (error)
            *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!m_initialised) {
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755); // the server's user walks through it
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const QString sockets = m_dir.filePath(QStringLiteral("sockets"));
        const QString pwfile = m_dir.filePath(QStringLiteral("initdb-password"));
        QDir().mkpath(data);
        QDir().mkpath(sockets);
        if (!writeFile(pwfile, m_password.toUtf8(), QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || !giveToServer(data) || !giveToServer(sockets) || !giveToServer(pwfile)) {
            if (error)
                *error = QStringLiteral("cannot prepare %1").arg(m_dir.path());
            return false;
        }
        if (!run(bin(QStringLiteral("initdb")),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), user(), QStringLiteral("--pwfile=") + pwfile,
                  QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--auth-local=trust"),
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
                 error))
            return false;
        QFile::remove(pwfile);
        const QByteArray line = QStringLiteral("127.0.0.1:*:*:%1:").arg(user()).toUtf8();
        writeFile(pgpassPath(), line + m_password.toUtf8() + '\n', QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        writeFile(wrongPgpassPath(), line + "not-the-password\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_port = freeLoopbackPort();
        m_initialised = true;
    }
    return restart(error);
}

bool PgCluster::restart(QString *error)
{
    if (isRunning())
        return true;
    QStringList arguments{QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-p"),
                          QString::number(m_port), QStringLiteral("-k"), m_dir.filePath(QStringLiteral("sockets")),
                          QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1")};
    if (!m_options.durable)
        arguments << QStringLiteral("-c") << QStringLiteral("fsync=off");
    const QStringList command = asServerUser(bin(QStringLiteral("postgres")), arguments);
    m_server = std::make_unique<QProcess>();
    m_server->setWorkingDirectory(m_dir.path());
    m_server->setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    m_server->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    m_server->start(command.first(), command.mid(1));
    if (!m_server->waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("postgres did not start");
        return false;
    }
    return waitReady(error);
}

bool PgCluster::waitReady(QString *error) const
{
    // Polls the condition "the server accepts connections", as QTRY_VERIFY does.
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_server->state() != QProcess::Running)
            break;
        QProcess probe;
        probe.start(bin(QStringLiteral("pg_isready")),
                    {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port)});
        if (probe.waitForFinished(5000) && probe.exitCode() == 0)
            return true;
        QThread::msleep(50);
    }
    if (error) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("postgres is not ready: %1").arg(QString::fromLocal8Bit(log.readAll().right(2000)));
    }
    return false;
}

bool PgCluster::isRunning() const
{
    return m_server && m_server->state() == QProcess::Running;
}

void PgCluster::stop()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_server->processId()), SIGINT); // fast shutdown
    m_server->waitForFinished(30000);
}

void PgCluster::crash()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_server->processId()), SIGQUIT); // immediate shutdown
    m_server->waitForFinished(30000);
}

QString PgCluster::url() const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres?sslmode=disable").arg(user()).arg(m_port);
}

QString PgCluster::pgpassPath() const
{
    return m_dir.filePath(QStringLiteral("pgpass"));
}

QString PgCluster::wrongPgpassPath() const
{
    return m_dir.filePath(QStringLiteral("pgpass-wrong"));
}

bool PgCluster::sql(const QStringList &statements, QString *error)
{
    const QString name = QStringLiteral("pgcluster-admin");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(user());
        db.setPassword(m_password);
        db.setDatabaseName(QStringLiteral("postgres"));
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            ok = q.exec(statement);
        }
        if (!ok && error)
            *error = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
