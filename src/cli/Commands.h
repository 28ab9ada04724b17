#pragma once

#include "audit/AuditService.h"
#include "cli/ExitCode.h"
#include "config/LinkMessageSettings.h"
#include "core/Owner.h"
#include "core/WorkOsClient.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class AuditLog;
class OutputSink;
class UrlOpener;

// The commands of pipes-admin-cli, each a short synchronous sequence of API
// calls (a local event loop waits for every answer), writing to an
// OutputSink and answering with an exit code. Arguments arrive parsed but
// unvalidated: WorkOsClient refuses malformed ids and slugs before sending
// anything, and those refusals become usage errors (exit 2).
class Commands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Commands)

public:
    enum class Format { Text, Json };
    enum class Paging { FirstPage, AllPages };
    enum class OpenLink { No, Yes };
    enum class MailLink { No, Yes };

    struct UsersQuery final
    {
        QString email;
        QString organizationId;
        int limit = 0; // 0: the API default
        Paging paging = Paging::FirstPage;
    };

    // One provider of one owner (a user, or an organization's shared
    // connections), and optionally one of its connections.
    struct AccountKey final
    {
        Owner owner;
        QString slug;
        QString organizationId; // user owners only: the organization scope (optional)
        QString connectionId;   // --connection: connected_account_id (optional)

        ConnectionTarget target() const { return ConnectionTarget{owner, slug, organizationId, connectionId}; }
    };

    struct AuthorizeQuery final
    {
        AccountKey key;
        QString memberId; // organization owners: the acting member (user_id of the request)
        AuthorizeRequest::Intent intent = AuthorizeRequest::Intent::Slot;
        QUrl returnTo; // optional
        OpenLink open = OpenLink::No;
        MailLink mail = MailLink::No; // --mail: the customer's message to the mail client
        LinkMessageSettings messages; // the template of that message
    };

    Commands(WorkOsClient *client, OutputSink *sink, const UrlOpener *opener, Format format,
             QObject *parent = nullptr);
    ~Commands() override;

    // The smallest gap between two page requests of `users --all` (default
    // 250 ms: about 4 requests a second, like the official SDKs' auto-pagination).
    void setPageInterval(int milliseconds) { m_pageIntervalMs = milliseconds; }

    // disconnect and authorize-url run as audited actions on this log: a
    // pending row before the request, completed after (with the request id
    // of the answer). Without a log they record nothing.
    void setAudit(AuditLog *log, const QString &environment, const QString &reason);

    ExitCode users(const UsersQuery &query);
    ExitCode user(const QString &userId);
    ExitCode providers(const Owner &owner, const QString &organizationId);
    ExitCode account(const AccountKey &key);
    ExitCode disconnect(const AccountKey &key);
    ExitCode authorizeUrl(const AuthorizeQuery &query);

private:
    ExitCode fail(const ApiError &error);
    // --mail: whom the link is for (the user, or the acting member), read before any link is made.
    std::optional<LinkMessageFacts> mailFacts(const AuthorizeQuery &query, const QString &userId, ExitCode *code);
    // Hands the message to the mail client: Ok, BrowserFailed (the sentence in `failure`) or UnsafeUrl.
    ExitCode mailMessage(const AuthorizeQuery &query, LinkMessageFacts facts, const QUrl &link, QString *failure);
    // Runs `send` as an audited action when a log is set (the intent first;
    // nullopt when it could not be written: nothing was sent, the message is
    // printed), or plainly without one. Waits for the answer.
    template <typename T>
    std::optional<ApiResult<T>> audited(AuditService::Action<T> action, const AuditService::Send<T> &send);
    // The one place a disconnect's or a link's audit entry is made (the
    // connection it acts on, when known, comes with `connection`).
    static AuditEntry entryFor(AuditAction action, const AccountKey &key, const QString &actingUserId,
                               const std::optional<ConnectedAccount> &connection);
    void sleep(int milliseconds);
    // A fresh read of the owner's connections for key.slug: nullopt when the
    // read failed or the provider is not configured (the error is printed, *code set).
    std::optional<QList<ConnectedAccount>> readConnections(const AccountKey &key, ExitCode *code);
    // Names each connection (id, label, state) on stderr, one a line.
    void listChoices(const QList<ConnectedAccount> &connections);
    QString ownerText(const AccountKey &key) const;

    WorkOsClient *m_client;
    OutputSink *m_sink;
    const UrlOpener *m_opener;
    Format m_format;
    int m_pageIntervalMs = 250;
    std::unique_ptr<AuditService> m_audit;
    QString m_reason;
};
