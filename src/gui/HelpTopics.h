#pragma once

#include "widgets/Prompter.h"

#include <QCoreApplication>

class EnvironmentConnector;
class QWidget;

// The Help menu's pages, as notices for the Prompter: which environment, URL
// and key are used (the README's rules, and what this window uses now), and
// the keyboard shortcuts (read from the window's actions, so always current).
struct HelpTopics final
{
    Q_DECLARE_TR_FUNCTIONS(HelpTopics)

public:
    static Notice keyAndUrl(const EnvironmentConnector *connector);
    static Notice keyboardShortcuts(const QWidget *window);
};
