#include "widgets/SafetyPolicy.h"

#include "config/Environment.h"

SafetyPolicy SafetyPolicy::forEnvironment(const Environment &environment)
{
    return SafetyPolicy(environment.isProduction() ? Level::TypeSlug : Level::Confirm);
}

Prompter::Reply SafetyPolicy::ask(Prompter *prompter, QWidget *parent, const Confirmation &confirmation,
                                  const QString &slug) const
{
    Prompter::Reply reply;
    if (m_level == Level::Confirm) {
        reply = prompter->confirmWithReason(parent, confirmation);
    } else {
        // Production: only the exact slug, typed, lets the request go out.
        reply = prompter->confirmTyped(parent, confirmation, slug);
        if (reply.typed.trimmed() != slug)
            reply.answer = Prompter::Answer::Rejected;
    }
    reply.reason = reply.reason.trimmed();
    return reply;
}
