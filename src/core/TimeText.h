#pragma once

#include <QDateTime>
#include <QString>

// Timestamps as machines read them back.
namespace TimeText {

// "2024-05-01T12:00:00.000Z": UTC, ISO 8601 with milliseconds (the audit
// database and its CSV, the CLI's JSON); empty for an invalid time.
QString isoUtc(const QDateTime &time);

} // namespace TimeText
