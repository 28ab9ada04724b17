#pragma once

#include <QString>

// The pseudo locale of the translation check: every translated string is
// wrapped in [ ], its letters get accents (a -> á) and it grows by 30 %, so a
// text that bypassed tr() stands out, and one that only fits in English is
// cut off. Placeholders (%1, %L1, %n), mnemonics (&F), HTML tags and entities
// are kept as they are so the translated text still works.
namespace Pseudo {

inline constexpr QChar Open = u'[';
inline constexpr QChar Close = u']';
inline constexpr QChar Filler = u'~';

// The pseudo translation of `source` (30 % longer, rounded up, at least one filler).
QString translate(const QString &source);

// Key sequences ("Ctrl+F", "F5", "Ctrl+Shift+C") that .ui files pass through
// tr() as shortcuts: translating them would break the shortcut, so they stay.
bool isKeySequence(const QString &source);

// `text` with every pseudo-translated part removed (innermost [ ... ] first,
// so nested translations go too). What remains was not translated.
QString removeTranslated(const QString &text);

} // namespace Pseudo
