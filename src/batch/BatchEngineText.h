#pragma once

#include <QCoreApplication>

// The engine's sentences, translated in the BatchEngine context.
struct BatchEngineText final
{
    Q_DECLARE_TR_FUNCTIONS(BatchEngine)
};
