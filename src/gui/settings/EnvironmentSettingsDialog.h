#pragma once

#include "config/ConnectionTester.h"
#include "config/Environment.h"
#include "config/SecretStore.h"

#include <QDialog>

#include <functional>
#include <memory>

class EnvironmentListModel;
class EnvironmentTestRunner;
class EnvironmentStore;
class QItemSelection;

namespace Ui {
class EnvironmentSettingsDialog;
}

// The Settings dialog. Its first page lists, adds, edits and removes environments, chooses the active one, stores
// each environment's API key in the keychain (write-only: only the masked key
// is ever shown) and tests a connection. Locked provisioning disables editing
// and says why. When the keychain is unavailable it says so and offers to keep
// keys in memory only.
//
// Open it non-modally: `auto *d = new EnvironmentSettingsDialog(...);
// d->setAttribute(Qt::WA_DeleteOnClose); d->open();`
class EnvironmentSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentSettingsDialog)

public:
    // Asked before an environment (and its stored key) is removed; true = go ahead.
    using Confirmation = std::function<bool(const QString &question)>;

    // `store` and `secrets` must outlive the dialog. `tester` runs "Test connection"
    // (normally ConnectionTest::withWorkOsClient(nam)).
    EnvironmentSettingsDialog(EnvironmentStore *store, SecretStore *secrets, ConnectionTester tester,
                              QWidget *parent = nullptr);
    ~EnvironmentSettingsDialog() override;

    // Adds a further page (tab) after "Environments": settings that are not an
    // environment's own (the dialog takes ownership of `page`).
    void addPage(QWidget *page, const QString &title);

    // Replaces the QMessageBox question asked before removing (tests answer it).
    void setRemoveConfirmation(Confirmation confirmation);

    // The environment shown in the form, empty while adding a new one.
    QString currentName() const { return m_current; }
    void selectEnvironment(const QString &name);
    // Starts adding a new environment (what the Add button does); for a
    // first-run prompt.
    void startAdding();
    // Lists (read-only, selected) the environment this run uses without it being
    // configured (WORKOS_API_KEY alone); `keyOrigin` says where its key comes from.
    void showSessionEnvironment(const Environment &environment, const QString &keyOrigin);

Q_SIGNALS:
    // A key was stored, replaced or forgotten: a client built for this
    // environment should be rebuilt.
    void apiKeyChanged(const QString &environment);

private:
    void onSelectionChanged();
    void showEnvironment(const Environment &environment);
    void save();
    void removeCurrent();
    void setActive();
    void chooseColour();
    void updateSwatch();
    void storeKey();
    void forgetKey();
    void refreshStoredKey();
    void testConnection();
    void refreshKeychainState();
    void refreshEnabled();
    Environment environmentFromForm() const;
    void setFormError(const QString &text);

    std::unique_ptr<Ui::EnvironmentSettingsDialog> m_ui;
    EnvironmentStore *m_store;
    SecretStore *m_secrets;
    Confirmation m_confirmRemove;
    EnvironmentListModel *m_model;
    EnvironmentTestRunner *m_testRunner = nullptr;
    QString m_current;     // the environment in the form; empty while adding
    bool m_adding = false; // the form holds a new, unsaved environment
    bool m_viewingSession = false; // the form shows the session's environment (read-only)
    QString m_sessionKeyOrigin;
    bool m_hasStoredKey = false;
    int m_keyGeneration = 0; // drops stale keychain answers after the selection changed
};
