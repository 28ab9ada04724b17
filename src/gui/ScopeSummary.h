#pragma once

#include "core/ApiCall.h"
#include "core/ApiTypes.h"

#include <QHash>
#include <QLabel>
#include <QList>
#include <QPointer>

class WorkOsClient;
struct ApiError;

// One line beside the organization scope that says, for every scope the user
// has (the personal accounts and each organization), what needs attention
// there: "Personal: Slack needs reauthorization · Acme Inc: no problems". The
// scope the table shows is summed up from its rows; the others are read. A
// scope's name is a link that shows that scope in the table.
class ScopeSummary final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeSummary)

public:
    struct Scope
    {
        QString organizationId; // empty: the personal accounts
        QString name;
    };

    explicit ScopeSummary(WorkOsClient *client, QWidget *parent = nullptr);

    // No user: nothing to say.
    void clear();
    // A user opened: waiting for the list of scopes (read()).
    void begin();
    // Reads every scope of `userId` but `shown`, the table's (setRows() sums that one up).
    void read(const QString &userId, const QList<Scope> &scopes, const QString &shown);
    // Reads the scopes of the last read() again, but `shown`.
    void reread(const QString &shown);
    void setRows(const QString &organizationId, const QList<DataProvider> &providers);
    void setFailed(const QString &organizationId, const ApiError &error);
    // The scope the table shows (in bold, not a link).
    void setCurrent(const QString &organizationId);
    // The table shows none of these scopes (an organization's shared connections): every name is a link.
    void setNoCurrent();

    // Nothing is being read any more.
    bool isComplete() const;
    // What needs attention in a scope ("Slack needs reauthorization", …), for tests too.
    QStringList problems(const QString &organizationId) const;

    // The problem a provider's row shows, or empty.
    static QString problemOf(const DataProvider &provider);

Q_SIGNALS:
    void scopeRequested(const QString &organizationId);

private:
    enum class State { Reading, Read, Failed };
    struct Entry
    {
        State state = State::Reading;
        QStringList problems;
        QString error;
    };

    void readScope(const QString &organizationId);
    void render();
    void cancelReads();

    WorkOsClient *m_client;
    QString m_userId;
    QList<Scope> m_scopes;
    QHash<QString, Entry> m_entries; // by organization id ("" = personal)
    QString m_current;
    bool m_hasCurrent = true;
    bool m_waitingForScopes = false;
    QList<QPointer<ApiCall>> m_reads; // in flight; cancelled when the user or the scopes change
};
