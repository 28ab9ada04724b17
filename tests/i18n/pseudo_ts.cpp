// pipes-pseudo-ts IN.ts OUT.ts: fills every message of a Qt Linguist file
// (as lupdate wrote it) with its pseudo translation (Pseudo::translate), for
// lrelease to compile into the pseudo locale of tst_i18n_pseudo.

#include "Pseudo.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>

#include <cstdio>

namespace {

void replaceChildren(QDomElement &element, const QString &text)
{
    while (!element.firstChild().isNull())
        element.removeChild(element.firstChild());
    element.appendChild(element.ownerDocument().createTextNode(text));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: pipes-pseudo-ts IN.ts OUT.ts\n");
        return 2;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "pipes-pseudo-ts: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QDomDocument doc;
    QString error;
    int line = 0;
    if (!doc.setContent(&in, &error, &line)) {
        std::fprintf(stderr, "pipes-pseudo-ts: %s:%d: %s\n", qPrintable(args.at(1)), line, qPrintable(error));
        return 1;
    }
    QDomElement ts = doc.documentElement();
    // English plural rules: two forms.
    ts.setAttribute(QStringLiteral("language"), QStringLiteral("en_US"));
    int count = 0;
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    for (int i = 0; i < messages.size(); ++i) {
        QDomElement message = messages.at(i).toElement();
        const QString source = message.firstChildElement(QStringLiteral("source")).text();
        QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
        if (translation.isNull()) {
            translation = doc.createElement(QStringLiteral("translation"));
            message.appendChild(translation);
        }
        translation.removeAttribute(QStringLiteral("type")); // "unfinished", "vanished", "obsolete"
        const QString pseudo = Pseudo::translate(source);
        if (message.attribute(QStringLiteral("numerus")) == QLatin1String("yes")) {
            while (!translation.firstChild().isNull())
                translation.removeChild(translation.firstChild());
            for (int form = 0; form < 2; ++form) {
                QDomElement numerus = doc.createElement(QStringLiteral("numerusform"));
                numerus.appendChild(doc.createTextNode(pseudo));
                translation.appendChild(numerus);
            }
        } else {
            replaceChildren(translation, pseudo);
        }
        ++count;
    }
    QFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "pipes-pseudo-ts: cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    out.write(doc.toByteArray(4));
    if (!out.flush())
        return 1;
    std::printf("pipes-pseudo-ts: %d messages\n", count);
    return count > 0 ? 0 : 1;
}
