// PaginationGuard: when a "fetch every page" loop (the CLI's --all, the batch
// window's organization members) stops.

#include "core/PaginationGuard.h"

#include <QTest>

using Step = PaginationGuard::Step;

class TestPaginationGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsCursorsToTheLastPage();
    void stopsOnARepeatedCursor();
    void stopsOnACursorSeenPagesAgo();
    void stopsAtThePageCap();
};

void TestPaginationGuard::followsCursorsToTheLastPage()
{
    PaginationGuard guard;
    QCOMPARE(guard.afterPage(QStringLiteral("c1")), Step::NextPage);
    QCOMPARE(guard.afterPage(QStringLiteral("c2")), Step::NextPage);
    QCOMPARE(guard.afterPage(QString()), Step::LastPage); // list_metadata.after null: done
    QCOMPARE(guard.pages(), 3);
}

void TestPaginationGuard::stopsOnARepeatedCursor()
{
    PaginationGuard guard;
    QCOMPARE(guard.afterPage(QStringLiteral("c1")), Step::NextPage);
    QCOMPARE(guard.afterPage(QStringLiteral("c1")), Step::RepeatedCursor); // a server stuck on one page
    QCOMPARE(guard.pages(), 2);
}

void TestPaginationGuard::stopsOnACursorSeenPagesAgo()
{
    PaginationGuard guard;
    for (const char *cursor : {"a", "b", "c"})
        QCOMPARE(guard.afterPage(QString::fromLatin1(cursor)), Step::NextPage);
    QCOMPARE(guard.afterPage(QStringLiteral("a")), Step::RepeatedCursor); // a cycle of three pages
}

void TestPaginationGuard::stopsAtThePageCap()
{
    PaginationGuard guard(3);
    QCOMPARE(guard.maxPages(), 3);
    QCOMPARE(guard.afterPage(QStringLiteral("c1")), Step::NextPage);
    QCOMPARE(guard.afterPage(QStringLiteral("c2")), Step::NextPage);
    QCOMPARE(guard.afterPage(QStringLiteral("c3")), Step::PageCap); // a third page arrived: no fourth
    // The last page is the last page, cap or not.
    PaginationGuard last(1);
    QCOMPARE(last.afterPage(QString()), Step::LastPage);
    QVERIFY(PaginationGuard().maxPages() >= 1000); // the default is a runaway guard, not a limit people meet
}

QTEST_GUILESS_MAIN(TestPaginationGuard)
#include "tst_paginationguard.moc"
