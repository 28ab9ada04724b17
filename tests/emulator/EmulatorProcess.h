#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

// The official WorkOS emulator (npm package workos@0.14.0, `workos emulate`)
// as a child process in its own process group, for tests.
//
// It runs node_modules/workos/dist/bin.js with node: that is exactly what
// `npx workos emulate` resolves to, without the npm wrapper process (killing
// `npm exec` leaves its node child running; a single child can also be told
// to die with its parent, so a crashed test leaves nothing behind).
class EmulatorProcess final
{
public:
    explicit EmulatorProcess(QString packageDir);
    ~EmulatorProcess();

    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    // Why the emulator cannot run here (for QSKIP), or empty when it can:
    // node missing or older than 20.20, or node_modules not installed.
    QString unavailableReason() const;

    // Starts it on a free loopback port with the seed file and waits until
    // GET /health answers. False (and *error) when it did not come up in time.
    bool start(const QString &seedFile, int timeoutMs, QString *error);
    // SIGTERM to the whole process group, then SIGKILL if it lingers.
    void stop();

    QUrl baseUrl() const; // http://127.0.0.1:PORT
    static QString apiKey() { return QStringLiteral("sk_test_default"); }
    QByteArray output() const; // stdout and stderr so far (for failure messages)

    // A raw JSON request with the emulator's key (test set-up only, never the
    // client under test). Returns the HTTP status; *reply receives the object.
    int request(QNetworkAccessManager *nam, const QByteArray &verb, const QString &path, const QJsonObject &body,
                QJsonObject *reply);

private:
    QString m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    mutable QByteArray m_output;
};
