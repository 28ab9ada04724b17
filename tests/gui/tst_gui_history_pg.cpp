// The History window and the status bar over a shared PostgreSQL store (a
// throw-away cluster): another workstation's write appears without Refresh,
// the operator and workstation filters, and the status bar saying when the
// store does not answer.

#include "audit/AuditLog.h"
#include "audit/AuditTableModel.h"
#include "gui/AuditAvailability.h"
#include "gui/history/HistoryWindow.h"
#include "PgCluster.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QTest>

namespace {
AuditEntry entry(const QString &user)
{
    AuditEntry e;
    e.userId = user;
    e.providerSlug = QStringLiteral("slack");
    e.reason = QStringLiteral("SUP-88");
    return e;
}
} // namespace

class TestGuiHistoryPg final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void historyRefreshesWhenAnotherWorkstationWrites();
    void statusBarShowsTheStoreState();
    void aCompletionInTheJournalReadsOutcomeUnknownUntilWritten();

private:
    std::unique_ptr<PgCluster> m_pg;
};

void TestGuiHistoryPg::initTestCase()
{
    m_pg = std::make_unique<PgCluster>();
    QString error;
    QVERIFY2(m_pg->start(&error), qPrintable(error));
    qputenv("PGPASSFILE", QFile::encodeName(m_pg->pgpassPath()));
}

void TestGuiHistoryPg::historyRefreshesWhenAnotherWorkstationWrites()
{
    AuditLog mine(m_pg->url());
    QVERIFY(mine.open());
    QVERIFY(mine.begin(entry(QStringLiteral("user_mine"))));
    HistoryWindow::Context context;
    context.auditLog = &mine;
    context.pollIntervalMs = 50;
    HistoryWindow window(context);
    window.show();
    QCOMPARE(window.model()->rowCount(), 1);

    // Another workstation (another connection, another operator) writes: no signal reaches this process.
    AuditLog theirs(m_pg->url());
    theirs.setOperatorName(QStringLiteral("Sam"));
    QVERIFY(theirs.open());
    const std::optional<qint64> id = theirs.begin(entry(QStringLiteral("user_theirs")));
    QVERIFY(id);
    QTRY_COMPARE(window.model()->rowCount(), 2);
    // Their completion shows too.
    QVERIFY(theirs.complete(*id, {AuditOutcome::Succeeded, 204, QStringLiteral("req_t"), QString()}));
    QTRY_VERIFY(window.model()->recordAt(0) && window.model()->recordAt(0)->completion.outcome == AuditOutcome::Succeeded);

    auto *operatorEdit = window.findChild<QLineEdit *>(QStringLiteral("operatorEdit"));
    auto *workstationEdit = window.findChild<QLineEdit *>(QStringLiteral("workstationEdit"));
    QVERIFY(operatorEdit && workstationEdit && operatorEdit->isVisible());
    QTest::keyClicks(operatorEdit, QStringLiteral("Sam"));
    window.applyFilter();
    QCOMPARE(window.model()->rowCount(), 1);
    QCOMPARE(window.model()->recordAt(0)->entry.userId, QStringLiteral("user_theirs"));
    operatorEdit->clear();
    QTest::keyClicks(workstationEdit, QStringLiteral("desk-nowhere"));
    window.applyFilter();
    QCOMPARE(window.model()->rowCount(), 0);
    workstationEdit->clear();
    QTest::keyClicks(workstationEdit, AuditLog::currentHost());
    window.applyFilter();
    QCOMPARE(window.model()->rowCount(), 2);
}

void TestGuiHistoryPg::statusBarShowsTheStoreState()
{
    AuditLog log(m_pg->url());
    QVERIFY(log.open());
    QMainWindow window;
    AuditAvailability availability(&log, QString(), nullptr, window.statusBar(), &window);
    window.show();
    auto *state = window.findChild<QLabel *>(QStringLiteral("auditStateLabel"));
    QVERIFY(state);
    QTRY_VERIFY(state->isVisible());
    QVERIFY2(state->text().contains(QStringLiteral("shared")), qPrintable(state->text()));
    QVERIFY(!state->text().contains(m_pg->password()));

    m_pg->stop();
    QString error;
    QVERIFY(!log.begin(entry(QStringLiteral("user_x")), &error)); // a disconnect would be refused
    QVERIFY2(state->text().contains(QStringLiteral("unreachable")), qPrintable(state->text()));
    QVERIFY(state->toolTip().contains(QStringLiteral("refused")));

    QVERIFY2(m_pg->restart(&error), qPrintable(error));
    QVERIFY(log.begin(entry(QStringLiteral("user_x")), &error));
    QVERIFY2(state->text().contains(QStringLiteral("shared")), qPrintable(state->text()));
}

void TestGuiHistoryPg::aCompletionInTheJournalReadsOutcomeUnknownUntilWritten()
{
    AuditLog log(m_pg->url());
    QVERIFY(log.open());
    const std::optional<qint64> id = log.begin(entry(QStringLiteral("user_journaled")));
    QVERIFY(id);
    HistoryWindow::Context context;
    context.auditLog = &log;
    context.pollIntervalMs = 50;
    HistoryWindow window(context);
    window.show();
    auto outcomeOf = [&window, id]() -> QString {
        for (int row = 0; row < window.model()->rowCount(); ++row) {
            if (window.model()->recordAt(row)->id == *id)
                return window.model()->data(window.model()->index(row, AuditTableModel::OutcomeColumn)).toString();
        }
        return QStringLiteral("<no row>");
    };
    QCOMPARE(outcomeOf(), QStringLiteral("Pending"));

    // The store dies mid-action: the answer goes to the local journal.
    m_pg->crash();
    bool journaled = false;
    QVERIFY(!log.complete(*id, {AuditOutcome::Succeeded, 204, QStringLiteral("req_j"), QString()}, nullptr, &journaled));
    QVERIFY(journaled);
    QTRY_COMPARE(outcomeOf(), QStringLiteral("Outcome unknown"));
    QTest::qWait(200); // polls of a store that does not answer change nothing
    QCOMPARE(outcomeOf(), QStringLiteral("Outcome unknown"));

    // Back: the next write writes the journal, and the row reads the real outcome.
    QString error;
    QVERIFY2(m_pg->restart(&error), qPrintable(error));
    QVERIFY2(log.begin(entry(QStringLiteral("user_next")), &error), qPrintable(error));
    QTRY_COMPARE(outcomeOf(), QStringLiteral("Succeeded"));
    QCOMPARE(log.journaledCount(), 0);
}

QTEST_MAIN(TestGuiHistoryPg)
#include "tst_gui_history_pg.moc"
