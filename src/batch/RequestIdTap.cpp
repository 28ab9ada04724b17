#include "RequestIdTap.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
constexpr qsizetype MaxRemembered = 4096;
}

RequestIdTap::RequestIdTap(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
{
    connect(nam, &QNetworkAccessManager::finished, this, &RequestIdTap::onFinished);
}

RequestIdTap::~RequestIdTap() = default;

void RequestIdTap::onFinished(QNetworkReply *reply)
{
    const QByteArray verb = reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    const QByteArray id = reply->rawHeader("x-request-id");
    if (verb.isEmpty() || id.isEmpty())
        return;
    if (m_ids.size() > MaxRemembered)
        m_ids.clear();
    m_ids.insert(QString::fromLatin1(verb) + QLatin1Char(' ') + reply->url().path(QUrl::FullyDecoded),
                 QString::fromLatin1(id));
}

QString RequestIdTap::take(const QByteArray &verb, const QString &pathSuffix)
{
    const QString prefix = QString::fromLatin1(verb) + QLatin1Char(' ');
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it) {
        if (it.key().startsWith(prefix) && it.key().endsWith(pathSuffix)) {
            const QString id = it.value();
            m_ids.erase(it);
            return id;
        }
    }
    return QString();
}
