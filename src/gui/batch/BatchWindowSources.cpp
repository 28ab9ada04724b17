// Where a batch's users come from besides typing: a file, or an organization's members.
#include "gui/batch/BatchWindow.h"
#include "ui_BatchWindow.h"

#include "audit/AuditBatchRecorder.h"
#include "audit/AuditLog.h"
#include "batch/BatchInput.h"
#include "gui/batch/BatchPaceControls.h"
#include "batch/BatchResultModel.h"
#include "gui/batch/BatchResultsView.h"
#include "batch/BatchSettingsStore.h"
#include "gui/batch/BatchWindowText.h"
#include "core/Csv.h"
#include "widgets/FileChooser.h"
#include "session/OrganizationMembersLoader.h"
#include "widgets/Prompter.h"
#include "widgets/WarningBanner.h"

#include <QCloseEvent>
#include <QFile>
#include <QStatusBar>
#include <QTimer>

namespace {
constexpr qint64 MaxInputFileBytes = 16 * 1024 * 1024;
} // namespace

void BatchWindow::loadFile()
{
    const QString path = m_context.files->openFile(
        this, FileRequest{tr("Load users"), tr("Lists and CSV files (*.csv *.txt);;All files (*)"), QString()});
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        notifyError(tr("Cannot read the file"), tr("%1 could not be opened.").arg(path), file.errorString());
        return;
    }
    if (file.size() > MaxInputFileBytes) {
        notifyError(tr("File too large"), tr("%1 is larger than 16 MB; split it into smaller batches.").arg(path));
        return;
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    setInputText(QString::fromUtf8(bytes));
}

void BatchWindow::loadMembers()
{
    const QString organizationId = m_ui->organizationEdit->text().trimmed();
    if (organizationId.isEmpty() || m_members->isLoading() || (m_engine && m_engine->isActive()))
        return;
    m_members->load(organizationId);
    m_ui->inputSummaryLabel->setText(tr("Loading members of %1…").arg(organizationId));
    updateButtons();
}
