// The providers panel's actions on the selected connection: disconnect, reconnect and add links, copy id.
#include "gui/ProvidersPanel.h"
#include "config/ProvisioningFile.h"
#include "config/TokenCheckPolicy.h"
#include "gui/diagnosis/DiagnosisDialog.h"
#include "widgets/ClipboardHelper.h"
#include "gui/ConnectLinkController.h"
#include "widgets/Prompter.h"
#include "gui/ProviderDetailsPane.h"
#include "models/ProviderFilterProxy.h"
#include "models/ProviderTreeModel.h"
#include "models/SharedConnectionsModel.h"
#include "gui/ProviderTreeView.h"
#include "gui/ProvidersTableArea.h"
#include "gui/ScopeBar.h"
#include "gui/ScopeSummary.h"
#include "widgets/ThemedIcons.h"
#include "core/WorkOsClient.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

void ProvidersPanel::disconnectSelected()
{
    const int row = selectedSourceRow();
    if (row < 0 || m_disconnect->isBusy() || !m_disconnectButton->isEnabled()
        || readAgainFirst(PendingAction::Disconnect))
        return;
    const ConnectedAccount *connection = selectedConnection();
    if (!connection)
        return;
    DisconnectController::Target target;
    target.user = m_user;
    // A connection the organization shares lives under the organization's path, whatever list showed it.
    target.owner = connection->isOrganizationOwned() ? Owner::organization(connection->organizationId) : m_model->owner();
    target.provider = m_model->provider(row);
    target.connection = *connection;
    target.othersRemaining = int(m_model->connections(row).size()) - 1;
    target.organizationId = m_scopeBar->organizationId();
    target.organizationName = m_scopeBar->organizationName();
    m_disconnectFor = m_user;
    m_disconnectForName = ownerName();
    if (isOrganization())
        target.organizationName = m_organization.name;
    m_disconnect->start(target);
}

void ProvidersPanel::onDisconnectFinished(const QString &slug, int outcome)
{
    // The disconnect may end after another user was opened: name the user it
    // was for, and touch the table only while it still shows that user.
    const bool sameUser = hasOwner() && m_disconnectFor.id == m_user.id && m_disconnectForName == ownerName();
    const int row = sameUser ? m_model->rowOfSlug(slug) : -1;
    const QString name = row >= 0 && !m_model->provider(row).name.isEmpty() ? m_model->provider(row).name : slug;
    switch (DisconnectController::Outcome(outcome)) {
    case DisconnectController::Outcome::Disconnected:
        Q_EMIT statusMessage(m_audit.environment.isEmpty()
                                 ? tr("Disconnected %1 for %2.").arg(name, m_disconnectForName)
                                 : tr("Disconnected %1 for %2 in %3.").arg(name, m_disconnectForName, m_audit.environment));
        if (sameUser) {
            m_model->refresh(); // the server's word, not a local flip
            m_shared->refresh();
        }
        break;
    case DisconnectController::Outcome::AlreadyGone:
        if (sameUser) {
            m_model->refresh();
            m_shared->refresh();
        }
        break;
    case DisconnectController::Outcome::Failed:
    case DisconnectController::Outcome::Cancelled:
        break;
    }
    updateActions();
}

void ProvidersPanel::sendConnectLink()
{
    const int row = selectedSourceRow();
    if (row < 0 || !m_linkButton->isEnabled() || readAgainFirst(PendingAction::ConnectLink))
        return;
    const ConnectedAccount *connection = selectedConnection();
    openLinkDialog(row, connection ? AuthorizeRequest::Intent::Reauthorize : AuthorizeRequest::Intent::Slot, connection);
}

void ProvidersPanel::addConnection()
{
    const int row = selectedSourceRow();
    if (row < 0 || !m_addButton->isEnabled() || readAgainFirst(PendingAction::AddConnection))
        return;
    openLinkDialog(row, AuthorizeRequest::Intent::Add, nullptr);
}

