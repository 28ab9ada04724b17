#pragma once

#include <QString>
#include <QUrl>

class QWidget;

// The seam between the GUI's decisions and anything modal: confirmations,
// messages and handing a URL to the desktop. QtPrompter shows real message
// boxes; tests use a fake that answers at once and records what it was asked.
struct Confirmation final
{
    enum class Tone { Normal, Dangerous };
    // An optional "Ticket or reason" line the person may fill in (recorded in
    // the audit log with the action). Only confirmWithReason() and
    // confirmTyped() show it.
    enum class ReasonField { Hidden, Optional };

    QString title;
    QString text;            // the question, one or two sentences
    QString informativeText; // consequences, warnings
    QString acceptLabel;     // e.g. "Disconnect"
    Tone tone = Tone::Normal;
    ReasonField reasonField = ReasonField::Hidden;
};

struct Notice final
{
    enum class Level { Information, Warning, Error };

    QString title;
    QString text;
    QString detail; // technical detail (request id ...), may be empty
    Level level = Level::Information;
};

class Prompter
{
public:
    enum class Answer { Accepted, Rejected };

    // What a confirmation with fields ended with: the button pressed, the text
    // typed to confirm (confirmTyped; the caller compares it with what it asked
    // for, the dialog only helps) and the optional ticket or reason, trimmed.
    struct Reply
    {
        Answer answer = Answer::Rejected;
        QString typed;
        QString reason;
    };
    using TypedAnswer = Reply;

    virtual ~Prompter() = default;

    virtual Answer confirm(QWidget *parent, const Confirmation &confirmation) = 0;
    // confirm() with the optional reason line when confirmation.reasonField asks for it.
    virtual Reply confirmWithReason(QWidget *parent, const Confirmation &confirmation) = 0;
    // A confirmation that is only accepted after typing `phrase` (a provider's
    // slug in production). Implementations keep the accept button disabled
    // until the text matches.
    virtual TypedAnswer confirmTyped(QWidget *parent, const Confirmation &confirmation, const QString &phrase) = 0;
    virtual void notify(QWidget *parent, const Notice &notice) = 0;
    // Hands the URL to the desktop (browser). The caller checks SafeUrl first;
    // implementations must refuse unsafe URLs too. Returns false when refused or failed.
    virtual bool openUrl(const QUrl &url) = 0;
    // Hands a message draft (a mailto: URL) to the desktop's mail client. The
    // caller checks SafeUrl::isSafeMailto first; implementations refuse
    // anything else (openUrl() refuses every mailto:). False when refused or failed.
    virtual bool openMailDraft(const QUrl &mailto) = 0;

protected:
    Prompter() = default;
    Prompter(const Prompter &) = default;
    Prompter &operator=(const Prompter &) = default;
};
