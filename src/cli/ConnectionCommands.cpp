// Commands, second half: the commands that address one connection (account,
// disconnect, authorize-url). Each acts on a connection by its id; a
// disconnect takes that id from a fresh read.

#include "cli/Commands.h"

#include "audit/AuditService.h"
#include "cli/Await.h"
#include "cli/CliErrors.h"
#include "cli/JsonOutput.h"
#include "cli/OutputSink.h"
#include "cli/TextOutput.h"
#include "cli/UrlOpener.h"
#include "core/SafeUrl.h"
#include "core/WorkOsClient.h"

#include <QEventLoop>

#include <algorithm>

using CliAwait::await;

namespace {
bool isConflict(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 409;
}
} // namespace

AuditEntry Commands::entryFor(AuditAction action, const AccountKey &key, const QString &actingUserId,
                              const std::optional<ConnectedAccount> &connection)
{
    AuditEntry entry;
    entry.action = action;
    // A shared connection has no owning user: the member who acts for the
    // organization (authorize-url --member) is the user of its link.
    entry.userId = key.owner.isOrganization() ? actingUserId : key.owner.id;
    entry.providerSlug = key.slug;
    entry.organizationId = key.owner.isOrganization() ? key.owner.id : key.organizationId;
    // Which one connection, and whose (issue 12).
    entry.connectionId = connection ? connection->id : key.connectionId;
    entry.connectionLabel = connection ? connection->accountDisplayName : QString();
    entry.ownerKind = key.owner.kindText();
    return entry;
}

template <typename T>
std::optional<ApiResult<T>> Commands::audited(AuditService::Action<T> action, const AuditService::Send<T> &send)
{
    if (!m_audit)
        return await<T>([&send](QObject *context, WorkOsClient::Callback<T> done) { send(context, std::move(done)); });
    action.entry.reason = m_reason;
    std::optional<ApiResult<T>> result;
    QEventLoop loop;
    QString why;
    const ApiCall *call = m_audit->run<T>(
        std::move(action), &loop, send,
        [&result, &loop](const ApiResult<T> &answer) {
            result.emplace(answer);
            loop.quit();
        },
        &why);
    if (!call) {
        m_sink->message(tr("Error: the audit log could not be written, so nothing was sent: %1").arg(why));
        return std::nullopt;
    }
    if (!result)
        loop.exec();
    return result;
}

QString Commands::ownerText(const AccountKey &key) const
{
    if (key.owner.isOrganization())
        return tr("organization %1").arg(key.owner.id);
    return key.organizationId.isEmpty() ? key.owner.id : tr("%1 (in %2)").arg(key.owner.id, key.organizationId);
}

std::optional<QList<ConnectedAccount>> Commands::readConnections(const AccountKey &key, ExitCode *code)
{
    if (const std::optional<ApiError> refused = WorkOsClient::checkTarget(key.target())) {
        *code = fail(*refused);
        return std::nullopt;
    }
    const ApiResult<QList<DataProvider>> result =
        await<QList<DataProvider>>([this, &key](QObject *context, auto done) {
            m_client->listDataProviders(key.owner, key.organizationId, context, done);
        });
    if (!result.ok()) {
        *code = fail(result.error());
        return std::nullopt;
    }
    const QList<DataProvider> &providers = result.value();
    const auto it = std::find_if(providers.cbegin(), providers.cend(),
                                 [&key](const DataProvider &p) { return p.slug == key.slug; });
    if (it == providers.cend()) {
        m_sink->message(tr("Error: no provider \"%1\" is configured for %2.").arg(key.slug, ownerText(key)));
        *code = ExitCode::NotFound;
        return std::nullopt;
    }
    return it->allConnections();
}

void Commands::listChoices(const QList<ConnectedAccount> &connections)
{
    for (const ConnectedAccount &a : connections)
        m_sink->message(QStringLiteral("  ") + TextOutput::connectionChoice(a));
}

