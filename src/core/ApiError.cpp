#include "core/ApiError.h"

QString ApiError::text() const
{
    switch (kind) {
    case Kind::Http:
        switch (httpStatus) {
        case 400:
            return message.isEmpty() ? tr("WorkOS rejected the request as malformed (HTTP 400).")
                                     : tr("WorkOS rejected the request: %1").arg(message);
        case 401:
            if (!keyOrigin.isEmpty())
                return tr("WorkOS did not accept the API key (HTTP 401). The key came from %1: check it there.")
                    .arg(keyOrigin);
            return tr("WorkOS did not accept the API key (HTTP 401). Check the key configured for this environment.");
        case 403:
            return tr("The API key is not allowed to do this (HTTP 403).");
        case 404:
            if (code == QLatin1String("multiple_connections_unavailable"))
                return tr("WorkOS has not enabled additional connections for this team yet "
                          "(HTTP 404 multiple_connections_unavailable): repair the existing connection with a "
                          "reconnect link instead.");
            return message.isEmpty() ? tr("Not found (HTTP 404): the user, organization or connected account does not exist.")
                                     : tr("Not found (HTTP 404): %1").arg(message);
        case 408:
            return tr("WorkOS timed out waiting for the request (HTTP 408).");
        case 409:
            if (code == QLatin1String("account_selection_required"))
                return tr("Several connections match and none was named (HTTP 409 account_selection_required): "
                          "choose one by its id. %1").arg(message).trimmed();
            return tr("The request conflicts with the current state (HTTP 409): %1").arg(message);
        case 422: {
            QStringList fields;
            for (const FieldError &e : fieldErrors)
                fields.append(e.code.isEmpty() ? e.field : QStringLiteral("%1 (%2)").arg(e.field, e.code));
            QString text = message.isEmpty() ? tr("WorkOS could not process the request (HTTP 422).")
                                             : tr("WorkOS could not process the request: %1").arg(message);
            if (!fields.isEmpty())
                text += QLatin1Char(' ') + tr("Fields: %1.").arg(fields.join(QStringLiteral(", ")));
            return text;
        }
        case 429:
            // Retry-After is the server's word: an absurd value (a proxy's
            // 10^20, a date in year 9999) must not read as "in 1000000000 seconds".
            if (retryAfterSeconds > 3600)
                return tr("WorkOS rate-limited the request (HTTP 429) and asked to wait more than an hour. Try again later.");
            if (retryAfterSeconds > 0)
                return tr("WorkOS rate-limited the request (HTTP 429). Try again in %n second(s).", nullptr,
                          retryAfterSeconds);
            return tr("WorkOS rate-limited the request (HTTP 429). Try again shortly.");
        default:
            if (httpStatus >= 500)
                return tr("WorkOS had a server error (HTTP %1). Try again; if it persists, quote the request id to WorkOS support.")
                    .arg(httpStatus);
            return message.isEmpty() ? tr("WorkOS answered with HTTP %1.").arg(httpStatus)
                                     : tr("WorkOS answered with HTTP %1: %2").arg(httpStatus).arg(message);
        }
    case Kind::Timeout:
        return tr("The request timed out: WorkOS did not answer in time.");
    case Kind::ConnectionRefused:
        return tr("Could not connect: the server refused the connection.");
    case Kind::HostNotFound:
        return tr("Could not connect: the server's name could not be resolved. Check the network and the base URL.");
    case Kind::Tls:
        return tr("The secure connection failed: the server's certificate was not trusted. Nothing was sent.");
    case Kind::Network:
        return tr("The network connection failed during the request.");
    case Kind::TooLarge:
        return tr("The server's answer was too large and was discarded.");
    case Kind::MalformedBody:
        return tr("Unexpected response from the server: it did not match what the WorkOS API documents.");
    case Kind::Redirect:
        return tr("The server redirected the request somewhere it cannot safely follow.");
    case Kind::InvalidArgument:
        return message.isEmpty() ? tr("The request is not valid.") : message;
    }
    return tr("The request failed.");
}

QString ApiError::fullText() const
{
    QStringList parts{text()};
    if (kind == Kind::Http && !code.isEmpty())
        parts.append(tr("Code: %1.").arg(code));
    if (!detail.isEmpty() && kind != Kind::Http && kind != Kind::InvalidArgument)
        parts.append(tr("Detail: %1.").arg(detail));
    if (!requestId.isEmpty())
        parts.append(tr("Request id: %1").arg(requestId));
    return parts.join(QLatin1Char(' '));
}

ApiError ApiError::invalidArgument(const QString &what)
{
    ApiError error;
    error.kind = Kind::InvalidArgument;
    error.message = what;
    return error;
}
