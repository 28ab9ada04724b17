#include "core/SafeUrl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

namespace SafeUrl {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SafeUrl", text);
}

bool checkHttpUrl(const QUrl &url, QString *reason)
{
    auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (url.isEmpty())
        return refuse(tr("The link is empty."));
    if (!url.isValid())
        return refuse(tr("The link is not a valid URL."));
    if (url.isRelative())
        return refuse(tr("The link is relative; only complete https links are allowed."));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return refuse(tr("Links with the \"%1:\" scheme are never opened; only https links are allowed.").arg(scheme));
    if (url.host().isEmpty())
        return refuse(tr("The link has no host."));
    // An IPv6 zone id ("[fe80::1%eth0]") names a network interface of this
    // computer; it does not survive copying the link and has no place in one.
    if (url.host().contains(QLatin1Char('%')))
        return refuse(tr("The link's host carries a network interface name, which is not allowed."));
    if (!url.userInfo().isEmpty())
        return refuse(tr("The link carries a user name or password, which is not allowed."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return refuse(tr("Plain http is only allowed to this computer (loopback); %1 must use https.").arg(url.host()));
    if (reason)
        reason->clear();
    return true;
}
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

bool isSafeToOpen(const QUrl &url, QString *reason)
{
    return checkHttpUrl(url, reason);
}

bool isSafeMailto(const QUrl &url, QString *reason)
{
    auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (!url.isValid() || url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) != 0)
        return refuse(tr("Only a mailto: message draft may be handed to the mail client."));
    if (!url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return refuse(tr("The message draft is not a plain mailto: address."));
    const QString address = url.path(QUrl::FullyDecoded);
    for (const QChar c : address) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char(',') || c == QLatin1Char(';')
            || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return refuse(tr("The message draft may name one plain address only."));
    }
    if (!address.isEmpty() && address.count(QLatin1Char('@')) != 1)
        return refuse(tr("The message draft may name one plain address only."));
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const QString key = item.first.toLower();
        if (key != QLatin1String("subject") && key != QLatin1String("body"))
            return refuse(tr("The message draft may only carry a subject and a body, not \"%1\".").arg(item.first.left(40)));
        if (key == QLatin1String("subject")
            && (item.second.contains(QLatin1Char('\r')) || item.second.contains(QLatin1Char('\n'))))
            return refuse(tr("The message subject may not contain a line break."));
    }
    if (reason)
        reason->clear();
    return true;
}

bool isAcceptableBaseUrl(const QUrl &url, QString *reason)
{
    if (!checkHttpUrl(url, reason))
        return false;
    if (url.hasQuery() || url.hasFragment()) {
        if (reason)
            *reason = tr("An API base URL cannot carry a query or fragment.");
        return false;
    }
    return true;
}
} // namespace SafeUrl
