#include "ThemedIcons.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QImageReader>
#include <QPixmap>

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
    svg.replace(DesignColour, colour.name(QColor::HexRgb).toLatin1());
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48, 64}) {
        QBuffer buffer(&svg);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon.isNull() ? QIcon(path) : icon;
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
