#pragma once

#include "config/LinkMessageSettings.h"
#include "gui/ConnectLinkContext.h"

#include <QCoreApplication>
#include <QString>

class Prompter;
class QWidget;

// The connect-link dialog's "Email to customer…" and "Copy message": fills
// the message template (LinkMessageSettings) for one link and hands it to the
// mail client through the Prompter seam (a mailto: URL that
// SafeUrl::isSafeMailto accepts) or puts its text on the clipboard.
class ConnectLinkMessenger final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectLinkMessenger)

public:
    // What happened, for the dialog's message line.
    struct Outcome
    {
        QString text;
        bool isError = false;
    };

    ConnectLinkMessenger(Prompter *prompter, LinkMessageSettings settings);

    void setSettings(const LinkMessageSettings &settings) { m_settings = settings; }
    LinkMessage compose(const LinkMessageFacts &facts) const { return m_settings.compose(facts); }

    // Whom `link` is for, from what the dialog is about.
    static LinkMessageFacts facts(const ConnectLinkContext &context, const QUrl &link);

    Outcome email(const LinkMessageFacts &facts) const;
    Outcome copy(const LinkMessageFacts &facts, QWidget *near) const;

private:
    // A warning about placeholders the template has no value for, or empty.
    static QString unknownNote(const LinkMessage &message);

    Prompter *m_prompter;
    LinkMessageSettings m_settings;
};
