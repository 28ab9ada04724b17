#include "gui/history/HistoryTableProxy.h"

#include "widgets/AppPalette.h"
#include "audit/AuditRecord.h"
#include "audit/AuditTableModel.h"

#include <QColor>
#include <QWidget>

namespace {
// `accent` mixed into the palette's base: a tint that keeps the text readable.
QColor tint(const QColor &base, const QColor &accent, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (accent.redF() - base.redF()) * amount,
                            base.greenF() + (accent.greenF() - base.greenF()) * amount,
                            base.blueF() + (accent.blueF() - base.blueF()) * amount);
}
} // namespace

HistoryTableProxy::HistoryTableProxy(QWidget *view)
    : QIdentityProxyModel(view)
    , m_view(view)
{
}

HistoryTableProxy::RowTone HistoryTableProxy::toneOf(int row) const
{
    const QString outcome = index(row, AuditTableModel::OutcomeColumn).data(AuditTableModel::RawValueRole).toString();
    if (outcome == AuditNames::outcome(AuditOutcome::Failed))
        return RowTone::Failed;
    if (outcome == AuditNames::outcome(AuditOutcome::Unknown))
        return RowTone::Unknown;
    return RowTone::Plain;
}

QVariant HistoryTableProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole)
        return QIdentityProxyModel::data(index, role);
    const RowTone tone = index.isValid() ? toneOf(index.row()) : RowTone::Plain;
    if (tone == RowTone::Plain)
        return QIdentityProxyModel::data(index, role);
    const QPalette palette = m_view->palette();
    const bool dark = AppPalette::isDark(palette);
    const QColor accent = tone == RowTone::Failed ? QColor(0xd0, 0x30, 0x30) : QColor(0xd8, 0x96, 0x10);
    if (role == Qt::BackgroundRole)
        return tint(palette.color(QPalette::Base), accent, dark ? 0.35 : 0.18);
    return palette.color(QPalette::Text);
}
