#include "cli/DiagnosisCommands.h"

#include "audit/AuditService.h"
#include "cli/Await.h"
#include "cli/CliErrors.h"
#include "cli/DiagnosisOutput.h"
#include "cli/HistoryCommand.h"
#include "cli/JsonOutput.h"
#include "cli/OutputSink.h"
#include "core/IdValidation.h"
#include "session/PipesEventsReader.h"
#include "session/TokenCheckAction.h"

#include <QEventLoop>

using CliAwait::await;

namespace {

bool positiveNumber(const QString &text, int max, int *out)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1 || n > max)
        return false;
    *out = n;
    return true;
}

} // namespace

bool DiagnosisCommands::parse(const QString &command, const QStringList &positionals,
                              const std::function<QString(const char *)> &value, const std::function<bool(const char *)> &isSet,
                              Options *o, QString *why)
{
    o->ownerId = positionals.value(0).trimmed();
    if (IdValidation::isValidId(o->ownerId, IdValidation::IdKind::Organization)) {
        o->ownerKind = OwnerKind::Organization;
    } else if (!IdValidation::isValidId(o->ownerId, IdValidation::IdKind::User)) {
        *why = tr("\"%1\" is neither a user id (user_...) nor an organization id (org_...).").arg(o->ownerId.left(80));
        return false;
    }
    o->slug = command == QLatin1String("diagnose") ? positionals.value(1).trimmed() : value("provider");
    if ((command == QLatin1String("diagnose") || !o->slug.isEmpty()) && !IdValidation::isValidSlug(o->slug)) {
        *why = tr("\"%1\" is not a provider slug.").arg(o->slug.left(80));
        return false;
    }
    if (isSet("since")) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime since = HistoryCommand::parseSince(value("since"), now);
        if (!since.isValid() || since >= now) {
            *why = tr("--since needs 30d, 24h, 90m or an ISO date such as 2024-05-01.");
            return false;
        }
        o->sinceSeconds = since.secsTo(now);
    }
    if (isSet("max-pages") && !positiveNumber(value("max-pages"), 1000, &o->pageCap)) {
        *why = tr("--max-pages must be a number from 1 to 1000.");
        return false;
    }
    if (isSet("page-size") && !positiveNumber(value("page-size"), 100, &o->pageSize)) {
        *why = tr("--page-size must be a number from 1 to 100.");
        return false;
    }
    o->connectionId = value("connection");
    if (!o->connectionId.isEmpty() && !IdValidation::isValidId(o->connectionId, IdValidation::IdKind::ConnectedAccount)) {
        *why = tr("\"%1\" is not a connection id (data_installation_...).").arg(o->connectionId.left(80));
        return false;
    }
    o->organizationId = value("organization");
    if (!o->organizationId.isEmpty() && (o->ownerKind == OwnerKind::Organization
                                         || !IdValidation::isValidId(o->organizationId, IdValidation::IdKind::Organization))) {
        *why = tr("--organization needs an organization id (org_...) and a user as the owner.");
        return false;
    }
    o->checkToken = isSet("check-token") ? TokenCheckWish::Yes : TokenCheckWish::No;
    o->memberId = value("member");
    if (o->checkToken == TokenCheckWish::Yes && o->ownerKind == OwnerKind::Organization
        && !IdValidation::isValidId(o->memberId, IdValidation::IdKind::User)) {
        *why = tr("--check-token of a shared connection needs --member USER_ID: the active member the check acts for.");
        return false;
    }
    o->reason = value("reason");
    return true;
}

DiagnosisCommands::DiagnosisCommands(WorkOsClient *client, OutputSink *sink, Format format, QString environment)
    : m_client(client)
    , m_sink(sink)
    , m_format(format)
    , m_environment(std::move(environment))
{
}

void DiagnosisCommands::setTokenCheck(bool allowed, AuditLog *log)
{
    m_tokenCheckAllowed = allowed;
    m_audit = log;
}

ExitCode DiagnosisCommands::fail(const ApiError &error)
{
    m_sink->message(CliErrors::errorLine(error));
    return CliErrors::exitCodeFor(error);
}

