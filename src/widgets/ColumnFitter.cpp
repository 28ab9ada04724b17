#include "widgets/ColumnFitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <vector>

ColumnFitter::ColumnFitter(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    view->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, &ColumnFitter::onSectionResized);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fitUnlessUserResized);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fitUnlessUserResized);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fitUnlessUserResized);
    }
}

void ColumnFitter::setMaximumWidth(int column, int pixels)
{
    m_caps.insert(column, pixels);
}

void ColumnFitter::fit()
{
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const int count = model->columnCount();
    std::vector<int> columns;
    std::vector<int> wanted;
    std::vector<int> least;
    int available = m_view->viewport()->width();
    if (m_view->verticalScrollBar() && !m_view->verticalScrollBar()->isVisible()
        && m_view->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff) {
        // Rows may arrive later and bring the scroll bar: keep room for it.
        available -= m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    }
    int widest = 0;
    for (int c = 0; c < count; ++c) {
        if (m_view->isColumnHidden(c))
            continue;
        const int headerWidth = header->sectionSizeHint(c);
        const int content = static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(c); // public there
        int want = qMax(headerWidth, content);
        if (m_caps.contains(c))
            want = qMax(headerWidth, qMin(want, m_caps.value(c)));
        columns.push_back(c);
        wanted.push_back(want);
        least.push_back(qMin(headerWidth, want));
        widest = qMax(widest, want);
    }
    // The widest level at which every column (at least its header) fits.
    const auto total = [&](int level) {
        int sum = 0;
        for (size_t i = 0; i < columns.size(); ++i)
            sum += qMax(least[i], qMin(wanted[i], level));
        return sum;
    };
    int low = 0;
    int high = widest;
    while (low < high) {
        const int mid = (low + high + 1) / 2;
        if (total(mid) <= available)
            low = mid;
        else
            high = mid - 1;
    }
    m_fitting = true;
    for (size_t i = 0; i < columns.size(); ++i)
        m_view->setColumnWidth(columns[i], qMax(least[i], qMin(wanted[i], low)));
    m_fitting = false;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitUnlessUserResized();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::onSectionResized()
{
    if (!m_fitting)
        m_userResized = true;
}

void ColumnFitter::fitUnlessUserResized()
{
    if (!m_userResized)
        fit();
}
