#include "gui/SearchPanel.h"

#include "core/IdValidation.h"
#include "models/RecentUsersModel.h"
#include "models/UserListModel.h"
#include "models/UserListProxy.h"
#include "core/WorkOsClient.h"
#include "widgets/ClipboardHelper.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <algorithm>

using IdValidation::SearchKind;

namespace {
constexpr int OrganizationPageSize = 10;

// The entries of the results' sort control, in its order.
enum SortChoice { FoundOrder, EmailAscending, EmailDescending };

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

SearchPanel::SearchPanel(WorkOsClient *client, RecentUsersModel *recent, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_recentModel(recent)
    , m_results(new UserListModel(this))
    , m_shownResults(new UserListProxy(this))
    , m_search(new QLineEdit(this))
    , m_find(new QPushButton(tr("Find"), this))
    , m_hint(new QLabel(this))
    , m_message(new QLabel(this))
    , m_resultTools(new QWidget(this))
    , m_resultFilter(new QLineEdit(m_resultTools))
    , m_resultSort(new QComboBox(m_resultTools))
    , m_resultView(new QListView(this))
    , m_loadMore(new QPushButton(tr("Load more"), this))
    , m_recentView(new QListView(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *searchLabel = heading(tr("Fi&nd a user"), this);
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel);
    auto *row = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("email or id")); // the hint underneath names user_… and org_…
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search by email, user id or organization id"));
    m_find->setObjectName(QStringLiteral("findButton"));
    m_find->setAccessibleName(tr("Find"));
    row->addWidget(m_search, 1);
    row->addWidget(m_find);
    layout->addLayout(row);

    m_hint->setObjectName(QStringLiteral("searchHint"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // secondary text colour
    layout->addWidget(m_hint);

    layout->addSpacing(4);
    layout->addWidget(heading(tr("Users"), this));
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto *tools = new QHBoxLayout(m_resultTools);
    tools->setContentsMargins(0, 0, 0, 0);
    m_resultFilter->setObjectName(QStringLiteral("userFilterEdit"));
    m_resultFilter->setPlaceholderText(tr("Filter these users"));
    m_resultFilter->setClearButtonEnabled(true);
    m_resultFilter->setAccessibleName(tr("Filter the users found by email, name or id"));
    m_resultSort->setObjectName(QStringLiteral("userSortCombo"));
    m_resultSort->setAccessibleName(tr("Order of the users found"));
    m_resultSort->addItem(tr("As found"));   // FoundOrder
    m_resultSort->addItem(tr("Email A–Z"));  // EmailAscending
    m_resultSort->addItem(tr("Email Z–A"));  // EmailDescending
    tools->addWidget(m_resultFilter, 1);
    tools->addWidget(m_resultSort);
    m_resultTools->hide(); // until there are two users to filter or sort
    layout->addWidget(m_resultTools);
    m_shownResults->setSourceModel(m_results);
    m_resultView->setObjectName(QStringLiteral("userList"));
    m_resultView->setModel(m_shownResults);
    m_resultView->setAccessibleName(tr("Search results"));
    m_resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultView->setSelectionMode(QAbstractItemView::ExtendedSelection); // several users for Batch…
    m_resultView->setUniformItemSizes(true);
    m_resultView->setSpacing(1);
    m_resultView->setTextElideMode(Qt::ElideMiddle);
    m_resultView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resultView->setResizeMode(QListView::Adjust);
    layout->addWidget(m_resultView, 3);
    m_loadMore->setObjectName(QStringLiteral("loadMoreButton"));
    m_loadMore->setAccessibleName(tr("Load more users"));
    m_loadMore->hide();
    layout->addWidget(m_loadMore);

    layout->addSpacing(4);
    layout->addWidget(heading(tr("Recent"), this));
    m_recentView->setObjectName(QStringLiteral("recentList"));
    m_recentView->setModel(m_recentModel);
    m_recentView->setAccessibleName(tr("Recently opened users"));
    m_recentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_recentView, 2);

    connect(m_search, &QLineEdit::textChanged, this, &SearchPanel::updateHint);
    connect(m_search, &QLineEdit::returnPressed, this, &SearchPanel::search);
    connect(m_find, &QPushButton::clicked, this, &SearchPanel::search);
    connect(m_loadMore, &QPushButton::clicked, this, &SearchPanel::loadMore);
    connect(m_resultFilter, &QLineEdit::textChanged, this, &SearchPanel::applyFilter);
    connect(m_resultSort, &QComboBox::currentIndexChanged, this, &SearchPanel::applySort);
    connect(m_results, &QAbstractItemModel::modelReset, this, [this] {
        m_resultFilter->clear(); // a new search starts unfiltered (the order stays)
        updateResultTools();
    });
    connect(m_results, &QAbstractItemModel::rowsInserted, this, &SearchPanel::updateResultTools);
    connect(m_resultView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onResultActivated(current); });
    connect(m_recentView, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT recentChosen(index.data(RecentUsersModel::IdRole).toString(),
                            index.data(RecentUsersModel::EmailRole).toString());
    });
    connect(m_recentView, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT recentChosen(index.data(RecentUsersModel::IdRole).toString(),
                            index.data(RecentUsersModel::EmailRole).toString());
    });

    // Ctrl+C in either list copies the selected users' ids, one a line.
    for (QListView *view : {m_resultView, m_recentView}) {
        auto *copy = new QAction(tr("Copy user id"), view);
        copy->setShortcut(QKeySequence::Copy);
        copy->setShortcutContext(Qt::WidgetShortcut);
        view->addAction(copy);
        connect(copy, &QAction::triggered, this, [this, view] { copySelectedIds(view); });
    }

    setTabOrder(m_search, m_find);
    setTabOrder(m_find, m_resultFilter);
    setTabOrder(m_resultFilter, m_resultSort);
    setTabOrder(m_resultSort, m_resultView);
    setTabOrder(m_resultView, m_loadMore);
    setTabOrder(m_loadMore, m_recentView);
    updateHint();
    setMessage(tr("Search for a customer to see their connections."));
}

void SearchPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString SearchPanel::message() const
{
    return m_message->text();
}

QList<User> SearchPanel::selectedUsers() const
{
    QModelIndexList rows = m_resultView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<User> users;
    for (const QModelIndex &index : std::as_const(rows))
        users.append(m_results->user(m_shownResults->mapToSource(index).row()));
    return users;
}

void SearchPanel::updateHint()
{
    const QString text = m_search->text().trimmed();
    const SearchKind kind = IdValidation::classifySearch(text);
    switch (kind) {
    case SearchKind::Empty:
        m_hint->setText(tr("Type an email, a user id (user_…) or an organization id (org_…)."));
        break;
    case SearchKind::Email:
        m_hint->setText(tr("Enter lists the users with this email."));
        break;
    case SearchKind::UserId:
        m_hint->setText(tr("Enter opens this user."));
        break;
    case SearchKind::OrganizationId:
        m_hint->setText(tr("Enter lists this organization's members."));
        break;
    case SearchKind::Invalid:
        if (text.startsWith(QLatin1String("user_")) || text.startsWith(QLatin1String("org_")))
            m_hint->setText(tr("This id is malformed: after the prefix only letters and digits are allowed."));
        else
            m_hint->setText(tr("Not an email, a user id (user_…) or an organization id (org_…)."));
        break;
    }
    m_find->setEnabled(kind != SearchKind::Empty);
}

void SearchPanel::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SearchPanel::search()
{
    startSearch(m_search->text().trimmed());
}

void SearchPanel::startSearch(const QString &text)
{
    // Cancelling is silent: the previous search's answer never arrives.
    if (m_call)
        m_call->cancel();
    m_results->clear();
    m_loadMore->hide();
    Q_EMIT searchStarted();
    m_organizationId.clear();
    m_organizationName.clear();
    m_after.clear();

    switch (IdValidation::classifySearch(text)) {
    case SearchKind::Empty:
        setMessage(tr("Type an email, a user id or an organization id first."));
        return;
    case SearchKind::Invalid:
        setMessage(tr("\"%1\" is not an email address, a user id (user_…) or an organization id (org_…).")
                       .arg(text.left(80)));
        return;
    case SearchKind::Email: {
        setMessage(tr("Searching for %1…").arg(text));
        ListUsersRequest request;
        request.email = text;
        m_call = m_client->listUsers(request, this, [this, text](const ApiResult<Page<User>> &r) {
            if (!r)
                return showError(r.error());
            if (r.value().data.isEmpty())
                return setMessage(tr("No user has the email %1.").arg(text));
            showPage(r.value(), false);
        });
        return;
    }
    case SearchKind::UserId:
        setMessage(tr("Opening %1…").arg(text));
        m_call = m_client->getUser(text, this, [this, text](const ApiResult<User> &r) {
            if (!r) {
                if (r.error().isNotFound())
                    return setMessage(tr("There is no user with the id %1 in this environment.").arg(text));
                return showError(r.error());
            }
            Page<User> page;
            page.data.append(r.value());
            showPage(page, false);
        });
        return;
    case SearchKind::OrganizationId:
        m_organizationId = text;
        setMessage(tr("Looking up %1…").arg(text));
        // The organization first (its name for the sentences, a clear 404), then its members.
        m_call = m_client->getOrganization(text, this, [this, text](const ApiResult<Organization> &r) {
            if (!r) {
                if (r.error().isNotFound())
                    return setMessage(tr("There is no organization with the id %1 in this environment.").arg(text));
                return showError(r.error());
            }
            m_organizationName = r.value().name;
            Q_EMIT organizationChosen(r.value());
            setMessage(tr("Listing the members of %1…").arg(m_organizationName));
            loadMore();
        });
        return;
    }
}

