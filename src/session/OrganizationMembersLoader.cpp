#include "session/OrganizationMembersLoader.h"

#include "core/WorkOsClient.h"

OrganizationMembersLoader::OrganizationMembersLoader(WorkOsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

OrganizationMembersLoader::~OrganizationMembersLoader()
{
    cancel();
}

void OrganizationMembersLoader::cancel()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call.clear();
}

void OrganizationMembersLoader::load(const QString &organizationId)
{
    cancel();
    m_organizationId = organizationId.trimmed();
    m_users.clear();
    m_pagination = PaginationGuard(MaxPages);
    fetch(QString());
}

void OrganizationMembersLoader::fetch(const QString &after)
{
    ListUsersRequest request;
    request.organizationId = m_organizationId;
    request.limit = PageSize;
    request.after = after;
    const quint64 generation = m_generation;
    m_call = m_client->listUsers(request, this, [this, generation](const ApiResult<Page<User>> &result) {
        if (generation != m_generation)
            return; // a page of a load that was replaced or cancelled
        m_call.clear();
        if (!result) {
            Q_EMIT failed(m_organizationId, result.error().fullText());
            return;
        }
        m_users.append(result.value().data);
        Q_EMIT progress(int(m_users.size()));
        switch (m_pagination.afterPage(result.value().after)) {
        case PaginationGuard::Step::NextPage:
            fetch(result.value().after);
            return;
        case PaginationGuard::Step::RepeatedCursor:
            Q_EMIT failed(m_organizationId, tr("WorkOS returned the same page cursor twice while listing the members; "
                                               "stopped after %1 pages.")
                                                .arg(m_pagination.pages()));
            return;
        case PaginationGuard::Step::LastPage:
        case PaginationGuard::Step::PageCap:
            break;
        }
        Q_EMIT loaded(m_organizationId, m_users);
    });
}
