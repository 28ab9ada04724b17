#include "widgets/StatusBadgeDelegate.h"

#include "models/ProviderTreeModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
constexpr int IconSize = 14;
constexpr int PadX = 7;
constexpr int Gap = StatusBadgeDelegate::PillGap;
} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QIcon StatusBadgeDelegate::stateIcon(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected:
        return QIcon(QStringLiteral(":/icons/status-connected.svg"));
    case ConnectionStatus::NeedsReauthorization:
        return QIcon(QStringLiteral(":/icons/status-needs-reauth.svg"));
    case ConnectionStatus::NotConnected:
        return QIcon(QStringLiteral(":/icons/status-not-connected.svg"));
    case ConnectionStatus::Disconnected:
        return QIcon(QStringLiteral(":/icons/status-disconnected.svg"));
    case ConnectionStatus::Unknown:
        break;
    }
    return QIcon(QStringLiteral(":/icons/status-unknown.svg"));
}

const QIcon &StatusBadgeDelegate::cachedIcon(ConnectionStatus status) const
{
    QIcon &icon = m_icons.at(size_t(status));
    if (icon.isNull())
        icon = stateIcon(status);
    return icon;
}

QColor StatusBadgeDelegate::stateColour(ConnectionStatus status, const QPalette &palette)
{
    QColor colour;
    switch (status) {
    case ConnectionStatus::Connected:
        colour = QColor(0x2e, 0x9d, 0x4f);
        break;
    case ConnectionStatus::NeedsReauthorization:
        colour = QColor(0xe5, 0x9a, 0x12);
        break;
    case ConnectionStatus::NotConnected:
        colour = palette.color(QPalette::PlaceholderText);
        break;
    case ConnectionStatus::Disconnected:
        colour = QColor(0xc8, 0x45, 0x3c);
        break;
    case ConnectionStatus::Unknown:
        colour = QColor(0x7e, 0x57, 0xc2);
        break;
    }
    return isDark(palette) ? colour.lighter(130) : colour;
}

QColor StatusBadgeDelegate::warningTextColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb0, 0x66) : QColor(0xa3, 0x3b, 0x00);
}

void StatusBadgeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ProviderTreeModel::MissingScopesColumn && !option->text.isEmpty()) {
        option->font.setBold(true);
        const QColor colour = warningTextColour(option->palette);
        option->palette.setColor(QPalette::Text, colour);
        option->palette.setColor(QPalette::HighlightedText, option->palette.color(QPalette::HighlightedText));
    }
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == ProviderTreeModel::StatusColumn) {
        const QString text = index.data(Qt::DisplayRole).toString();
        const int width = pillWidth(option.fontMetrics, text) + 8;
        size.setWidth(qMax(size.width(), width));
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    }
    return size;
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (index.column() != ProviderTreeModel::StatusColumn) {
        paintText(painter, opt, style);
        return;
    }
    // Background (selection, alternate rows) as the style draws it, without text.
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto status = index.data(ProviderTreeModel::StatusRole).value<ConnectionStatus>();
    painter->drawPixmap(option.rect.topLeft(), cachedPill(option, status, text));
}

size_t qHash(const StatusBadgeDelegate::PillKey &key, size_t seed)
{
    return qHashMulti(seed, int(key.status), key.text, key.cell.width(), key.cell.height(), key.selected, int(key.group),
                      key.palette, key.dpr);
}

const QPixmap &StatusBadgeDelegate::cachedPill(const QStyleOptionViewItem &option, ConnectionStatus status,
                                               const QString &text) const
{
    const qreal dpr = option.widget ? option.widget->devicePixelRatioF() : qApp->devicePixelRatio();
    const PillKey key{status,
                      text,
                      option.rect.size(),
                      bool(option.state & QStyle::State_Selected),
                      option.palette.currentColorGroup(),
                      option.palette.cacheKey(),
                      dpr};
    const auto it = m_pills.constFind(key);
    if (it != m_pills.constEnd())
        return *it;
    if (m_pills.size() > 256) // a new palette, font or column width each time: keep what is current
        m_pills.clear();
    QPixmap pixmap(option.rect.size() * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        QStyleOptionViewItem at = option;
        at.rect = QRect(QPoint(0, 0), option.rect.size());
        paintPill(&painter, at, status, text, cachedIcon(status));
    }
    return *m_pills.insert(key, pixmap);
}

int StatusBadgeDelegate::pillWidth(const QFontMetrics &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text) + IconSize + Gap + 2 * PadX;
}

QRect StatusBadgeDelegate::paintPill(QPainter *painter, const QStyleOptionViewItem &option, ConnectionStatus status,
                                     const QString &text, const QIcon &icon)
{
    const QColor accent = stateColour(status, option.palette);
    const QRect cell = option.rect.adjusted(4, 3, -4, -3);
    const QRect pill(cell.left(), cell.top(), qMin(cell.width(), pillWidth(option.fontMetrics, text)), cell.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = accent;
    fill.setAlpha(isDark(option.palette) ? 70 : 45);
    QColor border = accent;
    border.setAlpha(160);
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2.0, pill.height() / 2.0);

    const QRect iconRect(pill.left() + PadX, pill.center().y() - IconSize / 2 + 1, IconSize, IconSize);
    icon.paint(painter, iconRect);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect(iconRect.right() + Gap, pill.top(), pill.right() - iconRect.right() - Gap - PadX + 2,
                         pill.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
    return pill;
}

size_t qHash(const StatusBadgeDelegate::TextKey &key, size_t seed)
{
    return qHashMulti(seed, key.text, key.width, key.font, int(key.elide));
}

// A cell's text as the style would draw it (the item's background, icon and
// focus by the style, the text in its rectangle, elided, in the style's
// colour), but laid out once: the style shapes and elides every cell's text
// again on every paint, which is most of what painting a table costs.
void StatusBadgeDelegate::paintText(QPainter *painter, QStyleOptionViewItem &opt, const QStyle *style) const
{
    const QWidget *widget = opt.widget;
    const Qt::Alignment horizontal = opt.displayAlignment & Qt::AlignHorizontal_Mask;
    const bool plain = !opt.text.isEmpty() && !(opt.features & QStyleOptionViewItem::WrapText)
        && opt.direction == Qt::LeftToRight && (horizontal == Qt::AlignLeft || horizontal == Qt::AlignLeading)
        && !(opt.state & QStyle::State_Editing);
    if (!plain) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (rect.width() <= 0)
        return;
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QStaticText &laidOut = cachedText(text, opt.font, rect.width(), opt.textElideMode);
    const QSizeF size = laidOut.size();
    qreal y = rect.top();
    if (opt.displayAlignment & Qt::AlignVCenter)
        y += (rect.height() - size.height()) / 2.0;
    else if (opt.displayAlignment & Qt::AlignBottom)
        y += rect.height() - size.height();
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->drawStaticText(QPointF(rect.left(), y), laidOut);
    painter->restore();
}

const QStaticText &StatusBadgeDelegate::cachedText(const QString &text, const QFont &font, int width,
                                                   Qt::TextElideMode elide) const
{
    const TextKey key{text, width, font, elide};
    const auto it = m_texts.constFind(key);
    if (it != m_texts.constEnd())
        return *it;
    if (m_texts.size() > 4096) // other rows or widths now: keep what is current
        m_texts.clear();
    QStaticText laidOut(QFontMetrics(font).elidedText(text, elide, width));
    laidOut.setTextFormat(Qt::PlainText);
    laidOut.prepare(QTransform(), font);
    return *m_texts.insert(key, laidOut);
}
