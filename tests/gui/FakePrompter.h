#pragma once

#include "Prompter.h"

#include <QList>

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
    void notify(QWidget *, const Notice &notice) override { notices.append(notice); }
    bool openUrl(const QUrl &url) override
    {
        openedUrls.append(url);
        return true;
    }

    QList<Confirmation> confirmations;
    QList<Notice> notices;
    QList<QUrl> openedUrls;

private:
    Answer m_answer = Answer::Rejected;
};
