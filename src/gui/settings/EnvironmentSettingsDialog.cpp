#include "gui/settings/EnvironmentSettingsDialog.h"

#include "models/EnvironmentListModel.h"
#include "config/EnvironmentStore.h"
#include "gui/settings/EnvironmentTestRunner.h"
#include "ui_EnvironmentSettingsDialog.h"

#include <QColorDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

EnvironmentSettingsDialog::EnvironmentSettingsDialog(EnvironmentStore *store, SecretStore *secrets,
                                                     ConnectionTester tester, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EnvironmentSettingsDialog>())
    , m_store(store)
    , m_secrets(secrets)
    , m_model(new EnvironmentListModel(store, this))
{
    m_ui->setupUi(this);
    m_testRunner = new EnvironmentTestRunner(std::move(tester), secrets, m_ui->testResultLabel, this);
    connect(m_testRunner, &EnvironmentTestRunner::testingChanged, this, &EnvironmentSettingsDialog::refreshEnabled);
    m_confirmRemove = [this](const QString &question) {
        return QMessageBox::question(this, tr("Remove environment"), question) == QMessageBox::Yes;
    };

    m_ui->environmentView->setModel(m_model);
    QHeaderView *header = m_ui->environmentView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(EnvironmentListModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EnvironmentListModel::BaseUrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EnvironmentListModel::KindColumn, QHeaderView::ResizeToContents);
    m_ui->environmentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->environmentView->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_ui->kindCombo->addItem(Environment::kindDisplayName(Environment::Kind::Staging),
                             Environment::kindToString(Environment::Kind::Staging));
    m_ui->kindCombo->addItem(Environment::kindDisplayName(Environment::Kind::Production),
                             Environment::kindToString(Environment::Kind::Production));
    m_ui->colourEdit->setPlaceholderText(tr("#rrggbb"));
    m_ui->colourEdit->setToolTip(tr("Leave empty for the default colour of the kind."));
    m_ui->keyEdit->setPlaceholderText(tr("Paste the key here"));
    m_ui->formErrorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    // The lock, and what the administrator's file got wrong, at the top.
    QStringList notices;
    if (m_store->isLocked())
        notices.append(m_store->lockedReason() + QLatin1Char(' ')
                       + tr("You can still choose the environment to use and store its API key."));
    for (const QString &problem : m_store->provisioning().problems)
        notices.append(tr("Provisioning file: %1").arg(problem));
    m_ui->lockedLabel->setText(notices.join(QLatin1Char('\n')));
    m_ui->lockedLabel->setVisible(!notices.isEmpty());

    connect(m_ui->environmentView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EnvironmentSettingsDialog::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        if (!m_current.isEmpty())
            selectEnvironment(m_current);
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &EnvironmentSettingsDialog::startAdding);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &EnvironmentSettingsDialog::removeCurrent);
    connect(m_ui->setActiveButton, &QPushButton::clicked, this, &EnvironmentSettingsDialog::setActive);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &EnvironmentSettingsDialog::save);
    connect(m_ui->chooseColourButton, &QPushButton::clicked, this, &EnvironmentSettingsDialog::chooseColour);
    connect(m_ui->colourEdit, &QLineEdit::textChanged, this, &EnvironmentSettingsDialog::updateSwatch);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &EnvironmentSettingsDialog::updateSwatch);
    connect(m_ui->replaceKeyButton, &QPushButton::clicked, this, &EnvironmentSettingsDialog::storeKey);
    connect(m_ui->forgetKeyButton, &QPushButton::clicked, this, &EnvironmentSettingsDialog::forgetKey);
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &EnvironmentSettingsDialog::refreshEnabled);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &EnvironmentSettingsDialog::testConnection);
    connect(m_ui->useMemoryButton, &QPushButton::clicked, this, [this]() {
        m_secrets->useMemoryOnly();
        refreshStoredKey();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_secrets, &SecretStore::availabilityChanged, this, &EnvironmentSettingsDialog::refreshKeychainState);
    connect(m_secrets, &SecretStore::modeChanged, this, &EnvironmentSettingsDialog::refreshKeychainState);

    refreshKeychainState();
    m_secrets->probe(this, [this](const SecretResult &) { refreshKeychainState(); });

    const QString active = m_store->activeName();
    if (!active.isEmpty())
        selectEnvironment(active);
    else if (!m_store->isLocked())
        startAdding();
    refreshEnabled();
}

