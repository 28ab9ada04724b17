#include "core/RawJson.h"

#include <QJsonDocument>

QJsonObject RawJson::object() const
{
    if (!m_isText)
        return m_object;
    // fromRawData: no copy of the body's bytes.
    const QByteArray text = QByteArray::fromRawData(m_body.constData() + m_from, m_size);
    return QJsonDocument::fromJson(text).object();
}
