#pragma once

#include "cli/ExitCode.h"
#include "core/WorkOsClient.h"
#include "session/Diagnosis.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class AuditLog;
class OutputSink;

// pipes-admin-cli diagnose and events (issue 16): the owner's Pipes events,
// filtered on our side (the API has no user filter), a connection's timeline,
// the plain-words summary with the next step and the support block; a token
// check only with --check-token, as an audited action, never the token.
class DiagnosisCommands final
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisCommands)

public:
    enum class Format { Text, Json };
    enum class TokenCheckWish { No, Yes };

    struct Options final
    {
        OwnerKind ownerKind = OwnerKind::User;
        QString ownerId;        // user_... or org_...
        QString slug;           // diagnose: required; events: --provider (optional)
        QString connectionId;   // --connection
        QString organizationId; // --organization: a user's connection scoped to an organization
        QString memberId;       // --member: who a shared connection's token check acts for
        qint64 sinceSeconds = 30 * 86400;
        int pageCap = 10;
        int pageSize = 100;
        TokenCheckWish checkToken = TokenCheckWish::No;
        QString reason;
    };

    static bool handles(const QString &command) { return command == QLatin1String("diagnose") || command == QLatin1String("events"); }
    // Reads the command's arguments; false and *why (a usage error) when they do not fit.
    static bool parse(const QString &command, const QStringList &positionals,
                      const std::function<QString(const char *)> &value, const std::function<bool(const char *)> &isSet,
                      Options *options, QString *why);

    DiagnosisCommands(WorkOsClient *client, OutputSink *sink, Format format, QString environment);

    // --check-token needs both: the administrator's permission and a writable audit log.
    void setTokenCheck(bool allowed, AuditLog *log);

    ExitCode diagnose(const Options &options);
    ExitCode events(const Options &options);

private:
    std::optional<EventsResult> readEvents(const Options &options, ExitCode *failure);
    ExitCode fail(const ApiError &error);

    WorkOsClient *m_client;
    OutputSink *m_sink;
    Format m_format;
    QString m_environment;
    bool m_tokenCheckAllowed = true;
    AuditLog *m_audit = nullptr;
};
