#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

// Remembers the x-request-id of recent answers by verb and path, from the
// QNetworkAccessManager the WorkOsClient uses. WorkOsClient's results carry
// the request id only for errors; the audit trail wants it for successful
// deletes too. The manager announces a finished reply before the client
// sees it, so the id is there when the client's callback runs.
class RequestIdTap final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestIdTap)

public:
    explicit RequestIdTap(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~RequestIdTap() override;

    // The request id of the last answer to `verb` on a URL whose decoded path
    // ends with `pathSuffix`, forgotten once taken. Empty when unknown.
    QString take(const QByteArray &verb, const QString &pathSuffix);

private:
    void onFinished(QNetworkReply *reply);

    QHash<QString, QString> m_ids; // "VERB path" -> request id
};
