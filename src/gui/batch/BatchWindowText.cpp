#include "BatchWindowText.h"

#include "BatchInput.h"

#include <QLocale>
#include <QMap>

namespace {
constexpr int ListedAccounts = 15;
constexpr int ListedIssues = 3;

QString who(const BatchItem &item)
{
    if (!item.email.isEmpty() && !item.userId.isEmpty())
        return QStringLiteral("%1 (%2)").arg(item.email, item.userId);
    return item.email.isEmpty() ? (item.userId.isEmpty() ? item.input : item.userId) : item.email;
}
} // namespace

QString BatchWindowText::duration(int seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString BatchWindowText::progress(const BatchProgress &progress)
{
    QStringList parts;
    parts.append(tr("%1 of %2 done").arg(progress.finished).arg(progress.total));
    if (progress.problems > 0)
        parts.append(tr("%n problem(s)", nullptr, progress.problems));
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

QString BatchWindowText::input(const BatchInput &input)
{
    if (input.isEmpty())
        return QString();
    QString text = tr("%n user(s)", nullptr, int(input.items.size()));
    if (input.issues.isEmpty())
        return text;
    QStringList issues;
    for (int i = 0; i < int(input.issues.size()) && i < ListedIssues; ++i) {
        const BatchInputIssue &issue = input.issues.at(i);
        issues.append(tr("line %1: %2").arg(issue.line).arg(issue.reason));
    }
    if (input.issues.size() > ListedIssues)
        issues.append(tr("…"));
    return tr("%1, %n line(s) not recognized and reported in the results (%2)", nullptr, int(input.issues.size()))
        .arg(text, issues.join(QStringLiteral("; ")));
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
    int deleting = 0;
    int absent = 0;
    int problems = 0;
    for (const BatchItem &item : items) {
        if (item.outcome == BatchOutcome::WillDisconnect)
            ++deleting;
        else if (item.outcome == BatchOutcome::AlreadyAbsent)
            ++absent;
        else
            ++problems;
    }
    QString text = tr("Preview for %1 (nothing was changed): %n account(s) will be deleted", nullptr, deleting).arg(slug);
    text += tr(", %n already absent", nullptr, absent);
    if (problems > 0)
        text += tr(", %n line(s) with a problem (see the table)", nullptr, problems);
    return text + QLatin1Char('.');
}

Confirmation BatchWindowText::disconnect(const QString &slug, const QList<BatchItem> &targets, int alreadyAbsent,
                                         const QString &environmentName, BatchSafety safety, const QString &reason)
{
    Confirmation confirmation;
    confirmation.title = tr("Disconnect %1 for %n user(s)?", nullptr, int(targets.size())).arg(slug);
    confirmation.text = tr("Delete %n %1 account(s) in %2?", nullptr, int(targets.size())).arg(slug, environmentName);
    QStringList lines;
    for (int i = 0; i < int(targets.size()) && i < ListedAccounts; ++i)
        lines.append(QStringLiteral("• ") + who(targets.at(i)));
    if (targets.size() > ListedAccounts)
        lines.append(tr("… and %n more (all listed in the table)", nullptr, int(targets.size()) - ListedAccounts));
    QStringList details;
    if (safety == BatchSafety::TypeSlug)
        details.append(tr("This is the PRODUCTION environment: the customers' real connections are removed."));
    details.append(lines.join(QLatin1Char('\n')));
    if (alreadyAbsent > 0)
        details.append(tr("%n user(s) already have no %1 account; nothing is sent for them.", nullptr, alreadyAbsent)
                           .arg(slug));
    details.append(tr("WorkOS removes the stored tokens; access is not revoked on the provider's side. "
                      "Each deletion is written to the audit log before it is sent."));
    if (!reason.trimmed().isEmpty())
        details.append(tr("Reason recorded: %1").arg(reason.trimmed()));
    confirmation.informativeText = details.join(QStringLiteral("\n\n"));
    confirmation.acceptLabel = tr("Disconnect %n account(s)", nullptr, int(targets.size()));
    confirmation.tone = Confirmation::Tone::Dangerous;
    return confirmation;
}
