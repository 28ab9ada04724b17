#pragma once

#include "core/ApiRequests.h"
#include "core/ApiTypes.h"

#include <QList>
#include <QString>

#include <optional>

// What the dialog is about: one user, one provider, the organizations the user belongs to.
struct ConnectLinkContext final
{
    struct OrganizationChoice
    {
        QString id;
        QString name;
    };
    QString userId;
    QString userEmail;
    QString userName; // "Alice Adams" (first and last name), may be empty
    QString providerSlug;
    QString providerName;
    QList<OrganizationChoice> organizations;
    QString organizationId; // preselected (the table's scope); empty: none
    std::optional<ConnectedAccount> account; // what the table shows now for that scope
    // Organization-owned providers need an organization: WorkOS refuses a link without one.
    Ownership ownership = Ownership::User;
    // What the link does: the compatibility slot (a provider not connected),
    // repair exactly one connection (Reauthorize + connectionId), or add another.
    AuthorizeRequest::Intent intent = AuthorizeRequest::Intent::Slot;
    QString connectionId;   // with Reauthorize
    QString connectionName; // "Work (octo-work)", for the words
    // The organization's shared connection (connection_owner "organization",
    // organizationId fixed): the user is the active member the link is made
    // for, and does not become its owner.
    bool organizationOwner = false;
};
