#pragma once

#include "widgets/Prompter.h"

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
    // The ticket or reason "typed" into every following confirmation that asks for one.
    void setNextReason(const QString &reason) { m_reason = reason; }
    Reply confirmWithReason(QWidget *, const Confirmation &confirmation) override
    {
        confirmations.append(confirmation);
        return Reply{m_answer, QString(), reasonFor(confirmation)};
    }
    // Typed confirmations: the answer above and this text, as if typed.
    void setNextTypedText(const QString &text) { m_typed = text; }
    TypedAnswer confirmTyped(QWidget *, const Confirmation &confirmation, const QString &phrase) override
    {
        confirmations.append(confirmation);
        typedPhrases.append(phrase);
        return TypedAnswer{m_answer, m_typed, reasonFor(confirmation)};
    }
    void notify(QWidget *, const Notice &notice) override { notices.append(notice); }
    bool openUrl(const QUrl &url) override
    {
        openedUrls.append(url);
        return openUrlSucceeds;
    }

    bool openMailDraft(const QUrl &mailto) override
    {
        mailDrafts.append(mailto);
        return openUrlSucceeds;
    }

    QList<Confirmation> confirmations;
    QList<Notice> notices;
    QList<QUrl> openedUrls;
    QList<QUrl> mailDrafts; // what openMailDraft() was handed
    bool openUrlSucceeds = true; // false: as if no browser could be started
    QStringList typedPhrases; // what each typed confirmation asked to type

private:
    QString reasonFor(const Confirmation &confirmation) const
    {
        const bool asked = confirmation.reasonField == Confirmation::ReasonField::Optional;
        return asked && m_answer == Answer::Accepted ? m_reason.trimmed() : QString();
    }

    Answer m_answer = Answer::Rejected;
    QString m_typed;
    QString m_reason;
};
