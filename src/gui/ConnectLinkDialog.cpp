#include "gui/ConnectLinkDialog.h"
#include "ui_ConnectLinkDialog.h"

#include "widgets/ClipboardHelper.h"
#include "core/ConnectionStatus.h"
#include "widgets/MnemonicGuard.h"
#include "widgets/Prompter.h"
#include "core/SafeUrl.h"
#include "core/WorkOsClient.h"

#include <QComboBox>
#include <QLocale>
#include <QPushButton>
#include <QTime>

namespace {
QString describe(const std::optional<ConnectedAccount> &account)
{
    return ConnectionStatuses::text(account, StatusWording::Lowercase);
}

bool sameAccount(const std::optional<ConnectedAccount> &a, const std::optional<ConnectedAccount> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->id == b->id && a->stateText == b->stateText && a->updatedAt == b->updatedAt && a->scopes == b->scopes;
}
} // namespace

ConnectLinkDialog::ConnectLinkDialog(ConnectLinkContext context, WorkOsClient *client, Prompter *prompter,
                                     AuditContext audit, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectLinkDialog>())
    , m_context(std::move(context))
    , m_client(client)
    , m_prompter(prompter)
    , m_audit(std::move(audit))
    , m_messenger(prompter, LinkMessageSettings())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectLinkDialog"));
    const QString who = m_context.userEmail.toHtmlEscaped();
    const QString id = m_context.userId.toHtmlEscaped();
    const QString provider = m_context.providerName.toHtmlEscaped();
    const QString warning = m_context.organizationOwner
        ? tr("Whoever opens it connects <i>their own</i> %1 account for the whole organization: every member uses "
             "it. Send it only to this member.")
              .arg(provider)
        : tr("Whoever opens it connects <i>their own</i> %1 account to this user: send it only to the customer.")
              .arg(provider);
    switch (m_context.intent) {
    case AuthorizeRequest::Intent::Reauthorize:
        setWindowTitle(tr("Reconnect link for %1 · %2").arg(m_context.providerName, m_context.connectionName));
        // A connection without a label is named by its id: once, not twice.
        m_ui->introLabel->setText(
            (m_context.connectionName == m_context.connectionId
                 ? tr("A link that lets <b>%1</b> (<code>%2</code>) repair exactly one %3 connection: <code>%4</code>. ")
                       .arg(who, id, provider, m_context.connectionId.toHtmlEscaped())
                 : tr("A link that lets <b>%1</b> (<code>%2</code>) repair exactly one %3 connection: "
                      "<b>%4</b> (<code>%5</code>). ")
                       .arg(who, id, provider, m_context.connectionName.toHtmlEscaped(),
                            m_context.connectionId.toHtmlEscaped()))
            + warning);
        break;
    case AuthorizeRequest::Intent::Add:
        setWindowTitle(tr("Link for another %1 connection").arg(m_context.providerName));
        m_ui->introLabel->setText(tr("A link that lets <b>%1</b> (<code>%2</code>) add another <b>%3</b> connection "
                                     "beside the ones they have. ")
                                      .arg(who, id, provider)
                                  + warning);
        break;
    case AuthorizeRequest::Intent::Slot:
        setWindowTitle(tr("Connect link for %1").arg(m_context.providerName));
        m_ui->introLabel->setText(
            tr("A link that lets <b>%1</b> (<code>%2</code>) connect <b>%3</b>. ").arg(who, id, provider) + warning);
        break;
    }

    fillOrganizations();
    // A reconnect repairs a connection where it is: its organization scope is fixed.
    // A shared connection's link is for its organization only.
    m_ui->organizationCombo->setEnabled(m_context.intent != AuthorizeRequest::Intent::Reauthorize
                                        && !m_context.organizationOwner);

    m_pollTimer.setInterval(3000);
    connect(&m_pollTimer, &QTimer::timeout, this, &ConnectLinkDialog::poll);
    connect(m_ui->getLinkButton, &QPushButton::clicked, this, &ConnectLinkDialog::fetchLink);
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, &ConnectLinkDialog::copyLink);
    connect(m_ui->openLinkButton, &QPushButton::clicked, this, &ConnectLinkDialog::openLink);
    const auto show = [this](const ConnectLinkMessenger::Outcome &outcome) {
        setMessage(outcome.text, outcome.isError); };
    connect(m_ui->emailButton, &QPushButton::clicked, this, [this, show] { show(m_messenger.email(messageFacts())); });
    connect(m_ui->copyMessageButton, &QPushButton::clicked, this,
            [this, show] { show(m_messenger.copy(messageFacts(), m_ui->copyMessageButton)); });
    connect(m_ui->watchButton, &QPushButton::clicked, this, &ConnectLinkDialog::startWatching);
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] { stopWatching(tr("Stopped.")); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A changed organization or return URL means a different link.
    const auto forgetLink = [this] {
        m_url.clear();
        m_ui->linkEdit->clear();
        updateButtons();
    };
    connect(m_ui->organizationCombo, &QComboBox::currentIndexChanged, this, forgetLink);
    connect(m_ui->returnToEdit, &QLineEdit::textEdited, this, forgetLink);
    m_ui->reasonEdit->setMaxLength(500);
    m_ui->watchStatus->setText(tr("Current state: %1.").arg(describe(m_context.account)));
    // Nothing is fetched before "Get link": every link is recorded in the
    // history, with the ticket or reason typed above it.
    setMessage(tr("Add a ticket or reason if you have one, then press Get link. Every link is recorded in the "
                  "history."),
               false);
    const QString prompt = m_ui->messageLabel->text();
    const auto showOrganizationHint = [this, prompt] {
        if (needsOrganization())
            setMessage(organizationHint(), true);
        else if (m_ui->messageLabel->text() == organizationHint())
            setMessage(prompt, false);
    };
    showOrganizationHint();
    connect(m_ui->organizationCombo, &QComboBox::currentIndexChanged, this, showOrganizationHint);
    // Room for every line the words take (a long intro, the organization hint), not squeezed fields.
    resize(width(), qMax(height(), layout()->totalHeightForWidth(width())));
    updateButtons();
    MnemonicGuard::install(this); // Alt+C before there is a link must not type "c" into the reason
    m_ui->reasonEdit->setFocus();
}




