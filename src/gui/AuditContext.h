#pragma once

#include "AuditLog.h"
#include "RequestIdTap.h"

#include <QPointer>
#include <QString>

// Where the window records its single actions (disconnect, connect link):
// the process's audit log, the request-id tap of the environment's network
// manager, and the environment's name. Without an open log those actions are
// switched off and `unavailableReason` says why; they are never sent unaudited.
struct AuditContext final
{
    QPointer<AuditLog> log;
    QPointer<RequestIdTap> tap; // request ids of successful calls; may be null
    QString environment;
    QString unavailableReason;  // why `log` is missing or closed, for tooltips

    bool isAvailable() const { return log && log->isOpen(); }
};
