#pragma once

#include "widgets/Prompter.h"

#include <memory>

class QMessageBox;

// Real message boxes and QDesktopServices.
class QtPrompter final : public Prompter
{
public:
    QtPrompter() = default;

    Answer confirm(QWidget *parent, const Confirmation &confirmation) override;
    Reply confirmWithReason(QWidget *parent, const Confirmation &confirmation) override;
    TypedAnswer confirmTyped(QWidget *parent, const Confirmation &confirmation, const QString &phrase) override;
    void notify(QWidget *parent, const Notice &notice) override;
    bool openUrl(const QUrl &url) override;
    bool openMailDraft(const QUrl &mailto) override;

    // The message box notify() runs: its text is selectable, and Ctrl+C copies
    // the selection or, with none, the whole message with its detail (for a ticket).
    static std::unique_ptr<QMessageBox> noticeBox(QWidget *parent, const Notice &notice);
};
