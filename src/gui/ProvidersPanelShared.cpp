// The providers panel's section of shared connections: what the user's
// organizations share with every member, read when their memberships arrive,
// and shown in the table (as the organization's shared scope) when asked.
#include "gui/ProvidersPanel.h"

#include "gui/ProviderTreeView.h"
#include "gui/ScopeBar.h"
#include "gui/SharedConnectionsSection.h"
#include "models/ProviderFilterProxy.h"
#include "models/ProviderTreeModel.h"
#include "models/SharedConnectionsModel.h"

#include <utility>

void ProvidersPanel::connectSharedSection()
{
    connect(m_scopeBar, &ScopeBar::membershipsRead, this, &ProvidersPanel::readSharedConnections);
    connect(m_sharedSection, &SharedConnectionsSection::openRequested, this, &ProvidersPanel::openShared);
}

bool ProvidersPanel::isSharedScope() const
{
    return hasUser() && m_scopeBar->isSharedScope();
}

void ProvidersPanel::readSharedConnections()
{
    if (!hasUser())
        return;
    QList<SharedConnectionsModel::Organization> organizations;
    for (const OrganizationMembership &m : m_scopeBar->memberships())
        organizations.append({m.organizationId, m.organizationName});
    m_shared->load(organizations);
}

void ProvidersPanel::openShared(const QString &organizationId, const QString &connectedAccountId)
{
    if (!hasUser())
        return;
    const bool already = isSharedScope() && m_scopeBar->organizationId() == organizationId;
    if (!already && !m_scopeBar->selectSharedScope(organizationId))
        return;
    m_openShared = connectedAccountId; // selected (and focused) when the organization's rows are there
    if (!m_model->isLoading())
        selectOpenedShared();
}

void ProvidersPanel::selectOpenedShared()
{
    if (m_openShared.isEmpty())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfConnection(std::exchange(m_openShared, {})));
    if (!index.isValid())
        return;
    select(index);
    m_table->setFocus(Qt::OtherFocusReason);
}
