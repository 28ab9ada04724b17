#include "widgets/MnemonicGuard.h"

#include <QKeyEvent>
#include <QLineEdit>

MnemonicGuard::MnemonicGuard(QObject *parent)
    : QObject(parent)
{
}

void MnemonicGuard::install(QWidget *dialog)
{
    auto *guard = new MnemonicGuard(dialog);
    const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
    for (QLineEdit *field : fields)
        field->installEventFilter(guard);
}

bool MnemonicGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers();
        if ((mods & Qt::AltModifier) && !(mods & Qt::ControlModifier) && !key->text().isEmpty()
            && key->text().at(0).isPrint())
            return true; // eaten: a disabled button's mnemonic, not text
    }
    return QObject::eventFilter(watched, event);
}
