#pragma once

#include "audit/AuditLog.h"

#include <QPointer>
#include <QString>

// Where single actions (disconnect, connect link) are recorded: the process's
// audit log and the environment's name. Without an open log those actions are
// switched off and `unavailableReason` says why; they are never sent unaudited.
// AuditService runs the actions on it.
struct AuditContext final
{
    QPointer<AuditLog> log;
    QString environment;
    QString unavailableReason;  // why `log` is missing or closed, for tooltips

    bool isAvailable() const { return log && log->isOpen(); }
};
