// The providers panel's widgets and their layout (built once), and the
// layout state it remembers across restarts.
#include "gui/ProvidersPanel.h"

#include "widgets/ClipboardHelper.h"
#include "gui/ConnectLinkController.h"
#include "widgets/Prompter.h"
#include "gui/ProviderDetailsPane.h"
#include "models/ProviderFilterProxy.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProviderTreeView.h"
#include "gui/ProvidersTableArea.h"
#include "gui/ScopeBar.h"
#include "gui/ScopeSummary.h"
#include "gui/SharedConnectionsSection.h"
#include "widgets/ThemedIcons.h"
#include "core/WorkOsClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

void ProvidersPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("userTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyUserId->setObjectName(QStringLiteral("copyUserIdButton"));
    ThemedIcons::setCopyIcon(m_copyUserId);
    m_copyUserId->setAutoRaise(true);
    m_copyUserId->setToolTip(tr("Copy the user id"));
    m_copyUserId->setAccessibleName(tr("Copy the user id"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Ask WorkOS again (F5)"));
    header->addWidget(m_title, 1);
    header->addWidget(m_copyUserId);
    header->addWidget(m_refresh);
    layout->addLayout(header);
    layout->addWidget(m_scopeBar);

    m_table->setModel(m_proxy);
    m_table->sortByColumn(ProviderTreeModel::ProviderColumn, Qt::AscendingOrder);
    connect(m_table, &ProviderTreeView::connectLinkRequested, this, &ProvidersPanel::sendConnectLink);
    connect(m_table, &ProviderTreeView::copyIdRequested, this, &ProvidersPanel::copySelectedId);
    connect(m_table, &ProviderTreeView::disconnectRequested, this, &ProvidersPanel::disconnectSelected);

    m_split->setObjectName(QStringLiteral("providersSplitter"));
    m_split->setChildrenCollapsible(false);
    // The shared section sits under the table in one layout (not a splitter
    // pane): it appears with its rows' height when there is something to show.
    auto *tables = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_tableArea, 3);
    tablesLayout->addWidget(m_sharedSection, 1); // hidden while the user's organizations share nothing
    m_split->addWidget(tables);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    layout->addWidget(m_split, 1);

    auto *actions = new QHBoxLayout;
    m_disconnectButton->setObjectName(QStringLiteral("disconnectButton"));
    m_linkButton->setObjectName(QStringLiteral("connectLinkButton"));
    m_addButton->setObjectName(QStringLiteral("addConnectionButton"));
    m_diagnoseButton->setObjectName(QStringLiteral("diagnoseButton"));
    m_diagnoseButton->setToolTip(tr("Why the selected connection is in its state: WorkOS's events, the reason, "
                                    "the provider's own error, and a token check when you ask for it"));
    if (m_audit.isAvailable()) {
        m_addButton->setToolTip(tr("Get a link that adds another connection to the selected provider"));
        m_disconnectButton->setToolTip(tr("Remove the stored tokens of the selected connection (Delete)"));
        m_linkButton->setToolTip(tr("Get a link the customer opens to (re)connect (Ctrl+L)"));
    } else {
        const QString why = tr("Unavailable: the audit log cannot be written (%1)").arg(m_audit.unavailableReason);
        m_disconnectButton->setToolTip(why);
        m_linkButton->setToolTip(why);
        m_addButton->setToolTip(why);
    }
    actions->addWidget(m_diagnoseButton);
    actions->addStretch();
    actions->addWidget(m_disconnectButton);
    actions->addWidget(m_addButton);
    actions->addWidget(m_linkButton);
    layout->addLayout(actions);

    setTabOrder(m_refresh, m_scopeBar->firstInTabOrder());
    setTabOrder(m_scopeBar->lastInTabOrder(), m_table);
    setTabOrder(m_table, m_tableArea->showAllButton());
    setTabOrder(m_tableArea->showAllButton(), m_sharedSection->view());
    setTabOrder(m_sharedSection->view(), m_sharedSection->openButton());
    setTabOrder(m_sharedSection->openButton(), m_diagnoseButton);
    setTabOrder(m_diagnoseButton, m_disconnectButton);
    setTabOrder(m_disconnectButton, m_addButton);
    setTabOrder(m_addButton, m_linkButton);
    m_tableArea->showMessage(tr("Find a user on the left (Ctrl+F) to see every provider and their connection."));
}

QByteArray ProvidersPanel::splitterState() const
{
    return m_split->saveState();
}

QByteArray ProvidersPanel::columnState() const
{
    return m_table->columnState();
}

void ProvidersPanel::restoreLayout(const QByteArray &splitter, const QByteArray &columns)
{
    if (!splitter.isEmpty())
        m_split->restoreState(splitter);
    m_table->restoreColumns(columns);
}
