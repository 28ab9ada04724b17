#include "gui/settings/TeamAuditSettingsPage.h"

#include "audit/AuditCredentials.h"
#include "audit/AuditLog.h"
#include "config/SecretStore.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

TeamAuditSettingsPage::TeamAuditSettingsPage(AuditLog *log, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_settings(settings)
    , m_secrets(new SecretStore(AuditCredentials::keychainService(), this))
    , m_operator(new QLineEdit(this))
    , m_operatorHint(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_store(new QPushButton(tr("Store in keychain"), this))
    , m_forget(new QPushButton(tr("Forget password"), this))
    , m_test(new QPushButton(tr("Test"), this))
    , m_passwordState(new QLabel(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("teamAuditSettingsPage"));
    const AuditLocation location = log ? log->location() : AuditLocation();
    m_key = AuditCredentials::keychainKey(location);
    m_location = log ? location.toText() : QString();

    auto *store = new QLabel(this);
    store->setObjectName(QStringLiteral("auditStoreLabel"));
    store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    store->setText(!log                   ? tr("No audit log")
                       : location.isPostgreSql() ? tr("Shared: %1").arg(location.displayName())
                                                 : tr("Local file: %1").arg(log->path()));

    m_operator->setObjectName(QStringLiteral("auditOperatorEdit"));
    m_operator->setAccessibleName(tr("Operator name"));
    m_operator->setPlaceholderText(AuditLog::currentOsUser());
    m_operator->setText(AuditCredentials::operatorName(*m_settings));
    m_operator->setToolTip(tr("The name every record gives as the operator, e.g. \"Sam Lee\". Empty: the OS login. "
                              "The OS login is recorded beside it."));
    m_operatorHint->setObjectName(QStringLiteral("auditOperatorHint"));
    m_operatorHint->setWordWrap(true);

    m_password->setObjectName(QStringLiteral("auditPasswordEdit"));
    m_password->setAccessibleName(tr("Audit database password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("PostgreSQL password (stored in the keychain, never shown)"));
    m_store->setObjectName(QStringLiteral("storeAuditPasswordButton"));
    m_forget->setObjectName(QStringLiteral("forgetAuditPasswordButton"));
    m_test->setObjectName(QStringLiteral("testAuditStoreButton"));
    m_test->setToolTip(tr("Connect to the audit store now and say whether it can be used"));
    m_passwordState->setObjectName(QStringLiteral("auditPasswordStateLabel"));
    m_passwordState->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("auditTestResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_store);
    buttons->addWidget(m_forget);
    buttons->addStretch();
    buttons->addWidget(m_test);
    auto *form = new QFormLayout;
    form->addRow(tr("Audit store:"), store);
    form->addRow(tr("Operator name:"), m_operator);
    form->addRow(QString(), m_operatorHint);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), buttons);
    form->addRow(QString(), m_passwordState);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_operator, &QLineEdit::editingFinished, this, &TeamAuditSettingsPage::saveOperatorName);
    connect(m_password, &QLineEdit::textChanged, this, [this] { setBusy(m_busy); });
    connect(m_password, &QLineEdit::returnPressed, this, &TeamAuditSettingsPage::storePassword);
    connect(m_store, &QPushButton::clicked, this, &TeamAuditSettingsPage::storePassword);
    connect(m_forget, &QPushButton::clicked, this, &TeamAuditSettingsPage::forgetPassword);
    connect(m_test, &QPushButton::clicked, this, &TeamAuditSettingsPage::test);

    saveOperatorName(); // the hint
    if (m_key.isEmpty()) {
        m_passwordState->setText(log ? tr("The local file needs no password.") : QString());
        setBusy(false);
    } else {
        refreshStoredPassword();
    }
}

TeamAuditSettingsPage::~TeamAuditSettingsPage() = default;

void TeamAuditSettingsPage::setBusy(bool busy)
{
    m_busy = busy;
    const bool shared = !m_key.isEmpty();
    m_password->setEnabled(shared && !busy);
    m_store->setEnabled(shared && !busy && !m_password->text().isEmpty());
    m_forget->setEnabled(shared && !busy && m_hasStoredPassword);
    m_test->setEnabled(m_log && !busy);
}

void TeamAuditSettingsPage::saveOperatorName()
{
    const QString name = m_operator->text().trimmed();
    if (name != AuditCredentials::operatorName(*m_settings))
        AuditCredentials::setOperatorName(m_settings, name);
    if (m_log)
        m_log->setOperatorName(name);
    m_operatorHint->setText(name.isEmpty()
                                ? tr("Records name you by your OS login, %1.").arg(AuditLog::currentOsUser())
                                : tr("Records name you \"%1\" (OS login %2 kept beside it).")
                                      .arg(name, AuditLog::currentOsUser()));
}

void TeamAuditSettingsPage::refreshStoredPassword()
{
    setBusy(true);
    m_passwordState->setText(tr("Reading the keychain…"));
    m_secrets->read(m_key, this, [this](const SecretResult &result) {
        m_hasStoredPassword = result.ok();
        if (result.ok())
            m_passwordState->setText(tr("A password for %1 is stored in the keychain; it is used when ~/.pgpass, "
                                        "PGPASSFILE or a service file do not log in.")
                                         .arg(m_key));
        else if (result.status == SecretResult::Status::NotFound)
            m_passwordState->setText(tr("No password is stored in the keychain for %1: libpq's own sources "
                                        "(~/.pgpass, PGPASSFILE, service files) are used.")
                                         .arg(m_key));
        else
            m_passwordState->setText(result.error);
        setBusy(false);
    });
}

void TeamAuditSettingsPage::storePassword()
{
    const QString password = m_password->text();
    if (m_key.isEmpty() || password.isEmpty() || m_busy)
        return;
    setBusy(true);
    m_secrets->write(m_key, password, this, [this, password](const SecretResult &result) {
        if (result.ok()) {
            m_password->clear(); // write-only: never shown again
            if (m_log)
                m_log->setPassword(password);
            m_result->setText(m_log && !m_log->isOpen()
                                  ? tr("The password is stored in the keychain. Restart Pipes Admin to open the "
                                       "audit store with it (Test tries it now).")
                                  : tr("The password is stored in the keychain."));
        } else {
            m_result->setText(tr("The password could not be stored: %1").arg(result.error));
        }
        refreshStoredPassword();
    });
}

void TeamAuditSettingsPage::forgetPassword()
{
    if (m_key.isEmpty() || m_busy)
        return;
    setBusy(true);
    m_secrets->remove(m_key, this, [this](const SecretResult &result) {
        if (result.ok() || result.status == SecretResult::Status::NotFound) {
            if (m_log)
                m_log->setPassword(QString());
            m_result->setText(tr("The password is removed from the keychain."));
        } else {
            m_result->setText(tr("The password could not be removed: %1").arg(result.error));
        }
        refreshStoredPassword();
    });
}

void TeamAuditSettingsPage::test()
{
    if (!m_log || m_busy)
        return;
    // A password typed and not stored yet is tried as it is; else the keychain's.
    if (!m_password->text().isEmpty() || m_key.isEmpty()) {
        runTest(m_password->text());
        return;
    }
    setBusy(true);
    m_result->setText(tr("Reading the keychain…"));
    m_secrets->read(m_key, this, [this](const SecretResult &result) { runTest(result.ok() ? result.key : QString()); });
}

void TeamAuditSettingsPage::runTest(const QString &password)
{
    setBusy(true);
    m_result->setText(tr("Connecting to the audit store…"));
    const QString location = m_location;
    if (!AuditLocation::isUrl(location)) { // a local file: at once
        QString report;
        const bool ok = AuditLog::test(location, QString(), &report);
        showTestResult(ok, report);
        return;
    }
    // The connection may take up to its connect timeout: never on the GUI thread.
    QPointer<TeamAuditSettingsPage> guard(this);
    QThread *worker = QThread::create([guard, location, password] {
        QString report;
        const bool ok = AuditLog::test(location, password, &report);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, ok, report] {
                if (guard)
                    guard->showTestResult(ok, report);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void TeamAuditSettingsPage::showTestResult(bool ok, const QString &report)
{
    m_result->setText(ok ? tr("✓ %1").arg(report) : tr("✗ %1").arg(report));
    setBusy(false);
    Q_EMIT testFinished(ok, report);
}
