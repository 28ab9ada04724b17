#pragma once

#include "core/ApiTypes.h"
#include "core/PaginationGuard.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiCall;
struct ApiError;
class WorkOsClient;

// Every member of an organization, page by page (listUsers with
// organization_id, 100 per page) until the last page, a repeated cursor
// (failed) or MaxPages (loaded: a runaway guard). One load at a time: a new
// load or cancel() drops the previous one and its late pages.
class OrganizationMembersLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationMembersLoader)

public:
    static constexpr int PageSize = 100;
    static constexpr int MaxPages = 500; // 50,000 members: far above any real support batch

    explicit OrganizationMembersLoader(WorkOsClient *client, QObject *parent = nullptr);
    ~OrganizationMembersLoader() override;

    void load(const QString &organizationId);
    void cancel();
    bool isLoading() const { return !m_call.isNull(); }

Q_SIGNALS:
    void progress(int loaded);
    void loaded(const QString &organizationId, const QList<User> &users);
    void failed(const QString &organizationId, const QString &message);

private:
    void fetch(const QString &after);

    WorkOsClient *m_client;
    QPointer<ApiCall> m_call;
    QString m_organizationId;
    QList<User> m_users;
    PaginationGuard m_pagination{MaxPages};
    quint64 m_generation = 0;
};
