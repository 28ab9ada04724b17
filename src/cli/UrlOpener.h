#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The one way pipes-admin-cli hands a link to a browser: SafeUrl::isSafeToOpen
// first (https, or http on loopback only), then QDesktopServices::openUrl.
// openMailDraft() is the one way a message reaches the mail client: a mailto:
// URL that SafeUrl::isSafeMailto accepts (open() refuses every mailto:).
//
// Test seam: constructed with a log path (main passes $PIPES_ADMIN_OPEN_LOG),
// it appends each link (or mailto: draft) it would open to that file, one per
// line, instead of starting a browser or a mail client. A refused link is never written there.
class UrlOpener final
{
    Q_DECLARE_TR_FUNCTIONS(UrlOpener)

public:
    enum class Result {
        Opened,
        Refused, // unsafe link: not opened
        Failed,  // safe link, but no browser could be started (or the log could not be written)
    };

    // An empty path opens links in the desktop's browser.
    explicit UrlOpener(QString openLogPath = QString());

    // `reason` receives a translated sentence unless the result is Opened.
    Result open(const QUrl &url, QString *reason = nullptr) const;
    Result openMailDraft(const QUrl &mailto, QString *reason = nullptr) const;

private:
    enum class Target { Browser, MailClient };
    // The gate of `target` (SafeUrl), then the log or the desktop.
    Result hand(const QUrl &url, Target target, QString *reason) const;

    QString m_openLogPath;
};
