#include "gui/DisconnectController.h"

#include "models/ProviderTreeModel.h"
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
    if (m_busy || target.connection.id.isEmpty())
        return;
    setBusy(true); // before asking: a second click while the question is up does nothing

    const DataProvider &p = target.provider;
    const ConnectedAccount &c = target.connection;
    const QString providerName = p.name.isEmpty() ? p.slug : p.name;
    const QString connection = ProviderTreeModel::connectionName(c);
    const bool shared = target.owner.isOrganization() || c.isOrganizationOwned();
    const QString ownerName = target.owner.isOrganization()
        ? (target.organizationName.isEmpty() ? target.owner.id : target.organizationName)
        : tr("%1 (%2)").arg(target.user.email, target.user.id);
    Confirmation confirmation;
    confirmation.title = tr("Disconnect %1 · %2?").arg(providerName, connection);
    // Named like the batch confirmation: which environment the DELETE goes to.
    confirmation.text = m_audit.context().environment.isEmpty()
        ? tr("Disconnect the %1 connection \"%2\" (%3) of %4?").arg(providerName, connection, c.id, ownerName)
        : tr("Disconnect the %1 connection \"%2\" (%3) of %4 in %5?")
              .arg(providerName, connection, c.id, ownerName, m_audit.context().environment);
    QStringList details;
    details.append(tr("WorkOS removes the stored access and refresh tokens for this one connection."));
    details.append(target.othersRemaining == 0
                       ? tr("It is the only %1 connection: none remains after it.").arg(providerName)
                       : tr("%n other %1 connection(s) will remain.", nullptr, target.othersRemaining).arg(providerName));
    details.append(tr("Access is NOT revoked on %1's side: the grant stays listed in the customer's %1 settings "
                      "until they remove it there.")
                       .arg(providerName));
    if (shared) {
        const QString org = target.organizationName.isEmpty()
            ? (target.organizationId.isEmpty() ? c.organizationId : target.organizationId)
            : target.organizationName;
        details.append(tr("Warning: this connection is shared by the organization %1 with every member. "
                          "Disconnecting it removes it for all of them, not just one person.")
                           .arg(org));
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
    action.entry.userId = target.owner.isOrganization() ? QString() : target.user.id;
    action.entry.userEmail = target.owner.isOrganization() ? QString() : target.user.email;
    action.entry.providerSlug = p.slug;
    action.entry.organizationId = target.organizationId.isEmpty() ? c.organizationId : target.organizationId;
    action.entry.connectionId = c.id;
    action.entry.connectionLabel = c.accountDisplayName;
    action.entry.ownerKind = target.owner.kindText();
    action.entry.reason = reason;
    action.whenNotFound = AuditOutcome::AlreadyAbsent;
    // The callback dies with this object: the service records the abandoned request.
    action.abandonedDetail = tr("The window stopped waiting for WorkOS's answer (environment switched or "
                                "window closed). Check the account's current state.");
    QString auditError;
    m_call = m_audit.run<NoContent>(
        action, this,
        [this, &target](QObject *context, WorkOsClient::Callback<NoContent> done) {
            const QString scope = target.owner.isOrganization() ? QString() : target.organizationId;
            return m_client->deleteConnectedAccount(
                ConnectionTarget{target.owner, target.provider.slug, scope, target.connection.id}, context,
                std::move(done));
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
    if (error.isNotFound() && error.earlierAnswerLost) {
        // The first DELETE's answer was lost and the resend found nothing: most likely ours did it.
        m_prompter->notify(m_dialogParent,
                           Notice{tr("Disconnected — gone on retry"),
                                  tr("%1 was disconnected for %2: the first answer was lost and the request sent "
                                     "again found the connection already deleted.")
                                      .arg(providerName, email),
                                  error.requestId.isEmpty() ? QString() : tr("Request id: %1").arg(error.requestId),
                                  Notice::Level::Information});
        Q_EMIT finished(slug, Outcome::Disconnected);
        return;
    }
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
    m_prompter->notify(m_dialogParent, Notice{tr("Disconnect failed"),
                                              tr("%1 could not be disconnected for %2.").arg(providerName, email),
                                              error.fullText(), Notice::Level::Error});
    Q_EMIT finished(slug, Outcome::Failed);
}
