#pragma once

#include <QTableView>

class QMenu;

// The providers table: status badges, sorting, row selection, columns that fit
// the window (the scope lists stretch and elide), a context menu, and Delete
// and Ctrl+C acting on the selected row. The panel decides what they do.
class ProviderTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderTableView)

public:
    explicit ProviderTableView(QWidget *parent = nullptr);

    // Also sets the column widths and resize modes for a ProviderTableModel (or a proxy of one).
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

Q_SIGNALS:
    void connectLinkRequested();
    void copyIdRequested();
    void disconnectRequested();

private:
    void showContextMenu(const QPoint &pos);
    void keepScopeHeadersReadable();

    bool m_columnsFitted = false;
    bool m_disconnectEnabled = false;
};
