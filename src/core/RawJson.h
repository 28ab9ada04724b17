#pragma once

#include <QByteArray>
#include <QJsonObject>

// The object a value was decoded from, as the server sent it: either a
// QJsonObject, or the object's text inside the response body (shared, not
// copied), parsed only when somebody asks (the details pane's JSON, the CLI's
// field list). The decoders' fast path keeps the text, so a provider list is
// read without building a QJsonObject for each of its rows.
class RawJson final
{
public:
    RawJson() = default;
    RawJson(QJsonObject object) : m_object(std::move(object)) {} // NOLINT: a QJsonObject is a raw object
    // `size` bytes of `body` from `from`: a whole JSON object.
    RawJson(QByteArray body, qsizetype from, qsizetype size)
        : m_body(std::move(body)), m_from(from), m_size(size), m_isText(true)
    {
    }

    // Parsed on each call (no cache, so a const value may be read from any thread).
    QJsonObject object() const;
    operator QJsonObject() const { return object(); } // NOLINT: reads like the QJsonObject it was

    bool isEmpty() const { return object().isEmpty(); }
    bool contains(const QString &key) const { return object().contains(key); }

private:
    QJsonObject m_object;
    QByteArray m_body;
    qsizetype m_from = 0;
    qsizetype m_size = 0;
    bool m_isText = false;
};
