// DiagnosisDialog by itself, against the sandbox: the summary in plain words
// and its next-step button, both timelines (never another user's events),
// "Check token" only when pressed (audited, refused where forbidden, its value
// nowhere: no widget, no clipboard, no file), "Copy for WorkOS support".

#include "audit/AuditLog.h"
#include "audit/AuditService.h"
#include "core/JsonDecode.h"
#include "core/Translations.h"
#include "core/WorkOsClient.h"
#include "gui/diagnosis/DiagnosisDialog.h"
#include "GuiHarness.h"
#include "SeededConnection.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace S = SandboxSeed;

class TestGuiDiagnosis final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<WorkOsClient> m_client;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<AuditService> m_audit;

    ConnectedAccount facts(const QString &id) const { return seededConnection(m_sandbox->store(), id); }

    std::unique_ptr<DiagnosisDialog> dialog(const QString &owner, OwnerKind kind, const QString &slug, const QString &id,
                                            DiagnosisFacts f = {})
    {
        f.environmentName = QStringLiteral("Sandbox");
        f.connection = facts(id);
        auto d = std::make_unique<DiagnosisDialog>(m_client.get(), owner, kind, slug, id, f);
        d->setAuditService(m_audit.get());
        d->show();
        return d;
    }

    int tokenRequests() const { return m_sandbox->requestCount("POST", QStringLiteral("/data-integrations/.*/token")); }

    // Every text the dialog shows, tooltips included.
    static QStringList shownTexts(const QWidget *dialog)
    {
        QStringList out{dialog->windowTitle()};
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            out << label->text() << label->toolTip();
        for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
            out << button->text() << button->toolTip();
        for (const QTreeWidget *tree : dialog->findChildren<QTreeWidget *>()) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                for (int c = 0; c < tree->columnCount(); ++c)
                    out << tree->topLevelItem(i)->text(c) << tree->topLevelItem(i)->toolTip(c);
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::installSourcePlurals(*QCoreApplication::instance());
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        // Whatever the app writes (settings, caches, the audit log) lands here.
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(name, m_home->filePath(QLatin1String(name)).toUtf8());
    }
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->listen() != 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.apiKey = m_sandbox->apiKey();
        config.retry = RetryPolicy::none();
        m_client = std::make_unique<WorkOsClient>(m_nam.get(), config);
        QDir().mkpath(m_home->filePath(QStringLiteral("XDG_DATA_HOME")));
        m_log = std::make_unique<AuditLog>(m_home->filePath(QStringLiteral("XDG_DATA_HOME/audit.sqlite3")));
        QVERIFY(m_log->open());
        m_audit = std::make_unique<AuditService>(AuditContext{m_log.get(), QStringLiteral("Sandbox"), QString()});
    }
    void cleanup()
    {
        m_audit.reset();
        m_log.reset();
        m_client.reset();
        m_nam.reset();
        m_sandbox.reset();
    }

    void summaryTimelinesAndNextStep()
    {
        DiagnosisFacts f;
        f.providerName = QStringLiteral("Slack");
        f.ownerLabel = S::AliceEmail;
        f.missingScopes = {QStringLiteral("chat:write"), QStringLiteral("users:read.email")};
        auto d = dialog(S::AliceUserId, OwnerKind::User, S::SlackSlug, S::AliceSlackAccountId, f);
        auto *summary = GuiHarness::child<QLabel>(d.get(), "diagnosisSummary");
        QTRY_VERIFY2(summary->text().contains(QLatin1String("did not grant chat:write")), qPrintable(summary->text()));
        auto *timeline = GuiHarness::child<QTreeWidget>(d.get(), "connectionTimeline");
        QCOMPARE(timeline->topLevelItemCount(), 3);
        QCOMPARE(timeline->topLevelItem(0)->text(2), QStringLiteral("Connection failed"));
        QVERIFY(timeline->topLevelItem(0)->text(4).contains(QStringLiteral("access_denied — “The user did not grant the scope chat:write.”")));
        QCOMPARE(timeline->topLevelItem(0)->text(1), QStringLiteral("5 days ago"));
        QCOMPARE(timeline->topLevelItem(2)->text(2), QStringLiteral("Connected"));
        // The owner's timeline holds Alice's events only, though the read brought Carol's and Erin's.
        auto *owner = GuiHarness::child<QTreeWidget>(d.get(), "ownerTimeline");
        QVERIFY(owner->topLevelItemCount() > timeline->topLevelItemCount());
        QHash<QString, QString> userOf;
        for (const SandboxEvent &e : m_sandbox->store().events())
            userOf.insert(e.id, e.data.value(QStringLiteral("user_id")).toString());
        QVERIFY(std::count(userOf.cbegin(), userOf.cend(), QString(S::CarolUserId)) > 0);
        for (int i = 0; i < owner->topLevelItemCount(); ++i) {
            const QString tip = owner->topLevelItem(i)->toolTip(2);
            const QString ids = tip.mid(tip.indexOf(QLatin1String("Event ids: ")) + 11);
            for (const QString &id : ids.split(QStringLiteral(", ")))
                QCOMPARE(userOf.value(id), QString(S::AliceUserId));
        }
        auto *next = GuiHarness::child<QPushButton>(d.get(), "diagnosisNextStep");
        QVERIFY(next->isVisible());
        QCOMPARE(next->text(), QStringLiteral("Send a reconnect link…"));
        QSignalSpy reconnect(d.get(), &DiagnosisDialog::reconnectLinkRequested);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(reconnect.size(), 1);
        QCOMPARE(reconnect.first().at(0).toString(), QString(S::SlackSlug));
        QCOMPARE(reconnect.first().at(1).toString(), QString(S::AliceSlackAccountId));
        QCOMPARE(tokenRequests(), 0); // nothing asked WorkOS for a token
    }

    void sharedConnectionNeedsAnOrganizationAdmin()
    {
        DiagnosisFacts f;
        f.memberId = S::CarolUserId;
        auto d = dialog(S::GlobexOrgId, OwnerKind::Organization, S::SalesforceSlug, S::GlobexSalesforceAccountId, f);
        auto *summary = GuiHarness::child<QLabel>(d.get(), "diagnosisSummary");
        QTRY_VERIFY(summary->text().contains(QLatin1String("The admin who established this shared connection left the "
                                                           "organization; an organization admin must connect it again.")));
        QVERIFY(QUrlQuery(m_sandbox->requests().constLast().query).queryItemValue(QStringLiteral("organization_id"))
                == QLatin1String(S::GlobexOrgId));
        QSignalSpy admin(d.get(), &DiagnosisDialog::organizationAdminLinkRequested);
        QTest::mouseClick(GuiHarness::child<QPushButton>(d.get(), "diagnosisNextStep"), Qt::LeftButton);
        QCOMPARE(admin.size(), 1);
        QCOMPARE(admin.first().at(1).toString(), QString(S::GlobexOrgId));
    }

    void tokenCheckOnlyWhenPressedAndAudited()
    {
        auto d = dialog(S::AliceUserId, OwnerKind::User, S::SlackSlug, S::AliceSlackAccountId);
        QSignalSpy diagnosed(d.get(), &DiagnosisDialog::diagnosed);
        QVERIFY(diagnosed.wait());
        auto *warning = GuiHarness::child<QLabel>(d.get(), "tokenCheckWarning");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QLatin1String("WorkOS may refresh the token")));
        QCOMPARE(tokenRequests(), 0);
        auto *check = GuiHarness::child<QPushButton>(d.get(), "checkTokenButton");
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        auto *result = GuiHarness::child<QLabel>(d.get(), "tokenCheckResult");
        QTRY_VERIFY2(result->text().contains(QLatin1String("needs reauthorization")), qPrintable(result->text()));
        QCOMPARE(tokenRequests(), 1);
        AuditFilter filter;
        filter.actions = {AuditAction::TokenCheck};
        const QList<AuditRecord> records = m_log->query(filter);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().entry.userId, QString(S::AliceUserId));
        QCOMPARE(records.first().entry.connectionId, QString(S::AliceSlackAccountId)); // which one, never its token
        QCOMPARE(records.first().entry.ownerKind, QStringLiteral("user"));
        QCOMPARE(records.first().entry.environment, QStringLiteral("Sandbox"));
        QCOMPARE(records.first().completion.outcome, AuditOutcome::Succeeded);
        QVERIFY(d->supportText().contains(QLatin1String("POST /data-integrations/slack/token")));
    }

    void tokenValueIsNeverShownCopiedOrWritten()
    {
        auto d = dialog(S::CarolUserId, OwnerKind::User, S::GithubSlug, QString());
        QSignalSpy diagnosed(d.get(), &DiagnosisDialog::diagnosed);
        QVERIFY(diagnosed.wait());
        QTest::mouseClick(GuiHarness::child<QPushButton>(d.get(), "checkTokenButton"), Qt::LeftButton);
        auto *result = GuiHarness::child<QLabel>(d.get(), "tokenCheckResult");
        QTRY_VERIFY2(result->text().contains(QLatin1String("lacks read:org")), qPrintable(result->text()));
        QTest::mouseClick(GuiHarness::child<QPushButton>(d.get(), "copyForSupport"), Qt::LeftButton);
        const QStringList tokens = m_sandbox->store().issuedTokens();
        QCOMPARE(tokens.size(), 1);
        const QString token = tokens.first();
        for (const QString &text : shownTexts(d.get()))
            QVERIFY2(!text.contains(token), qPrintable(text));
        QVERIFY(!QGuiApplication::clipboard()->text().contains(token));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("Token check: active")));
        QSettings().sync();
        m_log.reset(); // flush and close the audit database
        int files = 0;
        QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);
        m_audit.reset();
    }

    void tokenCheckRefusedWhereForbidden()
    {
        DiagnosisFacts f;
        f.tokenCheckAllowed = false;
        auto d = dialog(S::CarolUserId, OwnerKind::User, S::GithubSlug, QString(), f);
        QSignalSpy diagnosed(d.get(), &DiagnosisDialog::diagnosed);
        QVERIFY(diagnosed.wait());
        auto *check = GuiHarness::child<QPushButton>(d.get(), "checkTokenButton");
        QVERIFY(!check->isEnabled());
        QVERIFY(check->toolTip().contains(QLatin1String("administrator")));
        QTest::mouseClick(check, Qt::LeftButton);
        // Without an audit log there is no check either.
        auto other = dialog(S::CarolUserId, OwnerKind::User, S::GithubSlug, QString());
        other->setAuditService(nullptr);
        QVERIFY(!GuiHarness::child<QPushButton>(other.get(), "checkTokenButton")->isEnabled());
        QCOMPARE(tokenRequests(), 0);
    }

    void copyForWorkOsSupport()
    {
        auto d = dialog(S::AliceUserId, OwnerKind::User, S::GithubSlug, S::AliceGithubContractorAccountId);
        QSignalSpy diagnosed(d.get(), &DiagnosisDialog::diagnosed);
        QVERIFY(diagnosed.wait());
        QTest::mouseClick(GuiHarness::child<QPushButton>(d.get(), "copyForSupport"), Qt::LeftButton);
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY(text.contains(QLatin1String("Environment: Sandbox")));
        QVERIFY(text.contains(QLatin1String("Connection: ") + QLatin1String(S::AliceGithubContractorAccountId)));
        QVERIFY(text.contains(QLatin1String("State: needs_reauthorization")));
        QVERIFY(text.contains(QLatin1String("GET /events  200  req_")));
        QVERIFY(!text.contains(m_sandbox->apiKey()));
        const QString failures = text.mid(text.indexOf(QLatin1String("Failure events: ")));
        QVERIFY2(failures.contains(QLatin1String("event_01H")), qPrintable(text));
        // A second dialog on the same reader is answered from its cache: no second read.
        PipesEventsReader shared(m_client.get(), QStringLiteral("Sandbox"));
        auto first = dialog(S::AliceUserId, OwnerKind::User, S::SlackSlug, S::AliceSlackAccountId);
        first->setEventsReader(&shared);
        QSignalSpy firstDone(first.get(), &DiagnosisDialog::diagnosed);
        QVERIFY(firstDone.wait());
        QCOMPARE(shared.requestsSent(), 1);
        auto second = dialog(S::AliceUserId, OwnerKind::User, S::GithubSlug, S::AliceGithubAccountId);
        second->setEventsReader(&shared);
        QTRY_VERIFY(GuiHarness::child<QLabel>(second.get(), "diagnosisStatus")->text().contains(QLatin1String("a moment ago")));
        QCOMPARE(shared.requestsSent(), 1);
    }
};

QTEST_MAIN(TestGuiDiagnosis)
#include "tst_gui_diagnosis.moc"
