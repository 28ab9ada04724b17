#include "SandboxTestClient.h"

#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>

bool HttpResult::isJson() const
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError;
}

SandboxTestClient::SandboxTestClient(QObject *parent)
    : QObject(parent)
{
}

QUrl SandboxTestClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl result = m_baseUrl;
    result.setPath(path);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

QNetworkReply *SandboxTestClient::start(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                        Auth auth, const QByteArray &idempotencyKey)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (auth == Auth::Valid)
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    else if (auth == Auth::Wrong)
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer sk_test_wrong"));
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    reply->setProperty("startedMs", QDateTime::currentMSecsSinceEpoch());
    return reply;
}

HttpResult SandboxTestClient::finish(QNetworkReply *reply, int timeoutMs)
{
    HttpResult result;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }
    result.finished = reply->isFinished();
    result.elapsedMs = QDateTime::currentMSecsSinceEpoch() - reply->property("startedMs").toLongLong();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.finished) {
        result.error = reply->error();
        result.body = reply->readAll();
    } else {
        reply->abort(); // the client gives up
        result.error = QNetworkReply::TimeoutError;
    }
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

HttpResult SandboxTestClient::get(const QString &path, const QUrlQuery &query, Auth auth)
{
    return finish(start(QByteArrayLiteral("GET"), url(path, query), {}, auth));
}

HttpResult SandboxTestClient::del(const QString &path, const QUrlQuery &query)
{
    return finish(start(QByteArrayLiteral("DELETE"), url(path, query)));
}

HttpResult SandboxTestClient::post(const QString &path, const QJsonObject &body, Auth auth)
{
    return finish(start(QByteArrayLiteral("POST"), url(path), QJsonDocument(body).toJson(QJsonDocument::Compact), auth));
}

HttpResult SandboxTestClient::getUrl(const QUrl &target)
{
    return finish(start(QByteArrayLiteral("GET"), target, {}, Auth::Missing));
}
