#pragma once

#include "widgets/SafetyPolicy.h"

#include <QString>

class AuditLog;
class FileChooser;
class Prompter;
class QNetworkAccessManager;
class QSettings;
class WorkOsClient;

// What the batch window works with, all owned by the caller and expected to
// outlive the window (give the window a parent that dies with them, e.g. the
// main window's per-environment Workspace).
struct BatchWindowContext final
{
    WorkOsClient *client = nullptr;
    QNetworkAccessManager *nam = nullptr; // the client's manager: request ids of deletes (optional)
    AuditLog *auditLog = nullptr;         // required for disconnects (open); checks work without it
    Prompter *prompter = nullptr;
    FileChooser *files = nullptr;
    QSettings *settings = nullptr;        // concurrency and budget (optional)
    QString environmentName;              // shown in the title, recorded in the audit log
    SafetyPolicy safety;                  // SafetyPolicy::forEnvironment, like the single disconnect
};
