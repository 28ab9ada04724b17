#pragma once

#include "Prompter.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

// A dangerous confirmation that is only accepted after typing a phrase (the
// provider's slug when disconnecting in production). The accept button stays
// disabled until the text matches exactly; Enter never accepts anything else.
class TypedConfirmationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypedConfirmationDialog)

public:
    TypedConfirmationDialog(const Confirmation &confirmation, const QString &phrase, QWidget *parent = nullptr);

    QString typedText() const;
    bool matches() const;

private:
    void updateAccept();

    QString m_phrase;
    QLineEdit *m_edit;
    QPushButton *m_accept;
};
