#include "core/SafeUrl.h"

#include <QCoreApplication>
#include <QHostAddress>

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
