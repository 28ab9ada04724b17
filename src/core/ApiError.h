#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Everything a support person (and WorkOS support) needs about a failed call.
// Built in one place (ApiCall) from the QNetworkReply and the HTTP status.
struct FieldError final
{
    QString field;
    QString code;
    QString message;
};

struct ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Http,              // the server answered with a non-success status
        Timeout,           // no progress within the transfer timeout, or the overall deadline passed
        ConnectionRefused,
        HostNotFound,
        Tls,               // certificate or handshake failure (never ignored)
        Network,           // reset, closed mid-body, other transport failures
        TooLarge,          // the body exceeded the response size cap
        MalformedBody,     // a success status with a body that is not what the API documents
        Redirect,          // a redirect that was refused (other origin, too many)
        InvalidArgument,   // refused before sending: bad id, bad URL, http on a non-loopback host
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;         // 0 when no HTTP status was received
    QString message;            // WorkOS "message" (or the decoder's complaint for MalformedBody)
    QString code;               // WorkOS "code"
    QList<FieldError> fieldErrors;
    QString requestId;          // x-request-id
    QString detail;             // technical detail (Qt's error string, the decode path); never the API key
    int retryAfterSeconds = -1; // from Retry-After on the last answer, -1 when absent
    int attempts = 0;           // how many requests were sent for this call
    // An earlier sending of this request got no answer and it went out again
    // (Qt resent it on a dropped kept-alive connection, or a retry after a
    // lost answer): the server may have carried out the first one, so a 404
    // on a DELETE can be our own deletion.
    bool earlierAnswerLost = false;
    qint64 elapsedMs = 0;       // from the start of the call to this error
    QString keyOrigin;          // for a 401: where the refused key came from (ClientConfig::keyOrigin); may be empty

    // One translated sentence for a support person, e.g.
    // "WorkOS rate-limited the request (HTTP 429). Try again in 12 s."
    QString text() const;
    // text() plus the status, code and request id, for a status bar or a ticket.
    QString fullText() const;

    bool isNotFound() const { return kind == Kind::Http && httpStatus == 404; }
    bool isUnauthorized() const { return kind == Kind::Http && httpStatus == 401; }

    static ApiError invalidArgument(const QString &what);
};
