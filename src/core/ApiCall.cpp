#include "core/ApiCall.h"

#include "core/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>

namespace {
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ProtocolFailure
        || error == QNetworkReply::ProtocolUnknownError;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
               == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}
} // namespace

ApiCall::ApiCall(QNetworkAccessManager *nam, QByteArray verb, QNetworkRequest request, QByteArray body,
                 CallSettings settings, Completion completion, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_verb(std::move(verb))
    , m_request(std::move(request))
    , m_originalUrl(m_request.url())
    , m_body(std::move(body))
    , m_settings(std::move(settings))
    , m_completion(std::move(completion))
    , m_rng(QRandomGenerator::global()->generate())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        ApiError error;
        error.kind = ApiError::Kind::Timeout;
        error.detail = QStringLiteral("overall deadline of %1 ms passed").arg(m_settings.retry.deadlineMs);
        abortReply();
        finishWithError(error);
    });
    if (!m_settings.idempotencyKey.isEmpty())
        m_request.setRawHeader("Idempotency-Key", m_settings.idempotencyKey);
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_request.setTransferTimeout(m_settings.transferTimeoutMs);
}

ApiCall::~ApiCall()
{
    abortReply();
}

void ApiCall::start()
{
    m_clock.start();
    if (m_settings.retry.deadlineMs > 0)
        m_deadlineTimer.start(m_settings.retry.deadlineMs);
    sendAttempt();
}

void ApiCall::failSoon(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { finishWithError(error); });
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    // Silent: the completion is dropped without being called, so a caller
    // cancelling from a slot, a new search or its own destructor is never
    // re-entered. Only the bookkeeping listeners (the client's in-flight
    // count, an audit record waiting for this call) hear of it.
    m_finished = true;
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    abortReply();
    const Completion dropped = std::exchange(m_completion, Completion());
    Q_EMIT cancelled();
    Q_EMIT finished();
    deleteLater();
}

