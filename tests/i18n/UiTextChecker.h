#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

// Walks what a window shows and reports text that was not pseudo-translated
// (it bypassed tr()) or that does not fit where it is shown.
class UiTextChecker final
{
public:
    struct Finding
    {
        enum class Kind { Untranslated, CutOff };
        Kind kind;
        QString where; // "QPushButton#refreshButton in ProvidersPanel"
        QString text;  // what is shown (the untranslated part, or the text that does not fit)
        QString detail; // CutOff: the sizes (not part of key(): they depend on the fonts)

        QString key() const; // "untranslated: <where>: <text>"
    };

    // Strings that are data, never translated: names, emails, slugs ...
    void addData(const QString &text);
    void addData(const QStringList &texts);

    // Every visible widget of `root` (and its actions and menus).
    void checkWindow(QWidget *root);
    // A text that needs `needed` pixels where it has `available` (checked by the caller).
    void reportCutOff(const QString &where, const QString &text, int needed, int available)
    {
        cutOff(where, text, needed, available);
    }
    // A text shown elsewhere (a message box text handed to the Prompter seam).
    void checkText(const QString &where, const QString &text);

    const QList<Finding> &findings() const { return m_findings; }
    QStringList keys() const;
    QString report() const; // keys with the sizes, one a line

    // `text` less translated parts, markup, mnemonics and data; what remains bypassed tr().
    QString untranslatedPart(const QString &text) const;

private:
    void checkWidget(QWidget *widget);
    void checkAction(QAction *action, const QString &where);
    void untranslated(const QString &where, const QString &text);
    void cutOff(const QString &where, const QString &text, int needed, int available);

    QStringList m_data;
    QList<Finding> m_findings;
};
