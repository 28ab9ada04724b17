#include "DisconnectController.h"

#include "Prompter.h"
#include "WorkOsClient.h"

#include <QWidget>

DisconnectController::DisconnectController(WorkOsClient *client, Prompter *prompter, DisconnectSafety safety,
                                           QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_prompter(prompter)
    , m_safety(safety)
    , m_dialogParent(dialogParent)
{
}

void DisconnectController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

bool DisconnectController::askConfirmation(const Confirmation &confirmation, const QString &slug)
{
    if (m_safety == DisconnectSafety::Confirm)
        return m_prompter->confirm(m_dialogParent, confirmation) == Prompter::Answer::Accepted;
    // Production: only the exact slug, typed, lets the request go out.
    const Prompter::TypedAnswer answer = m_prompter->confirmTyped(m_dialogParent, confirmation, slug);
    return answer.answer == Prompter::Answer::Accepted && answer.typed.trimmed() == slug;
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
    confirmation.text = tr("Disconnect %1 for %2 (%3)?").arg(providerName, target.user.email, target.user.id);
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

    if (m_safety == DisconnectSafety::TypeSlug)
        details.prepend(tr("This is the PRODUCTION environment: the customer's real connection is removed."));
    confirmation.informativeText = details.join(QStringLiteral("\n\n"));

    if (!askConfirmation(confirmation, p.slug)) {
        setBusy(false);
        Q_EMIT finished(p.slug, Outcome::Cancelled);
        return;
    }

    const QString slug = p.slug;
    const QString email = target.user.email;
    m_call = m_client->deleteConnectedAccount(
        target.user.id, slug, target.organizationId, this,
        [this, slug, providerName, email](const ApiResult<NoContent> &result) {
            m_call.clear();
            setBusy(false);
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
        });
}
