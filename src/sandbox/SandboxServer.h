#pragma once

#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxPipesApi.h"
#include "sandbox/SandboxRateLimiter.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxStore.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class SandboxApi;
class SandboxPipesApi;

struct SandboxOptions final
{
    QString apiKey = QStringLiteral("sk_test_sandbox");
    QString seed = QStringLiteral("demo"); // "demo" or "large:N" (N users) or "empty"
    int latencyMs = 0;                     // every API answer leaves this long after its request arrived (non-blocking, QTimer-based)
    bool enforceRateLimits = false;        // 429 + Retry-After past rateLimits
    SandboxRateLimits rateLimits;          // WorkOS's published limits by default
    // Unavailable: like a team WorkOS has not yet enabled additional connections for.
    SandboxMultipleConnections multipleConnections = SandboxMultipleConnections::Available;
};

struct SandboxRequestRecord final
{
    QByteArray method;
    QString path;
    QString query; // percent-encoded, without '?'
    QByteArray body;
    QByteArray idempotencyKey;
    bool authorized = false;
};

// A WorkOS-compatible API server on a loopback port, for tests, demos and
// benchmarks. Routes (all but /_sandbox/connect need "Authorization: Bearer <key>"):
//   GET    /user_management/users, /user_management/users/{id}
//   GET    /organizations, /organizations/{id}
//   GET    /user_management/organization_memberships
//   GET    /user_management/users/{user_id}/data_providers
//   GET    /user_management/users/{user_id}/connected_accounts/{slug}
//   DELETE /user_management/users/{user_id}/connected_accounts/{slug}
//   GET    /organizations/{id}/data_providers
//   GET    /organizations/{id}/connected_accounts/{slug}
//   DELETE /organizations/{id}/connected_accounts/{slug}
//   POST   /data-integrations/{slug}/authorize
//   POST   /data-integrations/{slug}/token (a fake access token; see SandboxPipesApi::token)
//   GET    /events (the Pipes events; see SandboxEvents::list)
// The Pipes routes speak SDK @workos-inc/node 12.3.0 (supports_multiple_connections,
// connected_account_id, connection_intent, connection_owner; see SandboxPipesApi)
// and answer clients that do not opt in as 0.1.0 did.
// Control routes (not counted as API requests, never faulted or delayed):
//   POST /_sandbox/faults (JSON, see SandboxFaults::fromJson), GET/DELETE /_sandbox/faults,
//   GET/DELETE /_sandbox/requests, POST /_sandbox/reset, POST /_sandbox/latency {"latency_ms"},
//   GET /_sandbox/connect/{token} (no key: the end user's browser completes the connection),
//   POST /_sandbox/reauthorization_needed {"connected_account_id"} (as when a refresh failed).
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    // An invalid options.seed falls back to "demo" (check SandboxSeed::isValidSpec first).
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0); // 0 on failure
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    quint16 port() const { return m_port; }
    QString apiKey() const;
    const SandboxOptions &options() const { return m_options; }

    void addFault(const SandboxFault &fault);
    void clearFaults();
    QList<SandboxFault> faults() const;
    void setLatencyMs(int ms);
    void setMultipleConnections(SandboxMultipleConnections value);
    int latencyMs() const { return m_latencyMs; }

    int requestCount() const; // API requests received (excluding /_sandbox/ routes)
    int requestCount(const QByteArray &method, const QString &pathPattern) const; // whole-path regex
    QList<SandboxRequestRecord> requests() const;
    void clearRequestLog();

    SandboxStore &store(); // direct access to the in-memory data
    // Restores the seed data, drops pending connect links, faults, the request log
    // and the rate-limit windows (what POST /_sandbox/reset does).
    void reset();

Q_SIGNALS:
    // After a DELETE removed an account and after a connect link completed
    // (userId is empty when an organization's connection was deleted).
    void accountChanged(const QString &userId, const QString &slug);

private:
    enum class RouteKind { Api, Control, Browser };
    using Handler = std::function<SandboxReply()>;

    void addRoutes();
    void addDiagnosisRoutes(); // SandboxRoutesDiagnosis.cpp
    void serve(RouteKind kind, const QHttpServerRequest &request, QHttpServerResponder &&responder,
               const Handler &handler);
    void serveFault(const SandboxFault &fault, QTcpSocket *socket, const QByteArray &requestId,
                    int delayMs, const std::function<SandboxReply()> &answer);
    void send(QTcpSocket *socket, int delayMs, const std::function<void(QTcpSocket *)> &action);
    bool isAuthorized(const QHttpServerRequest &request) const;
    QByteArray nextRequestId();
    SandboxReply controlAddFault(const QByteArray &body);
    SandboxReply controlRequests() const;

    SandboxOptions m_options;
    SandboxStore m_store;
    std::unique_ptr<SandboxApi> m_api;
    std::unique_ptr<SandboxPipesApi> m_pipes;
    std::unique_ptr<SandboxRateLimiter> m_limiter;
    QHttpServer *m_http = nullptr; // child
    SandboxFaultList m_faults;
    QList<SandboxRequestRecord> m_requests;
    int m_requestCount = 0;
    int m_latencyMs = 0;
    quint16 m_port = 0;
    QUrl m_baseUrl;
    quint64 m_requestIdSalt = 0;
    quint64 m_requestIdCounter = 0;
};
