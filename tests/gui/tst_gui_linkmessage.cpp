// "Email to customer…" and "Copy message" in the connect-link dialog (the real
// window against the sandbox), and Settings → Messages.

#include "config/LinkMessageSettings.h"
#include "config/ProvisioningFile.h"
#include "gui/ConnectLinkDialog.h"
#include "gui/ProvidersPanel.h"
#include "gui/settings/MessagesSettingsPage.h"
#include "GuiHarness.h"
#include "session/LinkTracker.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

namespace {
QString item(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

QString lf(QString text)
{
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}
} // namespace

class TestGuiLinkMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emailOpensTheMailClientWithTheMessage();
    void copyMessagePutsTheSameTextOnTheClipboard();
    void reconnectMessageNamesTheConnection();
    void noMessageWithoutASafeLink();
    void failedMailClientSaysSo();
    void usersOwnTemplateIsUsed();
    void settingsPageEditsPersistAndReset();
    void lockedProvisionedTemplateIsReadOnlyAndWins();
    void staleAgeFieldSavesAndFallsBackToTheProvisionedAge();
    void messagesPageInTheSettingsDialog();

private:
    ConnectLinkDialog *dialogWithLink(const QString &slug);
    QAbstractItemView *table() const { return m_window->findChild<QTreeView *>(QStringLiteral("providerTable")); }
    QString writeProvisioning(const QByteArray &content) const;

    std::unique_ptr<GuiHarness> h;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiLinkMessage::init()
{
    h = std::make_unique<GuiHarness>();
}

void TestGuiLinkMessage::cleanup()
{
    m_window.reset();
    h.reset();
}

ConnectLinkDialog *TestGuiLinkMessage::dialogWithLink(const QString &slug)
{
    if (!m_window) {
        m_window = h->makeWindow();
        if (!GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail))
            return nullptr;
    }
    if (!slug.isEmpty() && !GuiHarness::selectSlug(table(), slug))
        return nullptr;
    QTest::mouseClick(GuiHarness::child<QPushButton>(m_window.get(), "connectLinkButton"), Qt::LeftButton);
    ConnectLinkDialog *d = m_window->providersPanel()->connectLinkDialog();
    if (!d || !QTest::qWaitFor([d] { return d->isVisible(); })) {
        qWarning("no connect-link dialog");
        return nullptr;
    }
    auto *email = GuiHarness::child<QPushButton>(d, "emailButton");
    auto *copy = GuiHarness::child<QPushButton>(d, "copyMessageButton");
    if (email->isEnabled() || copy->isEnabled()) { // nothing to send before there is a link
        qWarning("message buttons enabled before a link");
        return nullptr;
    }
    QTest::keyClick(GuiHarness::child<QLineEdit>(d, "reasonEdit"), Qt::Key_Return);
    if (!QTest::qWaitFor([d] { return !d->link().isEmpty(); })) {
        qWarning("no link: %s", qPrintable(GuiHarness::child<QLabel>(d, "messageLabel")->text()));
        return nullptr;
    }
    return d;
}

