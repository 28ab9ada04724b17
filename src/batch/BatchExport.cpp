#include "batch/BatchExport.h"

#include "batch/BatchResultModel.h"
#include "core/ConnectionStatus.h"
#include "core/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

QByteArray BatchExport::gridCsv(const QList<BatchItem> &items, const QStringList &providerSlugs)
{
    QStringList header{QStringLiteral("line"), QStringLiteral("input"), QStringLiteral("user_id"),
                       QStringLiteral("email"), QStringLiteral("outcome")};
    for (const QString &slug : providerSlugs)
        header << slug << slug + QStringLiteral(" missing scopes");
    header << QStringLiteral("detail");
    QString csv = Csv::record(header);
    for (const BatchItem &item : items) {
        QStringList row{item.line > 0 ? QString::number(item.line) : QString(), item.input, item.userId, item.email,
                        BatchOutcomes::name(item.outcome)};
        for (const QString &slug : providerSlugs) {
            const DataProvider *provider = BatchResultModel::providerOf(item, slug);
            row << (provider ? ConnectionStatuses::name(provider->connectedAccount) : QString())
                << (provider ? provider->missingScopes().join(QLatin1Char(' ')) : QString());
        }
        row << item.detail;
        csv += Csv::record(row);
    }
    return csv.toUtf8();
}

QByteArray BatchExport::itemsCsv(const QList<BatchItem> &items)
{
    QString csv = Csv::record({QStringLiteral("line"), QStringLiteral("input"), QStringLiteral("user_id"),
                             QStringLiteral("email"), QStringLiteral("outcome"), QStringLiteral("account_id"),
                             QStringLiteral("http_status"), QStringLiteral("request_id"), QStringLiteral("detail")});
    for (const BatchItem &item : items) {
        csv += Csv::record({item.line > 0 ? QString::number(item.line) : QString(), item.input, item.userId, item.email,
                          BatchOutcomes::name(item.outcome), item.account ? item.account->id : QString(),
                          item.httpStatus > 0 ? QString::number(item.httpStatus) : QString(), item.requestId,
                          item.detail});
    }
    return csv.toUtf8();
}

QJsonObject BatchExport::itemJson(const BatchItem &item)
{
    auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonObject object;
    object.insert(QStringLiteral("line"), item.line > 0 ? QJsonValue(item.line) : QJsonValue());
    object.insert(QStringLiteral("input"), item.input);
    object.insert(QStringLiteral("user_id"), orNull(item.userId));
    object.insert(QStringLiteral("email"), orNull(item.email));
    object.insert(QStringLiteral("outcome"), BatchOutcomes::name(item.outcome));
    object.insert(QStringLiteral("detail"), orNull(item.detail));
    object.insert(QStringLiteral("http_status"), item.httpStatus > 0 ? QJsonValue(item.httpStatus) : QJsonValue());
    object.insert(QStringLiteral("request_id"), orNull(item.requestId));
    if (item.account) {
        QJsonObject account;
        account.insert(QStringLiteral("id"), item.account->id);
        account.insert(QStringLiteral("state"), item.account->stateText);
        object.insert(QStringLiteral("account"), account);
    }
    if (!item.providers.isEmpty()) {
        QJsonArray providers;
        for (const DataProvider &provider : item.providers) {
            QJsonObject p;
            p.insert(QStringLiteral("slug"), provider.slug);
            p.insert(QStringLiteral("state"), ConnectionStatuses::name(provider.connectedAccount));
            p.insert(QStringLiteral("account_id"),
                     provider.connectedAccount ? QJsonValue(provider.connectedAccount->id) : QJsonValue());
            p.insert(QStringLiteral("missing_scopes"), provider.connectedAccount
                         ? QJsonValue(QJsonArray::fromStringList(provider.missingScopes()))
                         : QJsonValue());
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
