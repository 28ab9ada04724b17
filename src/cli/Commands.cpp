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

using CliAwait::await;

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

ExitCode Commands::providers(const Owner &owner, const QString &organizationId)
{
    const ApiResult<QList<DataProvider>> result =
        await<QList<DataProvider>>([this, &owner, &organizationId](QObject *context, auto done) {
            m_client->listDataProviders(owner, organizationId, context, done);
        });
    if (!result.ok())
        return fail(result.error());
    if (m_format == Format::Json) {
        m_sink->data(JsonOutput::toText(JsonOutput::dataProviderList(result.value(), owner, organizationId)));
        return ExitCode::Ok;
    }
    if (result.value().isEmpty()) {
        m_sink->message(tr("No providers are configured in this environment."));
        return ExitCode::Ok;
    }
    m_sink->data(TextOutput::providerTable(result.value()));
    return ExitCode::Ok;
}

