#include "config/SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace {

// A probe entry that is never written.
const QString ProbeKey = QStringLiteral("pipes-admin-probe-never-written");

SecretResult resultFromJob(const QKeychain::Job &job, bool *keychainUnavailable)
{
    SecretResult r;
    *keychainUnavailable = false;
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = SecretResult::Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        r.error = SecretStore::tr("No API key is stored for this environment.");
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = SecretResult::Status::Failed;
        r.error = SecretStore::tr("The keychain refused access to the API key: %1").arg(job.errorString());
        return r;
    case QKeychain::CouldNotDeleteEntry:
        r.status = SecretResult::Status::Failed;
        r.error = SecretStore::tr("The keychain could not delete the API key: %1").arg(job.errorString());
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux, OtherError is what a missing or broken Secret Service
        // over D-Bus looks like: treat it as "no usable keychain".
        break;
    }
    *keychainUnavailable = true;
    r.status = SecretResult::Status::Unavailable;
    const QString detail = job.errorString().trimmed();
    r.error = detail.isEmpty()
        ? SecretStore::tr("The system keychain is not available on this computer.")
        : SecretStore::tr("The system keychain is not available on this computer (%1).").arg(detail);
    return r;
}
} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

SecretStore::~SecretStore()
{
    // Best effort: overwrite the in-memory keys before the memory is freed.
    for (auto it = m_memory.begin(); it != m_memory.end(); ++it)
        it.value().fill(QLatin1Char('\0'));
}

void SecretStore::useMemoryOnly()
{
    if (m_mode == Mode::MemoryOnly)
        return;
    m_mode = Mode::MemoryOnly;
    Q_EMIT modeChanged(m_mode);
}

void SecretStore::runJob(QKeychain::Job *job, const QString &environment, QObject *context, Callback done,
                         const std::function<void(QKeychain::Job &, SecretResult &)> &adjust)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext, whatever the platform offers
    job->setKey(environment);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, done = std::move(done), adjust](QKeychain::Job *j) {
        bool unavailable = false;
        SecretResult r = resultFromJob(*j, &unavailable);
        if (adjust)
            adjust(*j, r);
        setAvailability(unavailable ? Availability::Unavailable : Availability::Available,
                        unavailable ? r.error : QString());
        if (guard)
            done(r);
    });
    job->start();
}

void SecretStore::probe(QObject *context, Callback done)
{
    if (m_mode == Mode::MemoryOnly) {
        runMemory(Operation::Probe, QString(), QString(), context, std::move(done));
        return;
    }
    runJob(new QKeychain::ReadPasswordJob(m_service, this), ProbeKey, context, std::move(done),
           [](QKeychain::Job &, SecretResult &r) {
               if (r.status == SecretResult::Status::NotFound) // the expected answer: the keychain works
                   r = SecretResult{SecretResult::Status::Ok, {}, {}};
           });
}

void SecretStore::read(const QString &environment, QObject *context, Callback done)
{
    Q_EMIT readStarted(environment);
    if (m_mode == Mode::MemoryOnly) {
        runMemory(Operation::Read, environment, QString(), context, std::move(done));
        return;
    }
    runJob(new QKeychain::ReadPasswordJob(m_service, this), environment, context, std::move(done),
           [](QKeychain::Job &j, SecretResult &r) {
               if (r.ok())
                   r.key = static_cast<QKeychain::ReadPasswordJob &>(j).textData();
           });
}

void SecretStore::write(const QString &environment, const QString &key, QObject *context, Callback done)
{
    if (m_mode == Mode::MemoryOnly) {
        runMemory(Operation::Write, environment, key, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(key);
    runJob(job, environment, context, std::move(done), {});
}

void SecretStore::remove(const QString &environment, QObject *context, Callback done)
{
    if (m_mode == Mode::MemoryOnly) {
        runMemory(Operation::Remove, environment, QString(), context, std::move(done));
        return;
    }
    runJob(new QKeychain::DeletePasswordJob(m_service, this), environment, context, std::move(done), {});
}

void SecretStore::runMemory(Operation op, const QString &environment, const QString &key, QObject *context,
                            Callback done)
{
    SecretResult r;
    r.status = SecretResult::Status::Ok;
    switch (op) {
    case Operation::Probe:
        break;
    case Operation::Read: {
        const auto it = m_memory.constFind(environment);
        if (it == m_memory.constEnd()) {
            r.status = SecretResult::Status::NotFound;
            r.error = SecretStore::tr("No API key is stored for this environment.");
        } else {
            r.key = it.value();
        }
        break;
    }
    case Operation::Write:
        m_memory.insert(environment, key);
        break;
    case Operation::Remove:
        if (m_memory.remove(environment) == 0) {
            r.status = SecretResult::Status::NotFound;
            r.error = SecretStore::tr("No API key is stored for this environment.");
        }
        break;
    }
    finishLater(context, std::move(done), std::move(r));
}

void SecretStore::finishLater(QObject *context, Callback done, SecretResult result)
{
    // Asynchronous like the keychain, so callers see one behaviour.
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, done = std::move(done), result = std::move(result)]() {
        if (guard)
            done(result);
    });
}

void SecretStore::setAvailability(Availability availability, const QString &reason)
{
    m_unavailableReason = reason;
    if (m_availability == availability)
        return;
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

QString SecretStore::maskKey(const QString &key)
{
    const QString k = key.trimmed();
    if (k.isEmpty())
        return {};
    // "sk_", "sk_test_", "sk_live_", "pk_test_", ...: two or three lower-case letters
    // and an optional environment word, each followed by an underscore.
    static const QRegularExpression prefixRe(QStringLiteral("^[a-z]{2,3}_(?:(?:test|live)_)?"));
    const QRegularExpressionMatch m = prefixRe.match(k);
    const QString prefix = m.hasMatch() ? m.captured(0) : QString();
    const qsizetype secretLength = k.size() - prefix.size();
    // Show the last four only when they are a small part of the secret.
    if (secretLength < 12)
        return prefix + QStringLiteral("…");
    return prefix + QStringLiteral("…") + k.right(4);
}
