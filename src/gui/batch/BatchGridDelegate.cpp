#include "gui/batch/BatchGridDelegate.h"

#include "batch/BatchResultModel.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int Gap = StatusBadgeDelegate::PillGap;
constexpr int MaxWidth = 380;
} // namespace

BatchGridDelegate::BatchGridDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

BatchGridDelegate::~BatchGridDelegate() = default;

bool BatchGridDelegate::isProblemOutcome(const QModelIndex &index)
{
    // The outcome itself, not the row: "Checked" stays calm when a provider
    // cell of the row has the problem (its badge shows that).
    static const QStringList fine{QStringLiteral("pending"), QStringLiteral("checked"),
                                  QStringLiteral("will_disconnect"), QStringLiteral("already_absent"),
                                  QStringLiteral("disconnected")};
    return !fine.contains(index.data(BatchResultModel::RawValueRole).toString());
}

QString BatchGridDelegate::pillText(const QModelIndex &index)
{
    // "Connected" on the pill (with the count when there are several); the
    // missing scopes follow it in the warning colour.
    if (statusOf(index) == ConnectionStatus::Connected
        && !index.data(BatchResultModel::MissingScopesRole).toStringList().isEmpty()) {
        const QString label = ConnectionStatuses::text(ConnectionStatus::Connected, StatusWording::Label);
        const int count = index.data(BatchResultModel::ConnectionCountRole).toInt();
        return count > 1 ? tr("%1 (%2 connections)").arg(label).arg(count) : label;
    }
    return index.data(Qt::DisplayRole).toString();
}

ConnectionStatus BatchGridDelegate::statusOf(const QModelIndex &index)
{
    return index.data(BatchResultModel::StatusRole).value<ConnectionStatus>();
}

bool BatchGridDelegate::isProviderCell(const QModelIndex &index)
{
    return !index.data(BatchResultModel::ProviderSlugRole).toString().isEmpty();
}

QString BatchGridDelegate::missingText(const QModelIndex &index)
{
    const QStringList missing = index.data(BatchResultModel::MissingScopesRole).toStringList();
    return missing.isEmpty() ? QString() : tr("missing %1").arg(missing.join(QStringLiteral(", ")));
}

void BatchGridDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == BatchResultModel::OutcomeColumn && isProblemOutcome(index)) {
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, StatusBadgeDelegate::warningTextColour(option->palette));
    }
}

QSize BatchGridDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!isProviderCell(index))
        return size;
    const QString text = pillText(index);
    int width = StatusBadgeDelegate::pillWidth(option.fontMetrics, text) + 8;
    const QString missing = missingText(index);
    if (!missing.isEmpty()) {
        QFont bold = option.font;
        bold.setBold(true);
        width += Gap + QFontMetrics(bold).horizontalAdvance(missing);
    }
    size.setWidth(qMin(MaxWidth, qMax(size.width(), width)));
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}

void BatchGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isProviderCell(index) || index.data(Qt::DisplayRole).toString().isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = pillText(index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const ConnectionStatus status = statusOf(index);
    const QRect pill =
        StatusBadgeDelegate::paintPill(painter, option, status, text, StatusBadgeDelegate::stateIcon(status));
    const QRect cell = option.rect.adjusted(4, 3, -4, -3);
    const bool selected = option.state & QStyle::State_Selected;

    painter->save();
    const QString missing = missingText(index);
    const QRect missingRect(pill.right() + Gap, cell.top(), cell.right() - pill.right() - Gap, cell.height());
    if (!missing.isEmpty() && missingRect.width() > 10) {
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                                 : StatusBadgeDelegate::warningTextColour(option.palette));
        painter->drawText(missingRect, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(bold).elidedText(missing, Qt::ElideRight, missingRect.width()));
    }
    painter->restore();
}
