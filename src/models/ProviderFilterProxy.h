#pragma once

#include <QSortFilterProxyModel>

// Sorting by raw values and the providers tree's filters (on connections), with typed setters.
class ProviderFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderFilterProxy)

public:
    enum class Problems { All, Only };

    explicit ProviderFilterProxy(QObject *parent = nullptr);

    // Case-insensitive substring over provider name, slug, status, scopes and organization.
    void setText(const QString &text);
    QString text() const { return m_text; }
    // Only rows that need attention (ProviderTreeModel::hasProblem): a reauthorization
    // needed, missing scopes, unknown states.
    void setProblems(Problems problems);
    void setProblemsOnly(bool only) { setProblems(only ? Problems::Only : Problems::All); }
    Problems problems() const { return m_problems; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesText(int sourceRow, const QModelIndex &sourceParent) const;

    QString m_text;
    Problems m_problems = Problems::All;
};
