#include "gui/ProvidersPanel.h"

#include "widgets/ClipboardHelper.h"
#include "gui/ConnectLinkController.h"
#include "widgets/Prompter.h"
#include "gui/ProviderDetailsPane.h"
#include "models/ProviderFilterProxy.h"
#include "models/ProviderTableModel.h"
#include "gui/ProviderTableView.h"
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

ProvidersPanel::ProvidersPanel(WorkOsClient *client, Prompter *prompter, SafetyPolicy safety,
                               const AuditContext &audit, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_prompter(prompter)
    , m_audit(audit)
    , m_model(new ProviderTableModel(client, this))
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
    , m_disconnectButton(new QPushButton(tr("&Disconnect…"), this))
    , m_linkButton(new QPushButton(tr("Send connect &link…"), this))
{
    setObjectName(QStringLiteral("providersPanel"));
    m_proxy->setSourceModel(m_model);
    buildUi();

    connect(m_model, &ProviderTableModel::loadingChanged, this, [this](bool loading) {
        if (loading && m_model->rowCount() == 0)
            m_tableArea->showMessage(tr("Loading the providers of %1…").arg(m_user.email));
        m_refresh->setEnabled(hasUser() && !loading);
    });
    connect(m_model, &ProviderTableModel::loaded, this, &ProvidersPanel::onLoaded);
    connect(m_model, &ProviderTableModel::loadFailed, this, &ProvidersPanel::onLoadFailed);
    connect(m_model, &ProviderTableModel::dataChanged, this, &ProvidersPanel::onSelectionChanged);
    connect(m_model, &ProviderTableModel::accountReloaded, this,
            [this] { m_scopeBar->summary()->setRows(m_model->organizationId(), rows()); });
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
    connect(m_links, &ConnectLinkController::accountChanged, this, [this](const QString &userId, const QString &slug) {
        if (userId == m_user.id)
            m_model->reloadAccount(slug);
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
    if (m_model->rowCount() > 0) // else loading, nothing configured or an error: their own sentences
        m_tableArea->showRows(m_model->rowCount(), m_proxy->rowCount());
}

bool ProvidersPanel::isStale() const
{
    return m_tableArea->isStale();
}

void ProvidersPanel::updateHeader()
{
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

void ProvidersPanel::showUser(const User &user)
{
    cancelUserRead();
    m_user = user;
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
    m_table->setColumnHidden(ProviderTableModel::OrganizationColumn, true);
    m_model->load(user.id, QString());
    updateActions();
    Q_EMIT userOpened(user.id, user.email);
}

void ProvidersPanel::clearUser()
{
    if (!hasUser())
        return;
    cancelUserRead();
    m_user = User();
    m_selectedSlug.clear();
    m_pending = PendingAction::None;
    {
        const QSignalBlocker blocker(m_scopeBar);
        m_scopeBar->clearUser();
    }
    m_model->clear();
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
    m_table->setColumnHidden(ProviderTableModel::OrganizationColumn, m_scopeBar->organizationId().isEmpty());
    m_pending = PendingAction::None;
    m_tableArea->markFresh();
    m_model->load(m_user.id, m_scopeBar->organizationId());
}

void ProvidersPanel::refresh()
{
    if (!hasUser())
        return;
    if (m_model->rowCount() == 0)
        m_model->load(m_user.id, m_scopeBar->organizationId());
    else
        m_model->refresh();
    m_scopeBar->summary()->reread(m_scopeBar->organizationId()); // after the table's own request
}

QList<DataProvider> ProvidersPanel::rows() const
{
    QList<DataProvider> all;
    for (int row = 0; row < m_model->rowCount(); ++row)
        all.append(m_model->provider(row));
    return all;
}

int ProvidersPanel::firstProblemRow() const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(ProviderTableModel::ProblemRole).toBool())
            return row;
    }
    return 0;
}

void ProvidersPanel::onLoaded()
{
    m_loadedAt = QDateTime::currentDateTime();
    m_tableArea->markFresh();
    if (m_model->rowCount() == 0)
        m_tableArea->showMessage(tr("No providers are configured in this environment."));
    else
        updateTablePage();
    m_table->fitColumnsOnce();
    // A user opens at their first problem; refreshes and scopes keep the selected provider.
    const int row = m_model->rowOfSlug(m_selectedSlug);
    const QModelIndex keep = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (std::exchange(m_opening, false) || (!keep.isValid() && !m_table->currentIndex().isValid()))
        m_table->selectRow(firstProblemRow());
    else if (keep.isValid())
        m_table->selectRow(keep.row());
    onSelectionChanged();
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
    if (m_model->rowCount() > 0) {
        // The last answer stays, marked as such, until a refresh succeeds.
        m_tableArea->markStale(m_loadedAt, error);
    } else {
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
        if (row >= 0 && !m_model->provider(row).connectedAccount)
            Q_EMIT statusMessage(tr("Nothing to disconnect: %1 is not connected for %2 any more.")
                                     .arg(m_model->provider(row).name, m_user.email));
        disconnectSelected();
    } else if (action == PendingAction::ConnectLink) {
        sendConnectLink();
    }
}

int ProvidersPanel::selectedSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

void ProvidersPanel::onSelectionChanged()
{
    const int row = selectedSourceRow();
    if (row >= 0)
        m_selectedSlug = m_model->provider(row).slug;
    if (row < 0)
        m_details->showNothing(hasUser() ? tr("Select a provider to see every detail of its connection.")
                                         : tr("No user selected."));
    else
        m_details->showProvider(m_model->provider(row));
    updateActions();
}

void ProvidersPanel::updateActions()
{
    const int row = selectedSourceRow();
    const bool hasAccount = row >= 0 && m_model->provider(row).connectedAccount.has_value();
    const bool audited = m_audit.isAvailable();
    m_disconnectButton->setEnabled(audited && hasAccount && !m_disconnect->isBusy());
    m_table->setDisconnectEnabled(m_disconnectButton->isEnabled());
    m_linkButton->setEnabled(audited && row >= 0);
    m_refresh->setEnabled(hasUser() && !m_model->isLoading());
    m_scopeBar->setScopeEnabled(hasUser());
}

void ProvidersPanel::disconnectSelected()
{
    const int row = selectedSourceRow();
    if (row < 0 || m_disconnect->isBusy() || !m_disconnectButton->isEnabled()
        || readAgainFirst(PendingAction::Disconnect))
        return;
    DisconnectController::Target target{m_user, m_model->provider(row), m_scopeBar->organizationId(),
                                        m_scopeBar->organizationName()};
    m_disconnectFor = m_user;
    m_disconnect->start(target);
}

void ProvidersPanel::onDisconnectFinished(const QString &slug, int outcome)
{
    // The disconnect may end after another user was opened: name the user it
    // was for, and touch the table only while it still shows that user.
    const bool sameUser = hasUser() && m_disconnectFor.id == m_user.id;
    const int row = sameUser ? m_model->rowOfSlug(slug) : -1;
    const QString name = row >= 0 && !m_model->provider(row).name.isEmpty() ? m_model->provider(row).name : slug;
    switch (DisconnectController::Outcome(outcome)) {
    case DisconnectController::Outcome::Disconnected:
        Q_EMIT statusMessage(m_audit.environment.isEmpty()
                                 ? tr("Disconnected %1 for %2.").arg(name, m_disconnectFor.email)
                                 : tr("Disconnected %1 for %2 in %3.").arg(name, m_disconnectFor.email, m_audit.environment));
        if (sameUser)
            m_model->reloadAccount(slug); // the server's word, not a local flip
        break;
    case DisconnectController::Outcome::AlreadyGone:
        if (sameUser)
            m_model->refresh();
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
    const DataProvider &p = m_model->provider(row);
    ConnectLinkContext context;
    context.userId = m_user.id;
    context.userEmail = m_user.email;
    context.providerSlug = p.slug;
    context.providerName = p.name.isEmpty() ? p.slug : p.name;
    for (const OrganizationMembership &m : m_scopeBar->memberships())
        context.organizations.append({m.organizationId, m.organizationName});
    context.organizationId = m_model->organizationId();
    context.account = p.connectedAccount;
    context.ownership = p.ownership;
    m_links->open(context);
}

void ProvidersPanel::copySelectedId()
{
    const int row = selectedSourceRow();
    if (row < 0) {
        if (hasUser())
            ClipboardHelper::copy(m_user.id, m_copyUserId);
        return;
    }
    const DataProvider &p = m_model->provider(row);
    const QString id = p.connectedAccount ? p.connectedAccount->id : p.id;
    ClipboardHelper::copy(id, m_table);
    Q_EMIT statusMessage(tr("Copied %1").arg(id));
}
