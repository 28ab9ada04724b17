#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
// English is the source language, so it has no .qm, and Qt shows a plural
// source text as written: "Try again in %n second(s)" reads "120 second(s)".
// This fills English's two forms for the source texts' "(s)"/"(es)" endings.
// Installed first, so a real translation of the locale always wins.
class SourcePlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        if (n < 0 || !sourceText)
            return QString();
        QString text = QString::fromUtf8(sourceText);
        if (!text.contains(QLatin1String("%n")))
            return QString();
        const bool one = n == 1;
        text.replace(QLatin1String("(es)"), one ? QString() : QStringLiteral("es"));
        text.replace(QLatin1String("(s)"), one ? QString() : QStringLiteral("s"));
        return text;
    }
};
} // namespace

namespace Translations {
void installSourcePlurals(QCoreApplication &app)
{
    QCoreApplication::installTranslator(new SourcePlurals(&app));
}

void install(QCoreApplication &app)
{
    installSourcePlurals(app);
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
