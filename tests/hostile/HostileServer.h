#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// A deliberately badly behaved HTTP/1.1 server on a loopback port, for what
// the sandbox cannot do: arbitrary bytes on the wire, bodies streamed at the
// client's pace, slow headers, resets, and TLS with an untrusted certificate.
//
// Every complete request (headers, plus a Content-Length body) is recorded
// and handed to the handler, which writes whatever it likes on the socket.
class HostileServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileServer)

public:
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &request)>;

    explicit HostileServer(Handler handler, QObject *parent = nullptr);
    ~HostileServer() override;

    // Plain HTTP on 127.0.0.1 (or the given address); false when it cannot listen.
    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    // TLS with this certificate and key (the client must refuse it).
    void setTls(const QSslCertificate &certificate, const QSslKey &key);

    quint16 port() const { return serverPort(); }
    QByteArray origin() const; // "http://127.0.0.1:PORT" (https when TLS)

    QList<QByteArray> requests;  // raw request heads (+ bodies), in order
    int connections = 0;         // TCP connections accepted
    int tlsHandshakeErrors = 0;  // server-side TLS errors seen (the client hung up)

    // --- handler building blocks ---
    // A whole answer, then close.
    static Handler respond(QByteArray bytes);
    // A status line, headers and body with Content-Length, then close.
    static QByteArray http(int status, const QByteArray &reason, const QList<QByteArray> &headers,
                           const QByteArray &body);
    // Abortive close (TCP RST): SO_LINGER 0, then close.
    static void reset(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket *socket);

    Handler m_handler;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

// Streams `total` bytes of body after `head`, never more than ~256 kB ahead
// of what the client has taken (so the bytes sent measure what the client
// accepted), and counts them. Stops when the client goes away.
class BodyStreamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyStreamer)

public:
    BodyStreamer(QTcpSocket *socket, QByteArray head, qint64 total);
    qint64 sent() const { return m_sent; }
    bool clientHungUp() const { return m_hungUp; }
    static qint64 lastSent; // of the most recent streamer (they die with their sockets)
    static bool lastHungUp;

private:
    void pump();

    QTcpSocket *m_socket;
    QByteArray m_chunk;
    qint64 m_total;
    qint64 m_sent = 0;
    bool m_hungUp = false;
};
