#include "core/SourceOrderFilterProxy.h"

#include "core/SearchText.h"

SourceOrderFilterProxy::SourceOrderFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void SourceOrderFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The proxy's own sort column stays -1 (source order); the model sorts.
    if (QAbstractItemModel *model = sourceModel())
        model->sort(column, order);
}

void SourceOrderFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_matcher = QStringMatcher(m_text, Qt::CaseInsensitive);
    m_foldedMatcher = QStringMatcher(SearchText::folded(m_text), Qt::CaseSensitive);
    m_joinable = !m_text.contains(QChar(SearchText::separator));
    invalidateFilter();
}

bool SourceOrderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    return m_text.isEmpty() || rowMatches(sourceRow, sourceParent);
}
