#include "gui/ApiStatusBar.h"

#include "widgets/ClipboardHelper.h"
#include "widgets/ThemedIcons.h"
#include "core/WorkOsClient.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

ApiStatusBar::ApiStatusBar(WorkOsClient *client, const QString &environmentName, QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_inFlight(new QLabel(this))
    , m_error(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_environment(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);

    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setFixedSize(60, 12);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Requests in progress"));
    m_busy->hide();
    m_inFlight->setObjectName(QStringLiteral("inFlightLabel"));

    m_error->setObjectName(QStringLiteral("lastErrorLabel"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setMinimumWidth(100);
    m_error->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_error->installEventFilter(this); // re-elides on resize
    m_copy->setObjectName(QStringLiteral("copyErrorButton"));
    m_copy->setText(tr("Copy"));
    ThemedIcons::setCopyIcon(m_copy);
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setAutoRaise(true);
    m_copy->setToolTip(tr("Copy the last error with its request id"));
    m_copy->setAccessibleName(tr("Copy last error"));
    m_copy->hide();

    m_environment->setObjectName(QStringLiteral("environmentLabel"));
    m_environment->setText(environmentName);
    m_environment->setToolTip(tr("The WorkOS environment this window talks to"));

    layout->addWidget(m_busy);
    layout->addWidget(m_inFlight);
    layout->addWidget(m_error, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_environment);

    setInFlight(client->inFlight());
    connect(client, &WorkOsClient::inFlightChanged, this, &ApiStatusBar::setInFlight);
    connect(client, &WorkOsClient::callFailed, this, &ApiStatusBar::showError);
    connect(m_copy, &QToolButton::clicked, this, [this] { ClipboardHelper::copy(m_lastError, m_copy); });
}

void ApiStatusBar::setInFlight(int count)
{
    if (count < m_inFlightCount) {
        // A call ended; callFailed comes before the count goes down, so none means it went through.
        if (!m_failedSinceLastEnd && !m_lastError.isEmpty() && !m_outdated) {
            m_outdated = true;
            updateErrorLine();
        }
        m_failedSinceLastEnd = false;
    }
    m_inFlightCount = count;
    m_busy->setVisible(count > 0);
    if (count == 0)
        m_inFlight->setText(tr("Ready"));
    else if (count == 1)
        m_inFlight->setText(tr("1 request in flight"));
    else
        m_inFlight->setText(tr("%1 requests in flight").arg(count));
}

void ApiStatusBar::showError(const ApiError &error)
{
    m_lastError = error.fullText();
    m_errorText = error.text();
    QStringList facts;
    if (error.httpStatus > 0)
        facts.append(tr("HTTP %1").arg(error.httpStatus));
    if (!error.requestId.isEmpty())
        facts.append(tr("Request id: %1").arg(error.requestId));
    m_errorFacts = facts.join(QStringLiteral(", "));
    m_errorTime = QDateTime::currentDateTime();
    m_failedSinceLastEnd = m_inFlightCount > 0; // a call's failure comes just before its end
    m_outdated = false;
    updateErrorLine();
    m_copy->show();
}

bool ApiStatusBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_error && event->type() == QEvent::Resize)
        updateErrorLine();
    return QWidget::eventFilter(watched, event);
}

void ApiStatusBar::updateErrorLine()
{
    if (m_lastError.isEmpty())
        return;
    const QString time = QLocale().toString(m_errorTime.time(), QLocale::ShortFormat);
    const QString when = m_errorFacts.isEmpty() ? time : tr("%1, %2").arg(time, m_errorFacts);
    const QString shown = m_outdated ? tr("Earlier error (%1; later requests went through): %2").arg(when, m_errorText)
                                     : tr("Last error (%1): %2").arg(when, m_errorText);
    // The status and request id come first, so eliding the end never hides them; the tooltip and Copy have it whole.
    m_error->setText(m_error->fontMetrics().elidedText(shown, Qt::ElideRight, qMax(0, m_error->width())));
    const QString whole = m_outdated ? tr("Earlier error (%1): %2").arg(time, m_lastError)
                                     : tr("Last error (%1): %2").arg(time, m_lastError);
    m_error->setToolTip(whole);
    m_error->setAccessibleDescription(whole);
    m_error->setEnabled(!m_outdated); // greyed once outdated
}
