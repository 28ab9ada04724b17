#include "UiTextChecker.h"

#include "Pseudo.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QToolButton>

#include <algorithm>

namespace {

QString describe(const QObject *object)
{
    QString name = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        name += u'#' + object->objectName();
    // The nearest ancestor that is one of ours (Qt's classes start with Q).
    for (const QObject *up = object->parent(); up; up = up->parent()) {
        const QString cls = QString::fromLatin1(up->metaObject()->className());
        if (!cls.startsWith(u'Q')) {
            name += QStringLiteral(" in ") + cls;
            break;
        }
    }
    return name;
}

// Button and label text with mnemonics: "&Find" shows "Find", "&&" shows "&".
QString withoutMnemonics(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(mnemonic);
    text.replace(u'\x01', u'&');
    return text;
}

bool hasLetters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// Buttons of a QDialogButtonBox with a standard role are translated by Qt's own catalogue.
bool isStandardButton(const QAbstractButton *button)
{
    for (const QObject *up = button->parent(); up; up = up->parent()) {
        if (const auto *box = qobject_cast<const QDialogButtonBox *>(up))
            return box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton;
    }
    return false;
}

} // namespace

QString UiTextChecker::Finding::key() const
{
    return (kind == Kind::Untranslated ? QStringLiteral("untranslated: ") : QStringLiteral("cut off: ")) + where
        + QStringLiteral(": ") + text;
}

QString UiTextChecker::report() const
{
    QStringList lines;
    for (const Finding &f : m_findings)
        lines.append(f.detail.isEmpty() ? f.key() : f.key() + QStringLiteral("   [") + f.detail + u']');
    lines.removeDuplicates();
    return lines.join(u'\n');
}

QStringList UiTextChecker::keys() const
{
    QStringList out;
    for (const Finding &f : m_findings) {
        if (!out.contains(f.key()))
            out.append(f.key());
    }
    return out;
}

void UiTextChecker::addData(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || m_data.contains(t))
        return;
    m_data.append(t);
    // Longest first, so "Acme Inc" goes before "Acme".
    std::sort(m_data.begin(), m_data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void UiTextChecker::addData(const QStringList &texts)
{
    for (const QString &t : texts)
        addData(t);
}

QString UiTextChecker::untranslatedPart(const QString &shown) const
{
    QString text = shown;
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text = Pseudo::removeTranslated(withoutMnemonics(text));
    for (const QString &data : m_data)
        text.replace(data, QStringLiteral(" "));
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("\\b[a-z]+://\\S+")),                        // URLs
        QRegularExpression(QStringLiteral("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)*")),          // emails (maybe elided)
        QRegularExpression(QStringLiteral("\\b[a-z]+(_[a-z]+)*_[0-9A-Z]{4,}\\w*")),   // WorkOS ids (maybe elided)
        QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d([ T]\\d\\d:\\d\\d(:\\d\\d)?(\\.\\d+)?Z?)?")),
    };
    for (const QRegularExpression &re : patterns)
        text.replace(re, QStringLiteral(" "));
    return text.simplified();
}

void UiTextChecker::untranslated(const QString &where, const QString &text)
{
    const QString rest = untranslatedPart(text);
    if (hasLetters(rest))
        m_findings.append(Finding{Finding::Kind::Untranslated, where, rest, QString()});
}

void UiTextChecker::cutOff(const QString &where, const QString &text, int needed, int available)
{
    m_findings.append(Finding{Finding::Kind::CutOff, where, text,
                              QStringLiteral("needs %1 px, has %2").arg(needed).arg(available)});
}

void UiTextChecker::checkText(const QString &where, const QString &text)
{
    if (!text.isEmpty())
        untranslated(where, text);
}

void UiTextChecker::checkAction(QAction *action, const QString &where)
{
    if (action->isSeparator() || !action->isVisible())
        return;
    const QString name = where + QStringLiteral(" action ")
        + (action->objectName().isEmpty() ? withoutMnemonics(action->text()) : action->objectName());
    checkText(name, action->text());
    if (action->toolTip() != withoutMnemonics(action->text()))
        checkText(name + QStringLiteral(" tooltip"), action->toolTip());
    checkText(name + QStringLiteral(" status tip"), action->statusTip());
    if (QMenu *menu = action->menu()) {
        checkText(describe(menu) + QStringLiteral(" title"), menu->title());
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : actions)
            checkAction(a, describe(menu));
    }
}

