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
    QString providerSlug;   // path parameter
    QString userId;         // required
    QString organizationId; // optional
    QUrl returnTo;          // optional
};
