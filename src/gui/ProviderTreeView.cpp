#include "gui/ProviderTreeView.h"

#include "models/ProviderTreeModel.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QAction>
#include <QHash>
#include <QHeaderView>
#include <QMenu>
#include <QSignalBlocker>

ProviderTreeView::ProviderTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("providerTable"));
    setAccessibleName(tr("Providers and the user's connections"));
    setItemDelegate(new StatusBadgeDelegate(this));
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false); // Tab leaves the tree (rows are chosen with the arrows)
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setIconSize(QSize(18, 18));
    setUniformRowHeights(true); // one height for every row: long lists lay out without measuring each
    setRootIsDecorated(true);
    setItemsExpandable(true);
    setAllColumnsShowFocus(true);
    setExpandsOnDoubleClick(true);

    QHeaderView *h = header();
    h->setHighlightSections(false);
    h->setSectionsMovable(true);
    h->setStretchLastSection(false);
    const int em = fontMetrics().averageCharWidth();
    h->setMinimumSectionSize(6 * em);
    // A drag may widen the status column, never cut its badges.
    connect(h, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical == ProviderTreeModel::StatusColumn && size < statusColumnMinimum())
            keepStatusBadgesWhole();
    });

    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &ProviderTreeView::showContextMenu);
    // Delete and Ctrl+C only where they mean "this row": inside the table.
    auto *deleteAction = new QAction(tr("Disconnect"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &ProviderTreeView::disconnectRequested);
    addAction(deleteAction);
    auto *copyAction = new QAction(tr("Copy id"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &ProviderTreeView::copyIdRequested);
    addAction(copyAction);
}

void ProviderTreeView::fitColumnsOnce()
{
    if (m_columnsFitted || !model())
        return;
    m_columnsFitted = true;
    // Names, slugs and organizations are capped (they elide, full text in the
    // tooltip); badges, owners and dates always fit.
    const int cap = fontMetrics().horizontalAdvance(QStringLiteral("microsoft-outlook-calendar"));
    const struct
    {
        int column;
        int max;
    } fits[] = {{ProviderTreeModel::ProviderColumn, cap},       {ProviderTreeModel::SlugColumn, cap},
                {ProviderTreeModel::StatusColumn, 4 * cap},     {ProviderTreeModel::OwnershipColumn, 4 * cap},
                {ProviderTreeModel::ConnectedSinceColumn, cap}, {ProviderTreeModel::UpdatedColumn, cap},
                {ProviderTreeModel::OrganizationColumn, cap}};
    const int padding = fontMetrics().horizontalAdvance(QStringLiteral("xx"));
    for (const auto &fit : fits) {
        resizeColumnToContents(fit.column);
        // Capped, but never below its own header's words (a longer translation of "Provider / connection").
        const int headerWidth = header()->sectionSizeHint(fit.column);
        setColumnWidth(fit.column, qMax(qMin(columnWidth(fit.column) + padding, fit.max), headerWidth));
    }
    keepStatusBadgesWhole();
    keepScopeHeadersReadable();
}

int ProviderTreeView::statusColumnMinimum() const
{
    // What the delegate needs for a whole pill: its width and the cell's margins (4 px a side), for the
    // widest text the column shows now.
    int widest = header()->sectionSizeHint(ProviderTreeModel::StatusColumn);
    const QAbstractItemModel *m = model();
    if (!m)
        return widest;
    // A handful of different words in many rows: each measured once (shaping text is what costs).
    QHash<QString, int> widths;
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&widths, &metrics](const QString &text) {
        auto it = widths.constFind(text);
        if (it == widths.constEnd())
            it = widths.insert(text, StatusBadgeDelegate::pillWidth(metrics, text));
        return *it;
    };
    for (int row = 0; row < m->rowCount(); ++row) {
        const QModelIndex provider = m->index(row, ProviderTreeModel::StatusColumn);
        widest = qMax(widest, width(provider.data().toString()) + 10);
        const QModelIndex parent = provider.siblingAtColumn(0);
        for (int child = 0; child < m->rowCount(parent); ++child)
            widest = qMax(widest, width(m->index(child, ProviderTreeModel::StatusColumn, parent).data().toString()) + 10
                                      + indentation());
    }
    return widest;
}

// Never "Needs reaut…": not after fitting, restoring saved widths, new rows or a drag.
void ProviderTreeView::keepStatusBadgesWhole()
{
    const int minimum = statusColumnMinimum();
    if (columnWidth(ProviderTreeModel::StatusColumn) < minimum)
        setColumnWidth(ProviderTreeModel::StatusColumn, minimum);
}

void ProviderTreeView::setFreshness(Freshness freshness)
{
    if (freshness == m_freshness)
        return;
    m_freshness = freshness;
    viewport()->update();
}

void ProviderTreeView::initViewItemOption(QStyleOptionViewItem *option) const
{
    QTreeView::initViewItemOption(option);
    if (m_freshness == Freshness::Stale) {
        // Greyed like disabled text (badges included), though the rows can still be selected.
        option->state &= ~QStyle::State_Enabled;
        option->palette.setCurrentColorGroup(QPalette::Disabled);
    }
}

