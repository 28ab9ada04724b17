#pragma once

#include "core/ApiTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// How one line of a batch ended. Every item of a finished batch has exactly
// one outcome other than None.
enum class BatchOutcome {
    None,           // not finished yet (queued or in flight)
    Checked,        // check status: the user's providers were read
    WillDisconnect, // preview: the user has connections of the provider, and each would be deleted
    AlreadyAbsent,  // preview or run: there is no connection to delete (404 on DELETE included)
    Disconnected,   // run: the connection was deleted (204)
    InvalidInput,   // the line is not an email address or a user id
    Repeated,       // the same user as an earlier line: processed once, there
    EmailNotFound,  // no user has this email address
    EmailAmbiguous, // more than one user has this email address
    UserNotFound,   // the user id does not exist (404)
    UnknownProvider, // the provider slug is not configured in this environment
    Failed,         // any other error (see httpStatus, requestId, detail); can be retried
    Cancelled,      // was in flight when the batch was cancelled: the request was abandoned
    NotRun,         // was still queued when the batch was cancelled: nothing was sent
};

namespace BatchOutcomes {
// Stable machine names ("checked", "will_disconnect", "already_absent", ...), for JSON and CSV.
QString name(BatchOutcome outcome);
// Short translated text for tables ("Checked", "Will disconnect", ...).
QString text(BatchOutcome outcome);
// An outcome a support person has to look at: the line did not end as intended.
bool isProblem(BatchOutcome outcome);
} // namespace BatchOutcomes

// One user of a batch: where it came from, who it is, and how it ended.
struct BatchItem final
{
    // --- input ---
    int line = 0;     // 1-based input line; 0 when the user did not come from a file
    QString input;    // the line's value as typed (email or user id)
    QString userId;   // known from the start for user ids, after resolution for emails
    QString email;    // known from the start for emails, from the profile otherwise (may stay empty)

    // --- result ---
    BatchOutcome outcome = BatchOutcome::None;
    QString detail;    // translated explanation for problems
    int httpStatus = 0;
    QString requestId; // x-request-id of the answer that decided the outcome
    int requests = 0;  // HTTP requests sent for this item, retries included
    // Disconnected: the DELETE's first answer was lost and the request sent
    // again found nothing (404): "disconnected — gone on retry", not "already absent".
    bool goneOnRetry = false;
    QList<DataProvider> providers;              // check status: every provider with every connection of the user
    QList<ConnectedAccount> connections;        // preview: every connection of the provider, each would be deleted
    // Disconnect: the one connection this item deletes, by its id (one item per
    // connection, so each DELETE has its own outcome, request id and audit record).
    std::optional<ConnectedAccount> account;

    bool isFinished() const { return outcome != BatchOutcome::None; }
    // Resets the result so the item can run again (keeps the input, a resolved
    // user id and the connection a Disconnect item deletes).
    void clearResult();
};

// Input lines turned into batch items: valid ones queued, invalid ones
// already finished with InvalidInput and repeats with Repeated (so they
// appear in every result table). Ignored words are in BatchInput::summary().
struct BatchInput;
QList<BatchItem> batchItemsFrom(const BatchInput &input);
// Items for users already known (the GUI's selection, an organization's members).
BatchItem batchItemForUser(const QString &userId, const QString &email = QString());