void ApiCall::abortReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ApiCall::sendAttempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_buffer.clear();
    m_tooLarge = false;
    qCDebug(lcApi).noquote() << "->" << m_verb << m_request.url().toDisplayString() << "attempt" << m_attempts;
    if (lcApi().isDebugEnabled()) {
        const QList<QByteArray> names = m_request.rawHeaderList();
        for (const QByteArray &name : names)
            qCDebug(lcApi).noquote() << "   " << name + ':'
                                     << Logging::redactedHeaderValue(name, m_request.rawHeader(name));
    }
    QNetworkReply *reply = m_body.isEmpty() && m_verb != "POST"
        ? m_nam->sendCustomRequest(m_request, m_verb)
        : m_nam->sendCustomRequest(m_request, m_verb, m_body);
    m_reply = reply;
    // Without a limit, QNAM's network thread reads ahead of us as fast as the
    // socket delivers, so a huge body piles up in its buffer (tens of MB past
    // the cap) before onReadyRead can abort. A bounded read-ahead keeps memory
    // near maxResponseBytes; we drain it on every readyRead.
    reply->setReadBufferSize(std::clamp<qint64>(m_settings.maxResponseBytes / 4, 64 * 1024, 1024 * 1024));
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_settings.maxResponseBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    m_sendsThisAttempt = 0;
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        if (++m_sendsThisAttempt > 1)
            m_answerLost = true; // Qt sent it again: the first sending's answer never came
    });
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_buffer += m_reply->readAll();
    if (m_buffer.size() > m_settings.maxResponseBytes) {
        m_tooLarge = true;
        m_buffer.clear();
        m_reply->abort();
    }
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    // A reply Qt aborted itself (the transfer timeout) is closed: reading it
    // would print "QIODevice::read (QNetworkReplyHttpImpl): device not open".
    if (!m_tooLarge && reply->isOpen())
        m_buffer += reply->readAll();

    const QNetworkReply::NetworkError netError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray requestId = reply->rawHeader("x-request-id");
    qCDebug(lcApi).noquote() << "<-" << m_verb << reply->url().toDisplayString() << "status" << status
                             << "error" << netError << "request id" << requestId;

    if (m_tooLarge || m_buffer.size() > m_settings.maxResponseBytes) {
        ApiError error;
        error.kind = ApiError::Kind::TooLarge;
        error.httpStatus = status;
        error.requestId = QString::fromLatin1(requestId);
        error.detail = QStringLiteral("larger than %1 bytes").arg(m_settings.maxResponseBytes);
        finishWithError(error);
        return;
    }

    // Qt 6.4 can report a connection closed mid-body as a success with a
    // short body; a body shorter than its Content-Length is a transport failure.
    const QVariant declaredLength = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool shortBody = netError == QNetworkReply::NoError && declaredLength.isValid()
        && (encoding.isEmpty() || encoding == "identity") && m_buffer.size() < declaredLength.toLongLong();

    if (isTransportError(netError) || status == 0 || shortBody) {
        ApiError error;
        error.requestId = QString::fromLatin1(requestId);
        error.detail = shortBody ? QStringLiteral("connection closed after %1 of %2 bytes")
                                       .arg(m_buffer.size())
                                       .arg(declaredLength.toLongLong())
                                 : reply->errorString();
        bool transient = false;
        switch (shortBody ? QNetworkReply::RemoteHostClosedError : netError) {
        case QNetworkReply::OperationCanceledError: // only the transfer timeout aborts without us
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            transient = true;
            break;
        case QNetworkReply::ConnectionRefusedError:
            error.kind = ApiError::Kind::ConnectionRefused;
            break;
        case QNetworkReply::HostNotFoundError:
            error.kind = ApiError::Kind::HostNotFound;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            break;
        default:
            error.kind = ApiError::Kind::Network;
            transient = true;
            break;
        }
        if (transient && m_settings.idempotent && scheduleRetry(std::nullopt)) {
            if (m_sendsThisAttempt > 0)
                m_answerLost = true; // it went out and no answer came: the retry may find it done
            return;
        }
        finishWithError(error);
        return;
    }

    // Redirects: followed only to the same origin (the Authorization header
    // never travels elsewhere), and only a few times.
    if (status >= 300 && status < 400) {
        // An empty reference resolves to the base URL itself (RFC 3986), so a
        // missing Location must be caught before resolving, not after.
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QUrl target = location.isEmpty() ? QUrl() : reply->url().resolved(location);
        ApiError error;
        error.kind = ApiError::Kind::Redirect;
        error.httpStatus = status;
        error.requestId = QString::fromLatin1(requestId);
        const bool methodKept = status == 307 || status == 308 || m_verb == "GET";
        if (target.isEmpty() || !target.isValid()) {
            error.detail = QStringLiteral("redirect without a usable Location");
        } else if (!sameOrigin(target, m_originalUrl)) {
            error.detail = QStringLiteral("redirect to another origin (%1) refused").arg(target.host());
        } else if (m_redirects >= m_settings.maxRedirects) {
            error.detail = QStringLiteral("more than %1 redirects").arg(m_settings.maxRedirects);
        } else if (!methodKept) {
            error.detail = QStringLiteral("redirect %1 of a %2 request refused").arg(status).arg(QString::fromLatin1(m_verb));
        } else {
            ++m_redirects;
            m_request.setUrl(target);
            --m_attempts; // a redirect hop is not a retry
            sendAttempt();
            return;
        }
        finishWithError(error);
        return;
    }

    if (status >= 200 && status < 300) {
        RawResponse response;
        response.httpStatus = status;
        response.body = std::move(m_buffer);
        response.requestId = requestId;
        response.headers = reply->rawHeaderPairs();
        finishWithResponse(std::move(response));
        return;
    }

    const std::optional<qint64> retryAfterMs =
        RetryPolicy::parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (RetryPolicy::isRetryableStatus(status) && m_settings.idempotent && scheduleRetry(retryAfterMs))
        return;

    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = status;
    error.requestId = QString::fromLatin1(requestId);
    if (retryAfterMs)
        error.retryAfterSeconds = int(std::min<qint64>((*retryAfterMs + 999) / 1000, 1000000000));
    JsonDecode::errorBody(m_buffer, error);
    finishWithError(error);
}

bool ApiCall::scheduleRetry(std::optional<qint64> retryAfterMs)
{
    const RetryPolicy &policy = m_settings.retry;
    if (m_retries >= policy.maxRetries)
        return false;
    std::uniform_real_distribution<double> jitter(0.5, 1.5);
    const std::optional<int> delay = policy.delayMs(m_retries, retryAfterMs, jitter(m_rng));
    if (!delay)
        return false; // Retry-After beyond the cap: report it rather than wait minutes
    if (policy.deadlineMs > 0 && m_clock.elapsed() + *delay >= policy.deadlineMs)
        return false;
    ++m_retries;
    qCDebug(lcApi) << "retry" << m_retries << "in" << *delay << "ms";
    m_retryTimer.start(*delay);
    return true;
}

void ApiCall::finishWithResponse(RawResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    response.attempts = m_attempts;
    response.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT answered(response.httpStatus);
    if (m_completion)
        m_completion(&response, nullptr);
    Q_EMIT finished();
    deleteLater();
}

void ApiCall::finishWithError(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    error.attempts = m_attempts;
    error.earlierAnswerLost = m_answerLost;
    error.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT answered(error.httpStatus);
    if (m_completion)
        m_completion(nullptr, &error);
    Q_EMIT finished();
    deleteLater();
}