void SearchPanel::loadMore()
{
    if (m_organizationId.isEmpty())
        return;
    if (m_call)
        m_call->cancel(); // no-op from inside the organization's answer
    const bool append = !m_after.isEmpty();
    ListUsersRequest request;
    request.organizationId = m_organizationId;
    request.limit = OrganizationPageSize;
    request.after = m_after;
    m_loadMore->setEnabled(false);
    m_call = m_client->listUsers(request, this, [this, append](const ApiResult<Page<User>> &r) {
        m_loadMore->setEnabled(true);
        if (!r) {
            if (r.error().isNotFound())
                return setMessage(tr("There is no organization with the id %1.").arg(m_organizationId));
            return showError(r.error());
        }
        if (!append && r.value().data.isEmpty()) {
            const QString who = m_organizationName.isEmpty() ? m_organizationId : m_organizationName;
            return setMessage(tr("%1 has no members.").arg(who));
        }
        showPage(r.value(), append);
    });
}

void SearchPanel::showPage(const Page<User> &page, bool append)
{
    if (append)
        m_results->appendUsers(page.data);
    else
        m_results->setUsers(page.data);
    m_after = page.after;
    m_loadMore->setVisible(!m_organizationId.isEmpty() && page.hasMore());
    if (!m_organizationId.isEmpty()) {
        const QString who = m_organizationName.isEmpty() ? m_organizationId : m_organizationName;
        setMessage(page.hasMore() ? tr("Members of %1 (first %2)").arg(who).arg(m_results->rowCount())
                                  : tr("Members of %1 (%2)").arg(who).arg(m_results->rowCount()));
    } else {
        setMessage(m_results->rowCount() == 1 ? QString() : tr("%1 users found.").arg(m_results->rowCount()));
    }
    if (!append && m_results->rowCount() == 1)
        m_resultView->setCurrentIndex(m_shownResults->index(0, 0)); // the only match: open it
}

void SearchPanel::showError(const ApiError &error)
{
    setMessage(error.fullText());
}

void SearchPanel::onResultActivated(const QModelIndex &index)
{
    if (!index.isValid() || m_filtering)
        return;
    Q_EMIT userChosen(m_results->user(m_shownResults->mapToSource(index).row()));
}

void SearchPanel::updateResultTools()
{
    m_resultTools->setVisible(m_results->rowCount() > 1);
}

void SearchPanel::applyFilter(const QString &text)
{
    const QScopedValueRollback<bool> filtering(m_filtering, true);
    const QModelIndex current = m_shownResults->mapToSource(m_resultView->currentIndex());
    m_shownResults->setText(text.trimmed());
    // The opened user stays current while shown; when filtered out, no row is
    // (the view would otherwise move to a neighbour, and that is not a choice).
    m_resultView->selectionModel()->setCurrentIndex(m_shownResults->mapFromSource(current),
                                                    QItemSelectionModel::NoUpdate);
}

void SearchPanel::applySort(int choice)
{
    // UserListModel sorts itself on typed keys (100,000 rows in milliseconds);
    // the proxy forwards the request and keeps the model's order.
    const QScopedValueRollback<bool> sorting(m_filtering, true);
    switch (choice) {
    case EmailAscending:
        m_shownResults->sort(0, Qt::AscendingOrder);
        break;
    case EmailDescending:
        m_shownResults->sort(0, Qt::DescendingOrder);
        break;
    default:
        m_shownResults->sort(-1);
        break;
    }
}

void SearchPanel::copySelectedIds(QListView *view)
{
    QStringList ids;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QString id = view == m_recentView ? index.data(RecentUsersModel::IdRole).toString()
                                                : index.data(UserListModel::IdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    if (!ids.isEmpty())
        ClipboardHelper::copy(ids.join(QLatin1Char('\n')), view);
}
