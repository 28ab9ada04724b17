#include "gui/links/LinksDesk.h"

#include "audit/AuditLog.h"
#include "config/ProvisioningFile.h"
#include "gui/ProvidersPanel.h"
#include "gui/links/LinkNotifier.h"
#include "gui/links/LinkTableModel.h"
#include "gui/links/LinksWindow.h"

#include <QSettings>

LinksDesk::LinksDesk(AuditLog *log, QSettings *settings, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_log(log)
    , m_settings(settings)
    , m_parent(window)
    , m_desktop(new DesktopLinkNotifier(statusBar, this))
{
}

LinksDesk::~LinksDesk()
{
    detach();
}

qint64 LinksDesk::staleAfterSeconds() const
{
    if (!m_settings)
        return LinkSettings::DefaultStaleAfterSeconds;
    return LinkTracker::staleAfterSeconds(*m_settings, ProvisioningFile::locateSystemFile());
}

void LinksDesk::refreshStaleAge()
{
    if (m_window)
        m_window->model()->setStaleAfterSeconds(staleAfterSeconds());
}

void LinksDesk::setTrackerOptions(const LinkTracker::Options &options)
{
    m_options = options;
    if (m_tracker) {
        m_tracker->setOptions(options);
        m_tracker->start();
    }
}

LinkNotifier *LinksDesk::notifier() const
{
    return m_notifier ? m_notifier : static_cast<LinkNotifier *>(m_desktop);
}

void LinksDesk::attach(WorkOsClient *client, const QString &environment, ProvidersPanel *providers)
{
    detach();
    m_providers = providers;
    if (!m_log || !m_log->isOpen() || !client)
        return;
    m_tracker = new LinkTracker(m_log, client, environment, this);
    m_tracker->setOptions(m_options);
    connect(m_tracker, &LinkTracker::linkCompleted, this, &LinksDesk::onCompleted);
    if (m_window)
        m_window->setTracker(m_tracker);
    m_tracker->start();
}

void LinksDesk::detach()
{
    // The environment goes: what the tracker has in flight is cancelled with it.
    delete m_tracker;
    m_providers.clear();
    if (m_window)
        m_window->setTracker(nullptr);
}

LinksWindow *LinksDesk::window() const
{
    return m_window;
}

LinksWindow *LinksDesk::openWindow()
{
    if (!m_log || !m_log->isOpen())
        return nullptr;
    if (!m_window) {
        LinksWindow::Context context;
        context.auditLog = m_log;
        context.staleAfterSeconds = staleAfterSeconds();
        m_window = new LinksWindow(context, m_parent);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        m_window->setWindowFlag(Qt::Window);
        m_window->setTracker(m_tracker);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

void LinksDesk::onCompleted(const LinkRecord &link)
{
    const QString title = tr("A customer used their link");
    const QString text = tr("%1 completed the %2 link issued by %3%4.")
                             .arg(link.customerText(), link.providerSlug, link.operatorName,
                                  link.ticket.isEmpty() ? QString() : tr(" (ticket %1)").arg(link.ticket));
    notifier()->linkCompleted(link, title, text);
    // The providers view shows that owner: read it again, so it shows the new state.
    if (!m_providers)
        return;
    const bool sameOwner = link.ownerKind == QLatin1String("organization")
        ? m_providers->isOrganization() && m_providers->organization().id == link.ownerId
        : m_providers->hasUser() && m_providers->user().id == link.ownerId;
    if (sameOwner)
        m_providers->refresh();
}