QString TestGuiLinkMessage::writeProvisioning(const QByteArray &content) const
{
    const QString path = h->dir.filePath(QStringLiteral("provisioning.conf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return path;
}

void TestGuiLinkMessage::emailOpensTheMailClientWithTheMessage()
{
    ConnectLinkDialog *d = dialogWithLink(QStringLiteral("notion"));
    QVERIFY(d);
    auto *email = GuiHarness::child<QPushButton>(d, "emailButton");
    QVERIFY(email->isEnabled());
    QTest::mouseClick(email, Qt::LeftButton);
    QCOMPARE(h->prompter.mailDrafts.size(), 1);
    QVERIFY(h->prompter.openedUrls.isEmpty()); // the mail client, not the browser
    const QUrl mailto = h->prompter.mailDrafts.first();
    QCOMPARE(mailto.scheme(), QStringLiteral("mailto"));
    QCOMPARE(mailto.path(QUrl::FullyDecoded), QString(SandboxSeed::AliceEmail));
    QCOMPARE(item(mailto, QStringLiteral("subject")), QStringLiteral("Connect your Notion account"));
    const QString body = item(mailto, QStringLiteral("body"));
    const QString link = d->link().toString(QUrl::FullyEncoded);
    QVERIFY(body.startsWith(QStringLiteral("Hello Alice Nguyen,\r\n")));
    QVERIFY2(body.contains(QStringLiteral("\r\n") + link + QStringLiteral("\r\n")), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("WorkOS screen that names the account")));
    QVERIFY(body.contains(QStringLiteral("do not forward")));
    QVERIFY(!body.contains(QStringLiteral("Connection:")));
    QVERIFY(!body.contains(h->server.apiKey()));
    QVERIFY(!mailto.toEncoded().contains(h->server.apiKey().toUtf8()));
    // The only fields are the subject and the body.
    QCOMPARE(QUrlQuery(mailto).queryItems().size(), 2);
    QVERIFY(GuiHarness::child<QLabel>(d, "messageLabel")->text().contains(QStringLiteral("mail client")));
}

void TestGuiLinkMessage::copyMessagePutsTheSameTextOnTheClipboard()
{
    ConnectLinkDialog *d = dialogWithLink(QStringLiteral("slack"));
    QVERIFY(d);
    QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
    QTest::mouseClick(GuiHarness::child<QPushButton>(d, "copyMessageButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(d->link().toString(QUrl::FullyEncoded)));
    QVERIFY(h->prompter.mailDrafts.isEmpty());
    QTest::mouseClick(GuiHarness::child<QPushButton>(d, "emailButton"), Qt::LeftButton);
    QCOMPARE(h->prompter.mailDrafts.size(), 1);
    QCOMPARE(copied, lf(item(h->prompter.mailDrafts.first(), QStringLiteral("body"))));
    QVERIFY(!copied.contains(h->server.apiKey()));
}

void TestGuiLinkMessage::reconnectMessageNamesTheConnection()
{
    m_window = h->makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    QVERIFY(GuiHarness::selectConnection(table(), QString(SandboxSeed::AliceGithubContractorAccountId)));
    ConnectLinkDialog *d = dialogWithLink(QString());
    QVERIFY(d);
    QTest::mouseClick(GuiHarness::child<QPushButton>(d, "copyMessageButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("\nConnection: ")) && copied.contains(QStringLiteral("Contractor")),
             qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("your GitHub account")));
}

void TestGuiLinkMessage::noMessageWithoutASafeLink()
{
    SandboxFault fault;
    fault.method = "POST";
    fault.pathPattern = QStringLiteral("/data-integrations/.*/authorize");
    fault.status = 200;
    fault.body = R"j({"url":"javascript:alert(document.cookie)"})j";
    h->server.addFault(fault);
    QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
    ConnectLinkDialog *d = dialogWithLink(QStringLiteral("slack"));
    QVERIFY(d);
    QTRY_VERIFY(GuiHarness::child<QLabel>(d, "messageLabel")->text().contains(QStringLiteral("not safe")));
    auto *email = GuiHarness::child<QPushButton>(d, "emailButton");
    auto *copy = GuiHarness::child<QPushButton>(d, "copyMessageButton");
    QVERIFY(!email->isEnabled());
    QVERIFY(!copy->isEnabled());
    QTest::mouseClick(email, Qt::LeftButton);
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(h->prompter.mailDrafts.isEmpty());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));
}

void TestGuiLinkMessage::failedMailClientSaysSo()
{
    ConnectLinkDialog *d = dialogWithLink(QStringLiteral("slack"));
    QVERIFY(d);
    h->prompter.openUrlSucceeds = false;
    QTest::mouseClick(GuiHarness::child<QPushButton>(d, "emailButton"), Qt::LeftButton);
    QCOMPARE(h->prompter.mailDrafts.size(), 1);
    QVERIFY(GuiHarness::child<QLabel>(d, "messageLabel")->text().contains(QStringLiteral("could not be started")));
}

void TestGuiLinkMessage::usersOwnTemplateIsUsed()
{
    LinkMessageSettings(h->settings.get(), Provisioning{})
        .saveUserTemplate(LinkMessageTemplate{QStringLiteral("{provider} link for {customer_email} {ticket}"),
                                              QStringLiteral("Hi {customer_name}\n{link}\n{support_name}")});
    LinkMessageSettings(h->settings.get(), Provisioning{}).setSupportName(QStringLiteral("Sam & Co"));
    ConnectLinkDialog *d = dialogWithLink(QStringLiteral("slack"));
    QVERIFY(d);
    QTest::mouseClick(GuiHarness::child<QPushButton>(d, "emailButton"), Qt::LeftButton);
    QCOMPARE(h->prompter.mailDrafts.size(), 1);
    const QUrl mailto = h->prompter.mailDrafts.first();
    QCOMPARE(item(mailto, QStringLiteral("subject")), QStringLiteral("Slack link for alice@acme.com {ticket}"));
    QCOMPARE(item(mailto, QStringLiteral("body")),
             QStringLiteral("Hi Alice Nguyen\r\n%1\r\nSam & Co").arg(d->link().toString(QUrl::FullyEncoded)));
    // An unknown placeholder stays visible and is reported.
    QVERIFY(GuiHarness::child<QLabel>(d, "messageLabel")->text().contains(QStringLiteral("{ticket}")));
}

void TestGuiLinkMessage::settingsPageEditsPersistAndReset()
{
    auto page = std::make_unique<MessagesSettingsPage>(LinkMessageSettings(h->settings.get(), Provisioning{}));
    page->show();
    auto *subject = GuiHarness::child<QLineEdit>(page.get(), "messageSubjectEdit");
    auto *body = GuiHarness::child<QPlainTextEdit>(page.get(), "messageBodyEdit");
    auto *reset = GuiHarness::child<QPushButton>(page.get(), "messageResetButton");
    QCOMPARE(subject->text(), LinkMessages::builtInTemplate().subject);
    QVERIFY(!subject->isReadOnly());
    QVERIFY(!reset->isEnabled()); // nothing of one's own to reset yet
    QVERIFY(GuiHarness::child<QLabel>(page.get(), "placeholderList")->text().contains(QStringLiteral("{link}")));

    subject->selectAll();
    QTest::keyClicks(subject, QStringLiteral("Acme: {provider} {oops}"));
    body->selectAll();
    QTest::keyClicks(body, QStringLiteral("Hello {customer_name}"));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("{link}"));
    QTest::keyClicks(GuiHarness::child<QLineEdit>(page.get(), "supportNameEdit"), QStringLiteral("Sam"));
    QVERIFY(GuiHarness::child<QLabel>(page.get(), "messageUnknownLabel")->text().contains(QStringLiteral("{oops}")));
    QVERIFY(reset->isEnabled());

    // Saved in the user's settings file: a new run reads it.
    h->settings->sync();
    {
        QSettings again(h->settings->fileName(), QSettings::IniFormat);
        const LinkMessageSettings read(&again, Provisioning{});
        QCOMPARE(read.effectiveTemplate().subject, QStringLiteral("Acme: {provider} {oops}"));
        QCOMPARE(read.effectiveTemplate().body, QStringLiteral("Hello {customer_name}\n{link}"));
        QCOMPARE(read.supportName(), QStringLiteral("Sam"));
    }
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(subject->text(), LinkMessages::builtInTemplate().subject);
    QCOMPARE(body->toPlainText(), LinkMessages::builtInTemplate().body);
    QVERIFY(!LinkMessageSettings(h->settings.get(), Provisioning{}).hasUserTemplate());
}

