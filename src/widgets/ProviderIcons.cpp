#include "widgets/ProviderIcons.h"

#include "widgets/ScalableIcon.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QImage>
#include <QRegularExpression>

namespace ProviderIcons {
namespace {
QString initials(const QString &name, const QString &slug)
{
    const QString source = name.isEmpty() ? slug : name;
    QString result;
    const QStringList parts = source.split(QRegularExpression(QStringLiteral("[\\s_-]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        result.append(part.at(0).toUpper());
        if (result.size() == 2)
            break;
    }
    if (result.size() == 1 && source.size() > 1)
        result.append(source.at(1).toLower());
    return result;
}

QImage paintInitials(const QString &text, const QColor &colour, const QSize &pixels)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const qreal size = qMin(pixels.width(), pixels.height());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(1, int(size * (text.size() > 1 ? 0.46 : 0.58))));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, text);
    return image;
}
} // namespace

QIcon icon(const QString &slug, const QString &name)
{
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(slug);
    if (it != cache.constEnd())
        return *it;
    QIcon result;
    const QString bundled = QStringLiteral(":/icons/providers/%1.svg").arg(slug);
    if (QFile::exists(bundled)) {
        result = QIcon(bundled);
    } else {
        // Mid-lightness, saturated: readable white text, visible on light and dark rows.
        const QColor colour = QColor::fromHsl(int(qHash(slug) % 360), 150, 105);
        const QString text = initials(name, slug);
        // Drawn at the size and scale shown (crisp at 200 %), not scaled from a small pixmap.
        result = ScalableIcon::fromRenderer(QStringLiteral("provider:") + slug,
                                            [text, colour](const QSize &pixels) {
                                                return paintInitials(text, colour, pixels);
                                            });
    }
    cache.insert(slug, result);
    return result;
}
} // namespace ProviderIcons
