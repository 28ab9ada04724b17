#pragma once

#include "ApiTypes.h"
#include "DisconnectController.h"

#include <QList>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QWidget;
class WorkOsClient;

// What the batch window needs from the main window for one environment.
struct BatchWindowRequest final
{
    QWidget *parent = nullptr; // the per-environment Workspace: a switch closes the window
    WorkOsClient *client = nullptr;
    QNetworkAccessManager *network = nullptr; // the client's manager (request ids of deletes)
    QString environmentName;
    DisconnectSafety safety = DisconnectSafety::Confirm;
    QList<User> users; // prefilled; empty keeps what an open window shows
    // Called (in `parent`'s thread, while `parent` lives) when the batch
    // changed the accounts of a provider, so the shown user can be re-read.
    std::function<void(const QString &providerSlug)> accountsChanged;
};

// The batch and history windows, which live in a library that builds on this
// one (pipes_gui_batch): the application injects an implementation
// (src/app/BatchToolWindows), so pipes_gui does not depend on it. Each window
// exists at most once; opening it again raises it.
class ToolWindows
{
public:
    virtual ~ToolWindows() = default;

    virtual QWidget *openBatch(const BatchWindowRequest &request) = 0;
    // `parent` outlives environment switches (the main window).
    virtual QWidget *openHistory(QWidget *parent, const QStringList &environmentNames) = 0;

protected:
    ToolWindows() = default;
    ToolWindows(const ToolWindows &) = default;
    ToolWindows &operator=(const ToolWindows &) = default;
};
