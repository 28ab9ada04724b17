#include "widgets/ClipboardHelper.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QToolTip>
#include <QWidget>

namespace ClipboardHelper {
void copy(const QString &text, QWidget *near)
{
    QGuiApplication::clipboard()->setText(text);
    if (near && near->isVisible())
        QToolTip::showText(near->mapToGlobal(QPoint(0, near->height())),
                           QCoreApplication::translate("ClipboardHelper", "Copied"), near);
}
} // namespace ClipboardHelper
