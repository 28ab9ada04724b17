#pragma once

#include <QPalette>
#include <QString>

// The palette the application paints with. By default the platform's own
// (light or dark, as the desktop is set); PIPES_ADMIN_PALETTE=dark or =light
// forces the Fusion style with a built-in palette, for testing the look of
// both without changing the desktop.
namespace AppPalette {
enum class Choice { Platform, Light, Dark };

Choice fromName(const QString &name); // "dark", "light"; anything else: Platform
QPalette dark();
QPalette light();
// Applies `choice` to the application (Platform leaves it as it is). After the QApplication exists.
void apply(Choice choice);
// True when text is drawn light on a dark base.
bool isDark(const QPalette &palette);
} // namespace AppPalette
