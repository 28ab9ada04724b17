#include "FuzzTargets.h"

#include "batch/BatchInput.h"

#include <QByteArray>
#include <QSet>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__);             \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace FuzzTargets {

int batchInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const BatchInput input = BatchInput::parse(bytes);
    // Line numbers point into the input (CR, LF and CRLF all end a line).
    const int lines = int(bytes.count('\n') + bytes.count('\r')) + 1;
    int previous = 0;
    for (const BatchInputItem &item : input.items) {
        FUZZ_CHECK(item.line >= 1 && item.line <= lines);
        FUZZ_CHECK(item.line >= previous); // several users may share a line; in order
        previous = item.line;
        FUZZ_CHECK(!item.value.isEmpty());
        FUZZ_CHECK(item.value == item.value.trimmed());
    }
    for (const BatchInputIssue &issue : input.issues) {
        FUZZ_CHECK(issue.line >= 1 && issue.line <= lines);
        FUZZ_CHECK(!issue.reason.isEmpty());
        // Documented: cleaned of control characters, at most 200 characters.
        FUZZ_CHECK(issue.text.size() <= 200);
        for (const QChar c : issue.text)
            FUZZ_CHECK(c.category() != QChar::Other_Control);
    }
    // Ignored words only stand beside something that was used on the same
    // line (an item, a repeat or an invalid token), at most once a line; a
    // repeat always names an earlier item.
    QSet<int> usedLines;
    for (const BatchInputItem &item : input.items)
        usedLines.insert(item.line);
    for (const BatchInputIssue &issue : input.issues) {
        if (issue.kind != BatchInputIssue::Kind::Ignored)
            usedLines.insert(issue.line);
    }
    QSet<int> ignoredLines;
    for (const BatchInputIssue &issue : input.issues) {
        if (issue.kind == BatchInputIssue::Kind::Ignored) {
            FUZZ_CHECK(usedLines.contains(issue.line));
            FUZZ_CHECK(!ignoredLines.contains(issue.line));
            ignoredLines.insert(issue.line);
        } else if (issue.kind == BatchInputIssue::Kind::Repeated) {
            FUZZ_CHECK(!input.items.isEmpty() && input.items.constFirst().line <= issue.line);
        }
    }
    const qsizetype firstEnd = bytes.indexOf('\n');
    BatchInput::splitCsvRecord(QString::fromUtf8(firstEnd < 0 ? bytes : bytes.left(firstEnd)));
    return input.items.isEmpty() ? 0 : 1;
}

} // namespace FuzzTargets
