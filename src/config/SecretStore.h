#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

// The outcome of one SecretStore operation. `key` is only filled by a
// successful read; `error` never contains a key.
struct SecretResult final
{
    enum class Status {
        Ok,
        NotFound,    // read or remove: no key stored for this environment
        Unavailable, // no usable keychain (no backend, no Secret Service on D-Bus, ...)
        Failed,      // the keychain answered with an error (access denied, ...)
    };

    Status status = Status::Failed;
    QString key;
    QString error; // translated sentence, empty when Ok

    bool ok() const { return status == Status::Ok; }
};

// API keys, one per environment, in the operating system's keychain through
// QtKeychain: service "pipes-admin", key = the environment's name. QtKeychain's
// insecure (plaintext) fallback is never enabled.
//
// When the keychain cannot be used, operations end with Status::Unavailable,
// availability() turns Unavailable and unavailableReason() says why; the
// caller may then offer useMemoryOnly(), after which keys live only in this
// object's memory until it is destroyed. Nothing is ever written elsewhere,
// and no key is ever logged or put in an error.
//
// Every operation is asynchronous and ends in exactly one call of `done` on
// this thread, unless `context` was destroyed first.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Mode { Keychain, MemoryOnly };
    enum class Availability { Unknown, Available, Unavailable };
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(const QString &service = defaultService(), QObject *parent = nullptr);
    ~SecretStore() override;

    static QString defaultService() { return QStringLiteral("pipes-admin"); }
    QString service() const { return m_service; }

    Mode mode() const { return m_mode; }
    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_unavailableReason; }

    // Keys from now on live only in memory, for as long as this object lives.
    // Keys already in the keychain are not copied. Explicit, never automatic.
    void useMemoryOnly();

    // Finds out whether the keychain works (reads an entry that does not
    // exist); `done` gets Ok when it does, Unavailable or Failed otherwise.
    void probe(QObject *context, Callback done);
    void read(const QString &environment, QObject *context, Callback done);
    void write(const QString &environment, const QString &key, QObject *context, Callback done);
    void remove(const QString &environment, QObject *context, Callback done);

    // "sk_live_abcdefghwxyz" -> "sk_live_…wxyz": the prefix (sk_, sk_test_,
    // sk_live_, ...) and the last four characters; short keys show only the
    // prefix. Empty in, empty out.
    static QString maskKey(const QString &key);

Q_SIGNALS:
    // Every read() begins with this, before the keychain is asked (and may ask
    // the user to unlock it): the environment's name only, never a key.
    void readStarted(const QString &environment);
    void availabilityChanged(SecretStore::Availability availability);
    void modeChanged(SecretStore::Mode mode);

private:
    enum class Operation { Probe, Read, Write, Remove };
    void finishLater(QObject *context, Callback done, SecretResult result);
    void runMemory(Operation op, const QString &environment, const QString &key, QObject *context, Callback done);
    void runJob(QKeychain::Job *job, const QString &environment, QObject *context, Callback done,
                const std::function<void(QKeychain::Job &, SecretResult &)> &adjust);
    void setAvailability(Availability availability, const QString &reason);

    QString m_service;
    Mode m_mode = Mode::Keychain;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
    QHash<QString, QString> m_memory; // MemoryOnly mode only
};
