#pragma once

#include <QObject>

class QWidget;

// Alt+letter in a dialog's text fields never types the letter. A mnemonic
// whose button is disabled (Alt+D while Disconnect waits for the typed slug,
// Alt+C before there is a link to copy) otherwise reaches the focused field
// as a key press and lands there as text. Ctrl+Alt (AltGr on some keyboards)
// still types.
class MnemonicGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MnemonicGuard)

public:
    // Guards every QLineEdit that is a child of `dialog` now; owned by `dialog`.
    static void install(QWidget *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit MnemonicGuard(QObject *parent);
};
