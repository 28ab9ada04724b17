#pragma once

#include <QByteArray>
#include <QIcon>
#include <QImage>
#include <QSize>

#include <functional>

// Icons drawn for the exact pixel size asked for: at 200 % a 16 px icon is
// drawn at 32 device pixels (and at 150 % at 24), never scaled up from a
// smaller pixmap. Disabled icons are the same drawing, faded.
namespace ScalableIcon {
// Draws the icon into a transparent image of `pixels` device pixels.
using Renderer = std::function<QImage(const QSize &pixels)>;

// `key` names the drawing for the pixmap cache (same key, same pixels).
QIcon fromRenderer(const QString &key, Renderer renderer);
// An SVG document (as bytes), rasterised at each size by Qt's SVG image plugin.
QIcon fromSvg(const QString &key, const QByteArray &svg);
// Rasterises `svg` at `pixels`; a null image when the document cannot be read.
QImage renderSvg(const QByteArray &svg, const QSize &pixels);
} // namespace ScalableIcon
