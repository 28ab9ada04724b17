// A manual look at the batch and history windows: builds them against an
// in-process sandbox, drives them into a state and keeps them on screen.
//   xvfb-run -s "-screen 0 1400x900x24" batch_screens check|preview|done|running|production|history
// prints READY when the state is reached (then take the screenshot), and quits after 20 s.

#include "BatchGuiRig.h"
#include "gui/history/HistoryWindow.h"
#include "sandbox/SandboxSeed.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace SandboxSeed;

namespace {
void ready()
{
    std::fputs("READY\n", stdout);
    std::fflush(stdout);
}

void press(QWidget *window, const char *name)
{
    window->findChild<QPushButton *>(QString::fromLatin1(name))->click();
}

bool waitFor(BatchWindow *window, BatchWindow::Phase phase)
{
    return QTest::qWaitFor([&] { return window->phase() == phase; }, 20000);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("check");
    SandboxOptions options;
    options.latencyMs = mode == QLatin1String("running") ? 400 : 0;
    BatchGuiRig rig(options);
    const QString input = QStringList{AliceEmail, BobEmail, CarolEmail, DaveEmail, QStringLiteral("hello world"),
                                      QStringLiteral("nobody@nowhere.example"), ErinUserId, FrankEmail}
                              .join(QLatin1Char('\n'));
    QTimer::singleShot(20000, &app, &QApplication::quit);

    if (mode == QLatin1String("history")) {
        rig.prompter.setNextAnswer(Prompter::Answer::Accepted);
        auto batch = rig.makeWindow();
        batch->setInputText(input);
        batch->setProviderSlug(GithubSlug);
        batch->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("INC-2024-117"));
        press(batch.get(), "previewButton");
        waitFor(batch.get(), BatchWindow::Phase::Previewed);
        press(batch.get(), "runButton");
        waitFor(batch.get(), BatchWindow::Phase::Disconnected);
        batch->hide();
        HistoryWindow::Context context{rig.audit.get(), &rig.prompter, &rig.files, {QStringLiteral("Sandbox")}};
        HistoryWindow history(context);
        history.resize(1280, 760);
        history.show();
        auto *table = history.findChild<QTableView *>(QStringLiteral("historyTable"));
        if (!QTest::qWaitFor([table] { return table->model()->rowCount() > 1; }))
            qWarning("batch_screens: the history did not fill");
        table->selectRow(1);
        ready();
        return app.exec();
    }

    const SafetyPolicy safety(mode == QLatin1String("production") ? SafetyPolicy::Level::TypeSlug
                                                                     : SafetyPolicy::Level::Confirm);
    auto window = rig.makeWindow(safety);
    window->setInputText(input);
    if (mode == QLatin1String("check")) {
        press(window.get(), "checkButton");
        waitFor(window.get(), BatchWindow::Phase::Checked);
    } else if (mode == QLatin1String("running")) {
        window->findChild<QSpinBox *>(QStringLiteral("concurrencySpin"))->setValue(1);
        press(window.get(), "checkButton");
        if (!QTest::qWaitFor([&window] { return window->engine()->progress().finished >= 2; }, 10000))
            qWarning("batch_screens: the check did not get going");
    } else {
        window->setProviderSlug(GithubSlug);
        press(window.get(), "previewButton");
        waitFor(window.get(), BatchWindow::Phase::Previewed);
        if (mode == QLatin1String("done")) {
            rig.prompter.setNextAnswer(Prompter::Answer::Accepted);
            press(window.get(), "runButton");
            waitFor(window.get(), BatchWindow::Phase::Disconnected);
        }
    }
    ready();
    return app.exec();
}
