// Which template a connect link's message is made from: provisioned (locked
// or as the default), the user's own, or the built-in one.

#include "config/LinkMessageSettings.h"
#include "config/ProvisioningFile.h"
#include "core/MessageTemplate.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestLinkMessageSettings final : public QObject
{
    Q_OBJECT

private:
    Provisioning provisioned(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("provisioning.conf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        f.close();
        return ProvisioningFile::read(path);
    }
    QSettings userSettings() const
    {
        return QSettings(m_dir.filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
    }
    static LinkMessageTemplate own()
    {
        return LinkMessageTemplate{QStringLiteral("Mine: {provider}"), QStringLiteral("My body {link}")};
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("user.conf"))); }

    void readsTheMessagesSection()
    {
        const Provisioning p = provisioned("locked=false\n"
                                           "[messages]\n"
                                           "subject=Acme: connect {provider}\n"
                                           "body=\"Hello {customer_name},\\n\\nopen {link}, please.\\n-- Acme IT\"\n"
                                           "[Staging]\nbaseUrl=https://staging.example.test\nkind=staging\n");
        QCOMPARE(p.linkMessage.subject, QStringLiteral("Acme: connect {provider}"));
        QCOMPARE(p.linkMessage.body, QStringLiteral("Hello {customer_name},\n\nopen {link}, please.\n-- Acme IT"));
        QCOMPARE(p.environments.size(), 1); // [messages] is not an environment
        QVERIFY(p.problems.isEmpty());
    }

    void packagingExampleHasAMessage()
    {
        // What administrators copy: its [messages] body reads as several lines, commas and all.
        const Provisioning p = ProvisioningFile::read(QFINDTESTDATA("../../packaging/provisioning-example.conf"));
        QVERIFY(p.problems.isEmpty());
        QCOMPARE(p.linkMessage.subject, QStringLiteral("Connect your {provider} account"));
        QVERIFY(p.linkMessage.body.startsWith(QStringLiteral("Hello {customer_name},\n\nplease open")));
        QVERIFY(p.linkMessage.body.contains(QStringLiteral("\n\n{link}\n\n")));
        QCOMPARE(MessageTemplate::placeholdersIn(p.linkMessage.body).size(), 6);
    }

    void builtInWithoutAnything()
    {
        QSettings user = userSettings();
        const LinkMessageSettings settings(&user, Provisioning{});
        QCOMPARE(settings.effectiveTemplate(), LinkMessages::builtInTemplate());
        QVERIFY(!settings.isLocked());
    }

    void userTemplatePersistsAndResets()
    {
        {
            QSettings user = userSettings();
            LinkMessageSettings settings(&user, Provisioning{});
            QVERIFY(settings.saveUserTemplate(own()));
            settings.setSupportName(QStringLiteral("  Sam  "));
        }
        QSettings user = userSettings(); // a later run reads what was saved
        LinkMessageSettings settings(&user, Provisioning{});
        QVERIFY(settings.hasUserTemplate());
        QCOMPARE(settings.effectiveTemplate(), own());
        QCOMPARE(settings.supportName(), QStringLiteral("Sam"));
        settings.resetUserTemplate();
        QCOMPARE(settings.effectiveTemplate(), LinkMessages::builtInTemplate());
    }

    void unlockedProvisioningIsTheDefault()
    {
        const Provisioning p = provisioned("[messages]\nsubject=Acme {provider}\n");
        QSettings user = userSettings();
        LinkMessageSettings settings(&user, p);
        // A subject alone: the body is the built-in one.
        QCOMPARE(settings.effectiveTemplate().subject, QStringLiteral("Acme {provider}"));
        QCOMPARE(settings.effectiveTemplate().body, LinkMessages::builtInTemplate().body);
        QVERIFY(settings.saveUserTemplate(own()));
        QCOMPARE(settings.effectiveTemplate(), own());
        settings.resetUserTemplate();
        QCOMPARE(settings.effectiveTemplate().subject, QStringLiteral("Acme {provider}"));
    }

    void lockedProvisioningWins()
    {
        {
            QSettings user = userSettings();
            QVERIFY(LinkMessageSettings(&user, Provisioning{}).saveUserTemplate(own())); // saved before the lock
        }
        const Provisioning p = provisioned("locked=true\n[messages]\nsubject=Acme {provider}\nbody=Acme {link}\n");
        QSettings user = userSettings();
        LinkMessageSettings settings(&user, p);
        QVERIFY(settings.isLocked());
        QVERIFY(!settings.lockedReason().isEmpty());
        const LinkMessageTemplate acme{QStringLiteral("Acme {provider}"), QStringLiteral("Acme {link}")};
        QCOMPARE(settings.effectiveTemplate(), acme);
        QVERIFY(!settings.saveUserTemplate(LinkMessageTemplate{QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(settings.effectiveTemplate(), acme);
        LinkMessageFacts facts;
        facts.provider = QStringLiteral("Slack");
        facts.link = QUrl(QStringLiteral("https://x.test/l"));
        QCOMPARE(settings.compose(facts).body, QStringLiteral("Acme https://x.test/l"));
    }

    void lockWithoutMessagesLeavesTheUsersOwn()
    {
        const Provisioning p = provisioned("locked=true\n");
        QSettings user = userSettings();
        LinkMessageSettings settings(&user, p);
        QVERIFY(!settings.isLocked());
        QVERIFY(settings.saveUserTemplate(own()));
        QCOMPARE(settings.effectiveTemplate(), own());
    }

    void settingsFileNeverHoldsTheKey()
    {
        const QByteArray key = "sk_test_settingsSECRET123";
        qputenv("WORKOS_API_KEY", key);
        {
            QSettings user = userSettings();
            LinkMessageSettings settings(&user, Provisioning{});
            QVERIFY(settings.saveUserTemplate(own()));
            LinkMessageFacts facts;
            facts.link = QUrl(QStringLiteral("https://x.test/l"));
            QVERIFY(!settings.compose(facts).body.contains(QString::fromLatin1(key)));
        }
        QFile file(m_dir.filePath(QStringLiteral("user.conf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("Mine"));
        QVERIFY(!written.contains(key));
        qunsetenv("WORKOS_API_KEY");
    }
};

QTEST_APPLESS_MAIN(TestLinkMessageSettings)
#include "tst_linkmessagesettings.moc"
