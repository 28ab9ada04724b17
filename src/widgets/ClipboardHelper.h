#pragma once

#include <QString>

class QWidget;

namespace ClipboardHelper {
// Copies text to the system clipboard and shows a short "Copied" tooltip at `near`.
void copy(const QString &text, QWidget *near = nullptr);
}
