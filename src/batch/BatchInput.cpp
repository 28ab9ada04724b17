#include "BatchInput.h"

#include "IdValidation.h"

#include <QFile>
#include <QHash>

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

bool isHeaderName(const QString &cell)
{
    const QString name = cell.trimmed().toLower();
    return name == QLatin1String("email") || name == QLatin1String("user_id") || name == QLatin1String("id")
        || name == QLatin1String("user id") || name == QLatin1String("userid") || name == QLatin1String("e-mail");
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
    using IdValidation::SearchKind;
    BatchInput input;
    QString text = textIn;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = text.split(QLatin1Char('\n'));

    int column = -1;   // the chosen column once a header was seen; -1: every cell is tried
    bool firstRecord = true;
    QHash<QString, int> seen; // normalised value -> first line
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index) + 1;
        const QString raw = lines.at(index);
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = splitCsvRecord(trimmed);
        if (firstRecord) {
            firstRecord = false;
            int headerColumn = -1;
            bool anyHeader = false;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (isHeaderName(cells.at(c))) {
                    anyHeader = true;
                    const QString name = cells.at(c).trimmed().toLower();
                    // user ids win over emails when both are present: no lookup needed.
                    if (headerColumn < 0 || name != QLatin1String("email"))
                        headerColumn = int(c);
                }
            }
            if (anyHeader) {
                column = headerColumn;
                continue;
            }
        }

        QString value;
        if (column >= 0) {
            value = cells.value(column).trimmed();
        } else if (cells.size() == 1) {
            value = cells.constFirst().trimmed();
        } else {
            // No header: the first cell that looks like an id or an email.
            for (const QString &cell : cells) {
                const SearchKind kind = IdValidation::classifySearch(cell.trimmed());
                if (kind == SearchKind::Email || kind == SearchKind::UserId) {
                    value = cell.trimmed();
                    break;
                }
            }
            if (value.isEmpty())
                value = cells.constFirst().trimmed();
        }

        const SearchKind kind = IdValidation::classifySearch(value);
        if (kind != SearchKind::Email && kind != SearchKind::UserId) {
            QString reason;
            if (value.isEmpty())
                reason = tr("No email address or user id in this line.");
            else if (value.startsWith(QLatin1String("user_")))
                reason = tr("A malformed user id (user_ followed by letters and digits).");
            else if (kind == SearchKind::OrganizationId)
                reason = tr("This is an organization id; list users by email address or user id.");
            else
                reason = tr("Not an email address or a user id (user_...).");
            input.issues.append({lineNumber, cleaned(raw.trimmed()), reason});
            continue;
        }
        const QString key = kind == SearchKind::Email ? value.toLower() : value;
        const auto previous = seen.constFind(key);
        if (previous != seen.constEnd()) {
            input.issues.append({lineNumber, cleaned(raw.trimmed()),
                                 tr("Repeats line %1; it is processed once.").arg(previous.value())});
            continue;
        }
        seen.insert(key, lineNumber);
        BatchInputItem item;
        item.line = lineNumber;
        item.kind = kind == SearchKind::Email ? BatchInputItem::Kind::Email : BatchInputItem::Kind::UserId;
        item.value = value;
        input.items.append(item);
    }
    return input;
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
