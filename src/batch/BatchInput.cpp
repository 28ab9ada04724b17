#include "batch/BatchInput.h"

#include "core/IdValidation.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace {
constexpr qsizetype MaxFileBytes = 16 * 1024 * 1024;

QString cleaned(const QString &text)
{
    QString result;
    for (const QChar c : text)
        result.append(c.isPrint() || c == QLatin1Char(' ') ? c : QLatin1Char(' '));
    if (result.size() > 200)
        result = result.left(199) + QChar(0x2026);
    return result;
}

QChar separatorOf(const QString &line)
{
    // The separator of a CSV record: the first , ; or tab outside quotes.
    bool quoted = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t')))
            return c;
    }
    return QLatin1Char(',');
}

constexpr int NoHeader = -2;

bool isHeaderName(const QString &cell)
{
    const QString name = cell.trimmed().toLower();
    return name == QLatin1String("email") || name == QLatin1String("user_id") || name == QLatin1String("id")
        || name == QLatin1String("user id") || name == QLatin1String("userid") || name == QLatin1String("e-mail");
}

// The column a header row names (user ids win over emails: no lookup
// needed), or NoHeader when the first record is data.
int headerColumn(const QStringList &cells)
{
    int column = NoHeader;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (!isHeaderName(cells.at(c)))
            continue;
        if (column == NoHeader || cells.at(c).trimmed().toLower() != QLatin1String("email"))
            column = int(c);
    }
    return column;
}

bool isTokenSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c.isSpace();
}

// Splits on commas, semicolons, tabs and spaces outside double quotes; a
// quoted run ("Liddell, Alice") stays one token, without its quotes.
QStringList tokensOf(const QString &text)
{
    QStringList tokens;
    QString token;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                token.append(c);
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (!quoted && isTokenSeparator(c)) {
            if (!token.trimmed().isEmpty())
                tokens.append(token.trimmed());
            token.clear();
        } else {
            token.append(c);
        }
    }
    if (!token.trimmed().isEmpty())
        tokens.append(token.trimmed());
    return tokens;
}

struct TokenClass final
{
    Q_DECLARE_TR_FUNCTIONS(BatchInput)

public:
    enum Kind { Email, UserId, Invalid, Word };
    Kind kind = Word;
    QString reason; // for Invalid
};

// An address or id, a malformed attempt at one, or just a word.
TokenClass classify(const QString &token)
{
    using IdValidation::SearchKind;
    TokenClass result;
    switch (IdValidation::classifySearch(token)) {
    case SearchKind::Email:
        result.kind = TokenClass::Email;
        return result;
    case SearchKind::UserId:
        result.kind = TokenClass::UserId;
        return result;
    case SearchKind::OrganizationId:
        result.kind = TokenClass::Invalid;
        result.reason = TokenClass::tr("This is an organization id; list users by email address or user id.");
        return result;
    default:
        break;
    }
    if (token.startsWith(QLatin1String("user_"))) {
        result.kind = TokenClass::Invalid;
        result.reason = TokenClass::tr("A malformed user id (user_ followed by letters and digits).");
    } else if (token.contains(QLatin1Char('@'))) {
        result.kind = TokenClass::Invalid;
        result.reason = TokenClass::tr("Not an email address or a user id (user_...).");
    }
    return result;
}
} // namespace

QStringList BatchInput::splitCsvRecord(const QString &line)
{
    const QChar separator = separatorOf(line);
    QStringList cells;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty() && !wasQuoted) {
            cell.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == separator) {
            cells.append(wasQuoted ? cell : cell.trimmed());
            cell.clear();
            wasQuoted = false;
        } else if (!wasQuoted || !c.isSpace()) {
            cell.append(c);
        }
    }
    cells.append(wasQuoted ? cell : cell.trimmed());
    return cells;
}

BatchInput BatchInput::parse(const QByteArray &utf8)
{
    return parse(QString::fromUtf8(utf8));
}