ExitCode Commands::account(const AccountKey &key)
{
    const ApiResult<ConnectedAccount> result = await<ConnectedAccount>([this, &key](QObject *context, auto done) {
        m_client->getConnectedAccount(key.target(), context, done);
    });
    if (!result.ok()) {
        const ExitCode code = fail(result.error());
        if (isConflict(result.error())) {
            ExitCode ignored = code;
            if (const auto connections = readConnections(key, &ignored)) {
                m_sink->message(tr("%1 has %n %2 connection(s); name one with --connection ID:", nullptr,
                                   int(connections->size()))
                                    .arg(ownerText(key), key.slug));
                listChoices(*connections);
            }
        }
        return code;
    }
    if (m_format == Format::Json)
        m_sink->data(JsonOutput::toText(JsonOutput::connection(result.value(), key.slug)));
    else
        m_sink->data(TextOutput::accountDetails(result.value(), key.slug));
    return ExitCode::Ok;
}

ExitCode Commands::disconnect(const AccountKey &key)
{
    ExitCode code = ExitCode::Ok;
    const std::optional<QList<ConnectedAccount>> connections = readConnections(key, &code);
    if (!connections)
        return code;
    std::optional<ConnectedAccount> chosen;
    if (!key.connectionId.isEmpty()) {
        const auto it = std::find_if(connections->cbegin(), connections->cend(),
                                     [&key](const ConnectedAccount &a) { return a.id == key.connectionId; });
        if (it == connections->cend()) {
            m_sink->message(tr("Error: %1 has no %2 connection %3. Nothing was changed.")
                                .arg(ownerText(key), key.slug, key.connectionId));
            if (!connections->isEmpty()) {
                m_sink->message(tr("Its %1 connections:").arg(key.slug));
                listChoices(*connections);
            }
            return ExitCode::NotFound;
        }
        chosen = *it;
    } else if (connections->isEmpty()) {
        m_sink->message(tr("Error: %1 is not connected to %2: there is nothing to disconnect.").arg(ownerText(key), key.slug));
        return ExitCode::NotFound;
    } else if (connections->size() > 1) {
        m_sink->message(tr("Error: %1 has %2 %3 connections; choose one with --connection ID. Nothing was changed.")
                            .arg(ownerText(key))
                            .arg(connections->size())
                            .arg(key.slug));
        listChoices(*connections);
        return ExitCode::Usage;
    } else {
        chosen = connections->constFirst();
    }

    AccountKey exact = key;
    exact.connectionId = chosen->id;
    AuditService::Action<NoContent> action;
    action.entry = entryFor(AuditAction::Disconnect, exact, QString(), chosen);
    action.whenNotFound = AuditOutcome::AlreadyAbsent;
    const std::optional<ApiResult<NoContent>> answer =
        audited<NoContent>(action, [this, &exact](QObject *context, WorkOsClient::Callback<NoContent> done) {
            return m_client->deleteConnectedAccount(exact.target(), context, std::move(done));
        });
    if (!answer)
        return ExitCode::AuditUnavailable;
    if (!answer->ok()) {
        const ApiError &error = answer->error();
        if (error.isNotFound() && error.earlierAnswerLost) {
            // The first DELETE's answer was lost and the resend found nothing: most likely ours did it.
            if (m_format == Format::Json) {
                m_sink->data(JsonOutput::toText(
                    JsonOutput::disconnectResult(key.owner, key.slug, key.organizationId, *chosen)));
                return ExitCode::Ok;
            }
            m_sink->data(tr("Disconnected %1 connection %2 (%3) for %4 — gone on retry: the first answer was lost "
                            "and the request sent again found the connection already deleted.")
                             .arg(key.slug, chosen->id, TextOutput::labelText(*chosen), ownerText(key))
                         + QLatin1Char('\n'));
            return ExitCode::Ok;
        }
        if (error.isNotFound()) {
            QString line = tr("Error: connection %1 (%2) was already gone: WorkOS answered 404, nothing was deleted.")
                               .arg(chosen->id, TextOutput::labelText(*chosen));
            if (!error.requestId.isEmpty())
                line += QLatin1Char(' ') + tr("(request id %1)").arg(CliErrors::singleLine(error.requestId));
            m_sink->message(line);
            return ExitCode::NotFound;
        }
        const ExitCode failed = fail(error);
        if (isConflict(error)) {
            // Re-read, so the choices named are the ones that exist now.
            ExitCode ignored = failed;
            if (const auto now = readConnections(key, &ignored)) {
                m_sink->message(tr("WorkOS could not tell which connection to delete. %1's %2 connections now:")
                                    .arg(ownerText(key), key.slug));
                listChoices(*now);
                m_sink->message(tr("Run again with --connection ID. Nothing was changed."));
            }
        }
        return failed;
    }
    if (m_format == Format::Json) {
        m_sink->data(JsonOutput::toText(JsonOutput::disconnectResult(key.owner, key.slug, key.organizationId, *chosen)));
        return ExitCode::Ok;
    }
    m_sink->data(tr("Disconnected %1 connection %2 (%3) for %4.")
                     .arg(key.slug, chosen->id, TextOutput::labelText(*chosen), ownerText(key))
                 + QLatin1Char('\n'));
    if (connections->size() > 1)
        m_sink->data(tr("Its other %n %1 connection(s) were not touched.", nullptr, int(connections->size()) - 1)
                         .arg(key.slug)
                     + QLatin1Char('\n'));
    m_sink->data((key.owner.isOrganization()
                      ? tr("WorkOS removed the organization's stored access and refresh tokens. Access was NOT revoked "
                           "on the provider's side: an administrator of the provider account can revoke it there.")
                      : tr("WorkOS removed the stored access and refresh tokens. Access was NOT revoked on the "
                           "provider's side: the user can revoke it in the provider's own settings."))
                 + QLatin1Char('\n'));
    return ExitCode::Ok;
}

