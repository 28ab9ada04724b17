// ConnectionStatus: the one vocabulary of connection states (the providers
// table, the batch grid, the connect-link dialog and the CLI all read it).

#include "core/ConnectionStatus.h"

#include <QTest>

namespace {
ConnectedAccount account(ConnectionState state, const QString &stateText)
{
    ConnectedAccount a;
    a.id = QStringLiteral("data_installation_1");
    a.state = state;
    a.stateText = stateText;
    return a;
}

DataProvider provider(std::optional<ConnectedAccount> connected, const QStringList &configured = {})
{
    DataProvider p;
    p.slug = QStringLiteral("slack");
    p.scopes = configured;
    p.scopesConfigured = true;
    p.connectedAccount = std::move(connected);
    return p;
}
} // namespace

class TestConnectionStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusOfAnAccount_data();
    void statusOfAnAccount();
    void unknownStatesShowTheServersWord();
    void explainedWordingOfTheBatchGrid();
    void travelsInAQVariant();
    void worstOfEveryConnection_data();
    void worstOfEveryConnection();
    void stateReasonInWords();
};

void TestConnectionStatus::statusOfAnAccount_data()
{
    QTest::addColumn<bool>("hasAccount");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("stateText");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("lowercase");
    QTest::addColumn<QString>("name");
    QTest::newRow("not connected") << false << 0 << QString() << int(ConnectionStatus::NotConnected)
                                   << QStringLiteral("Not connected") << QStringLiteral("not connected")
                                   << QStringLiteral("none");
    QTest::newRow("connected") << true << int(ConnectionState::Connected) << QStringLiteral("connected")
                               << int(ConnectionStatus::Connected) << QStringLiteral("Connected")
                               << QStringLiteral("connected") << QStringLiteral("connected");
    QTest::newRow("needs reauthorization")
        << true << int(ConnectionState::NeedsReauthorization) << QStringLiteral("needs_reauthorization")
        << int(ConnectionStatus::NeedsReauthorization) << QStringLiteral("Needs reauthorization")
        << QStringLiteral("needs reauthorization") << QStringLiteral("needs_reauthorization");
    QTest::newRow("disconnected") << true << int(ConnectionState::Disconnected) << QStringLiteral("disconnected")
                                  << int(ConnectionStatus::Disconnected) << QStringLiteral("Disconnected")
                                  << QStringLiteral("disconnected") << QStringLiteral("disconnected");
    QTest::newRow("unknown") << true << int(ConnectionState::Unknown) << QStringLiteral("suspended")
                             << int(ConnectionStatus::Unknown) << QStringLiteral("suspended")
                             << QStringLiteral("suspended") << QStringLiteral("suspended");
}

void TestConnectionStatus::statusOfAnAccount()
{
    QFETCH(bool, hasAccount);
    QFETCH(int, state);
    QFETCH(QString, stateText);
    QFETCH(int, status);
    QFETCH(QString, label);
    QFETCH(QString, lowercase);
    QFETCH(QString, name);
    std::optional<ConnectedAccount> a;
    if (hasAccount)
        a = account(ConnectionState(state), stateText);
    QCOMPARE(ConnectionStatuses::of(a), ConnectionStatus(status));
    QCOMPARE(ConnectionStatuses::of(provider(a)), ConnectionStatus(status));
    QCOMPARE(ConnectionStatuses::text(a), label);
    QCOMPARE(ConnectionStatuses::text(a, StatusWording::Label), label);
    QCOMPARE(ConnectionStatuses::text(a, StatusWording::Lowercase), lowercase);
    QCOMPARE(ConnectionStatuses::name(a), name);
    if (ConnectionStatus(status) != ConnectionStatus::Unknown)
        QCOMPARE(ConnectionStatuses::text(ConnectionStatus(status), StatusWording::Label), label);
}

void TestConnectionStatus::unknownStatesShowTheServersWord()
{
    // The server's word, never "connected" or a blank cell.
    QCOMPARE(ConnectionStatuses::text(ConnectionStatus::Unknown, StatusWording::Label, QStringLiteral("paused")),
             QStringLiteral("paused"));
    QCOMPARE(ConnectionStatuses::text(ConnectionStatus::Unknown, StatusWording::Label), QStringLiteral("(no state)"));
    QCOMPARE(ConnectionStatuses::text(ConnectionStatus::Unknown, StatusWording::Lowercase), QStringLiteral("unknown"));
    // A known state whose raw word is missing still has a machine name.
    QCOMPARE(ConnectionStatuses::name(account(ConnectionState::Connected, QString())), QStringLiteral("connected"));
}

