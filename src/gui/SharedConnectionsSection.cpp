#include "gui/SharedConnectionsSection.h"

#include "models/SharedConnectionsModel.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// Asks for no more than its minimum: the panel's preferred height (which its
// scroll area honours) stays that of the table and details, and the section
// grows into what room is left, up to its rows.
class CompactTreeView final : public QTreeView
{
public:
    using QTreeView::QTreeView;
    QSize sizeHint() const override { return {QTreeView::sizeHint().width(), minimumHeight()}; }
};
} // namespace

SharedConnectionsSection::SharedConnectionsSection(SharedConnectionsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_view(new CompactTreeView(this))
    , m_open(new QPushButton(tr("&Show in the table"), this))
{
    setObjectName(QStringLiteral("sharedConnections"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("sharedConnectionsTitle"));
    m_title->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("showSharedButton"));
    m_open->setToolTip(tr("Show the organization's shared connections in the table above, to disconnect or "
                          "reconnect the selected one"));
    header->addWidget(m_title, 1);
    header->addWidget(m_open);
    layout->addLayout(header);

    m_view->setObjectName(QStringLiteral("sharedConnectionsView"));
    m_view->setAccessibleName(tr("Connections shared by the user's organizations"));
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(SharedConnectionsModel::StatusColumn, new StatusBadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(SharedConnectionsModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SharedConnectionsModel::StatusColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &SharedConnectionsSection::onRowsChanged);
    connect(m_view, &QTreeView::activated, this, &SharedConnectionsSection::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &SharedConnectionsSection::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_open->setEnabled(current.isValid()); });
    m_open->setEnabled(false);
    onRowsChanged();
}

void SharedConnectionsSection::setMemberName(const QString &name)
{
    m_memberName = name;
    onRowsChanged();
}

void SharedConnectionsSection::onRowsChanged()
{
    const int organizations = m_model->rowCount();
    setVisible(organizations > 0);
    m_view->expandAll();
    // As tall as its rows (a few shared connections), up to MaxRows, then it scrolls.
    int rows = organizations;
    for (int org = 0; org < organizations; ++org)
        rows += m_model->rowCount(m_model->index(org, 0));
    const int rowHeight = qMax(m_view->sizeHintForRow(0), fontMetrics().height() + 8);
    const int frame = 2 * m_view->frameWidth();
    // One row when the window is short: the actions under the tree stay on screen, the rest scrolls.
    const int header = frame + m_view->header()->sizeHint().height();
    m_view->setMaximumHeight(header + qBound(1, rows, MaxRows) * rowHeight);
    m_view->setMinimumHeight(header + rowHeight);
    m_open->setEnabled(m_view->currentIndex().isValid());
    //: %1 is the member's email; %2 is "2 organizations"
    m_title->setText(tr("<b>Shared with %1</b> by %2: every member uses these connections")
                         .arg(m_memberName.toHtmlEscaped(), tr("%n organization(s)", nullptr, organizations)));
}

void SharedConnectionsSection::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT openRequested(current.data(SharedConnectionsModel::OrganizationIdRole).toString(),
                         current.data(SharedConnectionsModel::ConnectionIdRole).toString());
}
