#pragma once

#include "core/ApiTypes.h"
#include "batch/BatchEngine.h"
#include "gui/batch/BatchResultsView.h"
#include "gui/batch/BatchWindowContext.h"

#include <QHash>
#include <QList>
#include <QMainWindow>

#include <memory>

class AuditBatchRecorder;
class BatchResultModel;
class OrganizationMembersLoader;
struct BatchInput;
class QCloseEvent;

namespace Ui {
class BatchWindow;
}

// Many users at once: a pasted list, a CSV file, the caller's users or an
// organization's members; "Check status" as a users x providers grid; and
// "Disconnect provider X" as a dry-run preview, an explicit confirmation
// (the slug typed in production) and the run, recorded in the audit log.
// Progress, pause/resume/cancel and "Retry failed" on one BatchEngine.
//
// Any change to the users, the provider or the scope drops a preview: only
// a preview of exactly what is in the window can be run.
class BatchWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchWindow)

public:
    enum class Phase { Idle, Checking, Checked, Previewing, Previewed, Disconnecting, Disconnected };
    Q_ENUM(Phase)

    explicit BatchWindow(const BatchWindowContext &context, QWidget *parent = nullptr);
    ~BatchWindow() override;

    // Replaces the list with these users (their ids; emails are remembered for the results and the audit log).
    void setUsers(const QList<User> &users);
    void setInputText(const QString &text);
    void setProviderSlug(const QString &slug);
    void setOrganizationId(const QString &organizationId);

    Phase phase() const { return m_phase; }
    BatchEngine *engine() const { return m_engine; }
    BatchResultModel *resultModel() const { return m_results->model(); }
    // The items the table shows (a run's outcomes, one per connection, merged into its preview).
    QList<BatchItem> results() const;

Q_SIGNALS:
    void phaseChanged(BatchWindow::Phase phase);
    // A batch disconnect ended: the main window may want to re-read the user it shows.
    void accountsChanged(const QString &providerSlug);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fitToScreen();
    void setPhase(Phase phase);
    void updateButtons();
    void inputChanged();
    void dropPreview();
    BatchInput parsedInput() const;
    QList<BatchItem> itemsFromInput() const;
    BatchJob jobFor(BatchJob::Operation operation) const;
    QString providerSlug() const;
    void loadFile();
    void loadMembers();
    void startCheck();
    void startPreview();
    void confirmAndRun();
    void togglePause();
    void cancelRun();
    void retryFailed();
    void onProgress(const BatchProgress &progress);
    void onFinished();
    void exportResults(BatchResultsView::Format format);
    void notifyError(const QString &title, const QString &text, const QString &detail = QString());

    std::unique_ptr<Ui::BatchWindow> m_ui;
    BatchWindowContext m_context;
    BatchEngine *m_engine;
    BatchResultsView *m_results = nullptr;
    OrganizationMembersLoader *m_members;
    std::unique_ptr<AuditBatchRecorder> m_recorder;
    QHash<QString, QString> m_knownEmails; // user id -> email, from setUsers()
    QList<BatchItem> m_preview;            // the last preview, while it matches the window
    BatchJob m_previewJob;
    Phase m_phase = Phase::Idle;
    bool m_closeWhenFinished = false;
};
