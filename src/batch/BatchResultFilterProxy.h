#pragma once

#include <QSortFilterProxyModel>
#include <QString>

// Filters BatchResultModel: by text (input, user id, detail) and to rows that
// need a look. Sorts by the raw values.
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

    QString text() const { return m_text; }
    Rows rows() const { return m_rows; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    Rows m_rows = Rows::All;
};
