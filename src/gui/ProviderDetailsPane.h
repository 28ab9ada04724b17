#pragma once

#include "core/ApiTypes.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

// Everything about the selected provider and the user's connected account:
// every field, ids with copy buttons, and the raw JSON pretty-printed.
class ProviderDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderDetailsPane)

public:
    explicit ProviderDetailsPane(QWidget *parent = nullptr);

    // The provider, and one of its connections when one is selected (its
    // fields, why it is in its state, who established it: `establishedBy`).
    void showProvider(const DataProvider &provider, const std::optional<ConnectedAccount> &connection = std::nullopt,
                      const QString &establishedBy = QString());
    void showNothing(const QString &why);
    QString rawJson() const;

private:
    void addRow(const QString &label, const QString &value, const QString &copyName = QString());
    void clearRows();

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QWidget *m_fields;
    QFormLayout *m_form;
    QPlainTextEdit *m_json;
    QPushButton *m_copyJson;
};
