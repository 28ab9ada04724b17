// How errors reach a support person: the status bar's last-error line, the
// error dialog, a refused key that says where it came from (and the ad-hoc
// environment in the settings), and English plural forms.

#include "core/ApiError.h"
#include "gui/ApiStatusBar.h"
#include "models/EnvironmentListModel.h"
#include "gui/settings/EnvironmentSettingsDialog.h"
#include "GuiHarness.h"
#include "widgets/QtPrompter.h"
#include "sandbox/SandboxSeed.h"
#include "core/Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace {
template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QString labelText(QObject *parent, const char *name)
{
    auto *label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}
} // namespace

class TestGuiErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pluralsReadAsEnglish();
    void lastErrorElidesAndAgesAfterASuccess();
    void ctrlCCopiesTheErrorDialog();
    void refusedKeySaysItCameFromTheVariable();
    void settingsShowTheSessionEnvironment();

private:
    std::unique_ptr<MainWindow> adHocWindow(const QString &key);

    std::unique_ptr<GuiHarness> h;
};

void TestGuiErrors::initTestCase()
{
    Translations::install(*qApp); // as main() does
}

void TestGuiErrors::init()
{
    h = std::make_unique<GuiHarness>();
}

void TestGuiErrors::cleanup()
{
    h.reset();
}

void TestGuiErrors::pluralsReadAsEnglish()
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 429;
    error.retryAfterSeconds = 120;
    QVERIFY2(error.text().endsWith(QStringLiteral("Try again in 120 seconds.")), qPrintable(error.text()));
    error.retryAfterSeconds = 1;
    QVERIFY2(error.text().endsWith(QStringLiteral("Try again in 1 second.")), qPrintable(error.text()));
}

void TestGuiErrors::lastErrorElidesAndAgesAfterASuccess()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *status = child<ApiStatusBar>(w.get(), "apiStatusBar");
    QVERIFY(status);
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 409;
    error.message = QStringLiteral("The connected account changed while the request was on its way; ").repeated(6);
    error.requestId = QStringLiteral("req_01JDX4Q2K9M7ZP3V8R6T5W1Y0E");
    status->showError(error);
    auto *line = child<QLabel>(w.get(), "lastErrorLabel");
    // Too long for the bar: elided with a mark, the status and request id up front; the whole in the tooltip.
    QVERIFY2(line->text().contains(QChar(0x2026)), qPrintable(line->text()));
    QVERIFY(line->text().startsWith(QStringLiteral("Last error")));
    QVERIFY2(line->text().contains(QStringLiteral("HTTP 409")), qPrintable(line->text()));
    QVERIFY2(line->text().contains(QStringLiteral("Request id: ") + error.requestId), qPrintable(line->text()));
    QVERIFY(line->fontMetrics().horizontalAdvance(line->text()) <= line->width());
    QVERIFY(line->toolTip().contains(error.fullText()));
    QVERIFY(line->isEnabled());
    QTest::mouseClick(child<QToolButton>(w.get(), "copyErrorButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), error.fullText());

    // A refresh that works: the error is no longer the news.
    QTest::mouseClick(child<QPushButton>(w.get(), "refreshButton"), Qt::LeftButton);
    QTRY_VERIFY2(line->text().startsWith(QStringLiteral("Earlier error")), qPrintable(line->text()));
    QVERIFY(status->isErrorOutdated());
    QVERIFY(!line->isEnabled()); // drawn greyed
    QVERIFY(line->toolTip().contains(error.fullText()));
}

void TestGuiErrors::ctrlCCopiesTheErrorDialog()
{
    QGuiApplication::clipboard()->clear();
    const Notice notice{QStringLiteral("Disconnect failed"), QStringLiteral("WorkOS had a server error (HTTP 500)."),
                        QStringLiteral("Request id: req_01JDX4Q2K9M7ZP3V8R6T5W1Y0E"), Notice::Level::Error};
    std::unique_ptr<QMessageBox> box = QtPrompter::noticeBox(nullptr, notice);
    box->show();
    box->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(box.get()));
    QTest::keyClick(box.get(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(notice.text), qPrintable(copied));
    QVERIFY(copied.contains(notice.detail));
    QVERIFY(box->isVisible()); // copying does not answer the dialog
}

std::unique_ptr<MainWindow> TestGuiErrors::adHocWindow(const QString &key)
{
    // Nothing configured; the key from WORKOS_API_KEY, the URL from the command line.
    ConnectionRequest request;
    request.optionBaseUrl = h->server.baseUrl().toString();
    request.envApiKey = key;
    auto w = h->makeWindowFor(h->makeConnector(request));
    if (!QTest::qWaitFor([&w] { return child<QLineEdit>(w.get(), "searchEdit") != nullptr; }))
        return nullptr;
    return w;
}

void TestGuiErrors::refusedKeySaysItCameFromTheVariable()
{
    auto w = adHocWindow(QStringLiteral("sk_test_not_the_sandbox_key"));
    QVERIFY(w);
    GuiHarness::search(w.get(), SandboxSeed::AliceEmail);
    QTRY_VERIFY(labelText(w.get(), "searchMessage").contains(QStringLiteral("401")));
    const QString message = labelText(w.get(), "searchMessage");
    QVERIFY2(message.contains(QStringLiteral("WORKOS_API_KEY environment variable")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("configured for this environment")));
    QVERIFY(!message.contains(QStringLiteral("sk_test_not_the_sandbox_key")));
    QVERIFY(child<QLabel>(w.get(), "lastErrorLabel")->toolTip().contains(QStringLiteral("WORKOS_API_KEY")));
}

void TestGuiErrors::settingsShowTheSessionEnvironment()
{
    auto w = adHocWindow(h->server.apiKey());
    QVERIFY(w);
    w->openSettings(MainWindow::SettingsStart::ShowCurrent);
    EnvironmentSettingsDialog *dialog = w->settingsDialog();
    QVERIFY(dialog);
    auto *view = child<QTreeView>(dialog, "environmentView");
    QCOMPARE(view->model()->rowCount(), 1);
    const QModelIndex row = view->model()->index(0, EnvironmentListModel::NameColumn);
    QVERIFY2(row.data().toString().contains(QStringLiteral("this session only")), qPrintable(row.data().toString()));
    QCOMPARE(view->currentIndex().row(), 0);
    auto *note = child<QLabel>(dialog, "readOnlyLabel");
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("WORKOS_API_KEY")), qPrintable(note->text()));
    QVERIFY(labelText(dialog, "storedKeyLabel").contains(QStringLiteral("WORKOS_API_KEY")));
    // Read-only: nothing to save, remove, or forget; the key never shows.
    QVERIFY(!child<QLineEdit>(dialog, "baseUrlEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "removeButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "forgetKeyButton")->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, "keyEdit")->isEnabled());
    const QString name = child<QLineEdit>(dialog, "nameEdit")->text();
    QVERIFY(!name.isEmpty() && w->windowTitle().contains(name));
}

QTEST_MAIN(TestGuiErrors)
#include "tst_gui_errors.moc"
