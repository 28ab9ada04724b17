#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

// What a client of the sandbox sees: status, headers, body, network error, time.
struct HttpResult final
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    qint64 elapsedMs = 0;
    bool finished = false;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool isJson() const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray data() const { return json().value(QStringLiteral("data")).toArray(); }
};

// A real QNetworkAccessManager over loopback (not src/core's client).
class SandboxTestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxTestClient)

public:
    enum class Auth { Valid, Missing, Wrong };

    explicit SandboxTestClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    void setApiKey(const QString &apiKey) { m_apiKey = apiKey; }
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    QNetworkReply *start(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                         Auth auth = Auth::Valid, const QByteArray &idempotencyKey = {});
    // Waits for the reply (at most timeoutMs) and deletes it.
    static HttpResult finish(QNetworkReply *reply, int timeoutMs = 5000);

    HttpResult get(const QString &path, const QUrlQuery &query = {}, Auth auth = Auth::Valid);
    HttpResult del(const QString &path, const QUrlQuery &query = {});
    HttpResult post(const QString &path, const QJsonObject &body, Auth auth = Auth::Valid);
    HttpResult getUrl(const QUrl &url); // no Authorization: what a browser does

private:
    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    QString m_apiKey;
};
