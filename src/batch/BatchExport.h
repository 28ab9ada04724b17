#pragma once

#include "batch/BatchItem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Batch results as CSV (written by Csv: RFC 4180, formula-injection safe)
// and as JSON (stable, sorted keys).
namespace BatchExport {

// The grid of a check: one row per item; per provider the worst connection's
// state name, a "<slug> connections" count and the worst's "<slug> missing scopes".
QByteArray gridCsv(const QList<BatchItem> &items, const QStringList &providerSlugs);
// One row per item: line, input, user id, email, outcome, connection id(s), HTTP status, request id, detail.
QByteArray itemsCsv(const QList<BatchItem> &items);

QJsonObject itemJson(const BatchItem &item);
// {"operation":..,"provider":..,"batch_id":..,"items":[..],"summary":{outcome: count, "total": n}}
QJsonObject resultJson(const QString &operation, const QString &providerSlug, const QString &batchId,
                       const QList<BatchItem> &items);
QByteArray toJsonText(const QJsonObject &object);

} // namespace BatchExport
