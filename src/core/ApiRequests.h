#pragma once

#include <QString>
#include <QUrl>

// Request value types, one per list operation with optional parameters.
// Plain structs: fill the fields you need, leave the rest empty.

enum class SortOrder { Default, Ascending, Descending };

struct ListUsersRequest final
{
    QString email;
    QString organizationId;
    int limit = 0; // 0: the API default (10); otherwise 1..100
    QString before;
    QString after;
    SortOrder order = SortOrder::Default;
};

struct ListOrganizationsRequest final
{
    QString search;
    QStringList domains;
    int limit = 0;
    QString before;
    QString after;
    SortOrder order = SortOrder::Default;
};

struct ListMembershipsRequest final
{
    QString userId;         // one of userId / organizationId is required
    QString organizationId;
    QStringList statuses;   // e.g. "active", "pending"
    int limit = 0;
    QString before;
    QString after;
    SortOrder order = SortOrder::Default;
};

struct AuthorizeRequest final
{
    // What the link does when the customer completes it.
    enum class Intent {
        Slot,        // no connection_intent: the owner's compatibility connection (create or repair it)
        Add,         // connection_intent "add": another connection
        Reauthorize, // connection_intent "reauthorize" + connected_account_id: repair exactly that one
    };
    QString providerSlug;   // path parameter
    QString userId;         // required; for a shared connection, the acting member (who does not become owner)
    QString organizationId; // optional; required with organizationOwner
    bool organizationOwner = false; // connection_owner "organization": the organization's shared connection
    Intent intent = Intent::Slot;
    QString connectedAccountId;     // with Reauthorize only (and then required)
    QString accountDisplayName;     // optional label ("Work"); empty: keep the current one
    QUrl returnTo;          // optional
};
