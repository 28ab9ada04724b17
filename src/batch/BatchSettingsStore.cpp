#include "batch/BatchSettingsStore.h"

#include <QSettings>

namespace {
const QString ConcurrencyKey = QStringLiteral("batch/concurrency");
const QString ReadsKey = QStringLiteral("batch/readsPer10s");
const QString WritesKey = QStringLiteral("batch/writesPer10s");
const QString OverallKey = QStringLiteral("batch/requestsPerMinute");

int readInt(const QSettings *settings, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings->value(key, fallback).toInt(&ok);
    return ok ? qBound(low, value, high) : fallback;
}
} // namespace

namespace BatchSettingsStore {

BatchSettings load(const QSettings *settings)
{
    BatchSettings result;
    if (!settings)
        return result;
    result.concurrency = readInt(settings, ConcurrencyKey, result.concurrency, 1, MaxConcurrency);
    result.budget.readsPerWindow = readInt(settings, ReadsKey, result.budget.readsPerWindow, 1, MaxPerWindow);
    result.budget.writesPerWindow = readInt(settings, WritesKey, result.budget.writesPerWindow, 1, MaxPerWindow);
    result.budget.requestsPerOverallWindow =
        readInt(settings, OverallKey, result.budget.requestsPerOverallWindow, 1, MaxPerWindow);
    return result;
}

void save(QSettings *settings, const BatchSettings &batchSettings)
{
    if (!settings)
        return;
    settings->setValue(ConcurrencyKey, batchSettings.concurrency);
    settings->setValue(ReadsKey, batchSettings.budget.readsPerWindow);
    settings->setValue(WritesKey, batchSettings.budget.writesPerWindow);
    settings->setValue(OverallKey, batchSettings.budget.requestsPerOverallWindow);
}

} // namespace BatchSettingsStore
