#include "core/MessageTemplate.h"

#include <QRegularExpression>

namespace MessageTemplate {
namespace {
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z][a-z0-9_]{0,39})\\}"));
    return pattern;
}

bool dropsLine(const QString &line, const Values &values)
{
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(line);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (values.optional.contains(name) && values.values.value(name).isEmpty())
            return true;
    }
    return false;
}

QString fillLine(const QString &line, const Values &values, QStringList *unknown)
{
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(line).mid(from, match.capturedStart() - from);
        const QString name = match.captured(1);
        const auto found = values.values.constFind(name);
        if (found != values.values.constEnd()) {
            out += found.value();
        } else {
            out += match.captured(0);
            if (!unknown->contains(name))
                unknown->append(name);
        }
        from = match.capturedEnd();
    }
    out += QStringView(line).mid(from);
    return out;
}
} // namespace

Filled fill(const QString &text, const Values &values)
{
    Filled result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList kept;
    for (const QString &line : lines) {
        if (dropsLine(line, values))
            continue;
        kept.append(fillLine(line, values, &result.unknown));
    }
    result.text = kept.join(QLatin1Char('\n'));
    return result;
}

QStringList placeholdersIn(const QString &text)
{
    QStringList names;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}
} // namespace MessageTemplate
