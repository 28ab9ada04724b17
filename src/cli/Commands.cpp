#include "cli/Commands.h"

#include "audit/AuditLog.h"
#include "audit/AuditService.h"
#include "cli/Await.h"
#include "cli/CliErrors.h"
#include "cli/JsonOutput.h"
#include "cli/OutputSink.h"
#include "core/PaginationGuard.h"
#include "core/SafeUrl.h"
#include "cli/TextOutput.h"
#include "cli/UrlOpener.h"
#include "core/WorkOsClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QTimer>

#include <optional>

Commands::Commands(WorkOsClient *client, OutputSink *sink, const UrlOpener *opener, Format format, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sink(sink)
    , m_opener(opener)
    , m_format(format)
{
}

Commands::~Commands() = default;

void Commands::setAudit(AuditLog *log, const QString &environment, const QString &reason)
{
    m_audit.reset();
    m_reason = reason;
    if (!log)
        return;
    m_audit = std::make_unique<AuditService>(AuditContext{log, environment, QString()});
    m_audit->setCompletionFailureHandler([this](const QString &why) {
        m_sink->message(tr("Warning: the outcome could not be recorded in the audit log: %1").arg(why));
    });
}

AuditEntry Commands::entryFor(AuditAction action, const AccountKey &key)
{
    AuditEntry entry;
    entry.action = action;
    entry.userId = key.userId;
    entry.providerSlug = key.slug;
    entry.organizationId = key.organizationId;
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

ExitCode Commands::fail(const ApiError &error)
{
    m_sink->message(CliErrors::errorLine(error));
    return CliErrors::exitCodeFor(error);
}

void Commands::sleep(int milliseconds)
{
    if (milliseconds <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

ExitCode Commands::users(const UsersQuery &query)
{
    ListUsersRequest request;
    request.email = query.email;
    request.organizationId = query.organizationId;
    request.limit = query.limit;

    QList<User> users;
    QString firstBefore;
    QString after;
    PaginationGuard pagination;
    int pages = 0;
    QElapsedTimer sinceLastRequest;
    for (;;) {
        if (pages > 0)
            sleep(m_pageIntervalMs - int(sinceLastRequest.elapsed()));
        sinceLastRequest.start();
        request.after = after;
        const ApiResult<Page<User>> result = await<Page<User>>([this, &request](QObject *context, auto done) {
            m_client->listUsers(request, context, done);
        });
        if (!result.ok())
            return fail(result.error());
        const Page<User> &page = result.value();
        if (pages == 0)
            firstBefore = page.before;
        users.append(page.data);
        after = page.after;
        ++pages;
        if (query.paging == Paging::FirstPage)
            break;
        const PaginationGuard::Step step = pagination.afterPage(after);
        if (step == PaginationGuard::Step::LastPage)
            break;
        if (step == PaginationGuard::Step::RepeatedCursor) {
            // A server that hands out the same cursor twice would make us loop forever.
            ApiError error;
            error.kind = ApiError::Kind::MalformedBody;
            error.detail = tr("list_metadata.after repeated the cursor %1").arg(after);
            m_sink->message(tr("Error: WorkOS returned the same page cursor twice while listing users; stopped after "
                               "%1 pages.")
                                .arg(pages));
            return CliErrors::exitCodeFor(error);
        }
        if (step == PaginationGuard::Step::PageCap) {
            m_sink->message(tr("Error: stopped after %1 pages, the most one listing fetches; narrow the search.")
                                .arg(pages));
            return ExitCode::ApiFailure;
        }
    }

    if (m_format == Format::Json) {
        m_sink->data(JsonOutput::toText(JsonOutput::userList(users, firstBefore, after)));
        return ExitCode::Ok;
    }
    if (users.isEmpty()) {
        m_sink->message(tr("No users found."));
        return ExitCode::Ok;
    }
    m_sink->data(TextOutput::userTable(users));
    if (query.paging == Paging::AllPages)
        m_sink->message(tr("Users listed: %1 (pages fetched: %2).").arg(users.size()).arg(pages));
    else if (!after.isEmpty())
        m_sink->message(tr("More users match; run again with --all to list every page."));
    return ExitCode::Ok;
}

ExitCode Commands::user(const QString &userId)
{
    const ApiResult<User> result = await<User>(
        [this, &userId](QObject *context, auto done) { m_client->getUser(userId, context, done); });
    if (!result.ok())
        return fail(result.error());
    if (m_format == Format::Json)
        m_sink->data(JsonOutput::toText(JsonOutput::user(result.value())));
    else
        m_sink->data(TextOutput::userDetails(result.value()));
    return ExitCode::Ok;
}

ExitCode Commands::providers(const QString &userId, const QString &organizationId)
{
    const ApiResult<QList<DataProvider>> result =
        await<QList<DataProvider>>([this, &userId, &organizationId](QObject *context, auto done) {
            m_client->listDataProviders(userId, organizationId, context, done);
        });
    if (!result.ok())
        return fail(result.error());
    if (m_format == Format::Json) {
        m_sink->data(JsonOutput::toText(JsonOutput::dataProviderList(result.value(), userId, organizationId)));
        return ExitCode::Ok;
    }
    if (result.value().isEmpty()) {
        m_sink->message(tr("No providers are configured in this environment."));
        return ExitCode::Ok;
    }
    m_sink->data(TextOutput::providerTable(result.value()));
    return ExitCode::Ok;
}

ExitCode Commands::account(const AccountKey &key)
{
    const ApiResult<ConnectedAccount> result =
        await<ConnectedAccount>([this, &key](QObject *context, auto done) {
            m_client->getConnectedAccount(key.userId, key.slug, key.organizationId, context, done);
        });
    if (!result.ok())
        return fail(result.error());
    if (m_format == Format::Json)
        m_sink->data(JsonOutput::toText(JsonOutput::connectedAccount(result.value())));
    else
        m_sink->data(TextOutput::accountDetails(result.value(), key.slug));
    return ExitCode::Ok;
}

ExitCode Commands::disconnect(const AccountKey &key)
{
    AuditService::Action<NoContent> action;
    action.entry = entryFor(AuditAction::Disconnect, key);
    action.whenNotFound = AuditOutcome::AlreadyAbsent;
    const std::optional<ApiResult<NoContent>> answer =
        audited<NoContent>(action, [this, &key](QObject *context, WorkOsClient::Callback<NoContent> done) {
            return m_client->deleteConnectedAccount(key.userId, key.slug, key.organizationId, context, std::move(done));
        });
    if (!answer)
        return ExitCode::AuditUnavailable;
    if (!answer->ok())
        return fail(answer->error());
    if (m_format == Format::Json) {
        m_sink->data(JsonOutput::toText(JsonOutput::disconnectResult(key.userId, key.slug, key.organizationId)));
        return ExitCode::Ok;
    }
    m_sink->data(tr("Disconnected %1 for %2.").arg(key.slug, key.userId) + QLatin1Char('\n'));
    m_sink->data(tr("WorkOS removed the stored access and refresh tokens. Access was NOT revoked on the "
                    "provider's side: the user can revoke it in the provider's own settings.")
                 + QLatin1Char('\n'));
    return ExitCode::Ok;
}

ExitCode Commands::authorizeUrl(const AuthorizeQuery &query)
{
    AuthorizeRequest request;
    request.providerSlug = query.key.slug;
    request.userId = query.key.userId;
    request.organizationId = query.key.organizationId;
    request.returnTo = query.returnTo;
    // A link support staff hand to a user must be one a browser may open:
    // an unsafe one is recorded as failed, and neither printed nor opened.
    AuditService::Action<AuthorizeUrl> action;
    action.entry = entryFor(AuditAction::ConnectLink, query.key);
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

    if (m_format == Format::Json)
        m_sink->data(JsonOutput::toText(JsonOutput::authorizeUrl(url, opened)));
    else
        m_sink->data(url.toString(QUrl::FullyEncoded) + QLatin1Char('\n'));
    if (opened == JsonOutput::LinkOpened::Yes)
        m_sink->message(tr("Opened the link in the default browser."));
    else if (!failure.isEmpty())
        m_sink->message(tr("Error: %1").arg(failure));
    return code;
}
