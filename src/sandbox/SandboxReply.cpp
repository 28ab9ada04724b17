#include "sandbox/SandboxReply.h"

#include <QJsonDocument>

SandboxReply SandboxReply::json(int status, const QJsonObject &object)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::noContent()
{
    SandboxReply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

SandboxReply SandboxReply::error(int status, const QString &message, const QString &code)
{
    QJsonObject object{{QStringLiteral("message"), message}};
    if (!code.isEmpty())
        object.insert(QStringLiteral("code"), code);
    return json(status, object);
}

SandboxReply SandboxReply::validation(int status, const QString &field, const QString &code,
                                      const QString &message)
{
    const QJsonArray errors{QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("code"), code}}};
    return json(status, QJsonObject{{QStringLiteral("message"), message},
                                    {QStringLiteral("code"), QStringLiteral("invalid_request_parameters")},
                                    {QStringLiteral("errors"), errors}});
}

SandboxReply SandboxReply::html(int status, const QString &title, const QString &text)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    reply.body = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
                                "<body style=\"font-family: sans-serif; margin: 3em\"><h1>%1</h1><p>%2</p></body></html>\n")
                     .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                     .toUtf8();
    return reply;
}

namespace SandboxWire {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 204: return QByteArrayLiteral("No Content");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 303: return QByteArrayLiteral("See Other");
    case 307: return QByteArrayLiteral("Temporary Redirect");
    case 308: return QByteArrayLiteral("Permanent Redirect");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 410: return QByteArrayLiteral("Gone");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 422: return QByteArrayLiteral("Unprocessable Entity");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: break;
    }
    if (status >= 500)
        return QByteArrayLiteral("Server Error");
    if (status >= 400)
        return QByteArrayLiteral("Client Error");
    return QByteArrayLiteral("Status");
}

QString defaultErrorCode(int status)
{
    switch (status) {
    case 400: return QStringLiteral("bad_request");
    case 401: return QStringLiteral("unauthorized");
    case 403: return QStringLiteral("forbidden");
    case 404: return QStringLiteral("entity_not_found");
    case 409: return QStringLiteral("conflict");
    case 422: return QStringLiteral("invalid_request_parameters");
    case 429: return QStringLiteral("rate_limit_exceeded");
    case 503: return QStringLiteral("service_unavailable");
    default: break;
    }
    return status >= 500 ? QStringLiteral("server_error") : QString();
}

QByteArray head(const SandboxReply &reply, const QByteArray &requestId, qint64 contentLength)
{
    QByteArray out = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(reply.status) + ' '
                     + reasonPhrase(reply.status) + QByteArrayLiteral("\r\n");
    if (!reply.contentType.isEmpty())
        out += QByteArrayLiteral("Content-Type: ") + reply.contentType + QByteArrayLiteral("\r\n");
    if (contentLength >= 0)
        out += QByteArrayLiteral("Content-Length: ") + QByteArray::number(contentLength) + QByteArrayLiteral("\r\n");
    if (!requestId.isEmpty())
        out += QByteArrayLiteral("x-request-id: ") + requestId + QByteArrayLiteral("\r\n");
    for (const auto &header : reply.headers)
        out += header.first + QByteArrayLiteral(": ") + header.second + QByteArrayLiteral("\r\n");
    out += QByteArrayLiteral("Server: pipes-sandbox\r\nConnection: keep-alive\r\n\r\n");
    return out;
}

QByteArray whole(const SandboxReply &reply, const QByteArray &requestId)
{
    const bool bodyless = reply.status == 204 || reply.status == 304 || reply.status < 200;
    if (bodyless)
        return head(reply, requestId, -1);
    return head(reply, requestId, reply.body.size()) + reply.body;
}

QByteArray proxyHtmlPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return QByteArrayLiteral("<html>\r\n<head><title>") + title
           + QByteArrayLiteral("</title></head>\r\n<body>\r\n<center><h1>") + title
           + QByteArrayLiteral("</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
}

} // namespace SandboxWire
