#pragma once

#include "audit/LinkRecord.h"

#include <QObject>
#include <QPointer>

class QStatusBar;
class QSystemTrayIcon;

// Where "the customer completed the link" is announced: a seam tests replace
// with a recorder (LinksDesk::setNotifier).
class LinkNotifier
{
public:
    virtual ~LinkNotifier() = default;
    virtual void linkCompleted(const LinkRecord &link, const QString &title, const QString &text) = 0;
};

// The desktop's own notification: the system tray's message (freedesktop
// notifications on Linux) when a tray is available, otherwise a message in
// the main window's status bar.
class DesktopLinkNotifier final : public QObject, public LinkNotifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopLinkNotifier)

public:
    explicit DesktopLinkNotifier(QStatusBar *fallback, QObject *parent = nullptr);
    void linkCompleted(const LinkRecord &link, const QString &title, const QString &text) override;

private:
    QPointer<QStatusBar> m_fallback;
    QSystemTrayIcon *m_tray = nullptr;
};
