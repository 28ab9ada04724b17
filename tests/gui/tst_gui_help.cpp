// The Help menu: which key and URL are used (with what this window uses now),
// and the keyboard shortcuts, read from the window's own actions.

#include "GuiHarness.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTest>

namespace {
QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QString::fromLatin1(name));
}
} // namespace

class TestGuiHelp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpMenuHasTheRulesAndTheShortcuts();
};

void TestGuiHelp::helpMenuHasTheRulesAndTheShortcuts()
{
    GuiHarness h;
    auto w = h.makeWindow();
    QTRY_VERIFY(w->workspace());
    auto *help = w->findChild<QMenu *>(QStringLiteral("menuHelp"));
    QVERIFY(help);
    QStringList entries;
    for (const QAction *a : help->actions())
        entries.append(a->text());
    QVERIFY2(entries.size() >= 3, qPrintable(entries.join(QLatin1Char('|'))));

    QAction *rules = action(w.get(), "actionKeyAndUrl");
    QVERIFY(rules && help->actions().contains(rules));
    rules->trigger();
    QCOMPARE(h.prompter.notices.size(), 1);
    const Notice notice = h.prompter.notices.last();
    QCOMPARE(notice.title, QStringLiteral("Which key and URL are used"));
    for (const char *word : {"--environment", "PIPES_ADMIN_ENVIRONMENT", "--base-url", "PIPES_ADMIN_BASE_URL",
                             "WORKOS_API_KEY", "keychain", "sk_test_"})
        QVERIFY2(notice.text.contains(QLatin1String(word)), word);
    // What this window uses now, and where its key came from.
    QVERIFY2(notice.detail.contains(h.server.baseUrl().toDisplayString()), qPrintable(notice.detail));
    QVERIFY2(notice.detail.contains(QStringLiteral("demo sandbox")), qPrintable(notice.detail));
    QVERIFY(!notice.detail.contains(h.server.apiKey()));

    QAction *keys = action(w.get(), "actionShortcuts");
    QVERIFY(keys && help->actions().contains(keys));
    QTest::keyClick(w.get(), Qt::Key_F1);
    QCOMPARE(h.prompter.notices.size(), 2);
    const Notice shortcuts = h.prompter.notices.last();
    QCOMPARE(shortcuts.title, QStringLiteral("Keyboard shortcuts"));
    for (const char *line : {"Ctrl+F — Find user", "F5 — Refresh", "Ctrl+L — Send connect link", "Ctrl+H — History",
                             "Ctrl+B — Batch", "Ctrl+, — Settings", "Ctrl+Q — Quit", "Del — disconnect the selected provider"})
        QVERIFY2(shortcuts.text.contains(QString::fromUtf8(line)), qPrintable(QString::fromUtf8(line) + QLatin1Char('\n') + shortcuts.text));
    // Each entry once (context-menu copies of an action are not listed again).
    const QStringList lines = shortcuts.text.split(QLatin1Char('\n'));
    QCOMPARE(QSet<QString>(lines.begin(), lines.end()).size(), lines.size());
}

QTEST_MAIN(TestGuiHelp)
#include "tst_gui_help.moc"
