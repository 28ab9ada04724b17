#include "core/SearchText.h"

#include <QChar>

namespace SearchText {

namespace {

bool asciiWithoutCapitals(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || (u >= u'A' && u <= u'Z'))
            return false;
    }
    return true;
}

// Writes text folded at out (room for text.size() units); returns the end.
char16_t *writeFolded(char16_t *out, QStringView text)
{
    const qsizetype n = text.size();
    const char16_t *in = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = in[i];
        if (u < 0x80) {
            *out++ = u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(in[i + 1])) {
            const char32_t f = QChar::toCaseFolded(QChar::surrogateToUcs4(u, in[i + 1]));
            const bool pair = QChar::requiresSurrogates(f); // always, in Unicode's simple folding
            *out++ = pair ? QChar::highSurrogate(f) : u;
            *out++ = pair ? QChar::lowSurrogate(f) : in[i + 1];
            ++i;
        } else {
            const char32_t f = QChar::toCaseFolded(char32_t(u));
            *out++ = QChar::requiresSurrogates(f) ? u : char16_t(f);
        }
    }
    return out;
}

} // namespace

QString folded(const QString &text)
{
    if (asciiWithoutCapitals(text))
        return text;
    QString out(text.size(), Qt::Uninitialized);
    writeFolded(reinterpret_cast<char16_t *>(out.data()), text);
    return out == text ? text : out;
}

QString join(std::initializer_list<QStringView> fields)
{
    qsizetype size = qsizetype(fields.size()) - 1;
    for (const QStringView f : fields)
        size += f.size();
    if (size <= 0)
        return QString();
    QString out(size, Qt::Uninitialized);
    char16_t *at = reinterpret_cast<char16_t *>(out.data());
    bool first = true;
    for (const QStringView f : fields) {
        if (!first)
            *at++ = separator;
        first = false;
        at = writeFolded(at, f);
    }
    return out;
}

QString sortKey(const QString &text)
{
    return asciiWithoutCapitals(text) ? text : text.toCaseFolded();
}

} // namespace SearchText
