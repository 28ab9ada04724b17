#include "HostileServer.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

qint64 BodyStreamer::lastSent = 0;
bool BodyStreamer::lastHungUp = false;

HostileServer::HostileServer(Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
}

HostileServer::~HostileServer() = default;

bool HostileServer::start(const QHostAddress &address)
{
    return listen(address, 0);
}

void HostileServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tls = true;
    m_certificate = certificate;
    m_key = key;
}

QByteArray HostileServer::origin() const
{
    return (m_tls ? QByteArrayLiteral("https://") : QByteArrayLiteral("http://")) + serverAddress().toString().toLatin1()
        + ':' + QByteArray::number(serverPort());
}

void HostileServer::incomingConnection(qintptr descriptor)
{
    ++connections;
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        serve(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(descriptor);
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QAbstractSocket::errorOccurred, this, [this] { ++tlsHandshakeErrors; });
    serve(socket);
    socket->startServerEncryption();
}

void HostileServer::serve(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QIODevice::readyRead, this, [this, socket, buffer] {
        *buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype bodyLength = 0;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    bodyLength = line.mid(15).trimmed().toLongLong();
            }
            const qsizetype total = end + 4 + bodyLength;
            if (buffer->size() < total)
                return;
            const QByteArray request = buffer->left(total);
            buffer->remove(0, total);
            requests.append(request);
            if (m_handler)
                m_handler(socket, request);
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
        }
    });
}

HostileServer::Handler HostileServer::respond(QByteArray bytes)
{
    return [bytes](QTcpSocket *socket, const QByteArray &) {
        socket->write(bytes);
        socket->disconnectFromHost();
    };
}

QByteArray HostileServer::http(int status, const QByteArray &reason, const QList<QByteArray> &headers,
                               const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const QByteArray &header : headers)
        out += header + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return out;
}

void HostileServer::reset(QTcpSocket *socket)
{
    socket->flush();
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

BodyStreamer::BodyStreamer(QTcpSocket *socket, QByteArray head, qint64 total)
    : QObject(socket)
    , m_socket(socket)
    , m_chunk(64 * 1024, 'x')
    , m_total(total)
{
    lastSent = 0;
    lastHungUp = false;
    m_socket->write(head);
    connect(m_socket, &QIODevice::bytesWritten, this, &BodyStreamer::pump);
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        m_hungUp = m_sent < m_total;
        lastHungUp = m_hungUp;
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
        m_hungUp = m_sent < m_total;
        lastHungUp = m_hungUp;
    });
    pump();
}

void BodyStreamer::pump()
{
    while (m_sent < m_total && m_socket->state() == QAbstractSocket::ConnectedState
           && m_socket->bytesToWrite() < 256 * 1024) {
        const qint64 n = std::min<qint64>(m_chunk.size(), m_total - m_sent);
        m_socket->write(m_chunk.constData(), n);
        m_sent += n;
        lastSent = m_sent;
    }
    if (m_sent >= m_total && m_socket->bytesToWrite() == 0)
        m_socket->disconnectFromHost();
}
