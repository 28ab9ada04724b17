#pragma once

#include "config/LinkMessageSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSpinBox;

// Where the Messages page keeps the stale age of a link.
struct MessagesPageFollowUp final
{
    QSettings *settings = nullptr;      // the user's own value; null: the field is off
    int provisionedStaleAfterHours = 0; // [links] staleAfterHours (0: not set)
};

// Settings → Messages: the message that hands a connect link to a customer
// ("Email to customer…" and "Copy message" in the connect-link dialog). The
// subject and body with their placeholders, the name that signs it, and
// "Reset to default". Every edit is saved at once (LinkMessageSettings); when
// the administrator provisioned the message and locked the file, it is shown
// read-only with a note that says so.
// Below it, the follow-up of a link: after how many hours a waiting link shows
// "stale" (QSettings links/staleAfterHours; "Default" removes the user's own
// value, so the administrator's [links] staleAfterHours or 24 hours applies).
class MessagesSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagesSettingsPage)

public:
    using FollowUp = MessagesPageFollowUp;

    explicit MessagesSettingsPage(LinkMessageSettings settings, FollowUp followUp = {}, QWidget *parent = nullptr);

Q_SIGNALS:
    // The stale age in effect changed (the Links window marks its rows again).
    void staleAfterChanged(qint64 seconds);

private:
    void showTemplate(const LinkMessageTemplate &messageTemplate);
    void saveTemplate();
    void resetToDefault();
    void updateNotes();
    LinkMessageTemplate templateFromForm() const;
    void saveStaleAge(int hours);

    LinkMessageSettings m_settings;
    QLabel *m_note;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLineEdit *m_supportName;
    QLabel *m_unknown;
    QPushButton *m_reset;
    FollowUp m_followUp;
    QSpinBox *m_staleAfter;
};
