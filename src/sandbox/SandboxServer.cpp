#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxIds.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

constexpr int MaxLoggedRequests = 100000;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    default: break;
    }
    return QByteArrayLiteral("OTHER");
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_api(std::make_unique<SandboxApi>(m_store))
    , m_pipes(std::make_unique<SandboxPipesApi>(m_store))
    , m_limiter(std::make_unique<SandboxRateLimiter>(m_options.rateLimits))
    , m_http(new QHttpServer(this))
    , m_latencyMs(qMax(0, m_options.latencyMs))
    , m_requestIdSalt(QRandomGenerator::global()->bounded(1U << 20))
{
    if (!SandboxSeed::isValidSpec(m_options.seed))
        m_options.seed = QStringLiteral("demo");
    SandboxSeed::populate(m_store, m_options.seed);
    m_pipes->setMultipleConnections(m_options.multipleConnections);
    addRoutes();
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_http->listen(address, port);
    if (m_port == 0)
        return 0;
    QString host = QStringLiteral("127.0.0.1");
    if (address == QHostAddress::LocalHostIPv6)
        host = QStringLiteral("[::1]");
    else if (address != QHostAddress::LocalHost && address != QHostAddress::Any
             && address != QHostAddress::AnyIPv4 && address != QHostAddress::AnyIPv6)
        host = address.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                                                   : address.toString();
    m_baseUrl = QUrl(QStringLiteral("http://%1:%2").arg(host).arg(m_port));
    m_pipes->setBaseUrl(m_baseUrl);
    return m_port;
}

QUrl SandboxServer::baseUrl() const { return m_baseUrl; }
QString SandboxServer::apiKey() const { return m_options.apiKey; }
void SandboxServer::addFault(const SandboxFault &fault) { m_faults.add(fault); }
void SandboxServer::clearFaults() { m_faults.clear(); }
QList<SandboxFault> SandboxServer::faults() const { return m_faults.faults(); }
void SandboxServer::setLatencyMs(int ms) { m_latencyMs = qMax(0, ms); }
void SandboxServer::setMultipleConnections(SandboxMultipleConnections value)
{
    m_options.multipleConnections = value;
    m_pipes->setMultipleConnections(value);
}
int SandboxServer::requestCount() const { return m_requestCount; }
QList<SandboxRequestRecord> SandboxServer::requests() const { return m_requests; }
SandboxStore &SandboxServer::store() { return m_store; }

int SandboxServer::requestCount(const QByteArray &method, const QString &pathPattern) const
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pathPattern));
    int count = 0;
    for (const SandboxRequestRecord &record : m_requests) {
        if ((method.isEmpty() || record.method == method) && (pathPattern.isEmpty() || re.match(record.path).hasMatch()))
            ++count;
    }
    return count;
}

void SandboxServer::clearRequestLog()
{
    m_requests.clear();
    m_requestCount = 0;
}

void SandboxServer::reset()
{
    SandboxSeed::populate(m_store, m_options.seed);
    m_pipes->forgetPendingConnections();
    m_faults.clear();
    clearRequestLog();
    m_limiter->reset();
}

bool SandboxServer::isAuthorized(const QHttpServerRequest &request) const
{
    const QByteArray value = headerValue(request, QByteArrayLiteral("Authorization")).trimmed();
    return value == QByteArrayLiteral("Bearer ") + m_options.apiKey.toUtf8();
}

QByteArray SandboxServer::nextRequestId()
{
    const quint64 index = (m_requestIdSalt << 30) | (++m_requestIdCounter & 0x3FFFFFFFULL);
    return SandboxIds::make(QStringLiteral("req_"), SandboxIds::Kind::Request, index).toLatin1();
}

void SandboxServer::serve(RouteKind kind, const QHttpServerRequest &request, QHttpServerResponder &&responder,
                          const Handler &handler)
{
    // The sandbox writes HTTP itself so faults can bend any part of it; the
    // responder is only the way to the socket.
    QElapsedTimer arrived; // the latency counts from here: the answer's own work is part of it
    arrived.start();
    QTcpSocket *socket = responder.socket();
    const QByteArray requestId = nextRequestId();
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    const bool authorized = isAuthorized(request);

    std::optional<SandboxFault> fault;
    if (kind == RouteKind::Api) {
        ++m_requestCount;
        if (m_requests.size() >= MaxLoggedRequests)
            m_requests.removeFirst();
        m_requests.append(SandboxRequestRecord{method, path, request.url().query(QUrl::FullyEncoded), request.body(),
                                               headerValue(request, QByteArrayLiteral("Idempotency-Key")), authorized});
        fault = m_faults.take(method, path);
    }

    const auto answer = [this, kind, authorized, method, &handler]() -> SandboxReply {
        if (kind != RouteKind::Browser && !authorized) {
            return SandboxReply::error(401, QStringLiteral("Unauthorized: a valid API key is required "
                                                           "(Authorization: Bearer sk_...)."),
                                       QStringLiteral("unauthorized"));
        }
        if (kind == RouteKind::Api && m_options.enforceRateLimits) {
            const auto wait = m_limiter->admit(method == "GET" ? SandboxRateLimiter::Kind::Read
                                                               : SandboxRateLimiter::Kind::Write);
            if (wait) {
                SandboxReply reply = SandboxReply::error(429, QStringLiteral("Too many requests. Retry after %1 s.").arg(*wait),
                                                         QStringLiteral("rate_limit_exceeded"));
                reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(*wait)});
                return reply;
            }
        }
        return handler();
    };

    // The global latency is how long a request takes from its arrival to its
    // answer, as a real API's round trip is: the time spent computing the
    // answer is taken out of the wait, not added to it (a benchmark's
    // "concurrency ÷ latency" is then what a client without overhead reaches).
    const auto remaining = [this, kind, &arrived] {
        return kind == RouteKind::Api ? int(qMax<qint64>(0, m_latencyMs - arrived.elapsed())) : 0;
    };
    if (fault) {
        serveFault(*fault, socket, requestId, remaining() + fault->latencyMs, answer);
        return;
    }
    const QByteArray bytes = SandboxWire::whole(answer(), requestId);
    send(socket, remaining(), [bytes](QTcpSocket *s) { s->write(bytes); });
}