void TestGuiLinkMessage::lockedProvisionedTemplateIsReadOnlyAndWins()
{
    LinkMessageSettings(h->settings.get(), Provisioning{})
        .saveUserTemplate(LinkMessageTemplate{QStringLiteral("Mine"), QStringLiteral("Mine {link}")});
    const Provisioning provisioning = ProvisioningFile::read(
        writeProvisioning("locked=true\n[messages]\nsubject=Acme IT: {provider}\nbody=\"From Acme IT:\\n{link}\"\n"));
    QVERIFY(provisioning.locked);
    MessagesSettingsPage page(LinkMessageSettings(h->settings.get(), provisioning));
    auto *subject = GuiHarness::child<QLineEdit>(&page, "messageSubjectEdit");
    auto *body = GuiHarness::child<QPlainTextEdit>(&page, "messageBodyEdit");
    QCOMPARE(subject->text(), QStringLiteral("Acme IT: {provider}"));
    QCOMPARE(body->toPlainText(), QStringLiteral("From Acme IT:\n{link}"));
    QVERIFY(subject->isReadOnly());
    QVERIFY(body->isReadOnly());
    QVERIFY(!GuiHarness::child<QPushButton>(&page, "messageResetButton")->isEnabled());
    QVERIFY(GuiHarness::child<QLabel>(&page, "messagesNote")->text().contains(QStringLiteral("administrator")));
    page.show();
    QTest::keyClicks(subject, QStringLiteral("typed anyway"));
    QCOMPARE(subject->text(), QStringLiteral("Acme IT: {provider}"));
    LinkMessageFacts facts;
    facts.provider = QStringLiteral("Slack");
    facts.link = QUrl(QStringLiteral("https://x.test/l"));
    const LinkMessage message = LinkMessageSettings(h->settings.get(), provisioning).compose(facts);
    QCOMPARE(message.subject, QStringLiteral("Acme IT: Slack"));
    QCOMPARE(message.body, QStringLiteral("From Acme IT:\nhttps://x.test/l"));
}

