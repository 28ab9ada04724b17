#include "core/PaginationGuard.h"

PaginationGuard::PaginationGuard(int maxPages)
    : m_maxPages(maxPages)
{
}

PaginationGuard::Step PaginationGuard::afterPage(const QString &after)
{
    ++m_pages;
    if (after.isEmpty())
        return Step::LastPage;
    if (m_seen.contains(after))
        return Step::RepeatedCursor;
    if (m_pages >= m_maxPages)
        return Step::PageCap;
    m_seen.insert(after);
    return Step::NextPage;
}
