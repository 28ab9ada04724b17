#pragma once

#include <QHash>
#include <QObject>

class QTableView;

// Keeps a table's columns inside its viewport, so no column hides off-screen
// to the right: each column asks for its content's width (capped), and when
// they do not all fit the widest give way evenly, down to their header's
// width. Their text elides; the model's tooltips carry the full text.
// Refits when the view is resized or its rows change, until the user drags a
// column border: from then on the user's widths stay.
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    // Fits `view` (which owns the fitter) from now on.
    explicit ColumnFitter(QTableView *view);

    // A column never asks for more than `pixels`, however long its content.
    void setMaximumWidth(int column, int pixels);
    void fit();
    bool userResized() const { return m_userResized; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSectionResized();
    void fitUnlessUserResized();

    QTableView *m_view;
    QHash<int, int> m_caps;
    bool m_fitting = false;
    bool m_userResized = false;
};
