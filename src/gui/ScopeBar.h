#pragma once

#include "core/ApiTypes.h"
#include "core/WorkOsClient.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class ScopeSummary;

// Above the providers table: the organization scope (personal, one of the
// user's organizations, or the connections an organization shares with its
// members, read from their memberships), the text filter and
// "Problems only", and under them what needs attention in every scope.
class ScopeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeBar)

public:
    explicit ScopeBar(WorkOsClient *client, QWidget *parent = nullptr);

    // Back to the personal scope; reads the user's memberships into the
    // selector and then every scope into the summary.
    void openUser(const QString &userId);
    // Nobody: the personal scope only, no summary, and late answers dropped.
    void clearUser();
    QString organizationId() const;
    // The scope is an organization's shared connections (connection_owner
    // "organization", read under /organizations/{id}/…), not the user's own.
    bool isSharedScope() const;
    // Shows that organization's shared connections; false when the user is not its member.
    bool selectSharedScope(const QString &organizationId);
    QString organizationName() const; // of the current scope; may be empty
    const QList<OrganizationMembership> &memberships() const { return m_memberships; }
    void clearFilters();
    void setScopeEnabled(bool enabled);
    ScopeSummary *summary() const { return m_summary; }
    QWidget *firstInTabOrder() const;
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    void scopeChanged(const QString &organizationId);
    void textChanged(const QString &text);
    void problemsOnlyChanged(bool only);
    // The user's memberships were read (the scopes are in the selector).
    void membershipsRead();

private:
    void onMemberships(const ApiResult<Page<OrganizationMembership>> &result);

    WorkOsClient *m_client;
    QComboBox *m_scope;
    QLineEdit *m_filter;
    QCheckBox *m_problemsOnly;
    ScopeSummary *m_summary;
    QString m_userId;
    QList<OrganizationMembership> m_memberships;
    QPointer<ApiCall> m_membershipsCall;
};
