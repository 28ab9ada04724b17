#include "gui/Workspace.h"

#include "gui/ProviderTreeView.h"
#include "gui/ProvidersPanel.h"
#include "models/RecentUsersModel.h"
#include "gui/SearchPanel.h"

#include <QScrollArea>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
const QString MainSplitterKey = QStringLiteral("layout/mainSplitter");
const QString ProvidersSplitterKey = QStringLiteral("layout/providersSplitter");
const QString ColumnsKey = QStringLiteral("layout/providerColumns");
} // namespace

Workspace::Workspace(WorkOsClient *client, Prompter *prompter, QSettings *settings, const WorkspaceOptions &options,
                     QWidget *parent)
    : QWidget(parent)
    , m_recent(new RecentUsersModel(settings, options.recentScope, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_search(new SearchPanel(client, m_recent, m_splitter))
    , m_providers(new ProvidersPanel(client, prompter, options.safety, options.audit, m_splitter))
{
    setObjectName(QStringLiteral("workspace"));
    m_providers->setLinkMessages(options.linkMessages);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_search);
    // The providers panel scrolls rather than widening the window past a small
    // screen (1280 x 800 at 200 % is 640 x 400): its buttons stay reachable.
    auto *providersArea = new QScrollArea(m_splitter);
    providersArea->setObjectName(QStringLiteral("providersScrollArea"));
    providersArea->setFrameShape(QFrame::NoFrame);
    providersArea->setWidgetResizable(true);
    providersArea->setWidget(m_providers);
    m_splitter->addWidget(providersArea);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({250, 1030});
    m_search->setMinimumWidth(220);
    layout->addWidget(m_splitter);

    connect(m_search, &SearchPanel::searchStarted, m_providers, &ProvidersPanel::clearUser);
    connect(m_search, &SearchPanel::userChosen, m_providers, &ProvidersPanel::showUser);
    connect(m_search, &SearchPanel::recentChosen, m_providers, &ProvidersPanel::showUserId);
    connect(m_search, &SearchPanel::organizationChosen, m_providers, &ProvidersPanel::showOrganization);
    connect(m_providers, &ProvidersPanel::userOpened, m_recent, &RecentUsersModel::remember);
    connect(m_providers, &ProvidersPanel::statusMessage, this, &Workspace::statusMessage);

    // From the search box (or anywhere in the workspace) straight to the providers table, instead of
    // about ten Tabs; Ctrl+F goes back.
    auto *toTable = new QShortcut(QKeySequence(Qt::Key_F6), this);
    toTable->setObjectName(QStringLiteral("focusProvidersShortcut"));
    toTable->setContext(Qt::WidgetWithChildrenShortcut);
    connect(toTable, &QShortcut::activated, this, [this] {
        ProviderTreeView *table = m_providers->table();
        if (!table->isVisible())
            return;
        table->setFocus(Qt::ShortcutFocusReason);
        if (!table->currentIndex().isValid() && table->model()->rowCount() > 0)
            table->setCurrentIndex(table->model()->index(0, 0));
    });
    if (auto *edit = m_search->findChild<QLineEdit *>(QStringLiteral("searchEdit")))
        edit->setToolTip(tr("An email, a user id (user_…) or an organization id (org_…); Enter finds. "
                            "F6 goes to the providers table, Ctrl+F comes back here."));
}

void Workspace::saveLayout(QSettings *settings) const
{
    if (!settings)
        return;
    settings->setValue(MainSplitterKey, m_splitter->saveState());
    settings->setValue(ProvidersSplitterKey, m_providers->splitterState());
    settings->setValue(ColumnsKey, m_providers->columnState());
}

void Workspace::restoreLayout(QSettings *settings)
{
    if (!settings)
        return;
    m_splitter->restoreState(settings->value(MainSplitterKey).toByteArray());
    m_providers->restoreLayout(settings->value(ProvidersSplitterKey).toByteArray(),
                               settings->value(ColumnsKey).toByteArray());
}

QList<User> Workspace::selectedUsers() const
{
    QList<User> users = m_search->selectedUsers();
    if (users.isEmpty() && m_providers->hasUser())
        users.append(m_providers->user());
    return users;
}