void ProvidersPanel::openLinkDialog(int row, AuthorizeRequest::Intent intent, const ConnectedAccount *connection)
{
    const DataProvider &p = m_model->provider(row);
    ConnectLinkContext context;
    context.userId = m_user.id;
    context.userEmail = m_user.email;
    context.userName = QStringList{m_user.firstName.trimmed(), m_user.lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
    context.providerSlug = p.slug;
    context.providerName = p.name.isEmpty() ? p.slug : p.name;
    for (const OrganizationMembership &m : m_scopeBar->memberships())
        context.organizations.append({m.organizationId, m.organizationName});
    context.organizationId = m_model->organizationId();
    context.account = connection ? std::optional<ConnectedAccount>(*connection) : std::nullopt;
    context.ownership = p.ownership;
    context.intent = intent;
    // In an organization's shared scope the user shown is the member the link is made for.
    context.organizationOwner = isSharedScope();
    if (context.organizationOwner)
        context.ownership = Ownership::Organization;
    if (connection) {
        context.connectionId = connection->id;
        context.connectionName = ProviderTreeModel::connectionName(*connection);
    }
    m_links->open(context);
}

void ProvidersPanel::setLinkMessages(const LinkMessageSettings &settings)
{
    m_links->setLinkMessages(settings);
}

void ProvidersPanel::copySelectedId()
{
    const int row = selectedSourceRow();
    if (row < 0) {
        if (hasUser())
            ClipboardHelper::copy(m_user.id, m_copyUserId);
        return;
    }
    const ConnectedAccount *connection = selectedConnection();
    const QString id = connection ? connection->id : m_model->provider(row).id;
    ClipboardHelper::copy(id, m_table);
    Q_EMIT statusMessage(tr("Copied %1").arg(id));
}

void ProvidersPanel::diagnoseSelected()
{
    const int row = selectedSourceRow();
    const ConnectedAccount *connection = selectedConnection();
    if (row < 0 || !connection)
        return;
    const DataProvider &p = m_model->provider(row);
    const bool shared = isOrganization() || connection->isOrganizationOwned();
    DiagnosisFacts facts;
    facts.environmentName = m_audit.environment;
    facts.ownerLabel = ownerName();
    facts.organizationId = shared ? QString() : m_model->organizationId();
    facts.providerName = p.name.isEmpty() ? p.slug : p.name;
    facts.connection = *connection;
    facts.missingScopes = p.missingScopes(*connection);
    facts.connectionsOfProvider = int(m_model->connections(row).size());
    // A shared connection's token is checked for an active member: the user shown, if any.
    facts.memberId = shared ? m_user.id : QString();
    facts.tokenCheckAllowed = TokenCheckPolicy::allowed(ProvisioningFile::locateSystemFile(), m_audit.environment);
    const QString ownerId = shared ? (isOrganization() ? m_organization.id : connection->organizationId) : m_user.id;
    auto *dialog = new DiagnosisDialog(m_client, ownerId, shared ? OwnerKind::Organization : OwnerKind::User, p.slug,
                                       connection->id, facts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAuditService(&m_auditService);
    // Its next step ("send a reconnect link") is the panel's own action on that connection.
    connect(dialog, &DiagnosisDialog::reconnectLinkRequested, this, [this](const QString &, const QString &id) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfConnection(id));
        if (index.isValid())
            select(index);
        sendConnectLink();
    });
    connect(dialog, &DiagnosisDialog::connectLinkRequested, this, [this] { sendConnectLink(); });
    dialog->show();
}

void ProvidersPanel::updateActions()
{
    const int row = selectedSourceRow();
    const ConnectedAccount *connection = selectedConnection();
    const bool audited = m_audit.isAvailable();
    m_disconnectButton->setEnabled(audited && connection && !m_disconnect->isBusy());
    m_table->setDisconnectEnabled(m_disconnectButton->isEnabled());
    const bool several = row >= 0 && !connection && !m_model->connections(row).isEmpty();
    // One connection: a reconnect link for it; none: a first connection; several: choose one (or add).
    m_linkButton->setText(connection ? tr("Send reconnect &link…") : tr("Send connect &link…"));
    m_linkButton->setEnabled(audited && row >= 0 && !several);
    if (several)
        m_linkButton->setToolTip(tr("Select one of the connections to send its reconnect link"));
    else if (audited)
        m_linkButton->setToolTip(tr("Get a link the customer opens to (re)connect (Ctrl+L)"));
    m_addButton->setEnabled(audited && row >= 0 && !m_model->connections(row).isEmpty());
    if (isOrganization()) {
        // A shared connection's link is made for an acting member, who is not chosen here
        // (it is from a member's view: their organization's shared scope).
        m_linkButton->setEnabled(false);
        m_addButton->setEnabled(false);
        m_linkButton->setToolTip(tr("A shared connection is connected by an organization admin: open that member "
                                    "(or run pipes-admin-cli authorize-url %1 SLUG --member USER_ID)")
                                     .arg(m_organization.id));
    }
    m_table->setAddConnectionEnabled(m_addButton->isEnabled());
    m_diagnoseButton->setEnabled(connection != nullptr);
    m_refresh->setEnabled(hasOwner() && !m_model->isLoading());
    m_scopeBar->setScopeEnabled(hasUser());
}
