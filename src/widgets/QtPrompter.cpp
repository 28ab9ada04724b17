#include "QtPrompter.h"

#include "SafeUrl.h"
#include "ConfirmationDialog.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

Prompter::Answer QtPrompter::confirm(QWidget *parent, const Confirmation &confirmation)
{
    QMessageBox box(confirmation.tone == Confirmation::Tone::Dangerous ? QMessageBox::Warning
                                                                       : QMessageBox::Question,
                    confirmation.title, confirmation.text, QMessageBox::NoButton, parent);
    box.setInformativeText(confirmation.informativeText);
    QPushButton *accept = box.addButton(confirmation.acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel); // a stray Enter never disconnects anybody
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept ? Answer::Accepted : Answer::Rejected;
}

Prompter::Reply QtPrompter::confirmWithReason(QWidget *parent, const Confirmation &confirmation)
{
    if (confirmation.reasonField == Confirmation::ReasonField::Hidden)
        return Reply{confirm(parent, confirmation), QString(), QString()};
    ConfirmationDialog dialog(confirmation, QString(), parent);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    return Reply{accepted ? Answer::Accepted : Answer::Rejected, QString(), accepted ? dialog.reason() : QString()};
}

Prompter::TypedAnswer QtPrompter::confirmTyped(QWidget *parent, const Confirmation &confirmation,
                                               const QString &phrase)
{
    ConfirmationDialog dialog(confirmation, phrase, parent);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    return TypedAnswer{accepted ? Answer::Accepted : Answer::Rejected, dialog.typedText(),
                       accepted ? dialog.reason() : QString()};
}

void QtPrompter::notify(QWidget *parent, const Notice &notice)
{
    QMessageBox::Icon icon = QMessageBox::Information;
    if (notice.level == Notice::Level::Warning)
        icon = QMessageBox::Warning;
    else if (notice.level == Notice::Level::Error)
        icon = QMessageBox::Critical;
    QMessageBox box(icon, notice.title, notice.text, QMessageBox::Ok, parent);
    box.setInformativeText(notice.detail);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

bool QtPrompter::openUrl(const QUrl &url)
{
    if (!SafeUrl::isSafeToOpen(url))
        return false;
    return QDesktopServices::openUrl(url);
}