EnvironmentSettingsDialog::~EnvironmentSettingsDialog() = default;

void EnvironmentSettingsDialog::addPage(QWidget *page, const QString &title)
{
    m_ui->settingsTabs->addTab(page, title);
}

void EnvironmentSettingsDialog::setRemoveConfirmation(Confirmation confirmation)
{
    m_confirmRemove = std::move(confirmation);
}

void EnvironmentSettingsDialog::selectEnvironment(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    m_ui->environmentView->selectionModel()->select(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->environmentView->setCurrentIndex(m_model->index(row, 0));
}

void EnvironmentSettingsDialog::startAdding()
{
    if (m_store->isLocked())
        return;
    m_adding = true;
    m_viewingSession = false;
    m_current.clear();
    {
        const QSignalBlocker blocker(m_ui->environmentView->selectionModel());
        m_ui->environmentView->selectionModel()->clearSelection();
    }
    Environment fresh;
    showEnvironment(fresh);
    m_ui->detailsGroup->setTitle(tr("New environment"));
    m_ui->nameEdit->setFocus();
}

void EnvironmentSettingsDialog::showSessionEnvironment(const Environment &environment, const QString &keyOrigin)
{
    m_sessionKeyOrigin = keyOrigin;
    m_model->setSessionEnvironment(environment);
    m_ui->environmentView->setCurrentIndex(m_model->index(m_model->sessionRow(), 0));
}

void EnvironmentSettingsDialog::onSelectionChanged()
{
    const QModelIndexList rows = m_ui->environmentView->selectionModel()->selectedRows();
    m_viewingSession = !rows.isEmpty() && rows.first().data(EnvironmentListModel::SessionRole).toBool();
    if (m_viewingSession) {
        m_adding = false;
        m_current.clear();
        m_ui->detailsGroup->setTitle(tr("Environment of this session"));
        showEnvironment(*m_model->sessionEnvironment());
        return;
    }
    if (rows.isEmpty()) {
        if (!m_adding) {
            m_current.clear();
            refreshEnabled();
        }
        return;
    }
    const QString name = rows.first().data(EnvironmentListModel::NameRole).toString();
    const std::optional<Environment> env = m_store->find(name);
    if (!env)
        return;
    m_adding = false;
    const bool changed = m_current != env->name;
    m_current = env->name;
    m_ui->detailsGroup->setTitle(tr("Environment"));
    showEnvironment(*env);
    if (changed) {
        m_ui->keyEdit->clear();
        m_ui->testResultLabel->clear();
    }
}

void EnvironmentSettingsDialog::showEnvironment(const Environment &environment)
{
    m_ui->nameEdit->setText(environment.name);
    m_ui->baseUrlEdit->setText(environment.baseUrl.toString());
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(Environment::kindToString(environment.kind)));
    m_ui->colourEdit->setText(environment.colour);
    setFormError(QString());
    m_ui->keyEdit->clear();
    updateSwatch();
    refreshStoredKey();
    refreshEnabled();
}

Environment EnvironmentSettingsDialog::environmentFromForm() const
{
    Environment env;
    env.name = m_ui->nameEdit->text().trimmed();
    env.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    Environment::kindFromString(m_ui->kindCombo->currentData().toString(), &env.kind);
    env.colour = m_ui->colourEdit->text().trimmed();
    return env;
}

void EnvironmentSettingsDialog::save()
{
    const Environment env = environmentFromForm();
    const EnvironmentStore::Result result = m_adding ? m_store->add(env) : m_store->update(env);
    if (!result.ok()) {
        setFormError(result.error());
        return;
    }
    setFormError(QString());
    const bool added = m_adding;
    const QString typedKey = m_ui->keyEdit->text().trimmed();
    m_adding = false;
    m_current = env.name;
    selectEnvironment(env.name);
    // One save for a new environment: the key typed with it is stored with it.
    if (added && !typedKey.isEmpty()) {
        m_ui->keyEdit->setText(typedKey); // the selection above cleared the form's key
        storeKey();
    }
    refreshEnabled();
}

