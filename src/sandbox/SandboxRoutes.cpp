#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxPipesApi.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

// The route table of SandboxServer (the transport is in SandboxServer.cpp).

namespace {

QUrlQuery queryOf(const QHttpServerRequest &request)
{
    return QUrlQuery(request.url());
}

} // namespace

void SandboxServer::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_http->route(QStringLiteral("/user_management/users"), Method::Get,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      const QUrlQuery query = queryOf(request);
                      serve(RouteKind::Api, request, std::move(responder),
                            [this, query] { return m_api->listUsers(query); });
                  });
    m_http->route(QStringLiteral("/user_management/users/<arg>"), Method::Get,
                  [this](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      serve(RouteKind::Api, request, std::move(responder), [this, id] { return m_api->getUser(id); });
                  });
    m_http->route(QStringLiteral("/organizations"), Method::Get,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      const QUrlQuery query = queryOf(request);
                      serve(RouteKind::Api, request, std::move(responder),
                            [this, query] { return m_api->listOrganizations(query); });
                  });
    m_http->route(QStringLiteral("/organizations/<arg>"), Method::Get,
                  [this](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      serve(RouteKind::Api, request, std::move(responder),
                            [this, id] { return m_api->getOrganization(id); });
                  });
    m_http->route(QStringLiteral("/user_management/organization_memberships"), Method::Get,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      const QUrlQuery query = queryOf(request);
                      serve(RouteKind::Api, request, std::move(responder),
                            [this, query] { return m_api->listMemberships(query); });
                  });
    m_http->route(QStringLiteral("/user_management/users/<arg>/data_providers"), Method::Get,
                  [this](const QString &userId, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      const QUrlQuery query = queryOf(request);
                      serve(RouteKind::Api, request, std::move(responder),
                            [this, userId, query] { return m_pipes->userDataProviders(userId, query); });
                  });
    m_http->route(QStringLiteral("/user_management/users/<arg>/connected_accounts/<arg>"), Method::Get,
                  [this](const QString &userId, const QString &slug, const QHttpServerRequest &request,
                         QHttpServerResponder &&responder) {
                      const QUrlQuery query = queryOf(request);
                      serve(RouteKind::Api, request, std::move(responder), [this, userId, slug, query] {
                          return m_pipes->getUserAccount(userId, slug, query);
                      });
                  });
    m_http->route(QStringLiteral("/user_management/users/<arg>/connected_accounts/<arg>"), Method::Delete,
                  [this](const QString &userId, const QString &slug, const QHttpServerRequest &request,
                         QHttpServerResponder &&responder) {
                      const QUrlQuery query = queryOf(request);
                      serve(RouteKind::Api, request, std::move(responder), [this, userId, slug, query] {
                          SandboxReply reply = m_pipes->deleteUserAccount(userId, slug, query);
                          if (reply.status == 204)
                              Q_EMIT accountChanged(userId, slug);
                          return reply;
                      });
                  });
    m_http->route(QStringLiteral("/organizations/<arg>/data_providers"), Method::Get,
                  [this](const QString &organizationId, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      const QUrlQuery query = queryOf(request);
                      serve(RouteKind::Api, request, std::move(responder), [this, organizationId, query] {
                          return m_pipes->organizationDataProviders(organizationId, query);
                      });
                  });
    m_http->route(QStringLiteral("/organizations/<arg>/connected_accounts/<arg>"), Method::Get,
                  [this](const QString &organizationId, const QString &slug, const QHttpServerRequest &request,
                         QHttpServerResponder &&responder) {
                      const QUrlQuery query = queryOf(request);
                      serve(RouteKind::Api, request, std::move(responder), [this, organizationId, slug, query] {
                          return m_pipes->getOrganizationAccount(organizationId, slug, query);
                      });
                  });
    m_http->route(QStringLiteral("/organizations/<arg>/connected_accounts/<arg>"), Method::Delete,
                  [this](const QString &organizationId, const QString &slug, const QHttpServerRequest &request,
                         QHttpServerResponder &&responder) {
                      const QUrlQuery query = queryOf(request);
                      serve(RouteKind::Api, request, std::move(responder), [this, organizationId, slug, query] {
                          SandboxReply reply = m_pipes->deleteOrganizationAccount(organizationId, slug, query);
                          if (reply.status == 204)
                              Q_EMIT accountChanged(QString(), slug);
                          return reply;
                      });
                  });
    m_http->route(QStringLiteral("/data-integrations/<arg>/authorize"), Method::Post,
                  [this](const QString &slug, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      const QByteArray body = request.body();
                      serve(RouteKind::Api, request, std::move(responder),
                            [this, slug, body] { return m_pipes->authorize(slug, body); });
                  });

    // Control routes.
    m_http->route(QStringLiteral("/_sandbox/connect/<arg>"), Method::Get,
                  [this](const QString &token, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      serve(RouteKind::Browser, request, std::move(responder), [this, token] {
                          SandboxConnectOutcome outcome = m_pipes->completeConnection(token);
                          if (!outcome.slug.isEmpty())
                              Q_EMIT accountChanged(outcome.userId, outcome.slug);
                          return outcome.reply;
                      });
                  });
    m_http->route(QStringLiteral("/_sandbox/faults"), Method::Post,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      const QByteArray body = request.body();
                      serve(RouteKind::Control, request, std::move(responder),
                            [this, body] { return controlAddFault(body); });
                  });
    m_http->route(QStringLiteral("/_sandbox/faults"), Method::Get,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      serve(RouteKind::Control, request, std::move(responder), [this] {
                          QJsonArray data;
                          for (const SandboxFault &fault : m_faults.faults())
                              data.append(SandboxFaults::toJson(fault));
                          return SandboxReply::json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                                     {QStringLiteral("data"), data}});
                      });
                  });
    m_http->route(QStringLiteral("/_sandbox/faults"), Method::Delete,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      serve(RouteKind::Control, request, std::move(responder), [this] {
                          clearFaults();
                          return SandboxReply::noContent();
                      });
                  });
    m_http->route(QStringLiteral("/_sandbox/requests"), Method::Get,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      serve(RouteKind::Control, request, std::move(responder), [this] { return controlRequests(); });
                  });
    m_http->route(QStringLiteral("/_sandbox/requests"), Method::Delete,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      serve(RouteKind::Control, request, std::move(responder), [this] {
                          clearRequestLog();
                          return SandboxReply::noContent();
                      });
                  });
    m_http->route(QStringLiteral("/_sandbox/reset"), Method::Post,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      serve(RouteKind::Control, request, std::move(responder), [this] {
                          reset();
                          return SandboxReply::json(200, QJsonObject{{QStringLiteral("seed"), m_options.seed},
                                                                     {QStringLiteral("users"), int(m_store.users().size())}});
                      });
                  });
    m_http->route(QStringLiteral("/_sandbox/latency"), Method::Post,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      const QByteArray body = request.body();
                      serve(RouteKind::Control, request, std::move(responder), [this, body] {
                          const QJsonValue value = QJsonDocument::fromJson(body).object().value(QStringLiteral("latency_ms"));
                          if (!value.isDouble() || value.toInt(-1) < 0) {
                              return SandboxReply::validation(422, QStringLiteral("latency_ms"), QStringLiteral("invalid"),
                                                              QStringLiteral("latency_ms must be a number >= 0."));
                          }
                          setLatencyMs(value.toInt());
                          return SandboxReply::json(200, QJsonObject{{QStringLiteral("latency_ms"), m_latencyMs}});
                      });
                  });

    addDiagnosisRoutes();

    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const bool control = request.url().path().startsWith(QLatin1String("/_sandbox/"));
        serve(control ? RouteKind::Control : RouteKind::Api, request, std::move(responder), [] {
            return SandboxReply::error(404, QStringLiteral("Not Found"), QStringLiteral("not_found"));
        });
    });
}

