#include "gui/ConnectLinkMessenger.h"

#include "core/SafeUrl.h"
#include "widgets/ClipboardHelper.h"
#include "widgets/Prompter.h"

ConnectLinkMessenger::ConnectLinkMessenger(Prompter *prompter, LinkMessageSettings settings)
    : m_prompter(prompter)
    , m_settings(std::move(settings))
{
}

LinkMessageFacts ConnectLinkMessenger::facts(const ConnectLinkContext &context, const QUrl &link)
{
    LinkMessageFacts facts;
    facts.customerEmail = context.userEmail;
    facts.customerName = context.userName;
    facts.provider = context.providerName;
    facts.connection = context.intent == AuthorizeRequest::Intent::Reauthorize ? context.connectionName : QString();
    facts.link = link;
    return facts;
}

QString ConnectLinkMessenger::unknownNote(const LinkMessage &message)
{
    if (message.unknownPlaceholders.isEmpty())
        return QString();
    QStringList names;
    for (const QString &name : message.unknownPlaceholders)
        names.append(QLatin1Char('{') + name + QLatin1Char('}'));
    return QLatin1Char(' ')
        + tr("The message template uses %1, which Pipes Admin has no value for: it is left in the text as it is "
             "(Settings → Messages lists the placeholders).")
              .arg(names.join(QStringLiteral(", ")));
}

ConnectLinkMessenger::Outcome ConnectLinkMessenger::email(const LinkMessageFacts &facts) const
{
    if (!SafeUrl::isSafeToOpen(facts.link))
        return {tr("There is no link that is safe to send."), true};
    const LinkMessage message = compose(facts);
    const QUrl mailto = message.mailtoUrl();
    QString why;
    if (!SafeUrl::isSafeMailto(mailto, &why))
        return {tr("The message was not handed to the mail client: %1").arg(why), true};
    if (!m_prompter->openMailDraft(mailto))
        return {tr("The mail client could not be started. Use Copy message and paste it into your mail instead."),
                true};
    QString text = message.to.isEmpty()
        ? tr("The message is in your mail client, without a recipient: %1 is not an address it can take, so "
             "type it there.")
              .arg(facts.customerEmail)
        : tr("The message to %1 is in your mail client: check it and send it from there.").arg(message.to);
    const QString note = unknownNote(message);
    return {text + note, message.to.isEmpty() || !note.isEmpty()};
}

ConnectLinkMessenger::Outcome ConnectLinkMessenger::copy(const LinkMessageFacts &facts, QWidget *near) const
{
    if (!SafeUrl::isSafeToOpen(facts.link))
        return {tr("There is no link that is safe to send."), true};
    const LinkMessage message = compose(facts);
    ClipboardHelper::copy(message.clipboardText(), near);
    const QString note = unknownNote(message);
    return {tr("Copied the message with the link. Paste it into your chat with the customer.") + note,
            !note.isEmpty()};
}