ExitCode Commands::authorizeUrl(const AuthorizeQuery &query)
{
    const AccountKey &key = query.key;
    AuthorizeRequest request;
    request.providerSlug = key.slug;
    if (key.owner.isOrganization()) {
        // A shared connection: the organization owns it, a member acts for it.
        request.organizationOwner = true;
        request.organizationId = key.owner.id;
        request.userId = query.memberId;
    } else {
        request.userId = key.owner.id;
        request.organizationId = key.organizationId;
    }
    request.intent = query.intent;
    request.connectedAccountId = query.intent == AuthorizeRequest::Intent::Reauthorize ? key.connectionId : QString();
    request.returnTo = query.returnTo;
    // Never code_challenge: a copied link could never be finished (pipes-today.md §5).

    std::optional<LinkMessageFacts> facts;
    if (query.mail == MailLink::Yes) {
        ExitCode code = ExitCode::Ok;
        facts = mailFacts(query, request.userId, &code);
        if (!facts)
            return code; // no address to write to: no link handed out either
    }

    // A link support staff hand to a user must be one a browser may open:
    // an unsafe one is recorded as failed, and neither printed nor opened.
    AuditService::Action<AuthorizeUrl> action;
    action.entry = entryFor(AuditAction::ConnectLink, key, query.memberId, std::nullopt);
    action.followLink = request.intent; // `links` follows it to the end
    action.refuse = [](const AuthorizeUrl &answer) {
        return SafeUrl::isSafeToOpen(answer.url) ? QString()
                                                 : tr("WorkOS returned an unsafe link; it was refused and not handed out.");
    };
    const std::optional<ApiResult<AuthorizeUrl>> answer =
        audited<AuthorizeUrl>(action, [this, &request](QObject *context, WorkOsClient::Callback<AuthorizeUrl> done) {
            return m_client->createAuthorizeUrl(request, context, std::move(done));
        });
    if (!answer)
        return ExitCode::AuditUnavailable;
    if (!answer->ok())
        return fail(answer->error());
    const QUrl url = answer->value().url;
    QString why;
    if (!SafeUrl::isSafeToOpen(url, &why)) {
        m_sink->message(tr("Error: WorkOS returned a link that is not safe to open or share, so it was refused: %1 "
                           "(link: %2)")
                            .arg(CliErrors::singleLine(why), CliErrors::singleLine(url.toString().left(200))));
        return ExitCode::UnsafeUrl;
    }

    JsonOutput::LinkOpened opened = JsonOutput::LinkOpened::No;
    ExitCode code = ExitCode::Ok;
    QString failure;
    if (query.open == OpenLink::Yes) {
        switch (m_opener->open(url, &why)) {
        case UrlOpener::Result::Opened:
            opened = JsonOutput::LinkOpened::Yes;
            break;
        case UrlOpener::Result::Refused:
            m_sink->message(tr("Error: the link was refused and not opened: %1").arg(why));
            return ExitCode::UnsafeUrl;
        case UrlOpener::Result::Failed:
            failure = why;
            code = ExitCode::BrowserFailed;
            break;
        }
    }

    QString mailFailure;
    if (facts) {
        const ExitCode mailed = mailMessage(query, *facts, url, &mailFailure);
        if (mailed == ExitCode::UnsafeUrl)
            return mailed;
        if (code == ExitCode::Ok)
            code = mailed;
    }

    if (m_format == Format::Json && facts)
        m_sink->data(JsonOutput::toText(JsonOutput::authorizeUrl(url, opened, mailFailure.isEmpty())));
    else if (m_format == Format::Json)
        m_sink->data(JsonOutput::toText(JsonOutput::authorizeUrl(url, opened)));
    else
        m_sink->data(url.toString(QUrl::FullyEncoded) + QLatin1Char('\n'));
    if (opened == JsonOutput::LinkOpened::Yes)
        m_sink->message(tr("Opened the link in the default browser."));
    else if (!failure.isEmpty())
        m_sink->message(tr("Error: %1").arg(failure));
    if (facts && mailFailure.isEmpty())
        m_sink->message(tr("Handed a message with the link to the mail client (to %1): check it and send it from "
                           "there.")
                            .arg(facts->customerEmail));
    else if (!mailFailure.isEmpty())
        m_sink->message(tr("Error: %1").arg(mailFailure));
    return code;
}

