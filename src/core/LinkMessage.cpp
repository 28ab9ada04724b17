#include "core/LinkMessage.h"

#include "core/MessageTemplate.h"

#include <QUrlQuery>

namespace {
// One line: line breaks and runs of white space become one space, other control characters go.
QString singleLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && !c.isSpace())
            continue;
        out += c;
    }
    return out.simplified();
}

// Lines separated by '\n' only; tabs kept, every other control character dropped.
QString plainLines(const QString &text)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    unified.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString out;
    out.reserve(unified.size());
    for (const QChar c : std::as_const(unified)) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            continue;
        out += c;
    }
    return out;
}

// Everything but letters, digits and -._~ percent-encoded (UTF-8); `keep` stays as it is.
QString encoded(const QString &value, const QByteArray &keep = QByteArray())
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, keep));
}
} // namespace

QUrl LinkMessage::mailtoUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    if (LinkMessages::isPlainAddress(to))
        url.setPath(encoded(to, "@+'"), QUrl::StrictMode); // mail clients expect a readable address
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), encoded(singleLine(subject)));
    QString crlfBody = body;
    crlfBody.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    query.addQueryItem(QStringLiteral("body"), encoded(crlfBody));
    url.setQuery(query);
    return url;
}

QList<LinkMessages::Placeholder> LinkMessages::placeholders()
{
    return {
        {QStringLiteral("customer_email"), tr("the customer's email address")},
        {QStringLiteral("customer_name"), tr("the customer's name (their email when WorkOS has no name)")},
        {QStringLiteral("provider"), tr("the provider, e.g. Slack")},
        {QStringLiteral("connection"),
         tr("the connection a reconnect link repairs; a line with it is left out when there is none")},
        {QStringLiteral("link"), tr("the connect link")},
        {QStringLiteral("support_name"), tr("your name, as set on this page")},
    };
}

LinkMessageTemplate LinkMessages::builtInTemplate()
{
    LinkMessageTemplate t;
    t.subject = tr("Connect your {provider} account");
    t.body = tr("Hello {customer_name},\n"
                "\n"
                "Please open this link to connect your {provider} account:\n"
                "\n"
                "{link}\n"
                "\n"
                "Connection: {connection}\n"
                "\n"
                "You will first see a WorkOS screen that names the account the connection is attached to "
                "({customer_email}). Check that it is yours, then sign in to {provider} with your own account.\n"
                "\n"
                "This link is for you only: please do not forward it. Whoever opens it can attach their own "
                "{provider} account to yours.\n"
                "\n"
                "Best regards,\n"
                "{support_name}");
    return t;
}

QString LinkMessages::defaultSupportName()
{
    return tr("Your support team");
}

LinkMessage LinkMessages::compose(const LinkMessageTemplate &messageTemplate, const LinkMessageFacts &facts)
{
    const LinkMessageTemplate builtIn = builtInTemplate();
    MessageTemplate::Values values;
    const QString email = singleLine(facts.customerEmail);
    const QString name = singleLine(facts.customerName);
    values.values.insert(QStringLiteral("customer_email"), email);
    values.values.insert(QStringLiteral("customer_name"), name.isEmpty() ? email : name);
    values.values.insert(QStringLiteral("provider"), singleLine(facts.provider));
    values.values.insert(QStringLiteral("connection"), singleLine(facts.connection));
    values.values.insert(QStringLiteral("link"), facts.link.toString(QUrl::FullyEncoded));
    const QString support = plainLines(facts.supportName).trimmed();
    values.values.insert(QStringLiteral("support_name"), support.isEmpty() ? defaultSupportName() : support);
    values.optional.insert(QStringLiteral("connection"));

    const QString subjectText = messageTemplate.subject.trimmed().isEmpty() ? builtIn.subject : messageTemplate.subject;
    const QString bodyText = messageTemplate.body.trimmed().isEmpty() ? builtIn.body : messageTemplate.body;
    const MessageTemplate::Filled subject = MessageTemplate::fill(singleLine(subjectText), values);
    const MessageTemplate::Filled body = MessageTemplate::fill(plainLines(bodyText), values);

    LinkMessage message;
    message.to = isPlainAddress(email) ? email : QString();
    message.subject = singleLine(subject.text);
    message.body = plainLines(body.text);
    message.unknownPlaceholders = subject.unknown;
    for (const QString &placeholder : body.unknown) {
        if (!message.unknownPlaceholders.contains(placeholder))
            message.unknownPlaceholders.append(placeholder);
    }
    return message;
}

bool LinkMessages::isPlainAddress(const QString &address)
{
    if (address.isEmpty() || address.size() > 320 || address.count(QLatin1Char('@')) != 1)
        return false;
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at == 0 || at == address.size() - 1)
        return false;
    for (const QChar c : address) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
        if (QStringView(u",;<>()[]\\\"").contains(c))
            return false;
    }
    return true;
}
