#include "Pseudo.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace {

QChar accented(QChar c)
{
    static const QString plain = QStringLiteral("aeiouyAEIOUY");
    static const QString marked = QStringLiteral("\u00e1\u00e9\u00ed\u00f3\u00fa\u00fd\u00c1\u00c9\u00cd\u00d3\u00da\u00dd");
    const qsizetype at = plain.indexOf(c);
    return at < 0 ? c : marked.at(at);
}

// The length of a token at `i` that must be copied verbatim, or 0.
qsizetype verbatimLength(const QString &s, qsizetype i, bool richText)
{
    const QChar c = s.at(i);
    const qsizetype rest = s.size() - i;
    if (c == u'%' && rest > 1) {
        qsizetype j = i + 1;
        if (s.at(j) == u'%' || s.at(j) == u'n')
            return 2;
        if (s.at(j) == u'L' && rest > 2)
            ++j;
        qsizetype k = j;
        while (k < s.size() && s.at(k).isDigit())
            ++k;
        return k > j ? k - i : 0;
    }
    if (c == u'&' && rest > 1) {
        static const QRegularExpression entity(QStringLiteral("\\G&(#[0-9]+|[A-Za-z]+);"));
        const QRegularExpressionMatch m = entity.match(s, i);
        if (m.hasMatch())
            return m.capturedLength();
        return 2; // "&&" or a mnemonic: keep the marked letter as it is
    }
    if (richText && c == u'<') {
        const qsizetype end = s.indexOf(u'>', i);
        if (end > i)
            return end - i + 1;
    }
    return 0;
}

bool looksLikeHtml(const QString &s)
{
    static const QRegularExpression tag(QStringLiteral("<(/?[A-Za-z][A-Za-z0-9]*)[^<>]*>"));
    return tag.match(s).hasMatch();
}

} // namespace

namespace Pseudo {

bool isKeySequence(const QString &source)
{
    static const QRegularExpression keys(QStringLiteral(
        "^(?:(?:Ctrl|Shift|Alt|Meta)\\+)*(?:F[0-9]{1,2}|[A-Z0-9]|Del|Delete|Ins|Esc|Escape|Return|Enter|Backspace|Tab|"
        "Home|End|PgUp|PgDown|Space|Left|Right|Up|Down|[-+=,./])$"));
    if (!keys.match(source).hasMatch())
        return false;
    // A lone letter or digit is text (a column called "A"), not a shortcut.
    return source.contains(u'+') || (source.startsWith(u'F') && source.size() > 1);
}

QString translate(const QString &source)
{
    if (isKeySequence(source))
        return source;
    const bool richText = looksLikeHtml(source);
    QString out;
    out.reserve(source.size() * 2 + 4);
    out += Open;
    qsizetype visible = 0;
    for (qsizetype i = 0; i < source.size();) {
        const qsizetype keep = verbatimLength(source, i, richText);
        if (keep > 0) {
            out += source.mid(i, keep);
            ++visible;
            i += keep;
            continue;
        }
        out += accented(source.at(i));
        ++visible;
        ++i;
    }
    const qsizetype extra = std::max<qsizetype>(1, (visible * 3 + 9) / 10); // 30 %, rounded up
    out += QString(extra, Filler);
    out += Close;
    return out;
}

QString removeTranslated(const QString &text)
{
    // Brackets pair up like parentheses; a pair whose closing bracket follows
    // the filler is a translation, with whatever it contains (data put in by
    // %1, literal brackets of the source text, nested translations).
    QList<qsizetype> open;
    QList<std::pair<qsizetype, qsizetype>> translated;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == Open) {
            open.append(i);
        } else if (text.at(i) == Close && !open.isEmpty()) {
            const qsizetype from = open.takeLast();
            if (i > from + 1 && text.at(i - 1) == Filler) {
                while (!translated.isEmpty() && translated.last().first > from)
                    translated.removeLast(); // nested in this one
                translated.append({from, i});
            }
        }
    }
    QString rest = text;
    for (auto it = translated.crbegin(); it != translated.crend(); ++it)
        rest.replace(it->first, it->second - it->first + 1, QStringLiteral(" "));
    return rest;
}

} // namespace Pseudo
