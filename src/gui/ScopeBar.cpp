#include "gui/ScopeBar.h"

#include "core/ConnectionStatus.h"

#include "gui/ScopeSummary.h"
#include "core/WorkOsClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
constexpr int SharedRole = Qt::UserRole + 1; // bool: an organization's shared connections
}

ScopeBar::ScopeBar(WorkOsClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_scope(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
    , m_summary(new ScopeSummary(client, this))
{
    setObjectName(QStringLiteral("scopeBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Organization scope:"), this);
    scopeLabel->setBuddy(m_scope);
    m_scope->setObjectName(QStringLiteral("organizationScope"));
    m_scope->setAccessibleName(tr("Organization scope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->setToolTip(tr("Accounts scoped to an organization, and organization-owned accounts, only show with "
                           "an organization selected."));
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("providerFilter"));
    m_filter->setPlaceholderText(tr("provider, status, scope…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter providers"));
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    //: %1 and %2 are connection statuses, as in the table
    m_problemsOnly->setToolTip(tr("%1, %2, missing scopes or an unknown state")
                                   .arg(ConnectionStatuses::text(ConnectionStatus::NeedsReauthorization),
                                        ConnectionStatuses::text(ConnectionStatus::Disconnected,
                                                                 StatusWording::Lowercase)));
    filters->addWidget(scopeLabel);
    filters->addWidget(m_scope);
    filters->addSpacing(12);
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_problemsOnly);
    layout->addLayout(filters);
    layout->addWidget(m_summary);

    setTabOrder(m_scope, m_filter);
    setTabOrder(m_filter, m_problemsOnly);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (isSharedScope())
            m_summary->setNoCurrent();
        else
            m_summary->setCurrent(organizationId());
        Q_EMIT scopeChanged(organizationId());
    });
    connect(m_filter, &QLineEdit::textChanged, this, &ScopeBar::textChanged);
    connect(m_problemsOnly, &QCheckBox::toggled, this, &ScopeBar::problemsOnlyChanged);
    connect(m_summary, &ScopeSummary::scopeRequested, this, [this](const QString &id) {
        const int index = m_scope->findData(id);
        if (index >= 0)
            m_scope->setCurrentIndex(index);
    });
}

QWidget *ScopeBar::firstInTabOrder() const
{
    return m_scope;
}

QWidget *ScopeBar::lastInTabOrder() const
{
    return m_problemsOnly;
}

void ScopeBar::openUser(const QString &userId)
{
    if (m_membershipsCall)
        m_membershipsCall->cancel(); // silent: the previous user's answer never lands
    m_userId = userId;
    m_memberships.clear();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("None (personal accounts)"), QString());
    }
    m_summary->begin();
    ListMembershipsRequest request;
    request.userId = userId;
    request.limit = 100;
    m_membershipsCall = m_client->listOrganizationMemberships(
        request, this, [this](const ApiResult<Page<OrganizationMembership>> &result) { onMemberships(result); });
}

void ScopeBar::clearUser()
{
    if (m_membershipsCall)
        m_membershipsCall->cancel();
    m_userId.clear();
    m_memberships.clear();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("None (personal accounts)"), QString());
    }
    m_summary->clear();
}

void ScopeBar::onMemberships(const ApiResult<Page<OrganizationMembership>> &result)
{
    // Every scope goes into the summary, so nothing broken is out of sight in another one.
    QList<ScopeSummary::Scope> scopes{{QString(), tr("Personal")}};
    if (result) {
        m_memberships = result.value().data;
        const QSignalBlocker blocker(m_scope);
        for (const OrganizationMembership &m : std::as_const(m_memberships)) {
            const QString name = m.organizationName.isEmpty() ? m.organizationId : m.organizationName;
            QString label = tr("%1 (%2)").arg(name, m.role.isEmpty() ? m.status : m.role);
            if (!m.status.isEmpty() && m.status != QLatin1String("active"))
                label = tr("%1 (%2, %3)").arg(name, m.role, m.status);
            m_scope->addItem(label, m.organizationId);
            m_scope->setItemData(m_scope->count() - 1, m.organizationId, Qt::ToolTipRole);
            scopes.append({m.organizationId, name});
        }
        // After the user's own scopes: what each organization shares with every member.
        for (const OrganizationMembership &m : std::as_const(m_memberships)) {
            const QString name = m.organizationName.isEmpty() ? m.organizationId : m.organizationName;
            //: a scope of the selector: the connections the organization %1 shares with its members
            m_scope->addItem(tr("%1 · shared").arg(name), m.organizationId);
            m_scope->setItemData(m_scope->count() - 1, true, SharedRole);
            m_scope->setItemData(m_scope->count() - 1,
                                 tr("Connections %1 shares with every member (%2)").arg(name, m.organizationId),
                                 Qt::ToolTipRole);
        }
    }
    m_summary->read(m_userId, scopes, organizationId());
    m_summary->setCurrent(organizationId());
    Q_EMIT membershipsRead();
}

bool ScopeBar::isSharedScope() const
{
    return m_scope->currentData(SharedRole).toBool();
}

bool ScopeBar::selectSharedScope(const QString &organizationId)
{
    for (int i = 0; i < m_scope->count(); ++i) {
        if (m_scope->itemData(i, SharedRole).toBool() && m_scope->itemData(i).toString() == organizationId) {
            m_scope->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString ScopeBar::organizationId() const
{
    return m_scope->currentData().toString();
}

QString ScopeBar::organizationName() const
{
    const QString id = organizationId();
    for (const OrganizationMembership &m : m_memberships) {
        if (m.organizationId == id)
            return m.organizationName;
    }
    return QString();
}

void ScopeBar::clearFilters()
{
    m_filter->clear();
    m_problemsOnly->setChecked(false);
}

void ScopeBar::setScopeEnabled(bool enabled)
{
    m_scope->setEnabled(enabled);
}
