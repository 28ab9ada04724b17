#pragma once

#include "core/WorkOsClient.h"
#include "session/Diagnosis.h"
#include "session/PipesEventsReader.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class AuditService;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

// What the opener (the providers view) knows of the connection; the dialog
// reads no provider list itself.
struct DiagnosisFacts final
{
    QString environmentName;     // shown in the support text; never the key
    QString ownerLabel;          // email address or organization name
    QString organizationId;      // a user's connection scoped to an organization
    QString providerName;
    std::optional<ConnectedAccount> connection;
    QStringList missingScopes;
    int connectionsOfProvider = 1;
    QString memberId;            // for a shared connection's token check: the active member it acts for
    bool tokenCheckAllowed = true; // false: the provisioning file forbids it here (TokenCheckPolicy)
};

// "Why is it broken?" for one connection: the summary in plain words with the
// next step's button, the connection's timeline and the owner's, "Check token"
// (only when pressed, audited, with the warning that WorkOS may refresh the
// token) and "Copy for WorkOS support". Opened by the providers view's
// "Diagnose…" action; it asks for links through signals, it sends none itself.
class DiagnosisDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosisDialog)

public:
    DiagnosisDialog(WorkOsClient *client, const QString &ownerId, OwnerKind ownerKind, const QString &providerSlug,
                    const QString &connectionId, DiagnosisFacts facts, QWidget *parent = nullptr);
    ~DiagnosisDialog() override;

    // The environment's events reader (its cache spares a second read); without one the dialog has its own.
    void setEventsReader(PipesEventsReader *reader);
    // The token check is recorded here; without an available service it is not offered.
    void setAuditService(const AuditService *audit);
    // Reads the events again (done once by itself, on the event-loop turn after construction).
    void refresh();

    const Diagnosis &diagnosis() const { return m_diagnosis; }
    QString supportText() const;

Q_SIGNALS:
    void reconnectLinkRequested(const QString &providerSlug, const QString &connectionId);
    void organizationAdminLinkRequested(const QString &providerSlug, const QString &organizationId, const QString &connectionId);
    void connectLinkRequested(const QString &providerSlug);
    void diagnosed(); // the summary and timelines were (re)built

private:
    void buildUi();
    void rebuild();
    void checkToken();
    void nextStep();
    void updateTokenButton();
    void fillTimeline(QTreeWidget *tree, const QList<TimelineEntry> &entries);

    QPointer<WorkOsClient> m_client;
    DiagnosisSubject m_subject;
    QString m_memberId;
    bool m_tokenCheckAllowed = true;
    const AuditService *m_audit = nullptr;
    std::unique_ptr<PipesEventsReader> m_ownReader;
    PipesEventsReader *m_reader = nullptr;
    std::optional<EventsResult> m_events;
    std::optional<TokenCheck> m_token;
    QList<CallRecord> m_tokenCalls;
    Diagnosis m_diagnosis;
    bool m_checking = false;
    bool m_started = false;
    int m_generation = 0;

    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_next = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_connectionTimeline = nullptr;
    QTreeWidget *m_ownerTimeline = nullptr;
    QLabel *m_tokenWarning = nullptr;
    QLabel *m_tokenResult = nullptr;
    QPushButton *m_checkToken = nullptr;
    QPushButton *m_copy = nullptr;
};
