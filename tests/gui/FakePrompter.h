#pragma once

#include "Prompter.h"

#include <QList>
#include <QStringList>

// Answers confirmations at once (no nested event loop) and records everything
// it was asked, including the URLs it was asked to open.
class FakePrompter final : public Prompter
{
public:
    // The answer to every following confirmation, until changed.
    void setNextAnswer(Answer answer) { m_answer = answer; }

    Answer confirm(QWidget *, const Confirmation &confirmation) override
    {
        confirmations.append(confirmation);
        return m_answer;
    }
    // Typed confirmations: the answer above and this text, as if typed.
    void setNextTypedText(const QString &text) { m_typed = text; }
    TypedAnswer confirmTyped(QWidget *, const Confirmation &confirmation, const QString &phrase) override
    {
        confirmations.append(confirmation);
        typedPhrases.append(phrase);
        return TypedAnswer{m_answer, m_typed};
    }
    void notify(QWidget *, const Notice &notice) override { notices.append(notice); }
    bool openUrl(const QUrl &url) override
    {
        openedUrls.append(url);
        return true;
    }

    QList<Confirmation> confirmations;
    QList<Notice> notices;
    QList<QUrl> openedUrls;
    QStringList typedPhrases; // what each typed confirmation asked to type

private:
    Answer m_answer = Answer::Rejected;
    QString m_typed;
};
