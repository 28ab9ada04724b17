#pragma once

#include "core/ApiError.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class WorkOsClient;

// The status bar's permanent part: requests in flight with a busy indicator,
// the last error with its request id and a Copy button, and the environment.
// The error line elides to the room it has (the tooltip and Copy have it
// whole); once a later request ends without an error it is shown as an
// earlier one, with its time, greyed.
class ApiStatusBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiStatusBar)

public:
    ApiStatusBar(WorkOsClient *client, const QString &environmentName, QWidget *parent = nullptr);

    QString lastErrorText() const { return m_lastError; }
    // True once a request ended without an error after the last error.
    bool isErrorOutdated() const { return m_outdated; }
    void showError(const ApiError &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setInFlight(int count);
    void updateErrorLine();

    QProgressBar *m_busy;
    QLabel *m_inFlight;
    QLabel *m_error;
    QToolButton *m_copy;
    QLabel *m_environment;
    QString m_lastError;   // the whole text, for the tooltip and Copy
    QString m_errorFacts;  // status and request id, shown first so eliding never hides them
    QString m_errorText;
    QDateTime m_errorTime;
    int m_inFlightCount = 0;
    bool m_failedSinceLastEnd = false; // a call failed since the in-flight count last went down
    bool m_outdated = false;
};