void TestGuiLinkMessage::staleAgeFieldSavesAndFallsBackToTheProvisionedAge()
{
    const QLatin1String key(LinkSettings::StaleAfterHoursKey);
    const QString noProvisioning = writeProvisioning(QByteArray());
    MessagesSettingsPage page(LinkMessageSettings(h->settings.get(), Provisioning{}),
                              MessagesSettingsPage::FollowUp{h->settings.get(), 48});
    QSignalSpy changed(&page, &MessagesSettingsPage::staleAfterChanged);
    page.show();
    auto *spin = GuiHarness::child<QSpinBox>(&page, "staleAfterSpin");
    QVERIFY(spin->isEnabled());
    QCOMPARE(spin->value(), 0);
    QCOMPARE(spin->text(), QStringLiteral("Administrator's (48 h)"));

    // Typed: saved at once, in the file the next run reads.
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("6"));
    QCOMPARE(spin->value(), 6);
    QCOMPARE(h->settings->value(key).toInt(), 6);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toLongLong(), 6 * 3600);
    {
        QSettings again(h->settings->fileName(), QSettings::IniFormat);
        QCOMPARE(LinkTracker::staleAfterSeconds(again, noProvisioning), 6 * 3600);
    }

    // Back to 0: the user's own value is removed and the administrator's age applies.
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("0"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(spin->value(), 0);
    QCOMPARE(spin->text(), QStringLiteral("Administrator's (48 h)"));
    QVERIFY(!h->settings->contains(key));
    QCOMPARE(changed.last().at(0).toLongLong(), 48 * 3600);

    // Nothing provisioned: the built-in 24 hours; a value saved earlier is shown.
    MessagesSettingsPage plain(LinkMessageSettings(h->settings.get(), Provisioning{}),
                               MessagesSettingsPage::FollowUp{h->settings.get(), 0});
    QCOMPARE(GuiHarness::child<QSpinBox>(&plain, "staleAfterSpin")->text(), QStringLiteral("Default (24 h)"));
    h->settings->setValue(key, 72);
    MessagesSettingsPage saved(LinkMessageSettings(h->settings.get(), Provisioning{}),
                               MessagesSettingsPage::FollowUp{h->settings.get(), 0});
    QCOMPARE(GuiHarness::child<QSpinBox>(&saved, "staleAfterSpin")->value(), 72);

    // Without settings to write to, the field is off.
    MessagesSettingsPage none(LinkMessageSettings(h->settings.get(), Provisioning{}));
    QVERIFY(!GuiHarness::child<QSpinBox>(&none, "staleAfterSpin")->isEnabled());
}

void TestGuiLinkMessage::messagesPageInTheSettingsDialog()
{
    Environment staging;
    staging.name = QStringLiteral("Staging");
    staging.baseUrl = h->server.baseUrl();
    staging.kind = Environment::Kind::Staging;
    QVERIFY(h->addEnvironment(staging, h->server.apiKey()));
    m_window = h->makeWindowFor(h->makeConnector());
    m_window->openSettings(MainWindow::SettingsStart::ShowCurrent);
    QWidget *settings = m_window->settingsDialog();
    QVERIFY(settings);
    QTRY_VERIFY(settings->isVisible());
    auto *tabs = settings->findChild<QTabWidget *>();
    QVERIFY(tabs);
    auto *page = settings->findChild<MessagesSettingsPage *>(QStringLiteral("messagesSettingsPage"));
    QVERIFY(page);
    QCOMPARE(tabs->tabText(tabs->indexOf(page)).remove(QLatin1Char('&')), QStringLiteral("Messages"));
    tabs->setCurrentWidget(page);
    auto *subject = GuiHarness::child<QLineEdit>(page, "messageSubjectEdit");
    subject->selectAll();
    QTest::keyClicks(subject, QStringLiteral("From Settings: {provider}"));
    settings->close();

    // The next link's message is made from what was typed there.
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    ConnectLinkDialog *d = dialogWithLink(QStringLiteral("slack"));
    QVERIFY(d);
    QTest::mouseClick(GuiHarness::child<QPushButton>(d, "emailButton"), Qt::LeftButton);
    QCOMPARE(h->prompter.mailDrafts.size(), 1);
    QCOMPARE(item(h->prompter.mailDrafts.first(), QStringLiteral("subject")), QStringLiteral("From Settings: Slack"));
}

QTEST_MAIN(TestGuiLinkMessage)
#include "tst_gui_linkmessage.moc"
