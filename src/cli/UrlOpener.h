#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The one way pipes-admin-cli hands a link to a browser: SafeUrl::isSafeToOpen
// first (https, or http on loopback only), then QDesktopServices::openUrl.
//
// Test seam: constructed with a log path (main passes $PIPES_ADMIN_OPEN_LOG),
// it appends each link it would open to that file, one per line, instead of
// starting a browser. A refused link is never written there.
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

private:
    QString m_openLogPath;
};
