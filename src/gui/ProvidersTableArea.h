#pragma once

#include <QWidget>

class ProviderTreeView;
class QDateTime;
class QLabel;
class QPushButton;
class QStackedWidget;
struct ApiError;

// The providers table, or a sentence in its place (loading, an error, "9
// providers hidden by the filter" with a way to show them all), and above it
// a note while the rows are an older answer because a refresh failed.
class ProvidersTableArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersTableArea)

public:
    explicit ProvidersTableArea(QWidget *parent = nullptr);

    ProviderTreeView *table() const { return m_table; }
    QWidget *showAllButton() const;

    void showMessage(const QString &text);
    // Rows are loaded: the table, or how many of them the filter hides.
    void showRows(int total, int shown);

    // A refresh failed: the rows from `asOf` stay, greyed, with a note that says so.
    void markStale(const QDateTime &asOf, const ApiError &error);
    void markFresh();
    bool isStale() const;

Q_SIGNALS:
    void showAllRequested();

private:
    QLabel *m_staleNote;
    QStackedWidget *m_stack;
    QWidget *m_messagePage;
    QLabel *m_message;
    QPushButton *m_showAll;
    ProviderTreeView *m_table;
};