void EnvironmentSettingsDialog::removeCurrent()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    if (m_confirmRemove
        && !m_confirmRemove(tr("Remove the environment \"%1\" and forget its API key?").arg(name)))
        return;
    const EnvironmentStore::Result result = m_store->remove(name);
    if (!result.ok()) {
        setFormError(result.error());
        return;
    }
    // The key goes with the environment; nothing to report when there was none.
    m_secrets->remove(name, this, [this, name](const SecretResult &r) {
        if (r.status != SecretResult::Status::NotFound && !r.ok())
            m_ui->keyStatusLabel->setText(r.error);
        Q_EMIT apiKeyChanged(name);
    });
    m_current.clear();
    const QString active = m_store->activeName();
    if (!active.isEmpty())
        selectEnvironment(active);
    else
        startAdding();
    refreshEnabled();
}

void EnvironmentSettingsDialog::setActive()
{
    if (m_current.isEmpty())
        return;
    const EnvironmentStore::Result result = m_store->setActive(m_current);
    if (!result.ok())
        setFormError(result.error());
    refreshEnabled();
}

void EnvironmentSettingsDialog::chooseColour()
{
    auto *dialog = new QColorDialog(QColor::fromString(environmentFromForm().effectiveColour()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("colourDialog"));
    connect(dialog, &QColorDialog::colorSelected, this,
            [this](const QColor &colour) { m_ui->colourEdit->setText(colour.name(QColor::HexRgb)); });
    dialog->open();
}

void EnvironmentSettingsDialog::updateSwatch()
{
    const Environment env = environmentFromForm();
    const QString colour = Environment::isValidColour(env.colour) ? env.effectiveColour() : QString();
    m_ui->colourSwatch->setStyleSheet(colour.isEmpty() ? QString()
                                                       : QStringLiteral("background-color: %1;").arg(colour));
}

void EnvironmentSettingsDialog::refreshStoredKey()
{
    const int generation = ++m_keyGeneration;
    m_hasStoredKey = false;
    m_ui->keyStatusLabel->clear();
    if (m_viewingSession) {
        m_ui->storedKeyLabel->setText(tr("From %1; not stored").arg(m_sessionKeyOrigin));
        return;
    }
    if (m_current.isEmpty()) {
        m_ui->storedKeyLabel->setText(tr("No key yet: the key entered here is stored when the environment is added."));
        return;
    }
    m_ui->storedKeyLabel->setText(tr("Checking the keychain…"));
    m_secrets->read(m_current, this, [this, generation](const SecretResult &r) {
        if (generation != m_keyGeneration)
            return;
        switch (r.status) {
        case SecretResult::Status::Ok:
            // Only the masked form ever reaches a widget.
            m_ui->storedKeyLabel->setText(SecretStore::maskKey(r.key));
            m_hasStoredKey = true;
            break;
        case SecretResult::Status::NotFound:
            m_ui->storedKeyLabel->setText(tr("No key stored"));
            break;
        case SecretResult::Status::Unavailable:
            // The banner at the top explains it and offers memory-only mode.
            m_ui->storedKeyLabel->setText(tr("Unknown: the keychain is not available"));
            break;
        case SecretResult::Status::Failed:
            m_ui->storedKeyLabel->setText(tr("Unknown"));
            m_ui->keyStatusLabel->setText(r.error);
            break;
        }
        refreshEnabled();
    });
}

void EnvironmentSettingsDialog::storeKey()
{
    const QString key = m_ui->keyEdit->text().trimmed();
    if (m_current.isEmpty() || key.isEmpty())
        return;
    const QString name = m_current;
    m_ui->replaceKeyButton->setEnabled(false);
    m_ui->keyStatusLabel->setText(tr("Storing the key…"));
    m_secrets->write(name, key, this, [this, name](const SecretResult &r) {
        if (r.ok()) {
            m_ui->keyEdit->clear();
            m_ui->keyStatusLabel->setText(m_secrets->mode() == SecretStore::Mode::MemoryOnly
                                              ? tr("Key kept in memory until Pipes Admin quits.")
                                              : tr("Key stored in the system keychain."));
            Q_EMIT apiKeyChanged(name);
            if (name == m_current) {
                const QString status = m_ui->keyStatusLabel->text();
                refreshStoredKey();
                m_ui->keyStatusLabel->setText(status);
            }
        } else {
            m_ui->keyStatusLabel->setText(r.error);
        }
        refreshEnabled();
    });
}

void EnvironmentSettingsDialog::forgetKey()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    m_secrets->remove(name, this, [this, name](const SecretResult &r) {
        if (r.ok() || r.status == SecretResult::Status::NotFound) {
            Q_EMIT apiKeyChanged(name);
            if (name == m_current)
                refreshStoredKey();
            m_ui->keyStatusLabel->setText(tr("Key forgotten."));
        } else {
            m_ui->keyStatusLabel->setText(r.error);
        }
    });
}

