#include "EmulatorProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace {
QString nodeBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QString emulatorScript(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("node_modules/workos/dist/bin.js"));
}

// A port nothing listens on right now (the emulator binds it a moment later).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Runs a request to completion (or `timeoutMs`), spinning the event loop.
QNetworkReply *await(QNetworkReply *reply, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();
    return reply;
}
} // namespace

EmulatorProcess::EmulatorProcess(QString packageDir)
    : m_dir(std::move(packageDir))
{
}

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

QString EmulatorProcess::unavailableReason() const
{
    const QString node = nodeBinary();
    if (node.isEmpty())
        return QStringLiteral("Node.js is not installed (the WorkOS emulator needs Node.js 20.20 or newer)");
    QProcess version;
    version.start(node, {QStringLiteral("--version")});
    if (!version.waitForFinished(10000))
        return QStringLiteral("`node --version` did not answer");
    const QString text = QString::fromLatin1(version.readAllStandardOutput()).trimmed();
    static const QRegularExpression re(QStringLiteral("^v(\\d+)\\.(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return QStringLiteral("could not read the Node.js version from \"%1\"").arg(text);
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    if (major < 20 || (major == 20 && minor < 20))
        return QStringLiteral("Node.js %1 is older than 20.20, which workos@0.14.0 (the emulator) requires; "
                              "Debian 12's own nodejs is 18")
            .arg(text);
    if (!QFileInfo::exists(emulatorScript(m_dir)))
        return QStringLiteral("the emulator is not installed: run `npm ci` in %1").arg(m_dir);
    return QString();
}

bool EmulatorProcess::start(const QString &seedFile, int timeoutMs, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    QNetworkAccessManager nam;
    // A freshly probed port can be taken by someone else in between: try a few.
    for (int attempt = 0; attempt < 3; ++attempt) {
        stop();
        m_port = freePort();
        m_output.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setWorkingDirectory(m_dir);
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setChildProcessModifier([] {
            // Own process group (stop() signals the group), and die with the test.
            ::setpgid(0, 0);
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        env.insert(QStringLiteral("DO_NOT_TRACK"), QStringLiteral("1"));
        m_process->setProcessEnvironment(env);
        m_process->start(nodeBinary(), {emulatorScript(m_dir), QStringLiteral("emulate"), QStringLiteral("--port"),
                                        QString::number(m_port), QStringLiteral("--seed"), seedFile});
        if (!m_process->waitForStarted(10000)) {
            *error = QStringLiteral("node did not start: %1").arg(m_process->errorString());
            return false;
        }
        while (clock.elapsed() < timeoutMs && m_process->state() == QProcess::Running) {
            QNetworkRequest health(QUrl(baseUrl().toString() + QStringLiteral("/health")));
            std::unique_ptr<QNetworkReply> reply(await(nam.get(health), 2000));
            if (reply->error() == QNetworkReply::NoError
                && QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("status")).toString()
                    == QLatin1String("ok"))
                return true;
            QEventLoop pause;
            QTimer::singleShot(150, &pause, &QEventLoop::quit);
            pause.exec();
        }
        if (clock.elapsed() >= timeoutMs)
            break;
        // Exited early (port taken?): try another port.
    }
    *error = QStringLiteral("the emulator did not answer GET /health within %1 ms. Its output:\n%2")
                 .arg(timeoutMs)
                 .arg(QString::fromUtf8(output()));
    stop();
    return false;
}

void EmulatorProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        const pid_t group = pid_t(m_process->processId());
        if (group > 0)
            ::kill(-group, SIGTERM);
        if (!m_process->waitForFinished(5000) && group > 0) {
            ::kill(-group, SIGKILL);
            m_process->waitForFinished(2000);
        }
    }
    m_output += m_process->readAll();
    m_process.reset();
}

QUrl EmulatorProcess::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QByteArray EmulatorProcess::output() const
{
    if (m_process)
        m_output += m_process->readAll();
    return m_output;
}

int EmulatorProcess::request(QNetworkAccessManager *nam, const QByteArray &verb, const QString &path,
                             const QJsonObject &body, QJsonObject *reply)
{
    QNetworkRequest request(QUrl(baseUrl().toString() + path));
    request.setRawHeader("Authorization", "Bearer " + apiKey().toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    std::unique_ptr<QNetworkReply> answer(await(nam->sendCustomRequest(request, verb, payload), 10000));
    if (reply)
        *reply = QJsonDocument::fromJson(answer->readAll()).object();
    return answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}