std::optional<LinkMessageFacts> Commands::mailFacts(const AuthorizeQuery &query, const QString &userId, ExitCode *code)
{
    const ApiResult<User> user = await<User>([this, &userId](QObject *context, WorkOsClient::Callback<User> done) {
        return m_client->getUser(userId, context, std::move(done));
    });
    if (!user) {
        m_sink->message(tr("Error: the email address of %1 could not be read, so no link was made for --mail.")
                            .arg(userId));
        *code = fail(user.error());
        return std::nullopt;
    }
    LinkMessageFacts facts;
    facts.customerEmail = user.value().email;
    facts.customerName =
        QStringList{user.value().firstName.trimmed(), user.value().lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
    facts.provider = query.key.slug;
    // The provider's name and the connection's label, when the list says them (else the slug and the id).
    const QString organizationId = query.key.owner.isOrganization() ? QString() : query.key.organizationId;
    const ApiResult<QList<DataProvider>> providers = await<QList<DataProvider>>(
        [this, &query, &organizationId](QObject *context, WorkOsClient::Callback<QList<DataProvider>> done) {
            return m_client->listDataProviders(query.key.owner, organizationId, context, std::move(done));
        });
    const bool repairs = query.intent == AuthorizeRequest::Intent::Reauthorize;
    if (repairs)
        facts.connection = query.key.connectionId;
    for (const DataProvider &provider : providers ? providers.value() : QList<DataProvider>()) {
        if (provider.slug != query.key.slug)
            continue;
        if (!provider.name.isEmpty())
            facts.provider = provider.name;
        for (const ConnectedAccount &account : provider.allConnections()) {
            if (repairs && account.id == query.key.connectionId && !account.accountDisplayName.isEmpty())
                facts.connection = tr("%1 (%2)").arg(account.accountDisplayName, account.id);
        }
    }
    return facts;
}

ExitCode Commands::mailMessage(const AuthorizeQuery &query, LinkMessageFacts facts, const QUrl &link, QString *failure)
{
    facts.link = link;
    const LinkMessage message = query.messages.compose(facts);
    for (const QString &name : message.unknownPlaceholders)
        m_sink->message(tr("Warning: the message template uses {%1}, which has no value; it is left in the text.")
                            .arg(name));
    if (message.to.isEmpty())
        m_sink->message(tr("Warning: %1 is not an address a mail client can take; the message has no recipient.")
                            .arg(CliErrors::singleLine(facts.customerEmail)));
    QString why;
    switch (m_opener->openMailDraft(message.mailtoUrl(), &why)) {
    case UrlOpener::Result::Opened:
        return ExitCode::Ok;
    case UrlOpener::Result::Refused:
        m_sink->message(tr("Error: the message was refused and not handed to the mail client: %1").arg(why));
        return ExitCode::UnsafeUrl;
    case UrlOpener::Result::Failed:
        break;
    }
    *failure = why;
    return ExitCode::BrowserFailed;
}
