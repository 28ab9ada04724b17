#include "widgets/QtPrompter.h"

#include "core/SafeUrl.h"
#include "widgets/ConfirmationDialog.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
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

std::unique_ptr<QMessageBox> QtPrompter::noticeBox(QWidget *parent, const Notice &notice)
{
    QMessageBox::Icon icon = QMessageBox::Information;
    if (notice.level == Notice::Level::Warning)
        icon = QMessageBox::Warning;
    else if (notice.level == Notice::Level::Error)
        icon = QMessageBox::Critical;
    auto box = std::make_unique<QMessageBox>(icon, notice.title, notice.text, QMessageBox::Ok, parent);
    box->setInformativeText(notice.detail);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *copy = new QAction(QCoreApplication::translate("QtPrompter", "Copy"), box.get());
    copy->setObjectName(QStringLiteral("copyMessageAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WindowShortcut);
    box->addAction(copy);
    QMessageBox *raw = box.get();
    QObject::connect(copy, &QAction::triggered, raw, [raw, notice] {
        // A selection in one of the labels first, as everywhere; else the whole message.
        for (const QLabel *label : raw->findChildren<QLabel *>()) {
            if (label->hasSelectedText()) {
                QGuiApplication::clipboard()->setText(label->selectedText());
                return;
            }
        }
        QStringList parts{notice.title, notice.text};
        if (!notice.detail.isEmpty())
            parts.append(notice.detail);
        QGuiApplication::clipboard()->setText(parts.join(QStringLiteral("\n\n")));
    });
    return box;
}

void QtPrompter::notify(QWidget *parent, const Notice &notice)
{
    noticeBox(parent, notice)->exec();
}

bool QtPrompter::openUrl(const QUrl &url)
{
    if (!SafeUrl::isSafeToOpen(url))
        return false;
    return QDesktopServices::openUrl(url);
}

bool QtPrompter::openMailDraft(const QUrl &mailto)
{
    if (!SafeUrl::isSafeMailto(mailto))
        return false;
    return QDesktopServices::openUrl(mailto);
}
