#pragma once

// Case-insensitive substring search over many rows without folding every
// row's text again on every keystroke. A model keeps, per row, one string:
// the fields a quick filter looks at, each folded (simple case folding, one
// code point to one, as QStringMatcher folds with Qt::CaseInsensitive) and
// joined by SearchText::separator. A proxy folds the needle once and looks
// for it case-sensitively: one contiguous string per row instead of five
// scattered ones, and no per-character folding while filtering. Filtering
// 100,000 audit rows took 126-131 ms of CPU on the benchmark host and takes
// 49-80 ms (bench_scale; the README's Scale rows have the medians).

#include <QString>
#include <QStringView>

#include <initializer_list>

namespace SearchText {

// Never typed: a needle containing it cannot use the joined text.
inline constexpr char16_t separator = u'\x1f';

// text, simply case-folded code point by code point (the length never
// changes); shares text's data when nothing folds (most addresses and ids).
QString folded(const QString &text);

// The fields, each folded, joined by the separator.
QString join(std::initializer_list<QStringView> fields);

// A sort key equal to text.toCaseFolded(), without Qt's case conversion
// when text is ASCII without capitals (shared, not copied).
QString sortKey(const QString &text);

} // namespace SearchText
