#pragma once

#include "config/ConnectionTester.h"
#include "config/Environment.h"

#include <QObject>

class QLabel;
class SecretStore;

// "Test connection" of the settings dialog: tests an environment with the key
// typed in the form, or else with the one stored for it, and writes the
// outcome in `result` (never the key).
class EnvironmentTestRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentTestRunner)

public:
    EnvironmentTestRunner(ConnectionTester tester, SecretStore *secrets, QLabel *result, QObject *parent);

    bool isTesting() const { return m_testing; }
    // `typedKey` empty: the key stored for `storedName` (empty while adding: asks for a key).
    void test(const Environment &environment, const QString &typedKey, const QString &storedName);

Q_SIGNALS:
    void testingChanged();

private:
    void run(const Environment &environment, const QString &key);
    void setTesting(bool testing);

    ConnectionTester m_tester;
    SecretStore *m_secrets;
    QLabel *m_result;
    bool m_testing = false;
};
