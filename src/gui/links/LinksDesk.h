#pragma once

#include "session/LinkTracker.h"

#include <QObject>
#include <QPointer>

#include <memory>

class AuditLog;
class DesktopLinkNotifier;
class LinkNotifier;
class LinksWindow;
class ProvidersPanel;
class QSettings;
class QStatusBar;
class WorkOsClient;

// The main window's part in following connect links: one LinkTracker for the
// connected environment (made on connect, dropped on a switch, refreshing in
// the background with no window open), the one Links window, and what a
// completed link does: a desktop notification (LinkNotifier) and a refresh of
// the providers view when it shows that link's owner.
class LinksDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinksDesk)

public:
    // `log` may be null or closed: then nothing is followed. `window` parents the Links window.
    LinksDesk(AuditLog *log, QSettings *settings, QStatusBar *statusBar, QWidget *window);
    ~LinksDesk() override;

    void attach(WorkOsClient *client, const QString &environment, ProvidersPanel *providers);
    void detach();

    LinksWindow *openWindow();
    LinksWindow *window() const;
    LinkTracker *tracker() const { return m_tracker; }
    qint64 staleAfterSeconds() const;
    // The stale age changed in Settings: the open Links window marks its rows again.
    void refreshStaleAge();

    // Tests: a recorder instead of the desktop's notifications; null restores them.
    void setNotifier(LinkNotifier *notifier) { m_notifier = notifier; }
    // Tests: shorter intervals (applied to this and later trackers).
    void setTrackerOptions(const LinkTracker::Options &options);

private:
    void onCompleted(const LinkRecord &link);
    LinkNotifier *notifier() const;

    QPointer<AuditLog> m_log;
    QSettings *m_settings;
    QWidget *m_parent;
    DesktopLinkNotifier *m_desktop;
    LinkNotifier *m_notifier = nullptr;
    QPointer<LinkTracker> m_tracker;
    QPointer<LinksWindow> m_window;
    QPointer<ProvidersPanel> m_providers;
    LinkTracker::Options m_options;
};