ConnectLinkDialog::~ConnectLinkDialog()
{
    if (m_fetchCall)
        m_fetchCall->cancel();
    if (m_pollCall)
        m_pollCall->cancel();
}

void ConnectLinkDialog::setWatchTiming(int intervalMs, int limitMs)
{
    m_pollTimer.setInterval(intervalMs);
    m_limitMs = limitMs;
}


void ConnectLinkDialog::setMessage(const QString &text, bool isError)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, isError ? QColor(0xc0, 0x39, 0x2b) : this->palette().color(QPalette::WindowText));
    if (isError && this->palette().color(QPalette::Window).lightness() < 128)
        palette.setColor(QPalette::WindowText, QColor(0xff, 0x8a, 0x80));
    m_ui->messageLabel->setPalette(palette);
}

void ConnectLinkDialog::updateButtons()
{
    const bool fetching = !m_fetchCall.isNull();
    const bool haveSafeLink = !m_url.isEmpty() && m_urlSafe;
    m_ui->getLinkButton->setEnabled(!fetching && !needsOrganization());
    // Enter gets the link first, then copies it.
    m_ui->getLinkButton->setDefault(!haveSafeLink);
    m_ui->copyLinkButton->setDefault(haveSafeLink);
    m_ui->copyLinkButton->setEnabled(haveSafeLink);
    m_ui->openLinkButton->setEnabled(haveSafeLink);
    m_ui->emailButton->setEnabled(haveSafeLink);
    m_ui->copyMessageButton->setEnabled(haveSafeLink);
    m_ui->watchButton->setEnabled(!isWatching());
    m_ui->stopButton->setEnabled(isWatching());
}

LinkMessageFacts ConnectLinkDialog::messageFacts() const
{
    return ConnectLinkMessenger::facts(m_context, m_urlSafe ? m_url : QUrl());
}

