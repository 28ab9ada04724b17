#pragma once

#include "ApiError.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class WorkOsClient;

// The status bar's permanent part: requests in flight with a busy indicator,
// the last error with its request id and a Copy button, and the environment.
class ApiStatusBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiStatusBar)

public:
    ApiStatusBar(WorkOsClient *client, const QString &environmentName, QWidget *parent = nullptr);

    QString lastErrorText() const { return m_lastError; }
    void showError(const ApiError &error);

private:
    void setInFlight(int count);

    QProgressBar *m_busy;
    QLabel *m_inFlight;
    QLabel *m_error;
    QToolButton *m_copy;
    QLabel *m_environment;
    QString m_lastError;
};
