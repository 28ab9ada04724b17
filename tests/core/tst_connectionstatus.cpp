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

QTEST_GUILESS_MAIN(TestConnectionStatus)
#include "tst_connectionstatus.moc"
