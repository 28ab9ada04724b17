#include "JsonDecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

QString DecodeError::toString() const
{
    return path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
}

namespace JsonDecode {
namespace {

QString join(const QString &path, const QString &field)
{
    return path.isEmpty() ? field : path + QLatin1Char('.') + field;
}

QString indexPath(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

// A small reader that remembers the first problem. Fields are read with
// required*/optional*; after reading, `failed()` tells whether the object
// was acceptable.
class Reader final
{
public:
    Reader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    bool failed() const { return m_error.has_value(); }
    DecodeError error() const { return *m_error; }
    const QString &path() const { return m_path; }

    QString requiredString(const char *field)
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            fail(field, QStringLiteral("missing required field"));
        else if (!v.isString())
            fail(field, QStringLiteral("expected a string"));
        return v.toString();
    }

    // Absent or null give an empty string; a wrong type is an error.
    QString optionalString(const char *field)
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return QString();
        if (!v.isString()) {
            fail(field, QStringLiteral("expected a string or null"));
            return QString();
        }
        return v.toString();
    }

    bool optionalBool(const char *field)
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool()) {
            fail(field, QStringLiteral("expected a boolean"));
            return false;
        }
        return v.toBool();
    }

    QDateTime optionalTime(const char *field)
    {
        const QString text = optionalString(field);
        if (text.isEmpty())
            return QDateTime();
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            fail(field, QStringLiteral("expected an ISO-8601 timestamp"));
        return t;
    }

    QDateTime requiredTime(const char *field)
    {
        if (!has(field)) {
            fail(field, QStringLiteral("missing required field"));
            return QDateTime();
        }
        return optionalTime(field);
    }

    // Absent or null: empty list and *present = false.
    QStringList stringArray(const char *field, bool *present = nullptr)
    {
        QStringList out;
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (present)
            *present = v.isArray();
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(field, QStringLiteral("expected an array of strings"));
            return out;
        }
        const QJsonArray array = v.toArray();
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (!item.isString()) {
                failPath(indexPath(join(m_path, QLatin1String(field)), i), QStringLiteral("expected a string"));
                return out;
            }
            out.append(item.toString());
        }
        return out;
    }

    QJsonObject optionalObject(const char *field)
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return QJsonObject();
        if (!v.isObject())
            fail(field, QStringLiteral("expected an object"));
        return v.toObject();
    }

    void expectObjectType(const char *expected)
    {
        // "object" is informative; only a conflicting value is an error.
        const QJsonValue v = m_object.value(QLatin1String("object"));
        if (v.isString() && v.toString() != QLatin1String(expected))
            fail("object", QStringLiteral("expected \"%1\", got \"%2\"").arg(QLatin1String(expected), v.toString()));
    }

    bool has(const char *field) const
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        return !v.isUndefined();
    }

    void fail(const char *field, const QString &message) { failPath(join(m_path, QLatin1String(field)), message); }
    void failPath(const QString &path, const QString &message)
    {
        if (!m_error)
            m_error = DecodeError{path, message};
    }

private:
    const QJsonObject &m_object;
    QString m_path;
    std::optional<DecodeError> m_error;
};

Decoded<QJsonObject> parseObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return DecodeError{QString(), QStringLiteral("empty body where JSON was expected")};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return DecodeError{QString(), QStringLiteral("not valid JSON (%1 at offset %2)")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset)};
    if (!doc.isObject())
        return DecodeError{QString(), QStringLiteral("expected a JSON object")};
    return doc.object();
}

template <typename T>
using ObjectDecoder = Decoded<T> (*)(const QJsonObject &, const QString &);

template <typename T>
Decoded<QList<T>> decodeArray(const QJsonObject &root, ObjectDecoder<T> decodeItem)
{
    const QJsonValue data = root.value(QLatin1String("data"));
    if (data.isUndefined() || data.isNull())
        return DecodeError{QStringLiteral("data"), QStringLiteral("missing required field")};
    if (!data.isArray())
        return DecodeError{QStringLiteral("data"), QStringLiteral("expected an array")};
    const QJsonArray array = data.toArray();
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = indexPath(QStringLiteral("data"), i);
        const QJsonValue item = array.at(i);
        if (!item.isObject())
            return DecodeError{path, QStringLiteral("expected an object")};
        Decoded<T> decoded = decodeItem(item.toObject(), path);
        if (!decoded.ok())
            return decoded.error();
        out.append(std::move(decoded.value()));
    }
    return out;
}

