#pragma once

#include "widgets/Prompter.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

// A dangerous confirmation shaped like a message box, with two optional
// fields: a phrase that must be typed before the accept button enables (the
// provider's slug when disconnecting in production), and a "Ticket or reason"
// line for the audit log (Confirmation::ReasonField::Optional). A stray Enter
// in a field cancels; Return on the focused accept button accepts. Both
// buttons have mnemonics; Alt+letter never types into a field, not even when
// the button it names is disabled.
class ConfirmationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmationDialog)

public:
    // `phrase` empty: nothing has to be typed.
    ConfirmationDialog(const Confirmation &confirmation, const QString &phrase, QWidget *parent = nullptr);

    QString typedText() const;
    QString reason() const; // trimmed; empty when not asked
    bool matches() const;

private:
    void updateAccept();

    QString m_phrase;
    QLineEdit *m_edit;   // null without a phrase
    QLineEdit *m_reason; // null when not asked
    QPushButton *m_accept;
};
