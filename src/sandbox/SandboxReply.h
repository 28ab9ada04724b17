#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP answer of the sandbox, before it goes on the wire. The server writes
// it to the socket itself (SandboxWire), so faults can bend any part of it.
struct SandboxReply final
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Location, Retry-After...)

    static SandboxReply json(int status, const QJsonObject &object);
    static SandboxReply noContent();
    // A WorkOS-shaped error: {"message": ..., "code": ...} (code omitted when empty).
    static SandboxReply error(int status, const QString &message, const QString &code = {});
    // {"message", "code": "invalid_request_parameters", "errors": [{field, code}]} with the given status
    static SandboxReply validation(int status, const QString &field, const QString &code,
                                   const QString &message);
    static SandboxReply html(int status, const QString &title, const QString &text);
};

namespace SandboxWire {

QByteArray reasonPhrase(int status);
QString defaultErrorCode(int status);
// The status line and headers, ending with the blank line. contentLength < 0: no Content-Length.
QByteArray head(const SandboxReply &reply, const QByteArray &requestId, qint64 contentLength);
QByteArray whole(const SandboxReply &reply, const QByteArray &requestId);
// The page a proxy shows in front of an API (502 Bad Gateway and friends).
QByteArray proxyHtmlPage(int status);

} // namespace SandboxWire
