#pragma once

#include "core/ConnectionStatus.h"

#include <QStyledItemDelegate>

// Paints the provider cells of the batch grid (BatchResultModel, through any
// proxy) as the main window's status badges: icon and state on a tinted
// pill, then the missing scopes in the warning colour. The outcome column is
// bold in the warning colour when the line did not end as intended. Colours come from
// StatusBadgeDelegate, so both windows speak the same visual language.
// (The outcome is coloured when the outcome itself is a problem, not when
// only a provider cell of the row is.)
class BatchGridDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchGridDelegate)

public:
    explicit BatchGridDelegate(QObject *parent = nullptr);
    ~BatchGridDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "missing chat:write, users:read.email", or empty.
    static QString missingText(const QModelIndex &index);
    // The words on a provider cell's pill: the worst connection's state, and
    // the count when the user has several ("Connected (2 connections)").
    static QString pillText(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    static ConnectionStatus statusOf(const QModelIndex &index); // of a provider cell
    static bool isProviderCell(const QModelIndex &index);
    static bool isProblemOutcome(const QModelIndex &index);
};
