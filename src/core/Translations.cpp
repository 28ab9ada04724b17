#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {
void install(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    const QString bin = QCoreApplication::applicationDirPath();
    auto *ours = new QTranslator(&app);
    for (const QString &dir : {bin + QStringLiteral("/../share/pipes-admin/translations"),
                               bin + QStringLiteral("/../translations")}) {
        if (ours->load(locale, QStringLiteral("pipes-admin"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(ours);
            return;
        }
    }
    delete ours;
}
} // namespace Translations
