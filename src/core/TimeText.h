#pragma once

#include <QDateTime>
#include <QString>

// Timestamps as machines read them back.
namespace TimeText {

// "2024-05-01T12:00:00.000Z": UTC, ISO 8601 with milliseconds (the audit
// database and its CSV, the CLI's JSON); empty for an invalid time.
QString isoUtc(const QDateTime &time);

// An ISO 8601 timestamp as the API and the audit database write it, read
// exactly as QDateTime::fromString(text, Qt::ISODateWithMs) reads it, and
// failing that as Qt::ISODate; invalid when neither can. The two shapes
// written everywhere ("2024-05-01T12:00:03Z", "2024-05-01T12:00:03.045Z")
// are read without Qt's general parser, several times faster (a providers
// answer holds a hundred or more of them, a history page thousands).
QDateTime fromIso(const QString &text);

} // namespace TimeText
