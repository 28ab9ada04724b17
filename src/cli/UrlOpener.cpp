#include "cli/UrlOpener.h"

#include "core/SafeUrl.h"

#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>

UrlOpener::UrlOpener(QString openLogPath)
    : m_openLogPath(std::move(openLogPath))
{
}

UrlOpener::Result UrlOpener::open(const QUrl &url, QString *reason) const
{
    return hand(url, Target::Browser, reason);
}

UrlOpener::Result UrlOpener::openMailDraft(const QUrl &mailto, QString *reason) const
{
    return hand(mailto, Target::MailClient, reason);
}

UrlOpener::Result UrlOpener::hand(const QUrl &url, Target target, QString *reason) const
{
    const bool browser = target == Target::Browser;
    QString why;
    if (!(browser ? SafeUrl::isSafeToOpen(url, &why) : SafeUrl::isSafeMailto(url, &why))) {
        if (reason)
            *reason = why;
        return Result::Refused;
    }

    if (!m_openLogPath.isEmpty()) {
        QFile log(m_openLogPath);
        if (!log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            if (reason)
                *reason = tr("Could not write the open log %1: %2").arg(m_openLogPath, log.errorString());
            return Result::Failed;
        }
        log.write(url.toEncoded() + '\n');
        return Result::Opened;
    }

    // QDesktopServices needs a GUI application (main creates one for --open
    // when a desktop session is available).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (reason)
            *reason = browser ? tr("There is no desktop session to open a browser in; copy the link instead.")
                              : tr("There is no desktop session to start a mail client in; copy the link instead.");
        return Result::Failed;
    }
    if (!QDesktopServices::openUrl(url)) {
        if (reason)
            *reason = browser ? tr("The desktop could not open the link in a browser; copy the link instead.")
                              : tr("The desktop could not start a mail client; copy the link instead.");
        return Result::Failed;
    }
    return Result::Opened;
}
