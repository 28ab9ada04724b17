#pragma once

#include "core/JsonDecode.h"
#include "core/TimeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QVariant>

#include <optional>

// The field reader and the document helpers shared by the decoders in
// JsonDecode.cpp, JsonDecodePipes.cpp and JsonDecodeEvents.cpp. Internal to
// src/core: not part of the decoding API.
namespace JsonDecode::detail {

inline QString join(const QString &path, const QString &field)
{
    return path.isEmpty() ? field : path + QLatin1Char('.') + field;
}

inline QString indexPath(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
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
    QString optionalString(const char *field) { return optionalStringOf(m_object.value(QLatin1String(field)), field); }

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

    QDateTime optionalTime(const char *field) { return optionalTimeOf(m_object.value(QLatin1String(field)), field); }

    QDateTime optionalTimeOf(const QJsonValue &value, const char *field)
    {
        const QString text = optionalStringOf(value, field);
        if (text.isEmpty())
            return QDateTime();
        const QDateTime t = TimeText::fromIso(text);
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

    // The snake_case field, or (when it is absent) its 0.1.0 camelCase twin.
    // Newer servers send no twins, so neither may be required.
    // One lookup when the field is there (the usual case), two when it is not.
    QString optionalStringOrTwin(const char *field, const char *twin)
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (!v.isUndefined())
            return optionalStringOf(v, field);
        return optionalStringOf(m_object.value(QLatin1String(twin)), twin);
    }

    QDateTime optionalTimeOrTwin(const char *field, const char *twin)
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (!v.isUndefined())
            return optionalTimeOf(v, field);
        return optionalTimeOf(m_object.value(QLatin1String(twin)), twin);
    }

    // An object of strings. Tolerant of values that are not strings (numbers
    // and booleans are kept as text, nested values are skipped); a field that
    // is not an object at all is an error.
    QMap<QString, QString> stringMap(const char *field)
    {
        QMap<QString, QString> out;
        const QJsonObject object = optionalObject(field);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QJsonValue v = it.value();
            if (v.isString())
                out.insert(it.key(), v.toString());
            else if (v.isDouble() || v.isBool())
                out.insert(it.key(), v.toVariant().toString());
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

    // `value` is the object's `field`: absent or null give an empty string; a wrong type is an error.
    QString optionalStringOf(const QJsonValue &value, const char *field)
    {
        if (value.isString())
            return value.toString();
        if (!value.isUndefined() && !value.isNull())
            fail(field, QStringLiteral("expected a string or null"));
        return QString();
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

// A response body as a JSON object.
inline Decoded<QJsonObject> parseObject(const QByteArray &body)
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

// The objects of a list's "data" array, each by decodeItem.
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

// A whole list document: "data" and list_metadata's cursors.
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

} // namespace JsonDecode::detail
