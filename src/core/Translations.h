#pragma once

class QCoreApplication;

namespace Translations {
// Installs Qt's own and Pipes Admin's translations for the system locale,
// from the installed package (<prefix>/share/pipes-admin/translations) or
// the build tree (<build>/translations). The translators are children of
// `app`. Missing translations are not an error: the English text is used.
void install(QCoreApplication &app);
// Only the English plural forms of the source texts ("%n second(s)": "1 second", "120 seconds"); install() does it first.
void installSourcePlurals(QCoreApplication &app);
} // namespace Translations
