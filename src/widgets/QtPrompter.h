#pragma once

#include "Prompter.h"

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
};
