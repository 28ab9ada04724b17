#pragma once

#include <QIdentityProxyModel>

class QWidget;

// The audit table as the history window shows it: the same rows and columns,
// with the rows a support person has to look at coloured (failed: red,
// outcome unknown: amber), in tones taken from the view's palette so they
// read in light and dark themes alike.
class HistoryTableProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTableProxy)

public:
    enum class RowTone { Plain, Failed, Unknown };

    // `view` gives the palette; it must outlive the proxy (it is normally its parent).
    explicit HistoryTableProxy(QWidget *view);

    RowTone toneOf(int row) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QWidget *m_view;
};
