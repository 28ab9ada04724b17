#pragma once

#include "batch/BatchEngine.h"

class QSettings;

// The batch engine's concurrency and request budget, kept in QSettings
// ("batch/..."). Values out of range are clamped; missing ones are
// WorkOS's published limits.
namespace BatchSettingsStore {

constexpr int MaxConcurrency = 64;
constexpr int MaxPerWindow = 100000;

BatchSettings load(const QSettings *settings);
void save(QSettings *settings, const BatchSettings &batchSettings);

} // namespace BatchSettingsStore
