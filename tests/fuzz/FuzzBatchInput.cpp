#include "FuzzTargets.h"

#include "BatchInput.h"

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
        FUZZ_CHECK(item.line > previous); // one item per line, in order
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
    // Every line ends as an item or an issue, never both, and never twice.
    QSet<int> itemLines;
    for (const BatchInputItem &item : input.items)
        itemLines.insert(item.line);
    QSet<int> issueLines;
    for (const BatchInputIssue &issue : input.issues) {
        FUZZ_CHECK(!itemLines.contains(issue.line));
        FUZZ_CHECK(!issueLines.contains(issue.line));
        issueLines.insert(issue.line);
    }
    const qsizetype firstEnd = bytes.indexOf('\n');
    BatchInput::splitCsvRecord(QString::fromUtf8(firstEnd < 0 ? bytes : bytes.left(firstEnd)));
    return input.items.isEmpty() ? 0 : 1;
}

} // namespace FuzzTargets
