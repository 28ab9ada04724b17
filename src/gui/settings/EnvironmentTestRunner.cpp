#include "gui/settings/EnvironmentTestRunner.h"

#include "config/SecretStore.h"

#include <QLabel>

EnvironmentTestRunner::EnvironmentTestRunner(ConnectionTester tester, SecretStore *secrets, QLabel *result,
                                             QObject *parent)
    : QObject(parent)
    , m_tester(std::move(tester))
    , m_secrets(secrets)
    , m_result(result)
{
}

void EnvironmentTestRunner::setTesting(bool testing)
{
    m_testing = testing;
    Q_EMIT testingChanged();
}

void EnvironmentTestRunner::test(const Environment &environment, const QString &typedKey, const QString &storedName)
{
    if (m_testing || !m_tester)
        return;
    QList<Environment> others; // only the URL and name shape matter here
    const QString why = Environment::validate(environment, others);
    if (!why.isEmpty()) {
        m_result->setText(why);
        return;
    }
    // A key typed but not stored yet is tested as is; otherwise the stored one.
    if (!typedKey.isEmpty()) {
        run(environment, typedKey);
        return;
    }
    if (storedName.isEmpty()) {
        m_result->setText(tr("Enter an API key to test."));
        return;
    }
    setTesting(true);
    m_result->setText(tr("Reading the key…"));
    m_secrets->read(storedName, this, [this, environment](const SecretResult &r) {
        if (!r.ok()) {
            m_result->setText(r.status == SecretResult::Status::NotFound
                                  ? tr("No API key is stored for this environment: enter one above.")
                                  : r.error);
            setTesting(false);
            return;
        }
        run(environment, r.key);
    });
}

void EnvironmentTestRunner::run(const Environment &environment, const QString &key)
{
    setTesting(true);
    m_result->setText(tr("Testing the connection to %1…").arg(environment.baseUrl.host()));
    m_tester(environment, key, this, [this](const ConnectionTestResult &result) {
        m_result->setText(result.message);
        m_result->setProperty("ok", result.ok());
        setTesting(false);
    });
}