template <typename T>
Decoded<Page<T>> decodePage(const QByteArray &body, ObjectDecoder<T> decodeItem)
{
    Decoded<QJsonObject> root = parseObject(body);
    if (!root.ok())
        return root.error();
    Decoded<QList<T>> items = decodeArray<T>(root.value(), decodeItem);
    if (!items.ok())
        return items.error();
    Page<T> page;
    page.data = std::move(items.value());
    const QJsonValue meta = root.value().value(QLatin1String("list_metadata"));
    if (meta.isObject()) {
        Reader r(meta.toObject(), QStringLiteral("list_metadata"));
        page.before = r.optionalString("before");
        page.after = r.optionalString("after");
        if (r.failed())
            return r.error();
    } else if (!meta.isUndefined() && !meta.isNull()) {
        return DecodeError{QStringLiteral("list_metadata"), QStringLiteral("expected an object")};
    }
    return page;
}

template <typename T>
Decoded<T> decodeDocument(const QByteArray &body, ObjectDecoder<T> decodeObject)
{
    Decoded<QJsonObject> root = parseObject(body);
    if (!root.ok())
        return root.error();
    return decodeObject(root.value(), QString());
}

} // namespace

Decoded<User> userObject(const QJsonObject &object, const QString &path)
{
    Reader r(object, path);
    User u;
    r.expectObjectType("user");
    u.id = r.requiredString("id");
    u.email = r.requiredString("email");
    u.firstName = r.optionalString("first_name");
    u.lastName = r.optionalString("last_name");
    u.emailVerified = r.optionalBool("email_verified");
    u.profilePictureUrl = r.optionalString("profile_picture_url");
    u.externalId = r.optionalString("external_id");
    u.locale = r.optionalString("locale");
    u.lastSignInAt = r.optionalTime("last_sign_in_at");
    u.createdAt = r.optionalTime("created_at");
    u.updatedAt = r.optionalTime("updated_at");
    u.metadata = r.optionalObject("metadata");
    u.raw = object;
    if (r.failed())
        return r.error();
    return u;
}

Decoded<Organization> organizationObject(const QJsonObject &object, const QString &path)
{
    Reader r(object, path);
    Organization o;
    r.expectObjectType("organization");
    o.id = r.requiredString("id");
    o.name = r.requiredString("name");
    // domains are objects {id, domain, state...} in the API; tolerate plain strings too.
    const QJsonValue domains = object.value(QLatin1String("domains"));
    if (domains.isArray()) {
        const QJsonArray array = domains.toArray();
        for (const QJsonValue &d : array) {
            if (d.isString())
                o.domains.append(d.toString());
            else if (d.isObject())
                o.domains.append(d.toObject().value(QLatin1String("domain")).toString());
        }
    }
    o.externalId = r.optionalString("external_id");
    o.createdAt = r.optionalTime("created_at");
    o.updatedAt = r.optionalTime("updated_at");
    o.raw = object;
    if (r.failed())
        return r.error();
    return o;
}

Decoded<OrganizationMembership> membershipObject(const QJsonObject &object, const QString &path)
{
    Reader r(object, path);
    OrganizationMembership m;
    r.expectObjectType("organization_membership");
    m.id = r.requiredString("id");
    m.userId = r.requiredString("user_id");
    m.organizationId = r.requiredString("organization_id");
    m.organizationName = r.optionalString("organization_name");
    // role is {"slug": "member"} in the API; tolerate a plain string.
    const QJsonValue role = object.value(QLatin1String("role"));
    if (role.isObject())
        m.role = role.toObject().value(QLatin1String("slug")).toString();
    else if (role.isString())
        m.role = role.toString();
    m.status = r.optionalString("status");
    m.createdAt = r.optionalTime("created_at");
    m.updatedAt = r.optionalTime("updated_at");
    m.raw = object;
    if (r.failed())
        return r.error();
    return m;
}

Decoded<ConnectedAccount> connectedAccountObject(const QJsonObject &object, const QString &path)
{
    Reader r(object, path);
    ConnectedAccount a;
    r.expectObjectType("connected_account");
    a.id = r.requiredString("id");
    a.userId = r.optionalString("user_id");
    a.organizationId = r.optionalString("organization_id");
    a.scopes = r.stringArray("scopes");
    a.stateText = r.requiredString("state");
    a.state = connectionStateFromString(a.stateText);
    a.createdAt = r.optionalTime("created_at");
    a.updatedAt = r.optionalTime("updated_at");
    a.authMethod = r.optionalString("auth_method");
    a.apiKeyLast4 = r.optionalString("api_key_last_4");
    a.raw = object;
    if (r.failed())
        return r.error();
    return a;
}

