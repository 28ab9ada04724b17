#pragma once

#include <QString>

class QLabel;
class QWidget;

// A line a person must not miss (a production environment, say): bold white
// text on a red band, with a margin, placed by the caller.
namespace WarningBanner {
QLabel *create(const QString &text, QWidget *parent);
}
