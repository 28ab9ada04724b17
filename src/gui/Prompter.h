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

    QString title;
    QString text;            // the question, one or two sentences
    QString informativeText; // consequences, warnings
    QString acceptLabel;     // e.g. "Disconnect"
    Tone tone = Tone::Normal;
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

    // What a typed confirmation ended with: the button pressed and the text typed.
    // The caller compares `typed` with what it asked for; the dialog only helps.
    struct TypedAnswer
    {
        Answer answer = Answer::Rejected;
        QString typed;
    };

    virtual ~Prompter() = default;

    virtual Answer confirm(QWidget *parent, const Confirmation &confirmation) = 0;
    // A confirmation that is only accepted after typing `phrase` (a provider's
    // slug in production). Implementations keep the accept button disabled
    // until the text matches.
    virtual TypedAnswer confirmTyped(QWidget *parent, const Confirmation &confirmation, const QString &phrase) = 0;
    virtual void notify(QWidget *parent, const Notice &notice) = 0;
    // Hands the URL to the desktop (browser). The caller checks SafeUrl first;
    // implementations must refuse unsafe URLs too. Returns false when refused or failed.
    virtual bool openUrl(const QUrl &url) = 0;

protected:
    Prompter() = default;
    Prompter(const Prompter &) = default;
    Prompter &operator=(const Prompter &) = default;
};
