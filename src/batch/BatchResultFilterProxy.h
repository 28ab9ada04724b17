#pragma once

#include <QSortFilterProxyModel>
#include <QString>

// Filters BatchResultModel: by text (input, user id, detail), to rows that
// need a look, to rows where a provider is in a given state, and to the
// columns of one provider. Sorts by the raw values.
class BatchResultFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultFilterProxy)

public:
    enum class Rows { All, ProblemsOnly };

    explicit BatchResultFilterProxy(QObject *parent = nullptr);
    ~BatchResultFilterProxy() override;

    void setText(const QString &text);
    void setRows(Rows rows);
    // Only rows where some visible provider cell has this raw state
    // ("connected", "needs_reauthorization", "none", ...); empty: any.
    void setState(const QString &state);
    // Only this provider's column (the fixed columns stay); empty: every provider.
    void setProvider(const QString &slug);

    QString text() const { return m_text; }
    Rows rows() const { return m_rows; }
    QString state() const { return m_state; }
    QString provider() const { return m_provider; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    Rows m_rows = Rows::All;
    QString m_state;
    QString m_provider;
};