void EnvironmentSettingsDialog::testConnection()
{
    m_testRunner->test(environmentFromForm(), m_ui->keyEdit->text().trimmed(), m_current);
}

void EnvironmentSettingsDialog::refreshKeychainState()
{
    if (m_secrets->mode() == SecretStore::Mode::MemoryOnly) {
        m_ui->keychainLabel->setText(tr("No system keychain: API keys are kept in memory only and are forgotten "
                                        "when Pipes Admin quits."));
        m_ui->keychainLabel->show();
        m_ui->useMemoryButton->hide();
        return;
    }
    if (m_secrets->availability() == SecretStore::Availability::Unavailable) {
        m_ui->keychainLabel->setText(m_secrets->unavailableReason() + QLatin1Char(' ')
                                     + tr("API keys cannot be stored. You can keep them in memory for as long as "
                                          "Pipes Admin runs; they are never written to disk."));
        m_ui->keychainLabel->show();
        m_ui->useMemoryButton->show();
        return;
    }
    m_ui->keychainLabel->hide();
    m_ui->useMemoryButton->hide();
}

void EnvironmentSettingsDialog::refreshEnabled()
{
    const std::optional<Environment> env = m_current.isEmpty() ? std::nullopt : m_store->find(m_current);
    const QString readOnly = env ? m_store->whyReadOnly(*env) : (m_store->isLocked() ? m_store->lockedReason() : QString());
    const bool editable = m_adding || (env && readOnly.isEmpty());

    m_ui->addButton->setEnabled(!m_store->isLocked());
    m_ui->removeButton->setEnabled(env && readOnly.isEmpty());
    m_ui->setActiveButton->setEnabled(env && env->name != m_store->activeName());

    m_ui->nameEdit->setReadOnly(!m_adding); // names key the keychain: no renaming
    m_ui->nameEdit->setEnabled(editable);
    m_ui->baseUrlEdit->setEnabled(editable);
    m_ui->kindCombo->setEnabled(editable);
    m_ui->colourEdit->setEnabled(editable);
    m_ui->chooseColourButton->setEnabled(editable);
    m_ui->saveButton->setEnabled(editable);
    m_ui->saveButton->setText(m_adding ? tr("&Add environment") : tr("&Save environment"));
    m_ui->nameEdit->setToolTip(m_adding ? QString() : tr("An environment cannot be renamed: add a new one instead."));
    // Short: the banner at the top already explains a lock at length.
    const QString readOnlyNote = !env || readOnly.isEmpty() ? QString()
        : env->isProvisioned()                            ? tr("Set up by your administrator: read-only.")
                                                          : tr("Read-only: locked by your administrator.");
    const QString note = m_viewingSession
        ? tr("Used for this session only: it was given when Pipes Admin started, with the API key from %1. It "
             "is not saved and cannot be changed here; add an environment to keep it.")
              .arg(m_sessionKeyOrigin)
        : readOnlyNote;
    m_ui->readOnlyLabel->setText(m_adding ? QString() : note);
    m_ui->readOnlyLabel->setVisible(!m_adding && !note.isEmpty());

    const bool haveEnv = env.has_value();
    m_ui->keyEdit->setEnabled(haveEnv || m_adding);
    m_ui->replaceKeyButton->setEnabled(haveEnv && !m_ui->keyEdit->text().trimmed().isEmpty());
    m_ui->replaceKeyButton->setText(m_hasStoredKey ? tr("Replace &key") : tr("Store &key"));
    m_ui->forgetKeyButton->setEnabled(haveEnv && m_hasStoredKey); // nothing to forget otherwise
    m_ui->testConnectionButton->setEnabled(!m_testRunner->isTesting());
}

void EnvironmentSettingsDialog::setFormError(const QString &text)
{
    m_ui->formErrorLabel->setText(text);
    m_ui->formErrorLabel->setVisible(!text.isEmpty());
}
