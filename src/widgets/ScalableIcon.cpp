#include "widgets/ScalableIcon.h"

#include <QBuffer>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

namespace {
class RendererEngine final : public QIconEngine
{
public:
    RendererEngine(const QString &key, ScalableIcon::Renderer renderer)
        : m_key(key)
        , m_renderer(std::move(renderer))
    {
    }

    QIconEngine *clone() const override { return new RendererEngine(m_key, m_renderer); }
    QString key() const override { return QStringLiteral("PipesScalableIcon"); }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64)};
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    // `size` is in device pixels here: QIcon::pixmap(size, dpr) asks for size × dpr.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty())
            return QPixmap();
        const QString cacheKey = QStringLiteral("pipes-icon:%1:%2x%3:%4")
                                     .arg(m_key)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(int(mode));
        QPixmap cached;
        if (QPixmapCache::find(cacheKey, &cached))
            return cached;
        QImage image = m_renderer(size);
        if (image.isNull())
            return QPixmap();
        if (mode == QIcon::Disabled) {
            QImage faded(image.size(), QImage::Format_ARGB32_Premultiplied);
            faded.fill(Qt::transparent);
            QPainter painter(&faded);
            painter.setOpacity(0.4);
            painter.drawImage(0, 0, image);
            painter.end();
            image = faded;
        }
        QPixmap result = QPixmap::fromImage(image);
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap((QSizeF(rect.size()) * dpr).toSize(), mode, state);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, pm);
    }

private:
    QString m_key;
    ScalableIcon::Renderer m_renderer;
};
} // namespace

QIcon ScalableIcon::fromRenderer(const QString &key, Renderer renderer)
{
    return QIcon(new RendererEngine(key, std::move(renderer)));
}

QImage ScalableIcon::renderSvg(const QByteArray &svg, const QSize &pixels)
{
    QByteArray data = svg;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(pixels);
    return reader.read();
}

QIcon ScalableIcon::fromSvg(const QString &key, const QByteArray &svg)
{
    return fromRenderer(key, [svg](const QSize &pixels) { return renderSvg(svg, pixels); });
}
