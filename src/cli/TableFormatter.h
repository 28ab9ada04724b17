#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

// Aligned plain-text tables for a terminal. Pure: strings in, a string out.
//
//   ID         EMAIL              NAME
//   user_01H…  alice@example.com  Alice Liddell
//
// Widths are terminal columns, not UTF-16 code units: combining marks and
// zero-width characters take no column, East Asian wide characters and most
// emoji take two. Cells are cleaned first (control characters, bidi overrides)
// so server-provided text cannot break the layout or drive the terminal.
// Columns are separated by two spaces; lines carry no trailing spaces.
class TableFormatter final
{
public:
    // An empty header list renders rows only (no header line).
    explicit TableFormatter(QStringList headers);

    // Missing cells render empty; cells beyond the header count are kept
    // (the table grows a column).
    void addRow(QStringList cells);
    int rowCount() const { return int(m_rows.size()); }

    // Every line ends with '\n'. An empty string when there are no headers and no rows.
    QString render() const;

    // "Label:  value" pairs with the values aligned, one per line.
    static QString renderKeyValues(const QList<QPair<QString, QString>> &pairs);

    static int displayWidth(QStringView text);
    static QString cleanCell(const QString &text);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};
