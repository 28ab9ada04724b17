#pragma once

#include <QColor>
#include <QIcon>

class QAbstractButton;

// Monochrome icons drawn in the palette's text colour, so they read as well
// on dark palettes as on light ones. The SVG's own grey is replaced at load
// time and the icon is redrawn whenever the button's palette changes.
namespace ThemedIcons {
// The copy icon in `colour`, drawn from the SVG at whatever size and scale it is shown.
QIcon copyIcon(const QColor &colour);
// A dot in `colour` (an environment's), with a faint outline, drawn at the device's resolution.
QIcon swatch(const QString &colour);
// Sets the copy icon on `button` in its ButtonText colour and keeps it in step with palette changes.
void setCopyIcon(QAbstractButton *button);
} // namespace ThemedIcons