BatchInput BatchInput::parse(const QString &textIn)
{
    BatchInput input;
    QString text = textIn;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = text.split(QLatin1Char('\n'));

    int column = -1;   // the chosen column once a header was seen; -1: every token of the line counts
    bool firstRecord = true;
    QHash<QString, int> seen; // normalised value -> first line
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index) + 1;
        const QString trimmed = lines.at(index).trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (firstRecord) {
            firstRecord = false;
            const int header = headerColumn(splitCsvRecord(trimmed));
            if (header != NoHeader) {
                column = header;
                continue;
            }
        }
        // With a header only the chosen column counts (the other columns are
        // names and notes by the file's own word); without one, every token.
        const QStringList tokens = column >= 0 ? tokensOf(splitCsvRecord(trimmed).value(column)) : tokensOf(trimmed);
        int used = 0; // tokens of this line that became an item, a repeat or an invalid entry
        QStringList words;
        for (const QString &token : tokens) {
            const TokenClass verdict = classify(token);
            if (verdict.kind == TokenClass::Word) {
                words.append(token);
                continue;
            }
            ++used;
            if (verdict.kind == TokenClass::Invalid) {
                input.issues.append({lineNumber, BatchInputIssue::Kind::Invalid, cleaned(token), verdict.reason});
                continue;
            }
            const bool isEmail = verdict.kind == TokenClass::Email;
            const QString key = isEmail ? token.toLower() : token;
            const auto previous = seen.constFind(key);
            if (previous != seen.constEnd()) {
                input.issues.append({lineNumber, BatchInputIssue::Kind::Repeated, cleaned(token),
                                     tr("Repeats line %1; it is processed once.").arg(previous.value())});
                continue;
            }
            seen.insert(key, lineNumber);
            BatchInputItem item;
            item.line = lineNumber;
            item.kind = isEmail ? BatchInputItem::Kind::Email : BatchInputItem::Kind::UserId;
            item.value = token;
            input.items.append(item);
        }
        if (used == 0) {
            // Nothing on this line looks like a user: the whole line is one invalid entry.
            input.issues.append({lineNumber, BatchInputIssue::Kind::Invalid, cleaned(trimmed),
                                 words.isEmpty() ? tr("No email address or user id in this line.")
                                                 : tr("Not an email address or a user id (user_...).")});
        } else if (!words.isEmpty()) {
            input.issues.append({lineNumber, BatchInputIssue::Kind::Ignored, cleaned(words.join(QLatin1Char(' '))),
                                 tr("Ignored: not an email address or a user id.")});
        }
    }
    return input;
}

int BatchInput::count(BatchInputIssue::Kind kind) const
{
    return int(std::count_if(issues.cbegin(), issues.cend(),
                             [kind](const BatchInputIssue &issue) { return issue.kind == kind; }));
}

QString BatchInput::summary(int listed) const
{
    if (isEmpty())
        return QString();
    const int users = int(items.size());
    QStringList parts;
    parts.append(users == 1 ? tr("1 user") : tr("%1 users").arg(users));
    if (const int n = count(BatchInputIssue::Kind::Repeated))
        parts.append(tr("%1 repeated (processed once)").arg(n));
    if (const int n = count(BatchInputIssue::Kind::Invalid))
        parts.append(tr("%1 not recognized").arg(n));
    if (const int n = count(BatchInputIssue::Kind::Ignored))
        parts.append(n == 1 ? tr("1 line with ignored words") : tr("%1 lines with ignored words").arg(n));
    const QString counts = parts.join(QStringLiteral(", "));
    if (issues.isEmpty())
        return counts;
    QStringList named;
    for (qsizetype i = 0; i < issues.size() && i < listed; ++i) {
        const BatchInputIssue &issue = issues.at(i);
        QString reason = issue.reason;
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        named.append(tr("line %1: \u201c%2\u201d %3").arg(issue.line).arg(issue.text, reason));
    }
    if (issues.size() > listed)
        named.append(tr("and %1 more").arg(issues.size() - listed));
    return tr("%1 \u2014 %2").arg(counts, named.join(QStringLiteral("; ")));
}

bool BatchInput::parseFile(const QString &path, BatchInput *input, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxFileBytes) {
        if (error)
            *error = tr("%1 is larger than 16 MB; split it into smaller batches.").arg(path);
        return false;
    }
    *input = parse(file.readAll());
    return true;
}
