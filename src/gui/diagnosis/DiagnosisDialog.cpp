#include "gui/diagnosis/DiagnosisDialog.h"

#include "audit/AuditService.h"
#include "session/TokenCheckAction.h"
#include "widgets/ClipboardHelper.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

DiagnosisDialog::DiagnosisDialog(WorkOsClient *client, const QString &ownerId, OwnerKind ownerKind, const QString &providerSlug,
                                 const QString &connectionId, DiagnosisFacts facts, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_memberId(facts.memberId)
    , m_tokenCheckAllowed(facts.tokenCheckAllowed)
{
    m_subject.environmentName = facts.environmentName;
    m_subject.ownerKind = ownerKind;
    m_subject.ownerId = ownerId;
    m_subject.ownerLabel = facts.ownerLabel;
    m_subject.organizationId = ownerKind == OwnerKind::Organization ? QString() : facts.organizationId;
    m_subject.providerSlug = providerSlug;
    m_subject.providerName = facts.providerName;
    m_subject.connectionId = connectionId.isEmpty() && facts.connection ? facts.connection->id : connectionId;
    m_subject.connection = facts.connection;
    m_subject.missingScopes = facts.missingScopes;
    m_subject.connectionsOfProvider = facts.connectionsOfProvider;
    m_ownReader = std::make_unique<PipesEventsReader>(client, facts.environmentName);
    m_reader = m_ownReader.get();
    buildUi();
    // Read once the opener had its turn to hand over the environment's reader.
    QTimer::singleShot(0, this, [this] {
        if (!m_started)
            refresh();
    });
}

DiagnosisDialog::~DiagnosisDialog() = default;

void DiagnosisDialog::buildUi()
{
    setObjectName(QStringLiteral("diagnosisDialog"));
    const QString provider = m_subject.providerName.isEmpty() ? m_subject.providerSlug : m_subject.providerName;
    const QString owner = m_subject.ownerLabel.isEmpty() ? m_subject.ownerId : m_subject.ownerLabel;
    setWindowTitle(tr("Diagnosis: %1 of %2").arg(provider, owner));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(tr("<b>%1</b> — %2<br>Connection %3")
                                   .arg(provider.toHtmlEscaped(), owner.toHtmlEscaped(),
                                        m_subject.connectionId.isEmpty() ? tr("(every connection)") : m_subject.connectionId),
                               this);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("diagnosisStatus"));
    layout->addWidget(m_status);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diagnosisSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("diagnosisNextStep"));
    m_next->setVisible(false);
    connect(m_next, &QPushButton::clicked, this, &DiagnosisDialog::nextStep);
    auto *nextRow = new QHBoxLayout;
    nextRow->addWidget(m_next);
    nextRow->addStretch();
    layout->addLayout(nextRow);

    m_tabs = new QTabWidget(this);
    m_connectionTimeline = new QTreeWidget(m_tabs);
    m_connectionTimeline->setObjectName(QStringLiteral("connectionTimeline"));
    m_ownerTimeline = new QTreeWidget(m_tabs);
    m_ownerTimeline->setObjectName(QStringLiteral("ownerTimeline"));
    for (QTreeWidget *tree : {m_connectionTimeline, m_ownerTimeline}) {
        tree->setRootIsDecorated(false);
        tree->setHeaderLabels({tr("When"), tr("Ago"), tr("What"), tr("Provider"), tr("The provider said"), tr("Details")});
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_tabs->addTab(m_connectionTimeline, tr("Timeline of this connection"));
    m_tabs->addTab(m_ownerTimeline, m_subject.ownerKind == OwnerKind::User ? tr("Timeline of the user") : tr("Timeline of the organization"));
    layout->addWidget(m_tabs, 1);

    m_tokenWarning = new QLabel(tr("Checking the token asks WorkOS for this connection's access token. WorkOS may refresh "
                                   "the token to answer, which can change the connection. The token itself is never "
                                   "shown or kept; the audit log records that a check was made."),
                                this);
    m_tokenWarning->setObjectName(QStringLiteral("tokenCheckWarning"));
    m_tokenWarning->setWordWrap(true);
    layout->addWidget(m_tokenWarning);
    m_tokenResult = new QLabel(this);
    m_tokenResult->setObjectName(QStringLiteral("tokenCheckResult"));
    m_tokenResult->setWordWrap(true);
    layout->addWidget(m_tokenResult);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_checkToken = buttons->addButton(tr("Check token"), QDialogButtonBox::ActionRole);
    m_checkToken->setObjectName(QStringLiteral("checkTokenButton"));
    m_checkToken->setAutoDefault(false);
    connect(m_checkToken, &QPushButton::clicked, this, &DiagnosisDialog::checkToken);
    m_copy = buttons->addButton(tr("Copy for WorkOS support"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyForSupport"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, [this] { ClipboardHelper::copy(supportText(), m_copy); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateTokenButton();
    resize(820, 560);
}

void DiagnosisDialog::setEventsReader(PipesEventsReader *reader)
{
    m_reader = reader ? reader : m_ownReader.get();
}

void DiagnosisDialog::setAuditService(const AuditService *audit)
{
    m_audit = audit;
    updateTokenButton();
}

void DiagnosisDialog::updateTokenButton()
{
    const bool memberKnown = m_subject.ownerKind == OwnerKind::User || !m_memberId.isEmpty();
    const bool audited = m_audit && m_audit->isAvailable();
    m_checkToken->setEnabled(m_tokenCheckAllowed && memberKnown && audited && !m_checking);
    if (!m_tokenCheckAllowed)
        m_checkToken->setToolTip(tr("The administrator does not allow token checks in this environment."));
    else if (!audited)
        m_checkToken->setToolTip(tr("Token checks are recorded in the audit log, which is not available."));
    else if (!memberKnown)
        m_checkToken->setToolTip(tr("A shared connection's token check needs an active member to act for."));
    else
        m_checkToken->setToolTip(tr("Ask WorkOS whether this connection's token is active (WorkOS may refresh it)."));
}

void DiagnosisDialog::refresh()
{
    m_started = true;
    ++m_generation;
    m_status->setText(tr("Reading the Pipes events of the last 30 days…"));
    EventsQuery query;
    query.organizationId = m_subject.ownerKind == OwnerKind::Organization ? m_subject.ownerId : m_subject.organizationId;
    m_reader->read(query, this, [this, generation = m_generation](const Expected<EventsResult, ApiError> &result) {
        if (generation != m_generation)
            return; // a newer read is on its way
        if (!result.ok()) {
            m_status->setText(tr("The events could not be read: %1").arg(result.error().fullText()));
            m_events.reset();
        } else {
            m_events = result.value();
            m_status->setText(m_events->fromCache ? tr("Events as read a moment ago.") : QString());
        }
        rebuild();
    });
}

void DiagnosisDialog::rebuild()
{
    const EventsResult events = m_events.value_or(EventsResult());
    if (!m_subject.connection && !m_subject.connectionId.isEmpty())
        m_subject.connection = DiagnosisBuilder::factsFromEvents(events.events, m_subject.connectionId);
    m_diagnosis = DiagnosisBuilder::build(m_subject, events, m_token, m_tokenCalls);
    m_summary->setText(m_diagnosis.summary());
    const QString next = DiagnosisBuilder::nextStepText(m_diagnosis.next);
    m_next->setText(next);
    m_next->setVisible(!next.isEmpty());
    fillTimeline(m_connectionTimeline, m_diagnosis.connectionTimeline);
    fillTimeline(m_ownerTimeline, m_diagnosis.ownerTimeline);
    Q_EMIT diagnosed();
}

void DiagnosisDialog::fillTimeline(QTreeWidget *tree, const QList<TimelineEntry> &entries)
{
    tree->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TimelineEntry &e : entries) {
        auto *item = new QTreeWidgetItem(tree, {DiagnosisBuilder::absoluteTime(e.at), DiagnosisBuilder::relativeTime(e.at, now),
                                                e.what, e.providerSlug, e.providerWords, e.detail});
        item->setToolTip(2, tr("%1\nEvent ids: %2").arg(e.eventName, e.eventIds.join(QStringLiteral(", "))));
        // The provider's words and the details are long: whole in the tooltip.
        item->setToolTip(4, e.uncertain ? tr("%1\n(This failure names no connection: it may concern another connection of "
                                              "this provider.)").arg(e.providerWords)
                                        : e.providerWords);
        item->setToolTip(5, e.detail);
    }
}

void DiagnosisDialog::checkToken()
{
    if (!m_client || !m_audit || !m_tokenCheckAllowed || m_checking)
        return;
    TokenCheckRequest request;
    request.providerSlug = m_subject.providerSlug;
    const bool organization = m_subject.ownerKind == OwnerKind::Organization;
    request.owner = organization ? ConnectionOwner::Organization : ConnectionOwner::User;
    request.userId = organization ? m_memberId : m_subject.ownerId;
    request.organizationId = organization ? m_subject.ownerId : m_subject.organizationId;
    request.connectedAccountId = m_subject.connectionId;
    m_checking = true;
    updateTokenButton();
    m_tokenResult->setText(tr("Checking the token…"));
    QString refusal;
    const ApiCall *call = TokenCheckAction::run(*m_audit, m_client, request, QString(), this,
                                                [this, slug = request.providerSlug](const ApiResult<TokenCheck> &result) {
        m_checking = false;
        updateTokenButton();
        m_tokenCalls.append({QDateTime::currentDateTimeUtc(), QStringLiteral("POST /data-integrations/%1/token").arg(slug),
                             result.facts().httpStatus, result.facts().requestId});
        if (!result.ok()) {
            m_tokenResult->setText(tr("The token check failed: %1").arg(result.error().fullText()));
            rebuild();
            return;
        }
        m_token = result.value();
        m_tokenResult->setText(DiagnosisBuilder::tokenText(*m_token));
        rebuild();
    }, &refusal);
    if (!call) {
        m_checking = false;
        updateTokenButton();
        m_tokenResult->setText(tr("Nothing was sent: the audit log could not be written (%1).").arg(refusal));
    }
}

void DiagnosisDialog::nextStep()
{
    switch (m_diagnosis.next) {
    case NextStep::SendReconnectLink:
        Q_EMIT reconnectLinkRequested(m_subject.providerSlug, m_subject.connectionId);
        break;
    case NextStep::OrganizationAdminReconnect:
        Q_EMIT organizationAdminLinkRequested(m_subject.providerSlug, m_subject.ownerKind == OwnerKind::Organization
                                                  ? m_subject.ownerId : m_subject.organizationId,
                                              m_subject.connectionId);
        break;
    case NextStep::SendConnectLink:
        Q_EMIT connectLinkRequested(m_subject.providerSlug);
        break;
    case NextStep::None:
        break;
    }
}

QString DiagnosisDialog::supportText() const
{
    return DiagnosisBuilder::supportText(m_subject, m_diagnosis);
}