void ConnectLinkDialog::fetchLink()
{
    if (m_fetchCall)
        return;
    AuthorizeRequest request;
    request.providerSlug = m_context.providerSlug;
    request.userId = m_context.userId;
    request.organizationId = organizationId();
    request.intent = m_context.intent;
    request.organizationOwner = m_context.organizationOwner;
    if (m_context.intent == AuthorizeRequest::Intent::Reauthorize)
        request.connectedAccountId = m_context.connectionId;
    const QString returnTo = m_ui->returnToEdit->text().trimmed();
    if (!returnTo.isEmpty()) {
        request.returnTo = QUrl(returnTo, QUrl::StrictMode);
        QString why;
        if (!request.returnTo.isValid() || !SafeUrl::isSafeToOpen(request.returnTo, &why)) {
            setMessage(tr("The return URL is not usable: %1").arg(why.isEmpty() ? tr("not a URL") : why), true);
            return;
        }
    }
    // Written to the audit log first (with the typed ticket or reason); no record, no request.
    AuditService::Action<AuthorizeUrl> action;
    action.entry.action = AuditAction::ConnectLink;
    action.entry.userId = m_context.userId;
    action.entry.userEmail = m_context.userEmail;
    action.entry.providerSlug = m_context.providerSlug;
    action.entry.organizationId = request.organizationId;
    action.entry.connectionId = m_context.connectionId; // empty: a first or another connection
    action.entry.connectionLabel = m_context.account ? m_context.account->accountDisplayName : QString();
    action.entry.ownerKind = (m_context.organizationOwner ? Owner::organization(request.organizationId)
                                                          : Owner::user(m_context.userId))
                                 .kindText();
    action.entry.reason = m_ui->reasonEdit->text().trimmed();
    action.followLink = request.intent; // the Links window follows it to the end
    action.refuse = [](const AuthorizeUrl &answer) {
        QString why;
        return SafeUrl::isSafeToOpen(answer.url, &why)
            ? QString()
            : tr("WorkOS returned an unsafe link; it was refused and not handed out: %1").arg(why);
    };
    QString auditError;
    m_fetchCall = m_audit.run<AuthorizeUrl>(
        action, this,
        [this, &request](QObject *context, WorkOsClient::Callback<AuthorizeUrl> done) {
            return m_client->createAuthorizeUrl(request, context, std::move(done));
        },
        [this](const ApiResult<AuthorizeUrl> &result) { onLinkFetched(result); }, &auditError);
    if (!m_fetchCall) {
        setMessage(tr("No link was requested: it could not be recorded in the audit log (%1).").arg(auditError),
                   true);
        return;
    }
    m_url.clear();
    m_ui->linkEdit->clear();
    setMessage(tr("Asking WorkOS for a link…"), false);
    updateButtons();
}

void ConnectLinkDialog::onLinkFetched(const ApiResult<AuthorizeUrl> &result)
{
    m_fetchCall.clear();
    if (!result) {
        setMessage(result.error().fullText(), true);
        updateButtons();
        return;
    }
    m_url = result.value().url;
    QString why;
    m_urlSafe = SafeUrl::isSafeToOpen(m_url, &why);
    m_ui->linkEdit->setText(m_url.toString(QUrl::FullyEncoded));
    if (m_urlSafe) {
        setMessage(tr("Send this link to the customer. It connects whoever opens it."), false);
        m_ui->copyLinkButton->setFocus();
    } else {
        setMessage(tr("The server returned a link that is not safe to hand out, so it cannot be copied or "
                      "opened: %1")
                       .arg(why),
                   true);
    }
    updateButtons();
}

void ConnectLinkDialog::copyLink()
{
    if (m_url.isEmpty() || !m_urlSafe)
        return;
    ClipboardHelper::copy(m_url.toString(QUrl::FullyEncoded), m_ui->copyLinkButton);
    setMessage(tr("Copied. Paste it into your reply to the customer."), false);
}

void ConnectLinkDialog::openLink()
{
    QString why;
    if (m_url.isEmpty() || !SafeUrl::isSafeToOpen(m_url, &why)) {
        m_prompter->notify(this, Notice{tr("Link refused"), tr("This link will not be opened: %1").arg(why), QString(),
                                        Notice::Level::Error});
        return;
    }
    Confirmation confirmation;
    confirmation.title = tr("Open the connect link?");
    confirmation.text = tr("Whoever opens this link connects their own %1 account to %2.")
                            .arg(m_context.providerName, m_context.userEmail);
    confirmation.informativeText =
        tr("If you sign in to %1 in your browser, YOUR account will be connected to the customer. "
           "Open it only to test, with a test account.")
            .arg(m_context.providerName);
    confirmation.acceptLabel = tr("Open in browser");
    confirmation.tone = Confirmation::Tone::Dangerous;
    if (m_prompter->confirm(this, confirmation) != Prompter::Answer::Accepted)
        return;
    if (!m_prompter->openUrl(m_url))
        setMessage(tr("The browser could not be started. Copy the link instead."), true);
}

void ConnectLinkDialog::startWatching()
{
    m_watchedOrganization = organizationId();
    m_haveBaseline = m_watchedOrganization == m_context.organizationId;
    m_baseline = m_context.account;
    m_baselineIds.clear();
    if (m_context.intent == AuthorizeRequest::Intent::Add) {
        m_haveBaseline = false; // the first read lists the connections there are
        m_baseline.reset();
    }
    m_watchClock.start();
    m_pollTimer.start();
    m_ui->watchStatus->setText(tr("Watching (every %1 s)… current state: %2.")
                                   .arg(m_pollTimer.interval() / 1000.0, 0, 'g', 2)
                                   .arg(describe(m_baseline)));
    updateButtons();
    poll();
}

