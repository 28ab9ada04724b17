#pragma once

#include <QObject>

class BatchEngine;
class QPushButton;
class QSettings;
class QSpinBox;
class QToolButton;
class QWidget;

// The "Pace" box of the batch window: concurrency and request budget spin
// boxes bound to the engine's settings and kept in QSettings (BatchSettingsStore),
// folded away under an "Advanced" disclosure (WorkOS's limits are the default).
class BatchPaceControls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPaceControls)

public:
    struct Widgets final
    {
        QSpinBox *concurrency = nullptr;
        QSpinBox *readsPerWindow = nullptr;
        QSpinBox *writesPerWindow = nullptr;
        QSpinBox *requestsPerMinute = nullptr;
        QPushButton *defaults = nullptr;
        // The "Advanced" disclosure: the controls above live in `panel`, shown while `disclosure` is checked.
        QToolButton *disclosure = nullptr;
        QWidget *panel = nullptr;
    };

    // Shows the engine's current settings; every change goes to the engine and `settings` (may be null).
    BatchPaceControls(const Widgets &widgets, BatchEngine *engine, QSettings *settings, QObject *parent = nullptr);
    ~BatchPaceControls() override;

    void resetToDefaults();

private:
    void edited();

    Widgets m_widgets;
    BatchEngine *m_engine;
    QSettings *m_settings;
};
