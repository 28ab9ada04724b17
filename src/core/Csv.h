#pragma once

#include <QString>
#include <QStringList>

// CSV as every export of Pipes Admin writes it (the batch grid and items, the
// audit log): RFC 4180 quoting (a field with a comma, semicolon, quote or line
// break is quoted, quotes doubled), CRLF line ends, and formula-injection
// escaping: a field a spreadsheet would run as a formula (starting with
// = + - @ tab or CR) gets a leading ' so it is shown as text. One place, so a
// fix to the escaping reaches every export.
namespace Csv {

QString field(const QString &text);
// The escaped fields joined with commas, ending in CRLF.
QString record(const QStringList &fields);

} // namespace Csv