void UiTextChecker::checkWindow(QWidget *root)
{
    checkText(describe(root) + QStringLiteral(" window title"), root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!w->isVisible() || (w->isWindow() && w != root))
            continue;
        checkWidget(w);
        const QList<QAction *> actions = w->actions();
        for (QAction *a : actions)
            checkAction(a, describe(w));
    }
}

void UiTextChecker::checkWidget(QWidget *w)
{
    const QString where = describe(w);
    if (!w->toolTip().isEmpty())
        checkText(where + QStringLiteral(" tooltip"), w->toolTip());
    if (!w->accessibleName().isEmpty())
        checkText(where + QStringLiteral(" accessible name"), w->accessibleName());

    if (auto *label = qobject_cast<QLabel *>(w)) {
        const QString text = label->text();
        if (text.isEmpty())
            return;
        checkText(where, text);
        if (!label->wordWrap()) {
            const int needed = label->sizeHint().width();
            if (label->width() < needed)
                cutOff(where, text, needed, label->width());
        } else if (label->hasHeightForWidth()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed)
                cutOff(where + QStringLiteral(" (height)"), text, needed, label->height());
        }
        return;
    }
    if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        const QString text = button->text();
        if (text.isEmpty())
            return;
        if (!isStandardButton(button))
            checkText(where, text);
        const auto *tool = qobject_cast<QToolButton *>(button);
        const bool textShown = !tool || tool->toolButtonStyle() != Qt::ToolButtonIconOnly || tool->icon().isNull();
        const int needed = button->sizeHint().width();
        if (textShown && button->width() < needed)
            cutOff(where, text, needed, button->width());
        return;
    }
    if (auto *box = qobject_cast<QGroupBox *>(w)) {
        checkText(where + QStringLiteral(" title"), box->title());
        const int needed = box->fontMetrics().horizontalAdvance(withoutMnemonics(box->title())) + 16;
        if (!box->title().isEmpty() && box->width() < needed)
            cutOff(where + QStringLiteral(" title"), box->title(), needed, box->width());
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        const QString placeholder = edit->placeholderText();
        checkText(where + QStringLiteral(" placeholder"), placeholder);
        if (edit->text().isEmpty() && !placeholder.isEmpty()) {
            // What QLineEdit leaves for text: the frame, its 2 px margins each side, the text margins.
            const int frame = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) : 0;
            const QMargins margins = edit->textMargins();
            const int needed = edit->fontMetrics().horizontalAdvance(placeholder) + 2 * frame + 4 + margins.left()
                + margins.right();
            if (edit->width() < needed)
                cutOff(where + QStringLiteral(" placeholder"), placeholder, needed, edit->width());
        }
        return; // the typed text is the user's
    }
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        for (int i = 0; i < combo->count(); ++i)
            checkText(where + QStringLiteral(" item"), combo->itemText(i));
        return;
    }
    if (auto *tabs = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            checkText(where + QStringLiteral(" tab"), tabs->tabText(i));
        return;
    }
    if (auto *bar = qobject_cast<QStatusBar *>(w)) {
        checkText(where + QStringLiteral(" message"), bar->currentMessage());
        return;
    }
    if (auto *header = qobject_cast<QHeaderView *>(w)) {
        const QAbstractItemModel *model = header->model();
        if (!model)
            return;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = model->headerData(i, header->orientation()).toString();
            if (text.isEmpty())
                continue;
            const QString section = where + QStringLiteral(" section %1").arg(i);
            checkText(section, text);
            if (header->orientation() != Qt::Horizontal)
                continue;
            // As QCommonStyle lays out a header label: margins each side, and the sort arrow
            // only in the sorted section.
            int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == i)
                needed += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
            // Columns squeezed by the window (not ones the user could widen) count.
            const bool lastStretches = header->stretchLastSection() && header->visualIndex(i) == header->count() - 1;
            if (header->sectionSize(i) < needed && !lastStretches)
                cutOff(section, text, needed, header->sectionSize(i));
        }
        return;
    }
}
