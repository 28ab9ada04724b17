// The window at 200 % on a 1280 x 800 screen: 640 x 400 logical pixels. Nothing
// may require more; panels scroll or wrap instead of pushing buttons off-screen.

#include "GuiHarness.h"
#include "gui/batch/BatchWindow.h"
#include "sandbox/SandboxSeed.h"

#include <QLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

namespace {
constexpr QSize Screen200(640, 400);

// The widgets asking for the most width, for the failure message.
QString widest(const QWidget *root)
{
    QList<QPair<int, QString>> sizes;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisible() && !w->objectName().isEmpty())
            sizes.append({w->minimumSizeHint().width(), w->objectName() + QLatin1Char('=')
                                                            + QString::number(w->minimumSizeHint().width()) + QLatin1Char('x')
                                                            + QString::number(w->minimumSizeHint().height())});
    }
    std::sort(sizes.begin(), sizes.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList names;
    for (int i = 0; i < sizes.size() && i < 12; ++i)
        names.append(sizes.at(i).second);
    return names.join(QStringLiteral(", "));
}
} // namespace

class TestGuiFit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindowFitsAt200PercentOn1280x800();
    void batchWindowFitsAt200PercentOn1280x800();
};

void TestGuiFit::mainWindowFitsAt200PercentOn1280x800()
{
    GuiHarness h;
    auto w = h.makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    const QSize needed = w->minimumSizeHint().expandedTo(w->minimumSize());
    QVERIFY2(needed.width() <= Screen200.width() && needed.height() <= Screen200.height(),
             qPrintable(QStringLiteral("needs %1 x %2: %3").arg(needed.width()).arg(needed.height()).arg(widest(w.get()))));
    // Shrunk to the screen, each of the desk's buttons can be brought into the window (scrolled to if need be).
    w->resize(Screen200);
    QTRY_COMPARE(w->size(), Screen200);
    for (const char *name : {"refreshButton", "connectLinkButton", "disconnectButton", "findButton"}) {
        auto *button = w->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(button && button->isVisible(), name);
        for (QWidget *p = button->parentWidget(); p; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(p))
                area->ensureWidgetVisible(button);
        }
        const QRect inWindow(button->mapTo(w.get(), QPoint(0, 0)), button->size());
        QVERIFY2(w->rect().contains(inWindow),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4x%5")
                                .arg(QString::fromLatin1(name))
                                .arg(inWindow.x())
                                .arg(inWindow.y())
                                .arg(inWindow.width())
                                .arg(inWindow.height())));
    }
}

void TestGuiFit::batchWindowFitsAt200PercentOn1280x800()
{
    GuiHarness h;
    auto w = h.makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    QTest::keyClick(w.get(), Qt::Key_B, Qt::ControlModifier);
    QWidget *batch = w->batchWindow();
    QVERIFY(batch);
    QTRY_VERIFY(batch->isVisible());
    const QSize needed = batch->minimumSizeHint().expandedTo(batch->minimumSize());
    QVERIFY2(needed.width() <= Screen200.width() && needed.height() <= Screen200.height(),
             qPrintable(QStringLiteral("needs %1 x %2: %3").arg(needed.width()).arg(needed.height()).arg(widest(batch))));
    // Shrunk to the screen, its run buttons can still be reached.
    batch->resize(Screen200);
    QTRY_COMPARE(batch->size(), Screen200);
    for (const char *name : {"checkButton", "loadFileButton"}) {
        auto *button = batch->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(button && button->isVisible(), name);
        batch->findChild<QScrollArea *>(QStringLiteral("batchScrollArea"))->ensureWidgetVisible(button);
        const QRect inWindow(button->mapTo(batch, QPoint(0, 0)), button->size());
        QVERIFY2(batch->rect().contains(inWindow), name);
    }
}

QTEST_MAIN(TestGuiFit)
#include "tst_gui_fit.moc"
