#pragma once

#include <QTreeView>

class QMenu;

// The providers tree (each provider with its connections as children): status badges, sorting, row selection, columns that fit
// the window (the scope lists stretch and elide), a context menu, and Delete
// and Ctrl+C acting on the selected row. The panel decides what they do.
class ProviderTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderTreeView)

public:
    explicit ProviderTreeView(QWidget *parent = nullptr);

    // Also sets the column widths and resize modes for a ProviderTreeModel (or a proxy of one).
    void setModel(QAbstractItemModel *model) override;

    // Fits the short columns to their contents once; later (or after
    // restoreColumns) the user's widths stay.
    void fitColumnsOnce();
    QByteArray columnState() const;
    bool restoreColumns(const QByteArray &state);
    // The row's context menu (Send connect link…, Copy id, Disconnect…), owned
    // by `parent`; its actions emit the signals below, as the shortcuts do.
    QMenu *createContextMenu(QWidget *parent);
    // Whether the context menu offers "Disconnect…" enabled.
    void setDisconnectEnabled(bool enabled) { m_disconnectEnabled = enabled; }
    // Whether it offers "Add another connection…" enabled.
    void setAddConnectionEnabled(bool enabled) { m_addEnabled = enabled; }
    // Old rows (a refresh failed): drawn greyed until the next good answer.
    enum class Freshness { Current, Stale };
    void setFreshness(Freshness freshness);
    Freshness freshness() const { return m_freshness; }
    // The narrowest the status column may be: its widest badge, whole.
    int statusColumnMinimum() const;

Q_SIGNALS:
    void connectLinkRequested();
    void addConnectionRequested();
    void copyIdRequested();
    void disconnectRequested();

protected:
    void initViewItemOption(QStyleOptionViewItem *option) const override;

private:
    void showContextMenu(const QPoint &pos);
    void keepScopeHeadersReadable();
    void keepStatusBadgesWhole();
    void settleAfterReset();

    bool m_columnsFitted = false;
    bool m_disconnectEnabled = false;
    bool m_addEnabled = false;
    Freshness m_freshness = Freshness::Current;
};
