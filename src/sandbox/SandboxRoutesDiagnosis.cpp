#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxEvents.h"
#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxPipesApi.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QUrlQuery>

// The routes a diagnosis reads: GET /events, POST /data-integrations/{slug}/token,
// and the control route that makes a connection need reauthorization.
void SandboxServer::addDiagnosisRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_http->route(QStringLiteral("/events"), Method::Get,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      const QUrlQuery query(request.url());
                      serve(RouteKind::Api, request, std::move(responder), [this, query] {
                          return SandboxEvents::list(m_store, query, QDateTime::currentDateTimeUtc());
                      });
                  });
    m_http->route(QStringLiteral("/data-integrations/<arg>/token"), Method::Post,
                  [this](const QString &slug, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      const QByteArray body = request.body();
                      serve(RouteKind::Api, request, std::move(responder),
                            [this, slug, body] { return m_pipes->token(slug, body); });
                  });
    m_http->route(QStringLiteral("/_sandbox/reauthorization_needed"), Method::Post,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      const QByteArray body = request.body();
                      serve(RouteKind::Control, request, std::move(responder), [this, body] {
                          const QString id = QJsonDocument::fromJson(body).object()
                                                 .value(QStringLiteral("connected_account_id")).toString();
                          const std::optional<SandboxAccount> account = m_pipes->markNeedsReauthorization(id);
                          if (!account)
                              return SandboxReply::error(404, QStringLiteral("Connected account not found: '%1'.").arg(id),
                                                         QStringLiteral("entity_not_found"));
                          Q_EMIT accountChanged(account->userId, account->providerSlug);
                          return SandboxReply::json(200, SandboxJson::connectedAccount(*account));
                      });
                  });
}
