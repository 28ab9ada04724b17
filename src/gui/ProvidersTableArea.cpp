#include "gui/ProvidersTableArea.h"

#include "core/ApiError.h"
#include "gui/ProviderTreeView.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

ProvidersTableArea::ProvidersTableArea(QWidget *parent)
    : QWidget(parent)
    , m_staleNote(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_messagePage(new QWidget(m_stack))
    , m_message(new QLabel(m_messagePage))
    , m_showAll(new QPushButton(tr("&Show all providers"), m_messagePage))
    , m_table(new ProviderTreeView(m_stack))
{
    setObjectName(QStringLiteral("providersTableArea"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_staleNote->setObjectName(QStringLiteral("staleNote"));
    m_staleNote->setWordWrap(true);
    m_staleNote->setTextFormat(Qt::RichText);
    m_staleNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_staleNote->palette();
    warning.setColor(QPalette::WindowText, StatusBadgeDelegate::warningTextColour(warning));
    m_staleNote->setPalette(warning);
    m_staleNote->hide();
    layout->addWidget(m_staleNote);

    m_message->setObjectName(QStringLiteral("providersMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(24);
    m_showAll->setObjectName(QStringLiteral("showAllProvidersButton"));
    m_showAll->setToolTip(tr("Clear the filter and \"Problems only\""));
    m_showAll->hide();
    auto *page = new QVBoxLayout(m_messagePage);
    page->addStretch();
    page->addWidget(m_message);
    page->addWidget(m_showAll, 0, Qt::AlignHCenter);
    page->addStretch(2);
    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);
    connect(m_showAll, &QPushButton::clicked, this, &ProvidersTableArea::showAllRequested);
}

QWidget *ProvidersTableArea::showAllButton() const
{
    return m_showAll;
}

void ProvidersTableArea::showMessage(const QString &text)
{
    m_message->setText(text);
    m_showAll->hide();
    m_stack->setCurrentWidget(m_messagePage);
}

void ProvidersTableArea::showRows(int total, int shown)
{
    if (shown > 0 || total == 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    // Not an empty table: it would look like a user without providers.
    showMessage(total == 1 ? tr("1 provider hidden by the filter.")
                           : tr("%1 providers hidden by the filter.").arg(total));
    m_showAll->show();
}

void ProvidersTableArea::markStale(const QDateTime &asOf, const ApiError &error)
{
    // "14:02", not "14:02:37": the minute is what a person compares.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    const QString when = asOf.isValid() ? QLocale().toString(asOf.time(), format) : tr("earlier");
    m_staleNote->setText(tr("<b>As of %1 — refresh failed:</b> %2 The rows stay greyed until a refresh (F5) "
                            "succeeds; an action on them reads them again first.")
                             .arg(when, error.text().toHtmlEscaped()));
    m_staleNote->setToolTip(error.fullText());
    m_staleNote->show();
    m_table->setFreshness(ProviderTreeView::Freshness::Stale);
}

void ProvidersTableArea::markFresh()
{
    m_staleNote->hide();
    m_staleNote->clear();
    m_table->setFreshness(ProviderTreeView::Freshness::Current);
}

bool ProvidersTableArea::isStale() const
{
    return m_table->freshness() == ProviderTreeView::Freshness::Stale;
}
