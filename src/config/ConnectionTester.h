#pragma once

#include "config/Environment.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QObject;

struct ConnectionTestResult final
{
    enum class Outcome { Success, Failure };
    Outcome outcome = Outcome::Failure;
    QString message;   // translated; on failure ApiError::fullText() (with the request id)
    QString requestId; // x-request-id of the answer, when there was one

    bool ok() const { return outcome == Outcome::Success; }
};

// "Test connection": one cheap authenticated call with the given environment
// and key, ending in exactly one call of `done` unless `context` died first.
// The dialog takes one of these so tests and the app can plug in what they like.
using ConnectionTester = std::function<void(const Environment &environment, const QString &apiKey,
                                            QObject *context, std::function<void(const ConnectionTestResult &)> done)>;

class ConnectionTest final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)

public:
    // A tester that lists organizations with limit=1 through a short-lived
    // WorkOsClient on `nam` (which must outlive every test it starts).
    // Retries are switched off so the answer comes quickly.
    static ConnectionTester withWorkOsClient(QNetworkAccessManager *nam);
};
