#include "cli/TextOutput.h"

#include "core/ConnectionStatus.h"
#include "cli/TableFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {
const QString none = QStringLiteral("-");

QString orNone(const QString &text)
{
    return text.isEmpty() ? none : text;
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return none;
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return none;
}
} // namespace

QString TextOutput::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return none;
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString TextOutput::listText(const QStringList &items)
{
    return items.isEmpty() ? none : items.join(QStringLiteral(", "));
}

QString TextOutput::stateText(const std::optional<ConnectedAccount> &account)
{
    return ConnectionStatuses::text(account, StatusWording::Lowercase);
}

QString TextOutput::ownershipText(const DataProvider &provider)
{
    switch (provider.ownership) {
    case Ownership::User:
        return tr("user");
    case Ownership::Organization:
        return tr("organization");
    case Ownership::Unknown:
        break;
    }
    return orNone(provider.ownershipText);
}

QString TextOutput::userTable(const QList<User> &users)
{
    TableFormatter table({tr("ID"), tr("EMAIL"), tr("NAME"), tr("VERIFIED"), tr("CREATED")});
    for (const User &u : users)
        table.addRow({u.id, u.email, orNone(u.fullName()), u.emailVerified ? tr("yes") : tr("no"),
                      timeText(u.createdAt)});
    return table.render();
}

QString TextOutput::userDetails(const User &u)
{
    return TableFormatter::renderKeyValues({
        {tr("ID"), u.id},
        {tr("Email"), u.email},
        {tr("Name"), orNone(u.fullName())},
        {tr("Email verified"), u.emailVerified ? tr("yes") : tr("no")},
        {tr("External id"), orNone(u.externalId)},
        {tr("Locale"), orNone(u.locale)},
        {tr("Last sign-in"), timeText(u.lastSignInAt)},
        {tr("Created"), timeText(u.createdAt)},
        {tr("Updated"), timeText(u.updatedAt)},
        {tr("Metadata"), u.metadata.isEmpty() ? none : jsonValueText(u.metadata)},
    });
}

QString TextOutput::stateWithReason(const ConnectedAccount &account)
{
    const QString reason = ConnectionStatuses::reasonText(account);
    const QString state = stateText(account);
    return reason.isEmpty() ? state : tr("%1: %2").arg(state, reason);
}

QString TextOutput::labelText(const ConnectedAccount &account)
{
    return account.accountDisplayName.isEmpty() ? tr("(no label)") : account.accountDisplayName;
}

QString TextOutput::connectionChoice(const ConnectedAccount &account)
{
    return tr("%1  %2 (%3)").arg(account.id, labelText(account), stateWithReason(account));
}

QString TextOutput::providerTable(const QList<DataProvider> &providers)
{
    TableFormatter table({tr("PROVIDER"), tr("SLUG"), tr("OWNERSHIP"), tr("STATUS"), tr("ACCOUNT"),
                          tr("MISSING SCOPES"), tr("CONNECTION ID")});
    for (const DataProvider &p : providers) {
        const QList<ConnectedAccount> connections = p.allConnections();
        const QString status = connections.isEmpty()
            ? stateText(std::nullopt)
            : tr("%n connection(s)", nullptr, int(connections.size()));
        table.addRow({p.name, p.slug, ownershipText(p), status, QString(), QString(), QString()});
        for (const ConnectedAccount &a : connections)
            table.addRow({QStringLiteral("  ") + labelText(a), QString(), QString(), stateWithReason(a),
                          orNone(a.accountIdentifier), listText(p.missingScopes(a)), a.id});
    }
    return table.render();
}

QString TextOutput::accountDetails(const ConnectedAccount &a, const QString &slug)
{
    QList<QPair<QString, QString>> pairs{
        {tr("Account"), a.id},
        {tr("Provider"), slug},
        {tr("User"), orNone(a.userId)},
        {tr("Organization"), orNone(a.organizationId)},
        {tr("Label"), labelText(a)},
        {tr("Provider account"), orNone(a.accountIdentifier)},
        {tr("Role"), a.isCompatibility() ? tr("compatibility") : orNone(a.roleText)},
        {tr("Status"), stateWithReason(a)},
        {tr("Granted scopes"), listText(a.scopes)},
        {tr("Established by"), orNone(a.establishedByUserId)},
    };
    if (!a.authMethod.isEmpty())
        pairs.append({tr("Auth method"), a.authMethod});
    if (!a.apiKeyLast4.isEmpty())
        pairs.append({tr("API key ends in"), a.apiKeyLast4});
    if (!a.clientId.isEmpty())
        pairs.append({tr("Client id"), a.clientId});
    if (!a.clientSecretLast4.isEmpty())
        pairs.append({tr("Client secret ends in"), a.clientSecretLast4});
    for (auto it = a.config.constBegin(); it != a.config.constEnd(); ++it)
        pairs.append({tr("Config %1").arg(it.key()), it.value()});
    pairs.append({tr("Connected since"), timeText(a.createdAt)});
    pairs.append({tr("Updated"), timeText(a.updatedAt)});

    // Fields this build does not know: shown as WorkOS sent them, never dropped.
    static const QStringList known{
        QStringLiteral("object"),     QStringLiteral("id"),         QStringLiteral("user_id"),
        QStringLiteral("organization_id"), QStringLiteral("scopes"), QStringLiteral("state"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("auth_method"),
        QStringLiteral("api_key_last_4"), QStringLiteral("account_display_name"), QStringLiteral("account_identifier"),
        QStringLiteral("connection_role"), QStringLiteral("established_by_user_id"), QStringLiteral("state_reason"),
        QStringLiteral("client_id"), QStringLiteral("client_secret_last_4"), QStringLiteral("config"),
        QStringLiteral("userland_user_id")};
    const QJsonObject raw = a.raw.object();
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
        if (known.contains(it.key()) || it.key() != it.key().toLower())
            continue;
        pairs.append({it.key(), jsonValueText(it.value())});
    }
    return TableFormatter::renderKeyValues(pairs);
}