Decoded<DataProvider> dataProviderObject(const QJsonObject &object, const QString &path)
{
    Reader r(object, path);
    DataProvider p;
    r.expectObjectType("data_provider");
    p.id = r.requiredString("id");
    p.name = r.requiredString("name");
    p.slug = r.requiredString("slug");
    p.description = r.optionalString("description");
    p.integrationType = r.optionalString("integration_type");
    p.credentialsType = r.optionalString("credentials_type");
    p.scopes = r.stringArray("scopes", &p.scopesConfigured);
    p.ownershipText = r.optionalString("ownership");
    if (p.ownershipText == QLatin1String("userland_user"))
        p.ownership = Ownership::User;
    else if (p.ownershipText == QLatin1String("organization"))
        p.ownership = Ownership::Organization;
    p.createdAt = r.optionalTime("created_at");
    p.updatedAt = r.optionalTime("updated_at");
    if (!r.has("connected_account"))
        r.fail("connected_account", QStringLiteral("missing required field (null when not connected)"));
    if (r.failed())
        return r.error();
    const QJsonValue account = object.value(QLatin1String("connected_account"));
    if (account.isObject()) {
        Decoded<ConnectedAccount> decoded =
            connectedAccountObject(account.toObject(), join(path, QStringLiteral("connected_account")));
        if (!decoded.ok())
            return decoded.error();
        p.connectedAccount = std::move(decoded.value());
    } else if (!account.isNull()) {
        return DecodeError{join(path, QStringLiteral("connected_account")), QStringLiteral("expected an object or null")};
    }
    p.raw = object;
    return p;
}

Decoded<User> user(const QByteArray &body)
{
    return decodeDocument<User>(body, &userObject);
}

Decoded<Page<User>> userList(const QByteArray &body)
{
    return decodePage<User>(body, &userObject);
}

Decoded<Organization> organization(const QByteArray &body)
{
    return decodeDocument<Organization>(body, &organizationObject);
}

Decoded<Page<Organization>> organizationList(const QByteArray &body)
{
    return decodePage<Organization>(body, &organizationObject);
}

Decoded<Page<OrganizationMembership>> membershipList(const QByteArray &body)
{
    return decodePage<OrganizationMembership>(body, &membershipObject);
}

Decoded<QList<DataProvider>> dataProviderList(const QByteArray &body)
{
    Decoded<QJsonObject> root = parseObject(body);
    if (!root.ok())
        return root.error();
    return decodeArray<DataProvider>(root.value(), &dataProviderObject);
}

Decoded<ConnectedAccount> connectedAccount(const QByteArray &body)
{
    return decodeDocument<ConnectedAccount>(body, &connectedAccountObject);
}

Decoded<AuthorizeUrl> authorizeUrl(const QByteArray &body)
{
    Decoded<QJsonObject> root = parseObject(body);
    if (!root.ok())
        return root.error();
    Reader r(root.value(), QString());
    const QString text = r.requiredString("url");
    if (r.failed())
        return r.error();
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return DecodeError{QStringLiteral("url"), QStringLiteral("not an absolute URL")};
    return AuthorizeUrl{url};
}

void errorBody(const QByteArray &body, ApiError &error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return;
    const QJsonObject o = doc.object();
    auto text = [&o](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isString() ? v.toString() : QString();
    };
    error.message = text("message");
    if (error.message.isEmpty())
        error.message = text("error_description");
    error.code = text("code");
    if (error.code.isEmpty())
        error.code = text("error");
    const QJsonValue errors = o.value(QLatin1String("errors"));
    if (errors.isArray()) {
        const QJsonArray array = errors.toArray();
        for (const QJsonValue &e : array) {
            if (!e.isObject())
                continue;
            const QJsonObject eo = e.toObject();
            error.fieldErrors.append(FieldError{eo.value(QLatin1String("field")).toString(),
                                                eo.value(QLatin1String("code")).toString(),
                                                eo.value(QLatin1String("message")).toString()});
        }
    }
}
} // namespace JsonDecode
