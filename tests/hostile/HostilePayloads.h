#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Spec-shaped WorkOS payloads (see /work/shared/api/workos-api.md) that the
// hostile body tests bend one field at a time. Kept out of the Q_OBJECT test
// files on purpose.
namespace HostilePayloads {

inline QJsonObject account(const QString &state = QStringLiteral("connected"))
{
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("connected_account")},
        {QStringLiteral("id"), QStringLiteral("data_installation_01HXYZ0000000000000000000A")},
        {QStringLiteral("user_id"), QStringLiteral("user_01H00000000012PBHEDEF4EVRB")},
        {QStringLiteral("organization_id"), QJsonValue::Null},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("repo"), QStringLiteral("read:user")}},
        {QStringLiteral("state"), state},
        {QStringLiteral("created_at"), QStringLiteral("2024-01-15T10:30:00.000Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2024-02-01T08:00:00.000Z")},
    };
}

inline QJsonObject provider(const QString &slug = QStringLiteral("github"),
                            const QJsonValue &connected = account())
{
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("data_provider")},
        {QStringLiteral("id"), QStringLiteral("data_integration_01HXYZ00000000000000000") + slug.left(3).toUpper()},
        {QStringLiteral("name"), slug.left(1).toUpper() + slug.mid(1)},
        {QStringLiteral("description"), QStringLiteral("Code hosting")},
        {QStringLiteral("slug"), slug},
        {QStringLiteral("integration_type"), slug},
        {QStringLiteral("credentials_type"), QStringLiteral("oauth2")},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("repo"), QStringLiteral("read:user"), QStringLiteral("workflow")}},
        {QStringLiteral("ownership"), QStringLiteral("userland_user")},
        {QStringLiteral("created_at"), QStringLiteral("2023-06-01T00:00:00.000Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2023-06-02T00:00:00.000Z")},
        {QStringLiteral("connected_account"), connected},
    };
}

inline QByteArray list(const QJsonArray &data)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

inline QByteArray document(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The fields of each object, for the data-driven "every field bent" tests.
inline QStringList providerFields()
{
    return provider().keys();
}

inline QStringList accountFields()
{
    return account().keys();
}

// Wrong-typed stand-ins for any field.
inline QList<QPair<QString, QJsonValue>> wrongValues()
{
    return {
        {QStringLiteral("null"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("number"), QJsonValue(42)},
        {QStringLiteral("bool"), QJsonValue(true)},
        {QStringLiteral("string"), QJsonValue(QStringLiteral("surprise"))},
        {QStringLiteral("array"), QJsonValue(QJsonArray{1, 2})},
        {QStringLiteral("object"), QJsonValue(QJsonObject{{QStringLiteral("x"), 1}})},
    };
}

// {"a":{"a":...}} nested `depth` times around a valid-looking provider list.
inline QByteArray deeplyNested(int depth, const QByteArray &open, const QByteArray &close)
{
    QByteArray out;
    out.reserve(depth * (open.size() + close.size()) + 64);
    for (int i = 0; i < depth; ++i)
        out += open;
    out += "1";
    for (int i = 0; i < depth; ++i)
        out += close;
    return out;
}

} // namespace HostilePayloads
