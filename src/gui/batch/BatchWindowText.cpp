#include "gui/batch/BatchWindowText.h"

#include "batch/BatchInput.h"
#include "batch/BatchResultModel.h"

#include <QLocale>
#include <QMap>
#include <QSet>

namespace {
constexpr int ListedConnections = 15;
constexpr int ListedIssues = 3;

QString who(const BatchItem &item)
{
    if (!item.email.isEmpty() && !item.userId.isEmpty())
        return QStringLiteral("%1 (%2)").arg(item.email, item.userId);
    return item.email.isEmpty() ? (item.userId.isEmpty() ? item.input : item.userId) : item.email;
}

// How many different users a list of items is about (a user has one item per connection in a run).
int distinctUsers(const QList<BatchItem> &items)
{
    QSet<QString> seen;
    for (const BatchItem &item : items)
        seen.insert(item.userId.isEmpty() ? item.input : item.userId);
    return int(seen.size());
}
} // namespace

QString BatchWindowText::users(int count)
{
    return count == 1 ? tr("1 user") : tr("%1 users").arg(count);
}

QString BatchWindowText::connections(int count)
{
    return tr("%n connection(s)", nullptr, count);
}

QString BatchWindowText::duration(int seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

BatchWindowText::ProblemCounts BatchWindowText::problemCounts(const QList<BatchItem> &items)
{
    ProblemCounts counts;
    for (const BatchItem &item : items) {
        switch (item.outcome) {
        case BatchOutcome::InvalidInput:
            ++counts.notRecognized;
            break;
        case BatchOutcome::EmailNotFound:
        case BatchOutcome::EmailAmbiguous:
        case BatchOutcome::UserNotFound:
        case BatchOutcome::UnknownProvider:
            ++counts.notFound;
            break;
        case BatchOutcome::Failed:
            ++counts.failed;
            break;
        default:
            break;
        }
        for (const DataProvider &provider : item.providers)
            counts.brokenConnections += BatchResultModel::connectionsNeedingAttention(provider);
    }
    return counts;
}

QString BatchWindowText::progress(const BatchProgress &progress, const ProblemCounts &counts)
{
    QStringList parts;
    parts.append(tr("%1 of %2 done").arg(progress.finished).arg(progress.total));
    // Each kind of problem in its own words: a typo in the list is not a broken connection.
    if (counts.brokenConnections > 0)
        parts.append(tr("%n connection(s) needing attention", nullptr, counts.brokenConnections));
    if (counts.failed > 0)
        parts.append(tr("%n request(s) failed", nullptr, counts.failed));
    if (counts.notFound > 0)
        parts.append(tr("%n user(s) not found", nullptr, counts.notFound));
    if (counts.notRecognized > 0)
        parts.append(tr("%n line(s) not recognized", nullptr, counts.notRecognized));
    if (progress.itemsPerSecond > 0.0)
        parts.append(tr("%1 users/s").arg(QLocale().toString(progress.itemsPerSecond, 'f', 1)));
    if (progress.secondsLeft >= 0 && progress.finished < progress.total)
        parts.append(tr("about %1 left").arg(duration(progress.secondsLeft)));
    if (progress.paused)
        parts.append(tr("paused"));
    if (progress.waitingForRateLimit)
        parts.append(tr("waiting: rate limited by WorkOS"));
    return parts.join(QStringLiteral(" · "));
}

QString BatchWindowText::staleResults()
{
    return tr("The list of users changed: the results below are for the previous list. Check or preview again "
              "to update them.");
}

QString BatchWindowText::resultsTitle(ResultsState state)
{
    return state == ResultsState::Stale ? tr("R&esults — for the previous list") : tr("R&esults");
}

QString BatchWindowText::input(const BatchInput &input)
{
    return input.summary(ListedIssues);
}

QString BatchWindowText::outcomes(const QList<BatchItem> &items)
{
    QMap<int, int> counts;
    for (const BatchItem &item : items)
        ++counts[int(item.outcome)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(tr("%1: %2").arg(BatchOutcomes::text(BatchOutcome(it.key()))).arg(it.value()));
    return parts.join(QStringLiteral(", "));
}

QString BatchWindowText::preview(const QString &slug, const QList<BatchItem> &items)
{
    int deleting = 0; // connections
    int owners = 0;   // users with at least one connection
    int absent = 0;
    int problems = 0;
    for (const BatchItem &item : items) {
        if (item.outcome == BatchOutcome::WillDisconnect) {
            deleting += int(item.connections.size());
            ++owners;
        } else if (item.outcome == BatchOutcome::AlreadyAbsent) {
            ++absent;
        } else {
            ++problems;
        }
    }
    QString text = tr("Preview for %1 (nothing was changed): %2 of %3 will be deleted, %4 already absent")
                       .arg(slug, connections(deleting), users(owners))
                       .arg(absent);
    if (problems > 0)
        text += problems == 1 ? tr(", 1 line with a problem (see the table)")
                              : tr(", %1 lines with a problem (see the table)").arg(problems);
    return text + QLatin1Char('.');
}

Confirmation BatchWindowText::disconnect(const QString &slug, const QList<BatchItem> &targets, int alreadyAbsent,
                                         const QString &environmentName, SafetyPolicy safety, const QString &reason)
{
    Confirmation confirmation;
    const int count = int(targets.size());
    confirmation.title = tr("Disconnect %1 for %2?").arg(slug, users(distinctUsers(targets)));
    confirmation.text = tr("Delete %1 of %2 in %3?").arg(connections(count), slug, environmentName);
    // Each connection by its id: exactly these are deleted, one DELETE each.
    QStringList lines;
    for (int i = 0; i < count && i < ListedConnections; ++i) {
        const BatchItem &target = targets.at(i);
        lines.append(target.account ? tr("• %1: %2").arg(who(target), BatchResultModel::connectionText(*target.account))
                                    : QStringLiteral("• ") + who(target));
    }
    if (count > ListedConnections)
        lines.append(tr("… and %1 more (all listed in the table)").arg(count - ListedConnections));
    QStringList details;
    if (safety.asksForTypedSlug())
        details.append(tr("This is the PRODUCTION environment: the customers' real connections are removed."));
    details.append(lines.join(QLatin1Char('\n')));
    if (alreadyAbsent > 0)
        details.append(tr("%1 already without a %2 connection: nothing is sent for them.").arg(users(alreadyAbsent), slug));
    details.append(tr("WorkOS removes the stored tokens; access is not revoked on the provider's side. "
                      "Each deletion is written to the audit log before it is sent."));
    if (!reason.trimmed().isEmpty())
        details.append(tr("Reason recorded: %1").arg(reason.trimmed()));
    confirmation.informativeText = details.join(QStringLiteral("\n\n"));
    confirmation.acceptLabel = tr("Disconnect %1").arg(connections(count));
    confirmation.tone = Confirmation::Tone::Dangerous;
    return confirmation;
}
