#include "core/JsonDecodeEvents.h"

#include "core/JsonDecodeReader.h"


namespace {

using JsonDecode::detail::parseObject;
using Reader = JsonDecode::detail::Reader;

QString text(const QJsonObject &object, const char *field)
{
    const QJsonValue v = object.value(QLatin1String(field));
    return v.isString() ? v.toString() : QString();
}

} // namespace

namespace PipesEventNames {

QStringList all()
{
    QStringList names;
    for (const char *family : {"pipes.connected_account.", "pipes.account_connection."}) {
        for (const char *action : {"connected", "disconnected", "reauthorization_needed", "connection_failed"})
            names.append(QLatin1String(family) + QLatin1String(action));
    }
    names.append(QStringLiteral("pipes.account_connection.add_failed"));
    return names;
}

PipesEventKind kindOf(const QString &name, PipesEventFamily *family)
{
    PipesEventFamily f = PipesEventFamily::Other;
    QString action;
    if (name.startsWith(QLatin1String("pipes.connected_account."))) {
        f = PipesEventFamily::ConnectedAccount;
        action = name.mid(24);
    } else if (name.startsWith(QLatin1String("pipes.account_connection."))) {
        f = PipesEventFamily::AccountConnection;
        action = name.mid(25);
    }
    if (family)
        *family = f;
    if (f == PipesEventFamily::Other)
        return PipesEventKind::Unknown;
    if (action == QLatin1String("connected"))
        return PipesEventKind::Connected;
    if (action == QLatin1String("disconnected"))
        return PipesEventKind::Disconnected;
    if (action == QLatin1String("reauthorization_needed"))
        return PipesEventKind::ReauthorizationNeeded;
    if (action == QLatin1String("connection_failed"))
        return PipesEventKind::ConnectionFailed;
    if (action == QLatin1String("add_failed") && f == PipesEventFamily::AccountConnection)
        return PipesEventKind::AddFailed;
    return PipesEventKind::Unknown;
}

} // namespace PipesEventNames

namespace JsonDecode {

Decoded<PipesEvent> eventObject(const QJsonObject &object, const QString &path)
{
    Reader r(object, path);
    PipesEvent e;
    r.expectObjectType("event");
    e.id = r.requiredString("id");
    e.name = r.requiredString("event");
    e.createdAt = r.requiredTime("created_at");
    e.data = r.optionalObject("data");
    if (r.failed())
        return r.error();
    e.kind = PipesEventNames::kindOf(e.name, &e.family);
    // The payload is read leniently: an event this build does not know may
    // carry anything, and what it carries is kept in `data` and shown raw.
    const QJsonObject &d = e.data;
    e.dataObject = text(d, "object");
    if (e.dataObject != QLatin1String("connection_failed"))
        e.connectedAccountId = text(d, "id");
    e.providerSlug = text(d, "provider_slug");
    e.userId = text(d, "user_id");
    e.organizationId = text(d, "organization_id");
    e.accountIdentifier = text(d, "account_identifier");
    e.accountDisplayName = text(d, "account_display_name");
    e.state = text(d, "state");
    e.stateReason = text(d, "state_reason");
    for (const QJsonValue &scope : d.value(QStringLiteral("scopes")).toArray()) {
        if (scope.isString())
            e.scopes.append(scope.toString());
    }
    e.errorCode = text(d, "error_code");
    e.errorReason = text(d, "error_reason");
    e.providerError = text(d, "provider_error");
    e.providerErrorDescription = text(d, "provider_error_description");
    e.raw = object;
    return e;
}

Decoded<PipesEventPage> eventList(const QByteArray &body)
{
    return detail::decodePage<PipesEvent>(body, &eventObject);
}

Decoded<TokenCheck> tokenCheck(const QByteArray &body)
{
    const Decoded<QJsonObject> doc = parseObject(body);
    if (!doc.ok())
        return doc.error();
    const QJsonObject &object = doc.value();
    const QJsonValue active = object.value(QStringLiteral("active"));
    if (!active.isBool()) // the SDK throws on any other value (M:4573)
        return DecodeError{QStringLiteral("active"), QStringLiteral("expected a boolean")};
    TokenCheck check;
    if (!active.toBool()) {
        Reader r(object, QString());
        check.errorText = r.optionalString("error");
        if (r.failed())
            return r.error();
        check.status = check.errorText == QLatin1String("needs_reauthorization") ? TokenStatus::NeedsReauthorization
            : check.errorText == QLatin1String("not_installed")                  ? TokenStatus::NotInstalled
                                                                                 : TokenStatus::Unknown;
        return check;
    }
    Reader r(object, QString());
    const QJsonObject token = r.optionalObject("access_token");
    if (r.failed())
        return r.error();
    if (token.isEmpty())
        return DecodeError{QStringLiteral("access_token"), QStringLiteral("missing required field")};
    Reader t(token, QStringLiteral("access_token"));
    check.status = TokenStatus::Active;
    check.tokenHandedOut = !t.optionalString("access_token").isEmpty(); // read, never kept
    check.expiresAt = t.optionalTime("expires_at");
    check.scopes = t.stringArray("scopes");
    check.missingScopes = t.stringArray("missing_scopes");
    if (t.failed())
        return t.error();
    return check;
}

} // namespace JsonDecode