SandboxReply SandboxServer::controlAddFault(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return SandboxReply::error(400, QStringLiteral("The request body must be a JSON object."), QStringLiteral("invalid_json"));
    QString error;
    const auto fault = SandboxFaults::fromJson(document.object(), &error);
    if (!fault)
        return SandboxReply::error(422, error, QStringLiteral("invalid_request_parameters"));
    addFault(*fault);
    QJsonObject object = SandboxFaults::toJson(*fault);
    object.insert(QStringLiteral("object"), QStringLiteral("sandbox_fault"));
    object.insert(QStringLiteral("active_faults"), m_faults.size());
    return SandboxReply::json(201, object);
}

SandboxReply SandboxServer::controlRequests() const
{
    QJsonArray data;
    for (const SandboxRequestRecord &record : m_requests) {
        data.append(QJsonObject{
            {QStringLiteral("method"), QString::fromLatin1(record.method)},
            {QStringLiteral("path"), record.path},
            {QStringLiteral("query"), record.query},
            {QStringLiteral("idempotency_key"), record.idempotencyKey.isEmpty()
                 ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(record.idempotencyKey))},
            {QStringLiteral("authorized"), record.authorized},
        });
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                               {QStringLiteral("count"), m_requestCount},
                                               {QStringLiteral("data"), data}});
}
