#pragma once

#include "config/Environment.h"
#include "core/Expected.h"
#include "config/ProvisioningFile.h"

#include <QObject>

#include <optional>

class QSettings;

// Everything ConnectionResolver needs to know about the configured
// environments, as a plain value (so the resolver stays pure and testable).
struct EnvironmentCatalog final
{
    QList<Environment> environments;
    QString userActive;         // the active environment saved in the user's settings
    QString provisionedDefault; // defaultEnvironment from the provisioning file
    bool locked = false;

    // Case-insensitive lookup.
    std::optional<Environment> find(const QString &name) const;
};

// The environments of this workstation: those the administrator provisioned
// (read-only, see ProvisioningFile) followed by the user's own (kept in the
// injected QSettings), and which one is active. Never holds an API key.
//
// When the provisioning file says locked=true, only the provisioned
// environments exist and every add/update/remove is refused with a sentence
// that says why; choosing the active environment stays allowed.
class EnvironmentStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentStore)

public:
    using Result = Expected<NoContent, QString>; // the error is a translated sentence

    // `userSettings` must outlive the store. `provisioningPath` is normally
    // ProvisioningFile::locateSystemFile(); tests pass their own file; an
    // empty path means "not provisioned".
    EnvironmentStore(QSettings *userSettings, const QString &provisioningPath, QObject *parent = nullptr);
    ~EnvironmentStore() override;

    const Provisioning &provisioning() const { return m_provisioning; }
    bool isLocked() const { return m_provisioning.locked; }
    // Why editing is refused ("locked by your administrator"), empty when not locked.
    QString lockedReason() const;

    QList<Environment> environments() const;
    std::optional<Environment> find(const QString &name) const; // case-insensitive
    bool isEmpty() const { return environments().isEmpty(); }

    // The saved choice if it still exists, else the provisioned default, else
    // the first environment, else empty.
    QString activeName() const;
    std::optional<Environment> activeEnvironment() const;
    Result setActive(const QString &name);

    Result add(const Environment &environment);
    // Replaces the environment with the same name (names are the keychain key
    // of the API key, so an environment cannot be renamed: add and remove instead).
    Result update(const Environment &environment);
    Result remove(const QString &name);

    EnvironmentCatalog catalog() const;

    // Why `environment` (an existing one, by name) cannot be edited, or empty.
    QString whyReadOnly(const Environment &environment) const;

Q_SIGNALS:
    void environmentsChanged();
    void activeChanged(const QString &name);

private:
    void loadUserEnvironments();
    void saveUserEnvironments();
    int userIndexOf(const QString &name) const;
    QList<Environment> allExcept(const QString &name) const;

    QSettings *m_settings;
    Provisioning m_provisioning;
    QList<Environment> m_user;
};
