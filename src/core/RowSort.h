#pragma once

// Sorting a model's rows on typed keys, for models that sort themselves
// (AuditTableModel, UserListModel) instead of letting a QSortFilterProxyModel
// compare QVariants through QModelIndexes millions of times.

#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <utility>
#include <vector>

namespace RowSort {

// The first 16 UTF-16 units as big-endian bytes (two words, high first):
// ordered as the strings are ordinally wherever two prefixes differ (equal
// prefixes need the full compare). Units from U+00FF up end the prefix,
// padded with 0xFF, above any unit kept; the end of the string pads with
// 0x00. Sixteen, not eight: addresses and ids often share their first eight
// ("user1234…", "user_01H…"), and every tie is a compare of two strings
// scattered over the heap.
struct Prefix final
{
    quint64 high = 0;
    quint64 low = 0;
    int compare(const Prefix &other) const
    {
        if (high != other.high)
            return high < other.high ? -1 : 1;
        if (low != other.low)
            return low < other.low ? -1 : 1;
        return 0;
    }
};

inline Prefix prefix(QStringView text)
{
    quint64 words[2] = {0, 0};
    qsizetype i = 0;
    for (; i < 16 && i < text.size() && text[i].unicode() < 0xFF; ++i)
        words[i / 8] = (words[i / 8] << 8) | text[i].unicode();
    const quint64 pad = i < text.size() ? 0xFF : 0x00;
    for (; i < 16; ++i)
        words[i / 8] = (words[i / 8] << 8) | pad;
    return Prefix{words[0], words[1]};
}

// The new order of the rows (new row -> old row) by keys, ordinal for
// strings (fold case first for a case-insensitive sort), descending if asked;
// rows with equal keys keep the order of ties[] (ascending, unique) in either
// direction.
inline std::vector<int> byText(const std::vector<QString> &keys, const std::vector<qint64> &ties, Qt::SortOrder order)
{
    struct Entry final
    {
        Prefix prefix;
        qint64 tie;
        int row;
    };
    std::vector<Entry> entries(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        entries[i] = Entry{prefix(keys[i]), ties[i], int(i)};
    const bool descending = order == Qt::DescendingOrder;
    std::sort(entries.begin(), entries.end(), [&keys, descending](const Entry &a, const Entry &b) {
        int c = a.prefix.compare(b.prefix);
        if (c == 0)
            c = QString::compare(keys[size_t(a.row)], keys[size_t(b.row)], Qt::CaseSensitive);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return a.tie < b.tie;
    });
    std::vector<int> rows(entries.size());
    for (size_t i = 0; i < entries.size(); ++i)
        rows[i] = entries[i].row;
    return rows;
}

inline std::vector<int> byNumber(const std::vector<qint64> &keys, const std::vector<qint64> &ties, Qt::SortOrder order)
{
    struct Entry final
    {
        qint64 key;
        qint64 tie;
        int row;
    };
    std::vector<Entry> entries(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        entries[i] = Entry{keys[i], ties[i], int(i)};
    const bool descending = order == Qt::DescendingOrder;
    std::sort(entries.begin(), entries.end(), [descending](const Entry &a, const Entry &b) {
        if (a.key != b.key)
            return descending ? a.key > b.key : a.key < b.key;
        return a.tie < b.tie;
    });
    std::vector<int> rows(entries.size());
    for (size_t i = 0; i < entries.size(); ++i)
        rows[i] = entries[i].row;
    return rows;
}

inline bool isIdentity(const std::vector<int> &rows)
{
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i] != int(i))
            return false;
    return true;
}

// Moves items[rows[i]] to items[i], in place (one cycle at a time, no copy of the list).
template <typename List>
void permute(List &items, const std::vector<int> &rows)
{
    std::vector<bool> done(rows.size(), false);
    for (size_t start = 0; start < rows.size(); ++start) {
        if (done[start] || rows[start] == int(start))
            continue;
        auto held = std::move(items[qsizetype(start)]);
        size_t at = start;
        while (size_t(rows[at]) != start) {
            items[qsizetype(at)] = std::move(items[qsizetype(rows[at])]);
            done[at] = true;
            at = size_t(rows[at]);
        }
        items[qsizetype(at)] = std::move(held);
        done[at] = true;
    }
}

// For a layout change: the persistent indexes' new rows (old row -> new row is the inverse of rows).
inline std::vector<int> inverse(const std::vector<int> &rows)
{
    std::vector<int> newRowOf(rows.size());
    for (size_t to = 0; to < rows.size(); ++to)
        newRowOf[size_t(rows[to])] = int(to);
    return newRowOf;
}

} // namespace RowSort
