#include "ProvidersPanel.h"

#include "ClipboardHelper.h"
#include "ConnectLinkController.h"
#include "ThemedIcons.h"
#include "ProviderDetailsPane.h"
#include "ProviderFilterProxy.h"
#include "ProviderTableModel.h"
#include "ProviderTableView.h"
#include "WorkOsClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

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
    , m_scope(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
    , m_tableStack(new QStackedWidget(this))
    , m_tableMessage(new QLabel(this))
    , m_table(new ProviderTableView(this))
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
            showTableMessage(tr("Loading the providers of %1…").arg(m_user.email));
        m_refresh->setEnabled(hasUser() && !loading);
    });
    connect(m_model, &ProviderTableModel::loaded, this, [this] {
        if (m_model->rowCount() == 0)
            showTableMessage(tr("No providers are configured in this environment."));
        else
            m_tableStack->setCurrentWidget(m_table);
        m_table->fitColumnsOnce();
        // Keep the selected provider across refreshes; otherwise start at the top.
        const int row = m_model->rowOfSlug(m_selectedSlug);
        const QModelIndex keep = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
        if (keep.isValid())
            m_table->selectRow(keep.row());
        else if (!m_table->currentIndex().isValid())
            m_table->selectRow(0);
        onSelectionChanged();
    });
    connect(m_model, &ProviderTableModel::loadFailed, this, &ProvidersPanel::onLoadFailed);
    connect(m_model, &ProviderTableModel::dataChanged, this, &ProvidersPanel::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProvidersPanel::onSelectionChanged);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ProvidersPanel::onScopeChanged);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ProviderFilterProxy::setText);
    connect(m_problemsOnly, &QCheckBox::toggled, m_proxy, &ProviderFilterProxy::setProblemsOnly);
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

void ProvidersPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("userTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyUserId->setObjectName(QStringLiteral("copyUserIdButton"));
    ThemedIcons::setCopyIcon(m_copyUserId);
    m_copyUserId->setAutoRaise(true);
    m_copyUserId->setToolTip(tr("Copy the user id"));
    m_copyUserId->setAccessibleName(tr("Copy the user id"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Ask WorkOS again (F5)"));
    header->addWidget(m_title, 1);
    header->addWidget(m_copyUserId);
    header->addWidget(m_refresh);
    layout->addLayout(header);

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
    //: %1 is a connection status, as in the table
    m_problemsOnly->setToolTip(tr("%1, missing scopes or an unknown state")
                                   .arg(ConnectionStatuses::text(ConnectionStatus::NeedsReauthorization)));
    filters->addWidget(scopeLabel);
    filters->addWidget(m_scope);
    filters->addSpacing(12);
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_problemsOnly);
    layout->addLayout(filters);

    m_table->setModel(m_proxy);
    m_table->sortByColumn(ProviderTableModel::ProviderColumn, Qt::AscendingOrder);
    connect(m_table, &ProviderTableView::connectLinkRequested, this, &ProvidersPanel::sendConnectLink);
    connect(m_table, &ProviderTableView::copyIdRequested, this, &ProvidersPanel::copySelectedId);
    connect(m_table, &ProviderTableView::disconnectRequested, this, &ProvidersPanel::disconnectSelected);

    m_tableMessage->setObjectName(QStringLiteral("providersMessage"));
    m_tableMessage->setAlignment(Qt::AlignCenter);
    m_tableMessage->setWordWrap(true);
    m_tableMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tableMessage->setMargin(24);
    m_tableStack->addWidget(m_tableMessage);
    m_tableStack->addWidget(m_table);

    m_split->setObjectName(QStringLiteral("providersSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_tableStack);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    layout->addWidget(m_split, 1);

    auto *actions = new QHBoxLayout;
    m_disconnectButton->setObjectName(QStringLiteral("disconnectButton"));
    m_linkButton->setObjectName(QStringLiteral("connectLinkButton"));
    if (m_audit.isAvailable()) {
        m_disconnectButton->setToolTip(tr("Remove the stored tokens of the selected connection (Delete)"));
        m_linkButton->setToolTip(tr("Get a link the customer opens to (re)connect (Ctrl+L)"));
    } else {
        const QString why = tr("Unavailable: the audit log cannot be written (%1)").arg(m_audit.unavailableReason);
        m_disconnectButton->setToolTip(why);
        m_linkButton->setToolTip(why);
    }
    actions->addStretch();
    actions->addWidget(m_disconnectButton);
    actions->addWidget(m_linkButton);
    layout->addLayout(actions);

    setTabOrder(m_refresh, m_scope);
    setTabOrder(m_scope, m_filter);
    setTabOrder(m_filter, m_problemsOnly);
    setTabOrder(m_problemsOnly, m_table);
    setTabOrder(m_table, m_disconnectButton);
    setTabOrder(m_disconnectButton, m_linkButton);
    showTableMessage(tr("Find a user on the left (Ctrl+F) to see every provider and their connection."));
}

QByteArray ProvidersPanel::splitterState() const
{
    return m_split->saveState();
}

QByteArray ProvidersPanel::columnState() const
{
    return m_table->columnState();
}

void ProvidersPanel::restoreLayout(const QByteArray &splitter, const QByteArray &columns)
{
    if (!splitter.isEmpty())
        m_split->restoreState(splitter);
    m_table->restoreColumns(columns);
}

ConnectLinkDialog *ProvidersPanel::connectLinkDialog() const
{
    return m_links->dialog();
}

void ProvidersPanel::setWatchTiming(int intervalMs, int limitMs)
{
    m_links->setWatchTiming(intervalMs, limitMs);
}

void ProvidersPanel::showTableMessage(const QString &text)
{
    m_tableMessage->setText(text);
    m_tableStack->setCurrentWidget(m_tableMessage);
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
    ++m_userGeneration;
    m_user = user;
    m_memberships.clear();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("None (personal accounts)"), QString());
    }
    updateHeader();
    m_details->showNothing(tr("Select a provider to see every detail of its connection."));
    // Personal accounts have no organization: that column only shows with a scope.
    m_table->setColumnHidden(ProviderTableModel::OrganizationColumn, true);
    m_model->load(user.id, QString());
    loadMemberships();
    updateActions();
    Q_EMIT userOpened(user.id, user.email);
}

void ProvidersPanel::clearUser()
{
    if (!hasUser())
        return;
    ++m_userGeneration;
    m_user = User();
    m_memberships.clear();
    m_selectedSlug.clear();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("None (personal accounts)"), QString());
    }
    m_model->clear();
    updateHeader();
    showTableMessage(tr("Choose a user from the search results."));
    m_details->showNothing(tr("No user selected."));
    updateActions();
}

