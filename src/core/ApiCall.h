#pragma once

#include "core/ApiError.h"
#include "core/JsonDecode.h"
#include "core/RetryPolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <random>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

// What came back from the server for one finished call, before decoding.
struct RawResponse final
{
    int httpStatus = 0;
    QByteArray body;
    QByteArray requestId;
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempts = 0;     // requests sent for the call, retries included (redirect hops are not)
    qint64 elapsedMs = 0; // from start() to this answer
};

// What every finished call knows about its last answer, success or not: the
// audit trail and the batch grid record it. A failure carries the same facts
// in its ApiError.
struct ResponseFacts final
{
    int httpStatus = 0;   // 0: no HTTP answer (refused before sending, transport failure)
    QString requestId;    // x-request-id of the last answer; empty when the server sent none
    int attempts = 0;     // requests sent for the call; 0 when refused before sending
    qint64 elapsedMs = 0; // from the start of the call to its result

    static ResponseFacts of(const RawResponse &response)
    {
        return {response.httpStatus, QString::fromLatin1(response.requestId), response.attempts, response.elapsedMs};
    }
    static ResponseFacts of(const ApiError &error)
    {
        return {error.httpStatus, error.requestId, error.attempts, error.elapsedMs};
    }
};

struct CallSettings final
{
    RetryPolicy retry;
    int transferTimeoutMs = 30000;
    qint64 maxResponseBytes = 8 * 1024 * 1024;
    int maxRedirects = 3;
    bool idempotent = true;       // GET and DELETE; POST only with an idempotency key
    QByteArray idempotencyKey;    // sent as Idempotency-Key when not empty
};

// One in-flight API call: one or more HTTP attempts (retries, same-origin
// redirects), ending in exactly one `finished` with a RawResponse or an
// ApiError. Owned by the WorkOsClient; deletes itself after finishing.
// Hold it in a QPointer if you want to cancel it. A call refused before
// anything is sent (failSoon) ends with its error on the next event-loop turn.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    using Completion = std::function<void(const RawResponse *response, const ApiError *error)>;

    ApiCall(QNetworkAccessManager *nam, QByteArray verb, QNetworkRequest request, QByteArray body,
            CallSettings settings, Completion completion, QObject *parent);
    ~ApiCall() override;

    void start();
    // Sends nothing: ends with `error` on the next event-loop turn (unless
    // cancelled first), with no attempts.
    void failSoon(const ApiError &error);
    // Ends the call at once, silently: the network request is aborted and the
    // completion is never called, now or later. Emits cancelled() then
    // finished() for bookkeeping. Does nothing once the call has finished.
    void cancel();

    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    // The exchange with the server is over (an answer, or the error that ends
    // the call): emitted once, before the completion runs (it decodes the body),
    // with the last answer's HTTP status (0: none). Never after cancel(). A
    // batch frees its slot here, so the next request is on its way while this
    // answer is decoded.
    void answered(int httpStatus);
    void cancelled(); // cancel() ended the call (the completion was dropped)
    void finished();  // after the completion, or after cancelled()

private:
    void sendAttempt();
    void onReadyRead();
    void onReplyFinished();
    bool scheduleRetry(std::optional<qint64> retryAfterMs);
    void finishWithResponse(RawResponse response);
    void finishWithError(ApiError error);
    void abortReply();

    QNetworkAccessManager *m_nam;
    QByteArray m_verb;
    QNetworkRequest m_request;
    QUrl m_originalUrl;
    QByteArray m_body;
    CallSettings m_settings;
    Completion m_completion;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    bool m_tooLarge = false;
    bool m_finished = false;
    int m_attempts = 0;
    int m_sendsThisAttempt = 0; // QNetworkReply::requestSent of the current reply: more than 1 when Qt resent it
    bool m_answerLost = false;  // ApiError::earlierAnswerLost
    int m_retries = 0;
    int m_redirects = 0;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_clock;
    std::mt19937 m_rng;
};