void TestConnectionStatus::explainedWordingOfTheBatchGrid()
{
    const QStringList configured{QStringLiteral("chat:write"), QStringLiteral("users:read")};
    ConnectedAccount partial = account(ConnectionState::Connected, QStringLiteral("connected"));
    partial.scopes = {QStringLiteral("users:read")};
    QCOMPARE(ConnectionStatuses::text(provider(partial, configured), StatusWording::Explained),
             QStringLiteral("Connected, missing scopes"));
    QCOMPARE(ConnectionStatuses::text(provider(partial, configured), StatusWording::Label), QStringLiteral("Connected"));
    ConnectedAccount full = partial;
    full.scopes = configured;
    QCOMPARE(ConnectionStatuses::text(provider(full, configured), StatusWording::Explained), QStringLiteral("Connected"));
    QCOMPARE(ConnectionStatuses::text(provider(account(ConnectionState::Unknown, QStringLiteral("suspended"))),
                                      StatusWording::Explained),
             QStringLiteral("Unknown state \"suspended\""));
    QCOMPARE(ConnectionStatuses::text(provider(std::nullopt), StatusWording::Explained), QStringLiteral("Not connected"));
}

void TestConnectionStatus::travelsInAQVariant()
{
    // Models hand the type to delegates through a role, never as a bare int.
    const QVariant v = QVariant::fromValue(ConnectionStatus::NeedsReauthorization);
    QCOMPARE(v.value<ConnectionStatus>(), ConnectionStatus::NeedsReauthorization);
}

void TestConnectionStatus::worstOfEveryConnection_data()
{
    QTest::addColumn<QList<int>>("states");   // ConnectionState per connection; missing scopes: 100 + state
    QTest::addColumn<int>("worstIndex");      // -1: none
    QTest::newRow("none") << QList<int>{} << -1;
    QTest::newRow("one") << QList<int>{int(ConnectionState::Connected)} << 0;
    QTest::newRow("needs reauthorization beats connected")
        << QList<int>{int(ConnectionState::Connected), int(ConnectionState::NeedsReauthorization)} << 1;
    QTest::newRow("disconnected beats needs reauthorization")
        << QList<int>{int(ConnectionState::NeedsReauthorization), int(ConnectionState::Disconnected)} << 1;
    QTest::newRow("unknown beats missing scopes")
        << QList<int>{100 + int(ConnectionState::Connected), int(ConnectionState::Unknown)} << 1;
    QTest::newRow("missing scopes beats connected")
        << QList<int>{int(ConnectionState::Connected), 100 + int(ConnectionState::Connected)} << 1;
    QTest::newRow("the first of equals") << QList<int>{int(ConnectionState::Connected), int(ConnectionState::Connected)} << 0;
}

void TestConnectionStatus::worstOfEveryConnection()
{
    QFETCH(QList<int>, states);
    QFETCH(int, worstIndex);
    DataProvider p = provider(std::nullopt, {QStringLiteral("a"), QStringLiteral("b")});
    p.connectedAccountsPresent = true;
    for (int i = 0; i < int(states.size()); ++i) {
        const bool missing = states.at(i) >= 100;
        ConnectedAccount a = account(ConnectionState(states.at(i) % 100), QStringLiteral("x"));
        a.id = QStringLiteral("data_installation_%1").arg(i);
        a.scopes = missing ? QStringList{QStringLiteral("a")} : QStringList{QStringLiteral("a"), QStringLiteral("b")};
        p.connectedAccounts.append(a);
    }
    const std::optional<ConnectedAccount> worst = ConnectionStatuses::worst(p);
    QCOMPARE(worst.has_value(), worstIndex >= 0);
    if (worst)
        QCOMPARE(worst->id, QStringLiteral("data_installation_%1").arg(worstIndex));
}

void TestConnectionStatus::stateReasonInWords()
{
    ConnectedAccount a = account(ConnectionState::NeedsReauthorization, QStringLiteral("needs_reauthorization"));
    QVERIFY(ConnectionStatuses::reasonText(a).isEmpty());
    a.stateReason = StateReason::EstablishingMemberMembershipEnded;
    a.stateReasonText = QStringLiteral("establishing_member_membership_ended");
    QCOMPARE(ConnectionStatuses::reasonText(a), QStringLiteral("the member who established it left the organization"));
    a.stateReason = StateReason::Unknown;
    a.stateReasonText = QStringLiteral("provider_revoked");
    QCOMPARE(ConnectionStatuses::reasonText(a), QStringLiteral("provider_revoked")); // unknown: the server's word
}

QTEST_GUILESS_MAIN(TestConnectionStatus)
#include "tst_connectionstatus.moc"
