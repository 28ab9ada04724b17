#include "gui/batch/BatchPaceControls.h"

#include "batch/BatchEngine.h"
#include "batch/BatchSettingsStore.h"

#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

BatchPaceControls::BatchPaceControls(const Widgets &widgets, BatchEngine *engine, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_widgets(widgets)
    , m_engine(engine)
    , m_settings(settings)
{
    const BatchSettings current = engine->settings();
    widgets.concurrency->setMaximum(BatchSettingsStore::MaxConcurrency);
    for (QSpinBox *spin : {widgets.readsPerWindow, widgets.writesPerWindow, widgets.requestsPerMinute})
        spin->setMaximum(BatchSettingsStore::MaxPerWindow);
    widgets.concurrency->setValue(current.concurrency);
    widgets.readsPerWindow->setValue(current.budget.readsPerWindow);
    widgets.writesPerWindow->setValue(current.budget.writesPerWindow);
    widgets.requestsPerMinute->setValue(current.budget.requestsPerOverallWindow);
    for (QSpinBox *spin : {widgets.concurrency, widgets.readsPerWindow, widgets.writesPerWindow, widgets.requestsPerMinute})
        connect(spin, &QSpinBox::valueChanged, this, &BatchPaceControls::edited);
    connect(widgets.defaults, &QPushButton::clicked, this, &BatchPaceControls::resetToDefaults);
    if (widgets.disclosure && widgets.panel) {
        const auto show = [widgets](bool open) {
            widgets.panel->setVisible(open);
            widgets.disclosure->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        };
        show(widgets.disclosure->isChecked());
        connect(widgets.disclosure, &QToolButton::toggled, this, show);
    }
}

BatchPaceControls::~BatchPaceControls() = default;

void BatchPaceControls::edited()
{
    BatchSettings settings = m_engine->settings();
    settings.concurrency = m_widgets.concurrency->value();
    settings.budget.readsPerWindow = m_widgets.readsPerWindow->value();
    settings.budget.writesPerWindow = m_widgets.writesPerWindow->value();
    settings.budget.requestsPerOverallWindow = m_widgets.requestsPerMinute->value();
    m_engine->setSettings(settings);
    BatchSettingsStore::save(m_settings, settings);
}

void BatchPaceControls::resetToDefaults()
{
    const BatchSettings defaults;
    m_widgets.concurrency->setValue(defaults.concurrency);
    m_widgets.readsPerWindow->setValue(defaults.budget.readsPerWindow);
    m_widgets.writesPerWindow->setValue(defaults.budget.writesPerWindow);
    m_widgets.requestsPerMinute->setValue(defaults.budget.requestsPerOverallWindow);
}
