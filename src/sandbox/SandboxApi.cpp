#include "sandbox/SandboxApi.h"

#include "sandbox/SandboxJson.h"

#include <QJsonArray>

#include <algorithm>

namespace {

struct PageRequest
{
    int limit = 10;
    bool ascending = false;
    QString before;
    QString after;
};

QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// Values of an array parameter: "a,b", repeated "key=a&key=b" or "key[]=a".
QStringList queryList(const QUrlQuery &query, const QString &key)
{
    QStringList values;
    const QStringList raw = query.allQueryItemValues(key, QUrl::FullyDecoded)
                            + query.allQueryItemValues(key + QStringLiteral("[]"), QUrl::FullyDecoded);
    for (const QString &value : raw) {
        const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts)
            values.append(part.trimmed());
    }
    return values;
}

// Parses limit/order/before/after; an error reply (with the given status) when invalid.
std::optional<SandboxReply> parsePage(const QUrlQuery &query, int invalidStatus, PageRequest *page)
{
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = queryValue(query, QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100) {
            return SandboxReply::validation(invalidStatus, QStringLiteral("limit"),
                                            QStringLiteral("invalid_limit"),
                                            QStringLiteral("limit must be an integer between 1 and 100."));
        }
        page->limit = limit;
    }
    if (query.hasQueryItem(QStringLiteral("order"))) {
        const QString order = queryValue(query, QStringLiteral("order"));
        if (order == QLatin1String("asc")) {
            page->ascending = true;
        } else if (order != QLatin1String("desc") && order != QLatin1String("normal")) {
            return SandboxReply::validation(invalidStatus, QStringLiteral("order"),
                                            QStringLiteral("invalid_order"),
                                            QStringLiteral("order must be one of asc, desc or normal."));
        }
    }
    page->before = queryValue(query, QStringLiteral("before"));
    page->after = queryValue(query, QStringLiteral("after"));
    return std::nullopt;
}

// items: ascending by id. Cursor semantics: `after` = the objects that follow
// the cursor in the requested order, `before` = the ones that precede it.
template <typename T, typename ToJson>
SandboxReply pageReply(QList<const T *> items, const PageRequest &page, ToJson toJson)
{
    if (!page.ascending)
        std::reverse(items.begin(), items.end());
    const auto precedes = [&page](const QString &a, const QString &b) {
        return page.ascending ? a < b : a > b;
    };
    const qsizetype count = items.size();
    qsizetype start = 0;
    qsizetype end = qMin<qsizetype>(count, page.limit);
    if (!page.after.isEmpty()) {
        start = 0;
        while (start < count && !precedes(page.after, items.at(start)->id))
            ++start;
        end = qMin<qsizetype>(count, start + page.limit);
    } else if (!page.before.isEmpty()) {
        end = 0;
        while (end < count && precedes(items.at(end)->id, page.before))
            ++end;
        start = qMax<qsizetype>(0, end - page.limit);
    }
    QJsonArray data;
    for (qsizetype i = start; i < end; ++i)
        data.append(toJson(*items.at(i)));
    const bool empty = start >= end;
    const QJsonValue before = !empty && start > 0 ? QJsonValue(items.at(start)->id) : QJsonValue(QJsonValue::Null);
    const QJsonValue after = !empty && end < count ? QJsonValue(items.at(end - 1)->id) : QJsonValue(QJsonValue::Null);
    return SandboxReply::json(200, QJsonObject{
        {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("data"), data},
        {QStringLiteral("list_metadata"), QJsonObject{{QStringLiteral("before"), before},
                                                      {QStringLiteral("after"), after}}},
    });
}

SandboxReply notFound(const QString &entity, const QString &id)
{
    SandboxReply reply = SandboxReply::json(404, QJsonObject{
        {QStringLiteral("message"), QStringLiteral("%1 not found: '%2'.").arg(entity, id)},
        {QStringLiteral("code"), QStringLiteral("entity_not_found")},
        {QStringLiteral("entity_id"), id},
    });
    return reply;
}

} // namespace

SandboxApi::SandboxApi(SandboxStore &store)
    : m_store(store)
{
}

