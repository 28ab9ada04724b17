#include "gui/DisconnectController.h"

#include "widgets/Prompter.h"
#include "core/WorkOsClient.h"

#include <QWidget>

DisconnectController::DisconnectController(WorkOsClient *client, Prompter *prompter, SafetyPolicy safety,
                                           AuditContext audit, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_prompter(prompter)
    , m_safety(safety)
    , m_audit(std::move(audit))
    , m_dialogParent(dialogParent)
{
}

DisconnectController::~DisconnectController() = default;

void DisconnectController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

bool DisconnectController::askConfirmation(const Confirmation &confirmation, const QString &slug, QString *reason)
{
    const Prompter::Reply reply = m_safety.ask(m_prompter, m_dialogParent, confirmation, slug);
    *reason = reply.reason;
    return reply.answer == Prompter::Answer::Accepted;
}

void DisconnectController::start(const Target &target)
{
    if (m_busy || !target.provider.connectedAccount)
        return;
    setBusy(true); // before asking: a second click while the question is up does nothing

    const DataProvider &p = target.provider;
    const QString providerName = p.name.isEmpty() ? p.slug : p.name;
    Confirmation confirmation;
    confirmation.title = tr("Disconnect %1?").arg(providerName);
    // Named like the batch confirmation: which environment the DELETE goes to.
    confirmation.text = m_audit.context().environment.isEmpty()
        ? tr("Disconnect %1 for %2 (%3)?").arg(providerName, target.user.email, target.user.id)
        : tr("Disconnect %1 for %2 (%3) in %4?").arg(providerName, target.user.email, target.user.id,
                                                      m_audit.context().environment);
    QStringList details;
    details.append(tr("WorkOS removes the stored access and refresh tokens for this connection."));
    details.append(tr("Access is NOT revoked on %1's side: the grant stays listed in the customer's %1 settings "
                      "until they remove it there.")
                       .arg(providerName));
    if (p.ownership == Ownership::Organization) {
        const QString org = target.organizationName.isEmpty()
            ? (target.organizationId.isEmpty() ? p.connectedAccount->organizationId : target.organizationId)
            : target.organizationName;
        details.append(tr("Warning: this account belongs to the organization %1 and is shared by every member. "
                          "Disconnecting it affects all of them, not just %2.")
                           .arg(org, target.user.email));
    }
    details.append(tr("The customer can connect again later with a connect link."));
    confirmation.acceptLabel = tr("Disconnect");
    confirmation.tone = Confirmation::Tone::Dangerous;
    confirmation.reasonField = Confirmation::ReasonField::Optional;

    if (m_safety.asksForTypedSlug())
        details.prepend(tr("This is the PRODUCTION environment: the customer's real connection is removed."));
    // Another operator just acted on this connection (the shared audit store knows).
    if (const QString recent = m_audit.recentActivityWarning(target.user.id, p.slug, target.organizationId, providerName);
        !recent.isEmpty())
        details.prepend(recent);
    confirmation.informativeText = details.join(QStringLiteral("\n\n"));

    QString reason;
    if (!askConfirmation(confirmation, p.slug, &reason)) {
        setBusy(false);
        Q_EMIT finished(p.slug, Outcome::Cancelled);
        return;
    }

    // The record first: without it, nothing is sent.
    AuditService::Action<NoContent> action;
    action.entry.action = AuditAction::Disconnect;
    action.entry.userId = target.user.id;
    action.entry.userEmail = target.user.email;
    action.entry.providerSlug = p.slug;
    action.entry.organizationId = target.organizationId.isEmpty() && p.connectedAccount
        ? p.connectedAccount->organizationId
        : target.organizationId;
    action.entry.reason = reason;
    action.whenNotFound = AuditOutcome::AlreadyAbsent;
    // The callback dies with this object: the service records the abandoned request.
    action.abandonedDetail = tr("The window stopped waiting for WorkOS's answer (environment switched or "
                                "window closed). Check the account's current state.");
    QString auditError;
    m_call = m_audit.run<NoContent>(
        action, this,
        [this, &target](QObject *context, WorkOsClient::Callback<NoContent> done) {
            return m_client->deleteConnectedAccount(target.user.id, target.provider.slug, target.organizationId,
                                                    context, std::move(done));
        },
        [this, target](const ApiResult<NoContent> &result) { onAnswer(result, target); }, &auditError);
    if (!m_call) {
        setBusy(false);
        m_prompter->notify(m_dialogParent,
                           Notice{tr("Not disconnected"),
                                  tr("%1 was not disconnected for %2: the action could not be written to the audit "
                                     "log, so nothing was sent to WorkOS.")
                                      .arg(providerName, target.user.email),
                                  auditError, Notice::Level::Error});
        Q_EMIT finished(p.slug, Outcome::Failed);
        return;
    }
}

void DisconnectController::onAnswer(const ApiResult<NoContent> &result, const Target &target)
{
    m_call.clear();
    setBusy(false);
    const DataProvider &p = target.provider;
    const QString slug = p.slug;
    const QString providerName = p.name.isEmpty() ? p.slug : p.name;
    const QString email = target.user.email;
    if (result) {
        Q_EMIT finished(slug, Outcome::Disconnected);
        return;
    }
    const ApiError &error = result.error();
    if (error.isNotFound()) {
        m_prompter->notify(m_dialogParent,
                           Notice{tr("Already disconnected"),
                                  tr("%1 was already disconnected for %2. The table is being refreshed.")
                                      .arg(providerName, email),
                                  error.requestId.isEmpty() ? QString() : tr("Request id: %1").arg(error.requestId),
                                  Notice::Level::Information});
        Q_EMIT finished(slug, Outcome::AlreadyGone);
        return;
    }
    if (error.kind != ApiError::Kind::Cancelled)
        m_prompter->notify(m_dialogParent, Notice{tr("Disconnect failed"),
                                                  tr("%1 could not be disconnected for %2.").arg(providerName, email),
                                                  error.fullText(), Notice::Level::Error});
    Q_EMIT finished(slug, Outcome::Failed);
}
