#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a support person pastes or loads for a batch: email addresses and
// user ids, as lines or separated by commas, semicolons, tabs or spaces
// ("alice@acme.com, bob@acme.com" is two users), or a CSV file with a
// column named email, user_id or id (header optional). Pure: text in, items
// and reported tokens out.
//
// Accepted: a UTF-8 BOM, CRLF or LF line ends, blank lines and '#' comments
// (skipped silently), RFC 4180 quoted fields ("a, b", doubled quotes).
// No token is dropped without a word: one that is meant as an address or id
// but is malformed is Invalid, a repeated entry is Repeated, and other words
// beside an address (a name in a header-less CSV) are Ignored; every one of
// them carries its line number and text for the input summary.
struct BatchInputItem final
{
    enum class Kind { UserId, Email };

    int line = 0;  // 1-based line number in the input
    Kind kind = Kind::UserId;
    QString value; // the user id, or the email address (trimmed, as typed)
};

struct BatchInputIssue final
{
    enum class Kind {
        Invalid,  // not usable: becomes a result row of its own (InvalidInput)
        Repeated, // the same user again: processed once (a Repeated result row)
        Ignored,  // words next to an address on the same line (names, notes): named in the summary only
    };

    int line = 0;
    Kind kind = Kind::Invalid;
    QString text;   // the token (or the whole line) as it was (cleaned of control characters, at most 200 characters)
    QString reason; // translated sentence
};

struct BatchInput final
{
    Q_DECLARE_TR_FUNCTIONS(BatchInput)

public:
    QList<BatchInputItem> items;
    QList<BatchInputIssue> issues;

    bool isEmpty() const { return items.isEmpty() && issues.isEmpty(); }
    int count(BatchInputIssue::Kind kind) const;
    // One translated sentence for the input summary of the window and the CLI:
    // how many users, and every token that is not one of them (the first
    // `listed` with line numbers). Empty for empty input.
    QString summary(int listed = 8) const;

    static BatchInput parse(const QString &text);
    static BatchInput parse(const QByteArray &utf8);
    // Reads and parses a file; on failure returns false and sets *error.
    static bool parseFile(const QString &path, BatchInput *input, QString *error);

    // One CSV record (RFC 4180 quoting, any separator among , ; and tab).
    static QStringList splitCsvRecord(const QString &line);
};
