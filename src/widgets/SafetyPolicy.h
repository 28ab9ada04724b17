#pragma once

#include "widgets/Prompter.h"

#include <QString>

class QWidget;
struct Environment;

// How hard a disconnect is to confirm, for the main window's single disconnect
// and the batch window's alike, and the one rule that picks it: a production
// environment asks for the provider's slug to be typed, any other for a click
// on the dangerous button.
class SafetyPolicy final
{
public:
    enum class Level { Confirm, TypeSlug };

    SafetyPolicy() = default;
    explicit SafetyPolicy(Level level)
        : m_level(level)
    {
    }
    static SafetyPolicy forEnvironment(const Environment &environment);

    Level level() const { return m_level; }
    bool asksForTypedSlug() const { return m_level == Level::TypeSlug; }

    // Asks `prompter` to confirm (with the optional reason line when
    // `confirmation` has one). The answer is Accepted only when the person
    // accepted and, under TypeSlug, typed exactly `slug`.
    Prompter::Reply ask(Prompter *prompter, QWidget *parent, const Confirmation &confirmation,
                        const QString &slug) const;

    friend bool operator==(SafetyPolicy a, SafetyPolicy b) { return a.m_level == b.m_level; }
    friend bool operator!=(SafetyPolicy a, SafetyPolicy b) { return !(a == b); }

private:
    Level m_level = Level::Confirm;
};
