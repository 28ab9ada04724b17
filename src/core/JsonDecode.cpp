#include "core/JsonDecode.h"

#include "core/JsonDecodeReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

QString DecodeError::toString() const
{
    return path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
}

namespace JsonDecode {
namespace {

using detail::indexPath;
using detail::join;
using Reader = detail::Reader;


using detail::decodeArray;
using detail::decodePage;
using detail::ObjectDecoder;
using detail::parseObject;

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
    // The batch check reads one of these per user: the fast path first (no
    // QJsonDocument; about a fifth of the general path's instructions).
    if (std::optional<QList<DataProvider>> fast = detail::dataProviderListFast(body))
        return std::move(*fast);
    return detail::dataProviderListGeneral(body);
}

Decoded<QList<DataProvider>> detail::dataProviderListGeneral(const QByteArray &body)
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