SandboxReply SandboxApi::listUsers(const QUrlQuery &query) const
{
    PageRequest page;
    if (auto error = parsePage(query, 422, &page))
        return *error;
    QString organizationId = queryValue(query, QStringLiteral("organization_id"));
    if (organizationId.isEmpty())
        organizationId = queryValue(query, QStringLiteral("organization")); // deprecated name
    const QString email = queryValue(query, QStringLiteral("email"));

    QList<const SandboxUser *> users;
    if (!organizationId.isEmpty()) {
        if (!m_store.organization(organizationId)) {
            return SandboxReply::error(422, QStringLiteral("Organization not found: '%1'.").arg(organizationId),
                                       QStringLiteral("organization_not_found"));
        }
        const QList<const SandboxMembership *> memberships = m_store.membershipsOfOrganization(organizationId);
        for (const SandboxMembership *m : memberships) {
            const SandboxUser *u = m_store.user(m->userId);
            if (u && (email.isEmpty() || u->email.compare(email, Qt::CaseInsensitive) == 0))
                users.append(u);
        }
        std::sort(users.begin(), users.end(), [](const SandboxUser *a, const SandboxUser *b) { return a->id < b->id; });
    } else {
        const QList<SandboxUser> &all = m_store.users();
        users.reserve(email.isEmpty() ? all.size() : 1);
        for (const SandboxUser &u : all) {
            if (email.isEmpty() || u.email.compare(email, Qt::CaseInsensitive) == 0)
                users.append(&u);
        }
    }
    return pageReply(users, page, [](const SandboxUser &u) { return SandboxJson::user(u); });
}

SandboxReply SandboxApi::getUser(const QString &id) const
{
    const SandboxUser *u = m_store.user(id);
    return u ? SandboxReply::json(200, SandboxJson::user(*u)) : notFound(QStringLiteral("User"), id);
}

SandboxReply SandboxApi::listOrganizations(const QUrlQuery &query) const
{
    PageRequest page;
    if (auto error = parsePage(query, 422, &page))
        return *error;
    const QString search = queryValue(query, QStringLiteral("search")).trimmed();
    const QStringList domains = queryList(query, QStringLiteral("domains"));
    QList<const SandboxOrganization *> organizations;
    for (const SandboxOrganization &o : m_store.organizations()) {
        if (!search.isEmpty() && !o.name.contains(search, Qt::CaseInsensitive))
            continue;
        if (!domains.isEmpty()) {
            const bool match = std::any_of(domains.cbegin(), domains.cend(), [&o](const QString &d) {
                return o.domains.contains(d, Qt::CaseInsensitive);
            });
            if (!match)
                continue;
        }
        organizations.append(&o);
    }
    return pageReply(organizations, page, [](const SandboxOrganization &o) { return SandboxJson::organization(o); });
}

SandboxReply SandboxApi::getOrganization(const QString &id) const
{
    const SandboxOrganization *o = m_store.organization(id);
    return o ? SandboxReply::json(200, SandboxJson::organization(*o)) : notFound(QStringLiteral("Organization"), id);
}

SandboxReply SandboxApi::listMemberships(const QUrlQuery &query) const
{
    PageRequest page;
    if (auto error = parsePage(query, 400, &page))
        return *error;
    const QString userId = queryValue(query, QStringLiteral("user_id"));
    const QString organizationId = queryValue(query, QStringLiteral("organization_id"));
    if (userId.isEmpty() && organizationId.isEmpty()) {
        return SandboxReply::error(400, QStringLiteral("Either user_id or organization_id is required."),
                                   QStringLiteral("missing_user_id_or_organization_id"));
    }
    const QStringList statuses = queryList(query, QStringLiteral("statuses"));
    for (const QString &status : statuses) {
        if (status != QLatin1String("active") && status != QLatin1String("inactive") && status != QLatin1String("pending")) {
            return SandboxReply::error(400, QStringLiteral("Invalid status '%1'.").arg(status),
                                       QStringLiteral("invalid_request_parameters"));
        }
    }
    if (!userId.isEmpty() && !m_store.user(userId))
        return notFound(QStringLiteral("User"), userId);
    if (!organizationId.isEmpty() && !m_store.organization(organizationId))
        return notFound(QStringLiteral("Organization"), organizationId);

    const QList<const SandboxMembership *> candidates = !userId.isEmpty()
        ? m_store.membershipsOfUser(userId)
        : m_store.membershipsOfOrganization(organizationId);
    QList<const SandboxMembership *> memberships;
    for (const SandboxMembership *m : candidates) {
        if (!organizationId.isEmpty() && m->organizationId != organizationId)
            continue;
        if (!statuses.isEmpty() && !statuses.contains(m->status))
            continue;
        memberships.append(m);
    }
    std::sort(memberships.begin(), memberships.end(),
              [](const SandboxMembership *a, const SandboxMembership *b) { return a->id < b->id; });
    const SandboxStore &store = m_store;
    return pageReply(memberships, page,
                     [&store](const SandboxMembership &m) { return SandboxJson::membership(m, store); });
}
