#pragma once

#include "core/ConnectionStatus.h"

#include <QHash>
#include <QIcon>
#include <QPixmap>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <array>

// Paints the providers table's status column as a badge (icon on a tinted
// pill) and highlights missing scopes. Colours come from the view's palette,
// so light and dark themes both stay legible.
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)

public:
    explicit StatusBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QIcon stateIcon(ConnectionStatus status);
    // The badge itself (tinted pill, icon, elided text) in the cell's rect,
    // for this delegate and the batch grid's. Returns the pill's rectangle.
    static QRect paintPill(QPainter *painter, const QStyleOptionViewItem &option, ConnectionStatus status,
                           const QString &text,
                           const QIcon &icon);
    // The width a pill for `text` wants, padding included.
    static int pillWidth(const QFontMetrics &metrics, const QString &text);
    static constexpr int PillGap = 5; // between a pill and what follows it
    // The accent for a state, adjusted to the palette (lighter on dark backgrounds).
    static QColor stateColour(ConnectionStatus status, const QPalette &palette);
    static QColor warningTextColour(const QPalette &palette);

    // What a painted pill depends on: the same key, the same pixels.
    struct PillKey final
    {
        ConnectionStatus status;
        QString text;
        QSize cell;
        bool selected;
        QPalette::ColorGroup group;
        qint64 palette;
        qreal dpr;
        bool operator==(const PillKey &o) const
        {
            return status == o.status && cell == o.cell && selected == o.selected && group == o.group
                && palette == o.palette && dpr == o.dpr && text == o.text;
        }
    };

    struct TextKey final
    {
        QString text;
        int width;
        QFont font;
        Qt::TextElideMode elide;
        bool operator==(const TextKey &o) const
        {
            return width == o.width && elide == o.elide && text == o.text && font == o.font;
        }
    };

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // One QIcon per state for this delegate's life: a QIcon keeps its rendered
    // pixmaps, so every painted cell reuses them instead of re-reading the SVG.
    const QIcon &cachedIcon(ConnectionStatus status) const;
    mutable std::array<QIcon, size_t(ConnectionStatus::Unknown) + 1> m_icons;
    // Each pill drawn once (antialiased outline, icon, elided and shaped text)
    // and then copied: a table shows a handful of different pills many times.
    const QPixmap &cachedPill(const QStyleOptionViewItem &option, ConnectionStatus status, const QString &text) const;
    mutable QHash<PillKey, QPixmap> m_pills;
    // Each cell's text elided and laid out once for its width and font.
    void paintText(QPainter *painter, QStyleOptionViewItem &opt, const QStyle *style) const;
    const QStaticText &cachedText(const QString &text, const QFont &font, int width, Qt::TextElideMode elide) const;
    mutable QHash<TextKey, QStaticText> m_texts;
};

size_t qHash(const StatusBadgeDelegate::PillKey &key, size_t seed = 0);
size_t qHash(const StatusBadgeDelegate::TextKey &key, size_t seed = 0);
