#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What each command of pipes-admin-cli accepts, and the help text built from
// it. One table drives both parsing (CliApp) and --help, so they cannot drift.
struct CommandSpec final
{
    QString name;        // "users"
    QString synopsis;    // "(--email ADDRESS | --organization ORG_ID) [--limit N] [--all]"
    QString summary;     // one line for the command list
    QString description; // a paragraph for the command's --help
    QStringList positionals; // "USER_ID", "SLUG"
    QList<QCommandLineOption> options;
};

class CommandSpecs final
{
    Q_DECLARE_TR_FUNCTIONS(CommandSpecs)

public:
    static const QList<CommandSpec> &all();
    static const CommandSpec *find(const QString &name);

    // --base-url, --json, --no-retry, -h/--help, --version
    static QList<QCommandLineOption> globalOptions();
    // Options whose value is the next argument (to find the command word).
    static bool takesValue(const QString &argument);

    static QString programName();
    static QString mainHelp();
    static QString commandHelp(const CommandSpec &spec);
    static QString exitCodeHelp();
};
