#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The message that hands a connect link to a customer: by email (a mailto:
// URL for the desktop's mail client) or pasted into a chat tool. Pure: no
// widgets, no settings; the template comes from LinkMessageSettings.

// A subject and a body with {placeholders} (see LinkMessages::placeholders()).
struct LinkMessageTemplate final
{
    QString subject;
    QString body;

    bool isEmpty() const { return subject.trimmed().isEmpty() && body.trimmed().isEmpty(); }
    bool operator==(const LinkMessageTemplate &other) const
    {
        return subject == other.subject && body == other.body;
    }
    bool operator!=(const LinkMessageTemplate &other) const { return !(*this == other); }
};

// What a message is about. Never holds a secret: there is no field for one.
struct LinkMessageFacts final
{
    QString customerEmail; // the To: address
    QString customerName;  // "Alice Adams"; empty: the email stands in
    QString provider;      // "Slack"
    QString connection;    // "Work (octo-work)" for a reconnect; empty otherwise
    QUrl link;             // the connect link (already checked by SafeUrl::isSafeToOpen)
    QString supportName;   // who signs; empty: LinkMessages::defaultSupportName()
};

// A filled message. `to` is empty when the customer's address is not one a
// mail client can take safely (then the person types it in the mail client).
struct LinkMessage final
{
    QString to;
    QString subject; // one line: never a CR or LF
    QString body;    // lines separated by '\n'
    QStringList unknownPlaceholders; // {names} the template used that have no value (left in the text)

    // mailto:TO?subject=...&body=... with every value percent-encoded (UTF-8),
    // the body's line breaks as %0D%0A (RFC 6068). Passes SafeUrl::isSafeMailto.
    QUrl mailtoUrl() const;
    // What "Copy message" puts on the clipboard for chat tools: the body.
    QString clipboardText() const { return body; }
};

class LinkMessages final
{
    Q_DECLARE_TR_FUNCTIONS(LinkMessages)

public:
    struct Placeholder
    {
        QString name;        // without braces: "link"
        QString description; // translated
    };
    // Every placeholder a template may use, in the order the settings page lists them.
    static QList<Placeholder> placeholders();

    // The translated built-in template (used when neither the administrator
    // nor the user set one).
    static LinkMessageTemplate builtInTemplate();
    static QString defaultSupportName();

    // Fills `messageTemplate` (an empty subject or body falls back to the built-in one's).
    static LinkMessage compose(const LinkMessageTemplate &messageTemplate, const LinkMessageFacts &facts);

    // One plain address a mail client can take: one '@', no spaces, controls,
    // commas, semicolons or angle brackets (so nothing adds a recipient or a header).
    static bool isPlainAddress(const QString &address);
};