std::optional<EventsResult> DiagnosisCommands::readEvents(const Options &o, ExitCode *failure)
{
    PipesEventsReader reader(m_client, m_environment);
    EventsQuery query;
    query.sinceSeconds = o.sinceSeconds;
    query.pageCap = o.pageCap;
    query.pageSize = o.pageSize;
    // organization_id narrows the read; a user's personal events have none, so it is sent only when it applies.
    query.organizationId = o.ownerKind == OwnerKind::Organization ? o.ownerId : o.organizationId;
    std::optional<Expected<EventsResult, ApiError>> result;
    QEventLoop loop;
    reader.read(query, &loop, [&result, &loop](const Expected<EventsResult, ApiError> &r) {
        result.emplace(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->ok()) {
        *failure = fail(result->error());
        return std::nullopt;
    }
    return result->value();
}

ExitCode DiagnosisCommands::events(const Options &o)
{
    ExitCode failure = ExitCode::Ok;
    const std::optional<EventsResult> result = readEvents(o, &failure);
    if (!result)
        return failure;
    DiagnosisSubject subject;
    subject.environmentName = m_environment;
    subject.ownerKind = o.ownerKind;
    subject.ownerId = o.ownerId;
    QList<PipesEvent> mine;
    for (const PipesEvent &e : result->events) {
        if (DiagnosisBuilder::belongsToOwner(e, subject) && (o.slug.isEmpty() || e.providerSlug == o.slug))
            mine.append(e);
    }
    std::stable_sort(mine.begin(), mine.end(), [](const PipesEvent &a, const PipesEvent &b) { return a.createdAt > b.createdAt; });
    if (m_format == Format::Json) {
        m_sink->data(JsonOutput::toText(DiagnosisOutput::eventsJson(mine, *result)));
        return ExitCode::Ok;
    }
    QList<TimelineEntry> entries = DiagnosisBuilder::timeline(mine, subject, DiagnosisBuilder::Scope::Owner);
    m_sink->data(DiagnosisOutput::eventsText(entries, *result, QDateTime::currentDateTimeUtc()));
    return ExitCode::Ok;
}

ExitCode DiagnosisCommands::diagnose(const Options &o)
{
    if (o.checkToken == TokenCheckWish::Yes && !m_tokenCheckAllowed) {
        m_sink->message(tr("Error: the administrator does not allow token checks for the environment \"%1\" (provisioning "
                           "file: allowTokenCheck=false). Nothing was sent.").arg(m_environment));
        return ExitCode::Usage;
    }
    DiagnosisSubject s;
    s.environmentName = m_environment;
    s.ownerKind = o.ownerKind;
    s.ownerId = o.ownerId;
    s.organizationId = o.organizationId;
    s.providerSlug = o.slug;
    s.connectionId = o.connectionId;
    QList<CallRecord> calls;

    // Who the user is (the support text names the email address) and the
    // connection's facts: the user's provider row (its compatibility connection).
    if (o.ownerKind == OwnerKind::User) {
        const ApiResult<User> user = await<User>([this, &o](QObject *context, auto done) {
            m_client->getUser(o.ownerId, context, done);
        });
        calls.append({QDateTime::currentDateTimeUtc(), QStringLiteral("GET /user_management/users/%1").arg(o.ownerId),
                      user.facts().httpStatus, user.facts().requestId});
        if (!user.ok())
            return fail(user.error());
        s.ownerLabel = user.value().email;
        const ApiResult<QList<DataProvider>> providers = await<QList<DataProvider>>([this, &o](QObject *context, auto done) {
            m_client->listDataProviders(o.ownerId, o.organizationId, context, done);
        });
        const QString path = QStringLiteral("GET /user_management/users/%1/data_providers").arg(o.ownerId);
        calls.append({QDateTime::currentDateTimeUtc(), path, providers.facts().httpStatus, providers.facts().requestId});
        if (!providers.ok())
            return fail(providers.error());
        for (const DataProvider &p : providers.value()) {
            if (p.slug != o.slug)
                continue;
            s.providerName = p.name;
            const QList<ConnectedAccount> all = p.allConnections();
            s.connectionsOfProvider = std::max<int>(1, int(all.size()));
            for (const ConnectedAccount &a : all) {
                if (s.connectionId.isEmpty() ? a.isCompatibility() : a.id == s.connectionId) {
                    s.connection = a;
                    s.connectionId = a.id;
                    s.missingScopes = p.missingScopes(a);
                }
            }
        }
    }
    ExitCode failure = ExitCode::Ok;
    const std::optional<EventsResult> events = readEvents(o, &failure);
    if (!events)
        return failure;
    if (!s.connection && !s.connectionId.isEmpty())
        s.connection = DiagnosisBuilder::factsFromEvents(events->events, s.connectionId);

    std::optional<TokenCheck> token;
    if (o.checkToken == TokenCheckWish::Yes) {
        if (!m_audit) {
            m_sink->message(tr("Error: the audit log could not be opened, so no token check was sent."));
            return ExitCode::AuditUnavailable;
        }
        TokenCheckRequest request;
        request.providerSlug = o.slug;
        request.owner = o.ownerKind == OwnerKind::Organization ? ConnectionOwner::Organization : ConnectionOwner::User;
        request.userId = o.ownerKind == OwnerKind::Organization ? o.memberId : o.ownerId;
        request.organizationId = o.ownerKind == OwnerKind::Organization ? o.ownerId : o.organizationId;
        request.connectedAccountId = s.connectionId;
        AuditService audit(AuditContext{m_audit, m_environment, QString()});
        audit.setCompletionFailureHandler([this](const QString &why) {
            m_sink->message(tr("Warning: the outcome could not be recorded in the audit log: %1").arg(why));
        });
        QString refusal;
        bool sent = true;
        const ApiResult<TokenCheck> answer = await<TokenCheck>([&](QObject *context, auto done) {
            sent = TokenCheckAction::run(audit, m_client, request, o.reason, context, done, &refusal) != nullptr;
            if (!sent) // nothing went out: end the wait with the refusal
                done(ApiResult<TokenCheck>(ApiError::invalidArgument(refusal)));
        });
        if (!sent) {
            m_sink->message(tr("Error: the audit log could not be written, so no token check was sent: %1").arg(refusal));
            return ExitCode::AuditUnavailable;
        }
        calls.append({QDateTime::currentDateTimeUtc(), QStringLiteral("POST /data-integrations/%1/token").arg(o.slug),
                      answer.facts().httpStatus, answer.facts().requestId});
        if (!answer.ok())
            return fail(answer.error());
        token = answer.value();
    }
    const Diagnosis d = DiagnosisBuilder::build(s, *events, token, calls);
    if (m_format == Format::Json)
        m_sink->data(JsonOutput::toText(DiagnosisOutput::diagnosisJson(s, d)));
    else
        m_sink->data(DiagnosisOutput::diagnosisText(s, d, QDateTime::currentDateTimeUtc()));
    return ExitCode::Ok;
}
