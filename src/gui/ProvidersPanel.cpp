#include "gui/ProvidersPanel.h"

#include "widgets/ClipboardHelper.h"
#include "gui/ConnectLinkController.h"
#include "widgets/Prompter.h"
#include "gui/ProviderDetailsPane.h"
#include "models/ProviderFilterProxy.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProviderTreeView.h"
#include "gui/ProvidersTableArea.h"
#include "gui/ScopeBar.h"
#include "gui/ScopeSummary.h"
#include "gui/SharedConnectionsSection.h"
#include "models/SharedConnectionsModel.h"
#include "widgets/ThemedIcons.h"
#include "core/WorkOsClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

ProvidersPanel::ProvidersPanel(WorkOsClient *client, Prompter *prompter, SafetyPolicy safety,
                               const AuditContext &audit, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_prompter(prompter)
    , m_audit(audit)
    , m_model(new ProviderTreeModel(client, this))
    , m_proxy(new ProviderFilterProxy(this))
    , m_disconnect(new DisconnectController(client, prompter, safety, audit, this, this))
    , m_links(new ConnectLinkController(client, prompter, audit, this, this))
    , m_title(new QLabel(this))
    , m_copyUserId(new QToolButton(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_scopeBar(new ScopeBar(client, this))
    , m_tableArea(new ProvidersTableArea(this))
    , m_table(m_tableArea->table())
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_details(new ProviderDetailsPane(this))
    , m_shared(new SharedConnectionsModel(client, this))
    , m_sharedSection(new SharedConnectionsSection(m_shared, this))
    , m_disconnectButton(new QPushButton(tr("&Disconnect…"), this))
    , m_linkButton(new QPushButton(tr("Send connect &link…"), this))
    , m_addButton(new QPushButton(tr("&Add another connection…"), this))
    , m_diagnoseButton(new QPushButton(tr("Dia&gnose…"), this))
    , m_auditService(audit)
{
    setObjectName(QStringLiteral("providersPanel"));
    m_proxy->setSourceModel(m_model);
    buildUi();
    connectSharedSection();

    connect(m_model, &ProviderTreeModel::loadingChanged, this, [this](bool loading) {
        if (loading && m_model->rowCount() == 0)
            m_tableArea->showMessage(tr("Loading the providers of %1…").arg(ownerName()));
        m_refresh->setEnabled(hasOwner() && !loading);
    });
    connect(m_model, &ProviderTreeModel::loaded, this, &ProvidersPanel::onLoaded);
    connect(m_model, &ProviderTreeModel::loadFailed, this, &ProvidersPanel::onLoadFailed);
    connect(m_model, &ProviderTreeModel::dataChanged, this, &ProvidersPanel::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProvidersPanel::onSelectionChanged);
    connect(m_scopeBar, &ScopeBar::scopeChanged, this, &ProvidersPanel::onScopeChanged);
    connect(m_scopeBar, &ScopeBar::textChanged, m_proxy, &ProviderFilterProxy::setText);
    connect(m_scopeBar, &ScopeBar::problemsOnlyChanged, m_proxy, &ProviderFilterProxy::setProblemsOnly);
    // Never an empty table without a word: how many rows the filter hides.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProvidersPanel::updateTablePage);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ProvidersPanel::updateTablePage);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProvidersPanel::updateTablePage);
    connect(m_tableArea, &ProvidersTableArea::showAllRequested, this, [this] {
        m_scopeBar->clearFilters();
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_refresh, &QPushButton::clicked, this, &ProvidersPanel::refresh);
    connect(m_copyUserId, &QToolButton::clicked, this, [this] { ClipboardHelper::copy(m_user.id, m_copyUserId); });
    connect(m_disconnectButton, &QPushButton::clicked, this, &ProvidersPanel::disconnectSelected);
    connect(m_linkButton, &QPushButton::clicked, this, &ProvidersPanel::sendConnectLink);
    connect(m_addButton, &QPushButton::clicked, this, &ProvidersPanel::addConnection);
    connect(m_diagnoseButton, &QPushButton::clicked, this, &ProvidersPanel::diagnoseSelected);
    connect(m_table, &ProviderTreeView::addConnectionRequested, this, &ProvidersPanel::addConnection);
    connect(m_links, &ConnectLinkController::accountChanged, this, [this](const QString &userId) {
        if (userId != m_user.id)
            return;
        m_model->refresh(); // the server's word for every connection
        m_shared->refresh();
    });
    connect(m_disconnect, &DisconnectController::busyChanged, this, &ProvidersPanel::updateActions);
    connect(m_disconnect, &DisconnectController::finished, this,
            [this](const QString &slug, DisconnectController::Outcome outcome) {
                onDisconnectFinished(slug, int(outcome));
            });
    updateHeader();
    updateActions();
}

ConnectLinkDialog *ProvidersPanel::connectLinkDialog() const
{
    return m_links->dialog();
}

void ProvidersPanel::setWatchTiming(int intervalMs, int limitMs)
{
    m_links->setWatchTiming(intervalMs, limitMs);
}

void ProvidersPanel::updateTablePage()
{
    if (m_model->providerCount() > 0) // else loading, nothing configured or an error: their own sentences
        m_tableArea->showRows(m_model->providerCount(), m_proxy->rowCount());
}

bool ProvidersPanel::isStale() const
{
    return m_tableArea->isStale();
}

void ProvidersPanel::updateHeader()
{
    if (isOrganization()) {
        m_title->setText(tr("<b>%1</b> · the connections it shares with its members · <code>%2</code>")
                             .arg(m_organization.name.toHtmlEscaped(), m_organization.id.toHtmlEscaped()));
        m_copyUserId->hide();
        return;
    }
    if (!hasUser()) {
        m_title->setText(tr("<b>No user selected</b>"));
        m_copyUserId->hide();
        return;
    }
    const QString name = m_user.fullName();
    QString text = QStringLiteral("<b>%1</b>").arg(m_user.email.toHtmlEscaped());
    if (!name.isEmpty())
        text += QStringLiteral(" · ") + name.toHtmlEscaped();
    text += QStringLiteral(" · <code>%1</code>").arg(m_user.id.toHtmlEscaped());
    m_title->setText(text);
    m_copyUserId->show();
}

QString ProvidersPanel::ownerName() const
{
    return isOrganization() ? m_organization.name : m_user.email;
}

void ProvidersPanel::showOrganization(const Organization &organization)
{
    cancelUserRead();
    m_user = User();
    m_organization = organization;
    m_opening = true;
    m_pending = PendingAction::None;
    m_selectedSlug.clear();
    m_selectedConnectionId.clear();
    m_tableArea->markFresh();
    {
        const QSignalBlocker blocker(m_scopeBar);
        m_scopeBar->clearUser();
    }
    updateHeader();
    m_details->showNothing(tr("Select a provider to see every detail of its connection."));
    m_table->setColumnHidden(ProviderTreeModel::OrganizationColumn, true);
    m_shared->clear();
    m_model->load(Owner::organization(organization.id), QString());
    updateActions();
}

void ProvidersPanel::showUser(const User &user)
{
    cancelUserRead();
    m_organization = Organization();
    m_user = user;
    m_model->setKnownEmail(user.id, user.email);
    m_openShared.clear();
    m_shared->clear(); // read again when the user's memberships arrive
    m_sharedSection->setMemberName(user.email);
    m_opening = true; // the first answer selects the first problem, not the previous user's provider
    m_pending = PendingAction::None;
    m_tableArea->markFresh();
    {
        const QSignalBlocker blocker(m_scopeBar);
        m_scopeBar->openUser(user.id);
    }
    updateHeader();
    m_details->showNothing(tr("Select a provider to see every detail of its connection."));
    // Personal accounts have no organization: that column only shows with a scope.
    m_table->setColumnHidden(ProviderTreeModel::OrganizationColumn, true);
    m_model->load(user.id, QString());
    updateActions();
    Q_EMIT userOpened(user.id, user.email);
}

void ProvidersPanel::clearUser()
{
    if (!hasOwner())
        return;
    m_organization = Organization();
    cancelUserRead();
    m_user = User();
    m_selectedSlug.clear();
    m_selectedConnectionId.clear();
    m_pending = PendingAction::None;
    {
        const QSignalBlocker blocker(m_scopeBar);
        m_scopeBar->clearUser();
    }
    m_model->clear();
    m_shared->clear();
    m_tableArea->markFresh();
    updateHeader();
    m_tableArea->showMessage(tr("Choose a user from the search results."));
    m_details->showNothing(tr("No user selected."));
    updateActions();
}

void ProvidersPanel::cancelUserRead()
{
    if (m_userCall)
        m_userCall->cancel();
}

void ProvidersPanel::showUserId(const QString &userId, const QString &email)
{
    User placeholder;
    placeholder.id = userId;
    placeholder.email = email;
    showUser(placeholder);
    // Another user opened or the panel cleared cancels this read (silently).
    m_userCall = m_client->getUser(userId, this, [this](const ApiResult<User> &result) {
        if (result) {
            m_user = result.value();
            updateHeader();
        } else if (result.error().isNotFound()) {
            m_model->clear();
            m_tableArea->showMessage(tr("This user no longer exists in this environment."));
        }
    });
}

void ProvidersPanel::onScopeChanged()
{
    if (!hasUser())
        return;
    m_details->showNothing(tr("Select a provider to see every detail of its connection."));
    m_table->setColumnHidden(ProviderTreeModel::OrganizationColumn,
                             m_scopeBar->organizationId().isEmpty() || isSharedScope());
    m_pending = PendingAction::None;
    m_tableArea->markFresh();
    if (isSharedScope()) // the organization's own list, for its member shown
        m_model->load(Owner::organization(m_scopeBar->organizationId()), QString());
    else
        m_model->load(m_user.id, m_scopeBar->organizationId());
}

void ProvidersPanel::refresh()
{
    if (!hasOwner())
        return;
    if (isOrganization())
        return m_model->refresh();
    m_shared->refresh();
    if (isSharedScope())
        return m_model->refresh();
    if (m_model->providerCount() == 0)
        m_model->load(m_user.id, m_scopeBar->organizationId());
    else
        m_model->refresh();
    m_scopeBar->summary()->reread(m_scopeBar->organizationId()); // after the table's own request
}

QList<DataProvider> ProvidersPanel::rows() const
{
    QList<DataProvider> all;
    for (int row = 0; row < m_model->providerCount(); ++row)
        all.append(m_model->provider(row));
    return all;
}

// The first connection that needs attention (or the first provider), in the tree's order.
QModelIndex ProvidersPanel::firstProblem() const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex provider = m_proxy->index(row, 0);
        if (!provider.data(ProviderTreeModel::ProblemRole).toBool())
            continue;
        for (int child = 0; child < m_proxy->rowCount(provider); ++child) {
            const QModelIndex connection = m_proxy->index(child, 0, provider);
            if (connection.data(ProviderTreeModel::ProblemRole).toBool())
                return connection;
        }
        return provider;
    }
    return m_proxy->index(0, 0);
}

void ProvidersPanel::select(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_table->setCurrentIndex(proxyIndex);
    m_table->scrollTo(proxyIndex);
}

void ProvidersPanel::onLoaded()
{
    m_loadedAt = QDateTime::currentDateTime();
    m_tableArea->markFresh();
    if (m_model->providerCount() == 0)
        m_tableArea->showMessage(tr("No providers are configured in this environment."));
    else
        updateTablePage();
    m_table->expandAll();
    m_table->fitColumnsOnce();
    // A user opens at their first problem; refreshes and scopes keep the selected connection (or provider).
    QModelIndex source = m_model->indexOfConnection(m_selectedConnectionId);
    if (!source.isValid())
        source = m_model->indexOfProvider(m_selectedSlug);
    const QModelIndex keep = m_proxy->mapFromSource(source);
    if (std::exchange(m_opening, false) || (!keep.isValid() && !m_table->currentIndex().isValid()))
        select(firstProblem());
    else if (keep.isValid())
        select(keep);
    selectOpenedShared();
    onSelectionChanged();
    if (!isSharedScope()) // the summary is of the user's own scopes
        m_scopeBar->summary()->setRows(m_model->organizationId(), rows());
    runPendingAction();
}

void ProvidersPanel::onLoadFailed(const ApiError &error)
{
    if (m_pending != PendingAction::None) {
        const bool link = std::exchange(m_pending, PendingAction::None) == PendingAction::ConnectLink;
        m_prompter->notify(this, Notice{link ? tr("No link requested") : tr("Not disconnected"),
                                        tr("The providers could not be read again, so nothing was done: the "
                                           "rows shown are an older answer."),
                                        error.fullText(), Notice::Level::Warning});
    }
    if (m_model->providerCount() > 0) {
        // The last answer stays, marked as such, until a refresh succeeds.
        m_tableArea->markStale(m_loadedAt, error);
    } else {
        if (!isSharedScope())
            m_scopeBar->summary()->setFailed(m_model->organizationId(), error);
        if (error.isNotFound()) {
            m_tableArea->showMessage(
                tr("WorkOS does not know this user or organization (HTTP 404).\n%1").arg(error.fullText()));
            return;
        }
        m_tableArea->showMessage(tr("The providers could not be loaded.\n%1").arg(error.fullText()));
    }
    Q_EMIT statusMessage(error.fullText());
}

// An action on rows that may be out of date reads them first; it goes on when they arrive.
bool ProvidersPanel::readAgainFirst(PendingAction action)
{
    if (!isStale())
        return false;
    m_pending = action;
    Q_EMIT statusMessage(tr("Reading the providers again before acting on the older rows…"));
    m_model->refresh();
    return true;
}

void ProvidersPanel::runPendingAction()
{
    const PendingAction action = std::exchange(m_pending, PendingAction::None);
    const int row = selectedSourceRow();
    if (action == PendingAction::Disconnect) {
        if (row >= 0 && !selectedConnection())
            Q_EMIT statusMessage(tr("Nothing to disconnect: the selected %1 connection of %2 is gone.")
                                     .arg(m_model->provider(row).name, ownerName()));
        disconnectSelected();
    } else if (action == PendingAction::ConnectLink) {
        sendConnectLink();
    } else if (action == PendingAction::AddConnection) {
        addConnection();
    }
}

int ProvidersPanel::selectedSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return -1;
    return m_model->providerRowOf(m_proxy->mapToSource(current));
}

// The connection the actions act on: the selected connection row, or the
// only connection of a selected provider row; nullptr otherwise.
const ConnectedAccount *ProvidersPanel::selectedConnection() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(current);
    if (const ConnectedAccount *account = m_model->connectionAt(source))
        return account;
    const int row = m_model->providerRowOf(source);
    if (row >= 0 && m_model->connections(row).size() == 1)
        return &m_model->connections(row).constFirst();
    return nullptr;
}

void ProvidersPanel::onSelectionChanged()
{
    const int row = selectedSourceRow();
    const ConnectedAccount *connection = selectedConnection();
    if (row >= 0) {
        m_selectedSlug = m_model->provider(row).slug;
        m_selectedConnectionId = connection ? connection->id : QString();
    }
    if (row < 0)
        m_details->showNothing(hasOwner() ? tr("Select a provider to see every detail of its connection.")
                                         : tr("No user selected."));
    else
        m_details->showProvider(m_model->provider(row), connection ? std::optional<ConnectedAccount>(*connection)
                                                                   : std::nullopt,
                                connection ? m_model->establishedByText(*connection) : QString());
    updateActions();
}


