#pragma once

#include <QSet>
#include <QString>

// The stop rule of every "fetch every page" loop (the CLI's --all, the batch
// window's organization members): ask after each page whether to fetch the
// next one. It stops on the last page (an empty `after` cursor), on a cursor
// the server already handed out (a broken server would otherwise be followed
// forever) and at a page cap (a runaway guard far above any real listing).
class PaginationGuard final
{
public:
    enum class Step {
        NextPage,       // fetch the page after this cursor
        LastPage,       // the cursor is empty: every page is here
        RepeatedCursor, // the server repeated a cursor: stop, the listing is broken
        PageCap,        // maxPages pages arrived: stop, there may be more
    };
    static constexpr int DefaultMaxPages = 10000;

    explicit PaginationGuard(int maxPages = DefaultMaxPages);

    // Called once per page that arrived, with its list_metadata.after.
    Step afterPage(const QString &after);
    int pages() const { return m_pages; }
    int maxPages() const { return m_maxPages; }

private:
    QSet<QString> m_seen;
    int m_pages = 0;
    int m_maxPages;
};
