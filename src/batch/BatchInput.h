#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a support person pastes or loads for a batch: email addresses and
// user ids, one per line, or a CSV file with a column named email, user_id
// or id (header optional). Pure: text in, items and reported lines out.
//
// Accepted: a UTF-8 BOM, CRLF or LF line ends, blank lines and '#' comments
// (skipped silently), RFC 4180 quoted fields ("a, b", doubled quotes).
// Anything else that is not an email address or a user id is reported with
// its line number, never dropped; so is a repeated entry.
struct BatchInputItem final
{
    enum class Kind { UserId, Email };

    int line = 0;  // 1-based line number in the input
    Kind kind = Kind::UserId;
    QString value; // the user id, or the email address (trimmed, as typed)
};

struct BatchInputIssue final
{
    int line = 0;
    QString text;   // the line as it was (cleaned of control characters, at most 200 characters)
    QString reason; // translated sentence
};

struct BatchInput final
{
    Q_DECLARE_TR_FUNCTIONS(BatchInput)

public:
    QList<BatchInputItem> items;
    QList<BatchInputIssue> issues;

    bool isEmpty() const { return items.isEmpty() && issues.isEmpty(); }

    static BatchInput parse(const QString &text);
    static BatchInput parse(const QByteArray &utf8);
    // Reads and parses a file; on failure returns false and sets *error.
    static bool parseFile(const QString &path, BatchInput *input, QString *error);

    // One CSV record (RFC 4180 quoting, any separator among , ; and tab).
    static QStringList splitCsvRecord(const QString &line);
};
