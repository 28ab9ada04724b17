#pragma once

#include <QEvent>
#include <QObject>

// Counts the paint events of the widgets it is installed on (installEventFilter).
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};
