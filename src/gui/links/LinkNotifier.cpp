#include "gui/links/LinkNotifier.h"

#include <QIcon>
#include <QStatusBar>
#include <QSystemTrayIcon>

DesktopLinkNotifier::DesktopLinkNotifier(QStatusBar *fallback, QObject *parent)
    : QObject(parent)
    , m_fallback(fallback)
{
}

void DesktopLinkNotifier::linkCompleted(const LinkRecord &, const QString &title, const QString &text)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/pipes-admin.svg")), this);
            m_tray->setToolTip(tr("Pipes Admin"));
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
        return;
    }
    if (m_fallback)
        m_fallback->showMessage(text, 15000);
}