// The scope lists take what the other columns leave. With long texts (other
// languages, long provider names) that can be nothing at all: then the
// eliding columns give some of their width back, down to their own header,
// and if that is still not enough the table scrolls sideways rather than cut
// the scope headers off.
void ProviderTreeView::keepScopeHeadersReadable()
{
    QHeaderView *h = header();
    // The stretching columns: the details and the two scope lists.
    const int scopes[] = {ProviderTreeModel::DetailsColumn, ProviderTreeModel::GrantedScopesColumn,
                          ProviderTreeModel::MissingScopesColumn};
    int needed = 0;
    for (const int c : scopes)
        needed += h->sectionSizeHint(c);
    int others = 0;
    for (int c = 0; c < ProviderTreeModel::ColumnCount; ++c) {
        if (c != scopes[0] && c != scopes[1] && c != scopes[2] && !isColumnHidden(c))
            others += columnWidth(c);
    }
    int available = viewport()->width() - others;
    // The slug (also in the details) gives first, the provider's name last.
    const int elided[] = {ProviderTreeModel::SlugColumn, ProviderTreeModel::OrganizationColumn,
                          ProviderTreeModel::ProviderColumn};
    int given[ProviderTreeModel::ColumnCount] = {};
    for (const int c : elided) {
        if (available >= needed)
            return;
        if (isColumnHidden(c))
            continue;
        const int give = qMin(columnWidth(c) - h->sectionSizeHint(c), needed - available);
        if (give > 0) {
            setColumnWidth(c, columnWidth(c) - give);
            given[c] = give;
            available += give;
        }
    }
    if (available >= needed)
        return;
    // It scrolls sideways anyway (a narrow window): then names stay readable
    // rather than "HubS…", and the scope lists keep their headers' width.
    for (const int c : elided)
        setColumnWidth(c, columnWidth(c) + given[c]);
    for (const int c : scopes) {
        h->setSectionResizeMode(c, QHeaderView::Interactive);
        setColumnWidth(c, h->sectionSizeHint(c));
    }
}

void ProviderTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (!model || model->columnCount() != ProviderTreeModel::ColumnCount)
        return;
    QHeaderView *h = header();
    h->setSectionResizeMode(QHeaderView::Interactive);
    // The scope lists share what is left and elide (the full lists are in the
    // tooltip and the details), so the table fits without scrolling sideways.
    h->setSectionResizeMode(ProviderTreeModel::DetailsColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(ProviderTreeModel::GrantedScopesColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(ProviderTreeModel::MissingScopesColumn, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    const int widths[ProviderTreeModel::ColumnCount] = {22, 16, 22, 0, 12, 0, 0, 12, 12, 14};
    for (int c = 0; c < ProviderTreeModel::ColumnCount; ++c) {
        if (widths[c] > 0)
            setColumnWidth(c, widths[c] * em);
    }
    // The slug is in the tooltip, the details and the filter; the width goes to the details.
    setColumnHidden(ProviderTreeModel::SlugColumn, true);
    connect(model, &QAbstractItemModel::dataChanged, this, &ProviderTreeView::keepStatusBadgesWhole);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ProviderTreeView::keepStatusBadgesWhole);
    // Every connection shows: a provider's children are what support staff came for.
    connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::modelReset, this, &ProviderTreeView::settleAfterReset); // after expandAll
    connect(model, &QAbstractItemModel::rowsInserted, this, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::layoutChanged, this, &QTreeView::expandAll);
}

// New rows: the status column widens for their badges, Qt shows or hides a
// scroll bar for the new row count in a queued call after the first paint,
// the header lays its stretching sections out for the new width on a timer,
// and the tree repaints resized columns on another: up to three paints of the
// rows for one reset. Done now (setting the policy the view has lays the
// scroll bars out at once; resizeSections is the slot the header's timer
// calls), before the one paint a reset asks for, the column repaints are not
// needed (the whole viewport is painted anyway), so the header's signals are
// held meanwhile.
void ProviderTreeView::settleAfterReset()
{
    const QSignalBlocker quiet(header());
    keepStatusBadgesWhole();
    if (!isVisible())
        return;
    updateGeometries();
    setVerticalScrollBarPolicy(verticalScrollBarPolicy());
    QMetaObject::invokeMethod(header(), "resizeSections", Qt::DirectConnection);
}

QByteArray ProviderTreeView::columnState() const
{
    return header()->saveState();
}

bool ProviderTreeView::restoreColumns(const QByteArray &state)
{
    if (state.isEmpty() || !header()->restoreState(state))
        return false;
    m_columnsFitted = true;
    keepStatusBadgesWhole(); // widths saved by an older build or another language may cut the badges
    return true;
}

QMenu *ProviderTreeView::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("providerContextMenu"));
    QAction *link = menu->addAction(tr("Send connect link…"), this, &ProviderTreeView::connectLinkRequested);
    link->setObjectName(QStringLiteral("contextConnectLinkAction"));
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *add = menu->addAction(tr("Add another connection…"), this, &ProviderTreeView::addConnectionRequested);
    add->setObjectName(QStringLiteral("contextAddConnectionAction"));
    add->setEnabled(m_addEnabled);
    QAction *copy = menu->addAction(tr("Copy id"), this, &ProviderTreeView::copyIdRequested);
    copy->setObjectName(QStringLiteral("contextCopyIdAction"));
    copy->setShortcut(QKeySequence::Copy);
    menu->addSeparator();
    QAction *disconnect = menu->addAction(tr("Disconnect…"), this, &ProviderTreeView::disconnectRequested);
    disconnect->setObjectName(QStringLiteral("contextDisconnectAction"));
    disconnect->setShortcut(QKeySequence::Delete);
    disconnect->setEnabled(m_disconnectEnabled);
    return menu;
}

void ProviderTreeView::showContextMenu(const QPoint &pos)
{
    if (!indexAt(pos).isValid())
        return;
    // popup(), not exec(): no nested event loop, and the menu deletes itself when closed.
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(viewport()->mapToGlobal(pos));
}
