// The connect-link dialog's organization: which of the user's organizations
// a link is for, and whose path a watch reads.
#include "gui/ConnectLinkDialog.h"
#include "ui_ConnectLinkDialog.h"

#include <QComboBox>

// The user's memberships; "None" only where a personal account can exist. An
// organization-owned provider starts at the table's organization, or the
// user's only one; with several and none chosen, one has to be picked.
void ConnectLinkDialog::fillOrganizations()
{
    QComboBox *combo = m_ui->organizationCombo;
    const bool owned = m_context.ownership == Ownership::Organization;
    if (!owned)
        combo->addItem(tr("None (personal account)"), QString());
    else if (m_context.organizations.size() != 1)
        combo->addItem(tr("Choose an organization…"), QString());
    for (const auto &org : m_context.organizations)
        combo->addItem(org.name.isEmpty() ? org.id : tr("%1 (%2)").arg(org.name, org.id), org.id);
    int preselected = combo->findData(m_context.organizationId);
    if (preselected < 0 && owned && m_context.organizations.size() == 1)
        preselected = 0;
    combo->setCurrentIndex(qMax(0, preselected));
}

bool ConnectLinkDialog::needsOrganization() const
{
    return m_context.ownership == Ownership::Organization && organizationId().isEmpty();
}

QString ConnectLinkDialog::organizationHint() const
{
    if (m_context.organizations.isEmpty())
        return tr("%1 is owned by an organization, and %2 belongs to none: WorkOS cannot make a link for it.")
            .arg(m_context.providerName, m_context.userEmail);
    return tr("%1 is owned by an organization: choose which of %2's organizations the link is for.")
        .arg(m_context.providerName, m_context.userEmail);
}

QString ConnectLinkDialog::organizationId() const
{
    return m_ui->organizationCombo->currentData().toString();
}

// A shared connection is read under its organization: the member's own path never shows it.
Owner ConnectLinkDialog::watchedOwner() const
{
    return m_context.organizationOwner ? Owner::organization(m_watchedOrganization) : Owner::user(m_context.userId);
}
