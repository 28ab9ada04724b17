#pragma once

#include "core/ApiTypes.h"
#include "audit/AuditContext.h"
#include "audit/AuditService.h"
#include "widgets/SafetyPolicy.h"
#include "core/WorkOsClient.h"

#include <QObject>
#include <QPointer>

class ApiCall;

class Prompter;
struct Confirmation;
class QWidget;

// The disconnect flow: confirm (naming user, provider and consequences, with
// an optional ticket or reason), write the audit record, DELETE once,
// complete the record, then tell the owner what happened so it can re-read
// the row. Only one disconnect at a time: a second request while busy is
// ignored. Without a writable audit log nothing is sent.
class DisconnectController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisconnectController)

public:
    enum class Outcome { Disconnected, AlreadyGone, Failed, Cancelled };
    Q_ENUM(Outcome)

    // Exactly one connection, by its id from the rows just read.
    struct Target
    {
        User user;                // the user shown (for an organization owner: empty)
        Owner owner;              // whose connection: the user, or the organization sharing it
        DataProvider provider;
        ConnectedAccount connection;
        int othersRemaining = 0;  // the provider's other connections, which stay
        QString organizationId;   // the scope the table shows
        QString organizationName; // for the warning; may be empty
    };

    DisconnectController(WorkOsClient *client, Prompter *prompter, SafetyPolicy safety, AuditContext audit,
                         QWidget *dialogParent, QObject *parent = nullptr);
    // A disconnect still in flight is recorded as cancelled (by the audit service).
    ~DisconnectController() override;

    bool isBusy() const { return m_busy; }
    void start(const Target &target);

Q_SIGNALS:
    void busyChanged(bool busy);
    void finished(const QString &slug, DisconnectController::Outcome outcome);

private:
    void setBusy(bool busy);
    bool askConfirmation(const Confirmation &confirmation, const QString &slug, QString *reason);
    void onAnswer(const ApiResult<NoContent> &result, const Target &target);

    WorkOsClient *m_client;
    Prompter *m_prompter;
    SafetyPolicy m_safety;
    AuditService m_audit;
    QPointer<QWidget> m_dialogParent;
    QPointer<ApiCall> m_call;
    bool m_busy = false;
};