void SandboxServer::send(QTcpSocket *socket, int delayMs, const std::function<void(QTcpSocket *)> &action)
{
    if (!socket)
        return;
    if (delayMs <= 0) {
        action(socket);
        return;
    }
    // Non-blocking latency: the socket may be gone (client gave up) when the timer fires.
    const QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, this, [guard, action] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            action(guard.data());
    });
}

namespace {

// A real TCP reset (RST) instead of an orderly close, where the platform allows it.
void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lin;
        lin.l_onoff = 1;
        lin.l_linger = 0;
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lin, sizeof(lin));
    }
#endif
    socket->abort();
}

} // namespace

void SandboxServer::serveFault(const SandboxFault &fault, QTcpSocket *socket, const QByteArray &requestId,
                               int delayMs, const std::function<SandboxReply()> &answer)
{
    using Action = SandboxFault::Action;
    switch (fault.action) {
    case Action::Respond: {
        SandboxReply reply;
        reply.status = fault.status;
        reply.body = fault.body;
        if (reply.body.isEmpty() && fault.status != 204) {
            reply = SandboxReply::error(fault.status, QString::fromLatin1(SandboxWire::reasonPhrase(fault.status)),
                                        SandboxWire::defaultErrorCode(fault.status));
        }
        if (!fault.retryAfter.isEmpty())
            reply.headers.append({QByteArrayLiteral("Retry-After"), fault.retryAfter});
        const QByteArray bytes = SandboxWire::whole(reply, requestId);
        send(socket, delayMs, [bytes](QTcpSocket *s) { s->write(bytes); });
        return;
    }
    case Action::HtmlError: {
        SandboxReply reply;
        reply.status = fault.status;
        reply.contentType = QByteArrayLiteral("text/html");
        reply.body = fault.body.isEmpty() ? SandboxWire::proxyHtmlPage(fault.status) : fault.body;
        if (!fault.retryAfter.isEmpty())
            reply.headers.append({QByteArrayLiteral("Retry-After"), fault.retryAfter});
        const QByteArray bytes = SandboxWire::whole(reply, requestId);
        send(socket, delayMs, [bytes](QTcpSocket *s) { s->write(bytes); });
        return;
    }
    case Action::DropConnection:
        send(socket, delayMs, [](QTcpSocket *s) { s->abort(); });
        return;
    case Action::PerformThenDrop:
        answer(); // done, and its answer never sent
        send(socket, delayMs, [](QTcpSocket *s) { s->abort(); });
        return;
    case Action::MalformedBody: {
        SandboxReply reply;
        reply.body = fault.body.isEmpty()
            ? QByteArrayLiteral("{\"object\":\"list\",\"data\":[{\"object\":\"user\",\"id\":\"user_01H<<not json")
            : fault.body;
        const QByteArray bytes = SandboxWire::whole(reply, requestId);
        send(socket, delayMs, [bytes](QTcpSocket *s) { s->write(bytes); });
        return;
    }
    case Action::TruncatedBody:
    case Action::ResetMidBody:
    case Action::DripBody:
        break;
    }

    // These three bend the real answer (or the fault's body).
    SandboxReply reply = answer();
    if (!fault.body.isEmpty())
        reply.body = fault.body;
    const QByteArray body = reply.body;

    if (fault.action == Action::TruncatedBody) {
        const QByteArray bytes = SandboxWire::head(reply, requestId, body.size() + qMax<qsizetype>(64, body.size()))
                                 + body;
        send(socket, delayMs, [bytes](QTcpSocket *s) {
            s->write(bytes);
            s->disconnectFromHost(); // after the pending bytes went out
        });
        return;
    }
    if (fault.action == Action::ResetMidBody) {
        const QByteArray bytes = SandboxWire::head(reply, requestId, body.size()) + body.left(body.size() / 2);
        send(socket, delayMs, [bytes](QTcpSocket *s) {
            s->write(bytes);
            s->flush();
            // Give the partial response a moment to reach the client, then reset.
            QTimer::singleShot(50, s, [s] { resetConnection(s); });
        });
        return;
    }

    // DripBody: the headers now, then one byte per interval until the body is done
    // or the client went away (the timer is a child of the socket).
    const QByteArray headBytes = SandboxWire::head(reply, requestId, body.size());
    const int interval = qMax(1, fault.dripIntervalMs);
    send(socket, delayMs, [headBytes, body, interval](QTcpSocket *s) {
        s->write(headBytes);
        auto *timer = new QTimer(s);
        timer->setInterval(interval);
        auto position = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, s, [s, timer, body, position] {
            if (*position >= body.size() || s->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                timer->deleteLater();
                return;
            }
            s->write(body.mid(*position, 1));
            ++*position;
        });
        QObject::connect(s, &QAbstractSocket::disconnected, timer, &QTimer::stop);
        timer->start();
    });
}
