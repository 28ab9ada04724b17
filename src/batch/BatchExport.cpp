#include "batch/BatchExport.h"

#include "batch/BatchResultModel.h"
#include "core/ConnectionStatus.h"
#include "core/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// One connection: its id, label, state (and why), and with the provider its missing scopes.
QJsonObject connectionJson(const ConnectedAccount &a, const DataProvider *provider)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("label"), orNull(a.accountDisplayName));
    o.insert(QStringLiteral("state"), ConnectionStatuses::name(a));
    o.insert(QStringLiteral("state_reason"), orNull(a.stateReasonText));
    if (provider)
        o.insert(QStringLiteral("missing_scopes"), QJsonArray::fromStringList(provider->missingScopes(a)));
    return o;
}
// A run item's connection, or every connection a preview item would delete.
QString connectionIds(const BatchItem &item)
{
    if (item.account)
        return item.account->id;
    QStringList ids;
    for (const ConnectedAccount &a : item.connections)
        ids.append(a.id);
    return ids.join(QLatin1Char(' '));
}
} // namespace

QByteArray BatchExport::gridCsv(const QList<BatchItem> &items, const QStringList &providerSlugs)
{
    QStringList header{QStringLiteral("line"), QStringLiteral("input"), QStringLiteral("user_id"),
                       QStringLiteral("email"), QStringLiteral("outcome")};
    for (const QString &slug : providerSlugs)
        header << slug << slug + QStringLiteral(" connections") << slug + QStringLiteral(" missing scopes");
    header << QStringLiteral("detail");
    QString csv = Csv::record(header);
    for (const BatchItem &item : items) {
        QStringList row{item.line > 0 ? QString::number(item.line) : QString(), item.input, item.userId, item.email,
                        BatchOutcomes::name(item.outcome)};
        for (const QString &slug : providerSlugs) {
            const DataProvider *provider = BatchResultModel::providerOf(item, slug);
            if (!provider) {
                row << QString() << QString() << QString();
                continue;
            }
            // The worst connection's state and missing scopes, and how many there are.
            const std::optional<ConnectedAccount> worst = ConnectionStatuses::worst(*provider);
            row << ConnectionStatuses::name(worst) << QString::number(provider->allConnections().size())
                << (worst ? provider->missingScopes(*worst).join(QLatin1Char(' ')) : QString());
        }
        row << item.detail;
        csv += Csv::record(row);
    }
    return csv.toUtf8();
}

QByteArray BatchExport::itemsCsv(const QList<BatchItem> &items)
{
    QString csv = Csv::record({QStringLiteral("line"), QStringLiteral("input"), QStringLiteral("user_id"),
                             QStringLiteral("email"), QStringLiteral("outcome"), QStringLiteral("connection_id"),
                             QStringLiteral("http_status"), QStringLiteral("request_id"), QStringLiteral("detail")});
    for (const BatchItem &item : items) {
        csv += Csv::record({item.line > 0 ? QString::number(item.line) : QString(), item.input, item.userId, item.email,
                          BatchOutcomes::name(item.outcome), connectionIds(item),
                          item.httpStatus > 0 ? QString::number(item.httpStatus) : QString(), item.requestId,
                          item.detail});
    }
    return csv.toUtf8();
}


QJsonObject BatchExport::itemJson(const BatchItem &item)
{
    QJsonObject object;
    object.insert(QStringLiteral("line"), item.line > 0 ? QJsonValue(item.line) : QJsonValue());
    object.insert(QStringLiteral("input"), item.input);
    object.insert(QStringLiteral("user_id"), orNull(item.userId));
    object.insert(QStringLiteral("email"), orNull(item.email));
    object.insert(QStringLiteral("outcome"), BatchOutcomes::name(item.outcome));
    object.insert(QStringLiteral("detail"), orNull(item.detail));
    object.insert(QStringLiteral("http_status"), item.httpStatus > 0 ? QJsonValue(item.httpStatus) : QJsonValue());
    object.insert(QStringLiteral("request_id"), orNull(item.requestId));
    if (item.account)
        object.insert(QStringLiteral("connection"), connectionJson(*item.account, nullptr));
    if (!item.connections.isEmpty()) {
        QJsonArray connections;
        for (const ConnectedAccount &a : item.connections)
            connections.append(connectionJson(a, nullptr));
        object.insert(QStringLiteral("connections"), connections);
    }
    if (!item.providers.isEmpty()) {
        QJsonArray providers;
        for (const DataProvider &provider : item.providers) {
            const QList<ConnectedAccount> all = provider.allConnections();
            QJsonArray connections;
            for (const ConnectedAccount &a : all)
                connections.append(connectionJson(a, &provider));
            // The worst connection's state and missing scopes (null when there is none), then each connection.
            const std::optional<ConnectedAccount> worst = ConnectionStatuses::worst(provider);
            QJsonObject p;
            p.insert(QStringLiteral("slug"), provider.slug);
            p.insert(QStringLiteral("state"), ConnectionStatuses::name(worst));
            p.insert(QStringLiteral("missing_scopes"),
                     worst ? QJsonValue(QJsonArray::fromStringList(provider.missingScopes(*worst))) : QJsonValue());
            p.insert(QStringLiteral("connection_count"), int(all.size()));
            p.insert(QStringLiteral("connections"), connections);
            providers.append(p);
        }
        object.insert(QStringLiteral("providers"), providers);
    }
    return object;
}

QJsonObject BatchExport::resultJson(const QString &operation, const QString &providerSlug, const QString &batchId,
                                    const QList<BatchItem> &items)
{
    QJsonArray array;
    QMap<QString, int> counts;
    for (const BatchItem &item : items) {
        array.append(itemJson(item));
        ++counts[BatchOutcomes::name(item.outcome)];
    }
    QJsonObject summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary.insert(it.key(), it.value());
    summary.insert(QStringLiteral("total"), int(items.size()));
    QJsonObject object;
    object.insert(QStringLiteral("operation"), operation);
    object.insert(QStringLiteral("provider"), providerSlug.isEmpty() ? QJsonValue() : QJsonValue(providerSlug));
    object.insert(QStringLiteral("batch_id"), batchId.isEmpty() ? QJsonValue() : QJsonValue(batchId));
    object.insert(QStringLiteral("items"), array);
    object.insert(QStringLiteral("summary"), summary);
    return object;
}

QByteArray BatchExport::toJsonText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}
