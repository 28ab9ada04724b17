#pragma once

#include "config/LinkMessageSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Settings → Messages: the message that hands a connect link to a customer
// ("Email to customer…" and "Copy message" in the connect-link dialog). The
// subject and body with their placeholders, the name that signs it, and
// "Reset to default". Every edit is saved at once (LinkMessageSettings); when
// the administrator provisioned the message and locked the file, it is shown
// read-only with a note that says so.
class MessagesSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagesSettingsPage)

public:
    explicit MessagesSettingsPage(LinkMessageSettings settings, QWidget *parent = nullptr);

private:
    void showTemplate(const LinkMessageTemplate &messageTemplate);
    void saveTemplate();
    void resetToDefault();
    void updateNotes();
    LinkMessageTemplate templateFromForm() const;

    LinkMessageSettings m_settings;
    QLabel *m_note;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLineEdit *m_supportName;
    QLabel *m_unknown;
    QPushButton *m_reset;
};
