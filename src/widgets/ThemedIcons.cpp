#include "widgets/ThemedIcons.h"

#include "widgets/ScalableIcon.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QPainter>

namespace {
const QString CopySvg = QStringLiteral(":/icons/copy.svg");
// The colour the SVGs are drawn with in resources/icons.
const QByteArray DesignColour = QByteArrayLiteral("#6b7280");

QIcon recoloured(const QString &path, const QColor &colour)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(path);
    QByteArray svg = file.readAll();
    const QByteArray hex = colour.name(QColor::HexRgb).toLatin1();
    svg.replace(DesignColour, hex);
    // Drawn from the SVG at every size and scale asked for (crisp at 200 %).
    return ScalableIcon::fromSvg(path + QLatin1Char('#') + QString::fromLatin1(hex), svg);
}

// Redraws the icon of one button when its palette changes (theme switch).
class PaletteFollower final : public QObject
{
public:
    explicit PaletteFollower(QAbstractButton *button)
        : QObject(button)
        , m_button(button)
    {
        button->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_button && event->type() == QEvent::PaletteChange)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        const QColor colour = m_button->palette().color(QPalette::Active, QPalette::ButtonText);
        if (colour == m_colour)
            return;
        m_colour = colour;
        m_button->setIcon(ThemedIcons::copyIcon(colour));
    }

    QAbstractButton *m_button;
    QColor m_colour;
};
} // namespace

QIcon ThemedIcons::copyIcon(const QColor &colour)
{
    // The details pane makes a copy button per field: draw each colour once (GUI thread only).
    static QHash<QRgb, QIcon> cache;
    const QRgb key = colour.rgba();
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, recoloured(CopySvg, colour));
    return *it;
}

void ThemedIcons::setCopyIcon(QAbstractButton *button)
{
    new PaletteFollower(button);
}

QIcon ThemedIcons::swatch(const QString &colour)
{
    return ScalableIcon::fromRenderer(QStringLiteral("swatch:") + colour, [colour](const QSize &pixels) {
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = pixels.width() / 16.0;
        painter.setPen(QPen(QColor(0, 0, 0, 90), unit));
        painter.setBrush(QColor(colour));
        painter.drawEllipse(QRectF(1.5 * unit, 1.5 * unit, 13 * unit, 13 * unit));
        return image;
    });
}
