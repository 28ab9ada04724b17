#include "cli/TableFormatter.h"

#include <algorithm>

namespace {
constexpr int columnGap = 2;

bool isWide(char32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

bool isZeroWidth(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // zero-width space and joiner, soft hyphen
        return true;
    default:
        return false;
    }
}

bool isBidiControl(char32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
        || cp == 0x061C;
}

QString padded(const QString &text, int width)
{
    const int missing = width - TableFormatter::displayWidth(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

void renderLine(const QStringList &cells, const QList<int> &widths, QString &out)
{
    QString line;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const QString cell = i < cells.size() ? cells.at(i) : QString();
        if (i > 0)
            line += QString(columnGap, QLatin1Char(' '));
        line += padded(cell, widths.at(i));
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    out += line;
    out += QLatin1Char('\n');
}
} // namespace

TableFormatter::TableFormatter(QStringList headers)
    : m_headers(std::move(headers))
{
    for (QString &header : m_headers)
        header = cleanCell(header);
}

void TableFormatter::addRow(QStringList cells)
{
    for (QString &cell : cells)
        cell = cleanCell(cell);
    m_rows.append(std::move(cells));
}

QString TableFormatter::render() const
{
    qsizetype columns = m_headers.size();
    for (const QStringList &row : m_rows)
        columns = std::max(columns, row.size());
    QList<int> widths(columns, 0);
    auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths.at(i), displayWidth(cells.at(i)));
    };
    measure(m_headers);
    for (const QStringList &row : m_rows)
        measure(row);

    QString out;
    if (!m_headers.isEmpty())
        renderLine(m_headers, widths, out);
    for (const QStringList &row : m_rows)
        renderLine(row, widths, out);
    return out;
}

QString TableFormatter::renderKeyValues(const QList<QPair<QString, QString>> &pairs)
{
    TableFormatter table{QStringList()};
    for (const auto &[key, value] : pairs)
        table.addRow({key + QLatin1Char(':'), value});
    return table.render();
}

int TableFormatter::displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t cp : text.toUcs4()) {
        if (isZeroWidth(cp))
            continue;
        width += isWide(cp) ? 2 : 1;
    }
    return width;
}

QString TableFormatter::cleanCell(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const char32_t cp : text.toUcs4()) {
        if (cp == U'\n' || cp == U'\r' || cp == U'\t')
            result += QLatin1Char(' ');
        else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || isBidiControl(cp))
            result += QChar(0xFFFD);
        else
            result += QString::fromUcs4(&cp, 1);
    }
    return result;
}
