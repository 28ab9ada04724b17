#pragma once

#include "batch/BatchEngine.h"
#include "gui/batch/BatchWindowContext.h"
#include "widgets/Prompter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct BatchInput;

// The sentences of the batch window, kept out of BatchWindow.cpp: progress,
// summaries of input and outcomes, and the disconnect confirmation.
struct BatchWindowText final
{
    Q_DECLARE_TR_FUNCTIONS(BatchWindowText)

public:
    // What went wrong so far, by kind: each is worded on its own.
    struct ProblemCounts final
    {
        int brokenConnections = 0; // check status: connections (every one of a provider) not connected, or missing scopes
        int failed = 0;            // requests that failed (can be retried)
        int notFound = 0;          // no such user (email or id), or no such provider
        int notRecognized = 0;     // input lines that are neither an email nor a user id
    };
    static ProblemCounts problemCounts(const QList<BatchItem> &items);
    // "12 of 40 done · 2 connections needing attention · 1 line not recognized · 3.4 users/s · about 10 s left",
    // plus paused / waiting notes.
    static QString progress(const BatchProgress &progress, const ProblemCounts &counts);
    // Shown when the input changed under results of the previous one.
    static QString staleResults();
    enum class ResultsState { Current, Stale };
    static QString resultsTitle(ResultsState state);
    // "1 user", "3 users"; "1 connection", "3 connections".
    static QString users(int count);
    static QString connections(int count);
    // "5 s", "2 min 5 s", "1 h 3 min".
    static QString duration(int seconds);
    // "3 users, 1 line not recognized (line 4: ...)"; empty for empty input.
    static QString input(const BatchInput &input);
    // "2 disconnected, 1 already absent, 1 invalid line", in a stable order.
    static QString outcomes(const QList<BatchItem> &items);
    // "Preview for github (nothing was changed): 5 connections of 3 users will be deleted, 2 already absent,
    // 1 line with a problem (see the table)." Each connection is listed by id in the table.
    static QString preview(const QString &slug, const QList<BatchItem> &items);
    // The confirmation of a batch disconnect (`targets`: one item per connection,
    // BatchEngine::disconnectTargets): how many connections of how many users,
    // each (the first 15) by user and connection id, and the environment.
    static Confirmation disconnect(const QString &slug, const QList<BatchItem> &targets, int alreadyAbsent,
                                   const QString &environmentName, SafetyPolicy safety, const QString &reason);
};