void ProvidersPanel::showUserId(const QString &userId, const QString &email)
{
    User placeholder;
    placeholder.id = userId;
    placeholder.email = email;
    showUser(placeholder);
    const quint64 generation = m_userGeneration;
    m_client->getUser(userId, this, [this, generation](const ApiResult<User> &result) {
        if (generation != m_userGeneration)
            return;
        if (result) {
            m_user = result.value();
            updateHeader();
        } else if (result.error().isNotFound()) {
            m_model->clear();
            showTableMessage(tr("This user no longer exists in this environment."));
        }
    });
}

void ProvidersPanel::loadMemberships()
{
    const quint64 generation = m_userGeneration;
    ListMembershipsRequest request;
    request.userId = m_user.id;
    request.limit = 100;
    m_client->listOrganizationMemberships(
        request, this, [this, generation](const ApiResult<Page<OrganizationMembership>> &result) {
            if (generation != m_userGeneration || !result)
                return;
            m_memberships = result.value().data;
            const QSignalBlocker blocker(m_scope);
            for (const OrganizationMembership &m : std::as_const(m_memberships)) {
                const QString name = m.organizationName.isEmpty() ? m.organizationId : m.organizationName;
                QString label = tr("%1 (%2)").arg(name, m.role.isEmpty() ? m.status : m.role);
                if (!m.status.isEmpty() && m.status != QLatin1String("active"))
                    label = tr("%1 (%2, %3)").arg(name, m.role, m.status);
                m_scope->addItem(label, m.organizationId);
                m_scope->setItemData(m_scope->count() - 1, m.organizationId, Qt::ToolTipRole);
            }
        });
}

QString ProvidersPanel::scopeOrganizationName() const
{
    const QString id = m_scope->currentData().toString();
    for (const OrganizationMembership &m : m_memberships) {
        if (m.organizationId == id)
            return m.organizationName;
    }
    return QString();
}

void ProvidersPanel::onScopeChanged()
{
    if (!hasUser())
        return;
    m_details->showNothing(tr("Select a provider to see every detail of its connection."));
    m_table->setColumnHidden(ProviderTableModel::OrganizationColumn, m_scope->currentData().toString().isEmpty());
    m_model->load(m_user.id, m_scope->currentData().toString());
}

void ProvidersPanel::refresh()
{
    if (!hasUser())
        return;
    if (m_model->rowCount() == 0)
        m_model->load(m_user.id, m_scope->currentData().toString());
    else
        m_model->refresh();
}

void ProvidersPanel::onLoadFailed(const ApiError &error)
{
    if (error.isNotFound() && m_model->rowCount() == 0) {
        showTableMessage(tr("WorkOS does not know this user or organization (HTTP 404).\n%1").arg(error.fullText()));
        return;
    }
    if (m_model->rowCount() == 0)
        showTableMessage(tr("The providers could not be loaded.\n%1").arg(error.fullText()));
    Q_EMIT statusMessage(error.fullText());
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
    m_scope->setEnabled(hasUser());
}

void ProvidersPanel::disconnectSelected()
{
    const int row = selectedSourceRow();
    if (row < 0 || m_disconnect->isBusy() || !m_disconnectButton->isEnabled())
        return;
    DisconnectController::Target target{m_user, m_model->provider(row), m_scope->currentData().toString(),
                                        scopeOrganizationName()};
    m_disconnectFor = m_user;
    m_disconnect->start(target);
}

void ProvidersPanel::onDisconnectFinished(const QString &slug, int outcome)
{
    // The disconnect may end after another user was opened: name the user it
    // was for, and touch the table only while it still shows that user.
    const bool sameUser = hasUser() && m_disconnectFor.id == m_user.id;
    switch (DisconnectController::Outcome(outcome)) {
    case DisconnectController::Outcome::Disconnected:
        Q_EMIT statusMessage(tr("Disconnected %1 for %2.").arg(slug, m_disconnectFor.email));
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
    if (row < 0 || !m_linkButton->isEnabled())
        return;
    const DataProvider &p = m_model->provider(row);
    ConnectLinkContext context;
    context.userId = m_user.id;
    context.userEmail = m_user.email;
    context.providerSlug = p.slug;
    context.providerName = p.name.isEmpty() ? p.slug : p.name;
    for (const OrganizationMembership &m : std::as_const(m_memberships))
        context.organizations.append({m.organizationId, m.organizationName});
    context.organizationId = m_model->organizationId();
    context.account = p.connectedAccount;
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
