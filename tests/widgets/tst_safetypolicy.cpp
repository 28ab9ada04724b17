// The one disconnect safety rule of both windows: production asks for the
// provider's slug to be typed, and only that exact slug lets the action go.

#include "config/Environment.h"
#include "FakePrompter.h"
#include "widgets/SafetyPolicy.h"

#include <QTest>

namespace {
Environment environment(Environment::Kind kind)
{
    Environment env;
    env.name = QStringLiteral("Somewhere");
    env.baseUrl = QUrl(QStringLiteral("https://api.workos.com"));
    env.kind = kind;
    return env;
}

Confirmation dangerous()
{
    Confirmation c;
    c.title = QStringLiteral("Disconnect GitHub?");
    c.acceptLabel = QStringLiteral("Disconnect");
    c.tone = Confirmation::Tone::Dangerous;
    c.reasonField = Confirmation::ReasonField::Optional;
    return c;
}
} // namespace

class TestSafetyPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productionTypesTheSlug_data();
    void productionTypesTheSlug();
    void confirmIsOneClickWithTheReason();
    void typedSlugMustMatchExactly_data();
    void typedSlugMustMatchExactly();
};

void TestSafetyPolicy::productionTypesTheSlug_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("typesSlug");
    QTest::newRow("production") << int(Environment::Kind::Production) << true;
    QTest::newRow("staging") << int(Environment::Kind::Staging) << false;
}

void TestSafetyPolicy::productionTypesTheSlug()
{
    QFETCH(int, kind);
    QFETCH(bool, typesSlug);
    const SafetyPolicy policy = SafetyPolicy::forEnvironment(environment(Environment::Kind(kind)));
    QCOMPARE(policy.asksForTypedSlug(), typesSlug);
    QCOMPARE(policy.level(), typesSlug ? SafetyPolicy::Level::TypeSlug : SafetyPolicy::Level::Confirm);
}

void TestSafetyPolicy::confirmIsOneClickWithTheReason()
{
    FakePrompter prompter;
    const SafetyPolicy policy;
    prompter.setNextAnswer(Prompter::Answer::Accepted);
    prompter.setNextReason(QStringLiteral("  SUP-1  "));
    const Prompter::Reply accepted = policy.ask(&prompter, nullptr, dangerous(), QStringLiteral("github"));
    QCOMPARE(accepted.answer, Prompter::Answer::Accepted);
    QCOMPARE(accepted.reason, QStringLiteral("SUP-1"));
    QVERIFY(prompter.typedPhrases.isEmpty()); // nothing to type outside production
    QCOMPARE(prompter.confirmations.size(), 1);

    prompter.setNextAnswer(Prompter::Answer::Rejected);
    QCOMPARE(policy.ask(&prompter, nullptr, dangerous(), QStringLiteral("github")).answer, Prompter::Answer::Rejected);
}

void TestSafetyPolicy::typedSlugMustMatchExactly_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("goes");
    QTest::newRow("exact") << int(Prompter::Answer::Accepted) << QStringLiteral("github") << true;
    QTest::newRow("spaces around") << int(Prompter::Answer::Accepted) << QStringLiteral(" github ") << true;
    QTest::newRow("one letter short") << int(Prompter::Answer::Accepted) << QStringLiteral("githu") << false;
    QTest::newRow("other case") << int(Prompter::Answer::Accepted) << QStringLiteral("GitHub") << false;
    QTest::newRow("another slug") << int(Prompter::Answer::Accepted) << QStringLiteral("slack") << false;
    QTest::newRow("nothing typed") << int(Prompter::Answer::Accepted) << QString() << false;
    QTest::newRow("cancelled") << int(Prompter::Answer::Rejected) << QStringLiteral("github") << false;
}

void TestSafetyPolicy::typedSlugMustMatchExactly()
{
    QFETCH(int, answer);
    QFETCH(QString, typed);
    QFETCH(bool, goes);
    FakePrompter prompter;
    prompter.setNextAnswer(Prompter::Answer(answer));
    prompter.setNextTypedText(typed);
    const SafetyPolicy policy(SafetyPolicy::Level::TypeSlug);
    const Prompter::Reply reply = policy.ask(&prompter, nullptr, dangerous(), QStringLiteral("github"));
    QCOMPARE(prompter.typedPhrases, QStringList{QStringLiteral("github")});
    QCOMPARE(reply.answer == Prompter::Answer::Accepted, goes);
}

QTEST_MAIN(TestSafetyPolicy)
#include "tst_safetypolicy.moc"
