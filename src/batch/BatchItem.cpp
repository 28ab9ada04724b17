#include "batch/BatchItem.h"

#include "batch/BatchInput.h"

#include <algorithm>

namespace {
struct OutcomeNames final
{
    Q_DECLARE_TR_FUNCTIONS(BatchOutcomes)
};
} // namespace

QString BatchOutcomes::name(BatchOutcome outcome)
{
    switch (outcome) {
    case BatchOutcome::None: return QStringLiteral("pending");
    case BatchOutcome::Checked: return QStringLiteral("checked");
    case BatchOutcome::WillDisconnect: return QStringLiteral("will_disconnect");
    case BatchOutcome::AlreadyAbsent: return QStringLiteral("already_absent");
    case BatchOutcome::Disconnected: return QStringLiteral("disconnected");
    case BatchOutcome::InvalidInput: return QStringLiteral("invalid_input");
    case BatchOutcome::Repeated: return QStringLiteral("repeated");
    case BatchOutcome::EmailNotFound: return QStringLiteral("email_not_found");
    case BatchOutcome::EmailAmbiguous: return QStringLiteral("email_ambiguous");
    case BatchOutcome::UserNotFound: return QStringLiteral("user_not_found");
    case BatchOutcome::UnknownProvider: return QStringLiteral("unknown_provider");
    case BatchOutcome::Failed: return QStringLiteral("failed");
    case BatchOutcome::Cancelled: return QStringLiteral("cancelled");
    case BatchOutcome::NotRun: return QStringLiteral("not_run");
    }
    return QStringLiteral("pending");
}

QString BatchOutcomes::text(BatchOutcome outcome)
{
    switch (outcome) {
    case BatchOutcome::None: return OutcomeNames::tr("Pending");
    case BatchOutcome::Checked: return OutcomeNames::tr("Checked");
    case BatchOutcome::WillDisconnect: return OutcomeNames::tr("Will disconnect");
    case BatchOutcome::AlreadyAbsent: return OutcomeNames::tr("Already absent");
    case BatchOutcome::Disconnected: return OutcomeNames::tr("Disconnected");
    case BatchOutcome::InvalidInput: return OutcomeNames::tr("Invalid line");
    case BatchOutcome::Repeated: return OutcomeNames::tr("Repeated");
    case BatchOutcome::EmailNotFound: return OutcomeNames::tr("No such email");
    case BatchOutcome::EmailAmbiguous: return OutcomeNames::tr("Ambiguous email");
    case BatchOutcome::UserNotFound: return OutcomeNames::tr("User not found");
    case BatchOutcome::UnknownProvider: return OutcomeNames::tr("Unknown provider");
    case BatchOutcome::Failed: return OutcomeNames::tr("Failed");
    case BatchOutcome::Cancelled: return OutcomeNames::tr("Cancelled");
    case BatchOutcome::NotRun: return OutcomeNames::tr("Not run");
    }
    return QString();
}

bool BatchOutcomes::isProblem(BatchOutcome outcome)
{
    switch (outcome) {
    case BatchOutcome::Checked:
    case BatchOutcome::WillDisconnect:
    case BatchOutcome::AlreadyAbsent:
    case BatchOutcome::Disconnected:
    case BatchOutcome::Repeated:
        return false;
    default:
        return true;
    }
}

void BatchItem::clearResult()
{
    outcome = BatchOutcome::None;
    detail.clear();
    httpStatus = 0;
    requestId.clear();
    providers.clear();
    connections.clear();
    // `account` stays: for a Disconnect item it is the input (which connection), not a result.
}

QList<BatchItem> batchItemsFrom(const BatchInput &input)
{
    QList<BatchItem> items;
    for (const BatchInputItem &in : input.items) {
        BatchItem item;
        item.line = in.line;
        item.input = in.value;
        if (in.kind == BatchInputItem::Kind::UserId)
            item.userId = in.value;
        else
            item.email = in.value;
        items.append(item);
    }
    for (const BatchInputIssue &issue : input.issues) {
        if (issue.kind == BatchInputIssue::Kind::Ignored)
            continue; // words, not users: named in the input summary
        BatchItem item;
        item.line = issue.line;
        item.input = issue.text;
        item.outcome = issue.kind == BatchInputIssue::Kind::Repeated ? BatchOutcome::Repeated : BatchOutcome::InvalidInput;
        item.detail = issue.reason;
        items.append(item);
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const BatchItem &a, const BatchItem &b) { return a.line < b.line; });
    return items;
}

BatchItem batchItemForUser(const QString &userId, const QString &email)
{
    BatchItem item;
    item.input = userId;
    item.userId = userId;
    item.email = email;
    return item;
}
