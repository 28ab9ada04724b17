#pragma once

#include "config/Environment.h"
#include "core/LinkMessage.h"

#include <QList>
#include <QString>
#include <QStringList>

// What an administrator predefined for every user of a workstation, read from
// the system-wide provisioning file (format: packaging/provisioning-example.conf
// and packaging/PROVISIONING.md). The file never holds an API key.
struct Provisioning final
{
    QString path;                    // the file read, empty when there was none
    bool locked = false;             // users cannot add, edit or remove environments
    QString defaultEnvironment;      // name of the environment to start with, may be empty
    QList<Environment> environments; // origin == Provisioned, in section order
    QString auditDatabase;           // [audit] database=postgresql://... (empty: the local SQLite file)
    // [messages] subject=... body=...: the message that hands a connect link to a
    // customer (empty: the built-in one). With locked=true users cannot change it.
    LinkMessageTemplate linkMessage;
    int linkStaleAfterHours = 0;     // [links] staleAfterHours=N: when a waiting link shows "stale" (0: not set)
    QStringList problems;            // translated sentences about entries that were skipped
};

class ProvisioningFile final
{
    Q_DECLARE_TR_FUNCTIONS(ProvisioningFile)

public:
    static QString relativePath(); // "PipesAdmin/provisioning.conf"

    // Where the system-wide file is looked for, most important first.
    //  Linux and other XDG systems: each directory of $XDG_CONFIG_DIRS (default
    //    /etc/xdg) + "/PipesAdmin/provisioning.conf".
    //  macOS (not implemented yet): /Library/Application Support/PipesAdmin/provisioning.conf
    //    (or a configuration profile read through CFPreferences).
    //  Windows (not implemented yet): %ProgramData%\PipesAdmin\provisioning.conf, or the
    //    HKLM\Software\Policies\PipesAdmin registry key for Group Policy.
    static QStringList systemCandidates();
    // The first existing file among systemCandidates(), or an empty string.
    static QString locateSystemFile();

    // Reads `path` (QSettings INI). A missing or empty path yields an
    // unlocked Provisioning with no environments. Invalid entries are skipped
    // and described in `problems`; a file that cannot be parsed is treated as
    // locked with no environments, so a broken file never unlocks a workstation.
    static Provisioning read(const QString &path);
};
