#include "widgets/WarningBanner.h"

#include <QLabel>

QLabel *WarningBanner::create(const QString &text, QWidget *parent)
{
    auto *banner = new QLabel(text, parent);
    QFont font = banner->font();
    font.setBold(true);
    banner->setFont(font);
    banner->setAutoFillBackground(true);
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, QColor(0xc8, 0x45, 0x3c));
    palette.setColor(QPalette::WindowText, Qt::white);
    banner->setPalette(palette);
    banner->setMargin(6);
    return banner;
}