void ConnectLinkDialog::stopWatching(const QString &why)
{
    m_pollTimer.stop();
    if (m_pollCall)
        m_pollCall->cancel();
    if (!why.isEmpty())
        m_ui->watchStatus->setText(m_ui->watchStatus->text() + QLatin1Char(' ') + why);
    updateButtons();
}


void ConnectLinkDialog::poll()
{
    if (m_watchClock.elapsed() > m_limitMs) {
        stopWatching(tr("Stopped watching after %1 minutes.").arg(qMax(1, m_limitMs / 60000)));
        return;
    }
    if (m_pollCall)
        return; // the previous poll is still on its way
    if (m_context.intent == AuthorizeRequest::Intent::Add) {
        // A new connection has an id the watch has not seen: read the list.
        m_pollCall = m_client->listDataProviders(
            watchedOwner(), m_watchedOrganization, this, [this](const ApiResult<QList<DataProvider>> &result) {
                m_pollCall.clear();
                if (!isWatching())
                    return;
                if (result)
                    onPolledList(result.value());
                else
                    m_ui->watchStatus->setText(tr("Could not check (%1); still watching.").arg(result.error().fullText()));
            });
        return;
    }
    // A reconnect watches exactly its connection; a first connection, the slot.
    const QString connectionId =
        m_context.intent == AuthorizeRequest::Intent::Reauthorize ? m_context.connectionId : QString();
    m_pollCall = m_client->findConnectedAccount(
        ConnectionTarget{watchedOwner(), m_context.providerSlug, m_watchedOrganization, connectionId},
        this,
        [this](const ApiResult<std::optional<ConnectedAccount>> &result) {
            m_pollCall.clear();
            if (!isWatching())
                return;
            if (result)
                onPolled(result.value()); // nullopt: not connected (yet)
            else
                m_ui->watchStatus->setText(tr("Could not check (%1); still watching.").arg(result.error().fullText()));
        });
}

void ConnectLinkDialog::onPolled(const std::optional<ConnectedAccount> &account)
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (!m_haveBaseline) {
        m_haveBaseline = true;
        m_baseline = account;
        m_ui->watchStatus->setText(tr("Watching… current state: %1 (checked %2).").arg(describe(account), time));
        return;
    }
    if (sameAccount(account, m_baseline)) {
        m_ui->watchStatus->setText(tr("Watching… still %1 (checked %2).").arg(describe(account), time));
        return;
    }
    m_baseline = account;
    Q_EMIT accountChanged(m_context.userId, m_context.providerSlug, m_watchedOrganization);
    if (account && account->state == ConnectionState::Connected) {
        setMessage(QString(), false); // an earlier warning ("the browser could not be started") is over
        recordReconnected(*account);
        m_ui->watchStatus->setText(tr("The customer finished: %1 is now connected (%2).")
                                       .arg(m_context.providerName, time));
        stopWatching(QString());
        return;
    }
    m_ui->watchStatus->setText(tr("State changed to %1 (%2); still watching.").arg(describe(account), time));
}

void ConnectLinkDialog::onPolledList(const QList<DataProvider> &providers)
{
    QList<ConnectedAccount> connections;
    for (const DataProvider &p : providers) {
        if (p.slug == m_context.providerSlug)
            connections = p.allConnections();
    }
    if (!m_haveBaseline) {
        for (const ConnectedAccount &account : std::as_const(connections))
            m_baselineIds.append(account.id);
        onPolled(std::nullopt); // the baseline: nothing new yet
        return;
    }
    for (const ConnectedAccount &account : std::as_const(connections)) {
        if (!m_baselineIds.contains(account.id)) {
            onPolled(account);
            return;
        }
    }
    onPolled(std::nullopt);
}

void ConnectLinkDialog::recordReconnected(const ConnectedAccount &account)
{
    AuditEntry entry;
    entry.action = AuditAction::Reconnected;
    entry.userId = m_context.userId;
    entry.userEmail = m_context.userEmail;
    entry.providerSlug = m_context.providerSlug;
    entry.organizationId = m_watchedOrganization;
    entry.reason = m_ui->reasonEdit->text().trimmed();
    AuditTicket ticket;
    QString ignored; // nothing is sent, so nothing waits on the log; a failure only loses this note
    if (!ticket.begin(m_audit.context(), entry, &ignored))
        return;
    AuditCompletion completion;
    completion.outcome = AuditOutcome::Succeeded;
    completion.detail = tr("Seen while watching the connect link: connected account %1.").arg(account.id);
    ticket.complete(completion);
}
