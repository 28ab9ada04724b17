#include "widgets/ConfirmationDialog.h"

#include "widgets/MnemonicGuard.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
constexpr int MaxReasonLength = 500;

// `label` with a mnemonic: its own if it has one, else the first letter not in `taken`.
QString withMnemonic(const QString &label, const QString &taken)
{
    if (label.contains(QLatin1Char('&')))
        return label;
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i).toLower();
        if (c.isLetter() && !taken.contains(c)) {
            QString marked = label;
            marked.insert(i, QLatin1Char('&'));
            return marked;
        }
    }
    return label;
}

QChar mnemonicOf(const QString &label)
{
    const qsizetype at = label.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < label.size() ? label.at(at + 1).toLower() : QChar();
}
} // namespace

ConfirmationDialog::ConfirmationDialog(const Confirmation &confirmation, const QString &phrase, QWidget *parent)
    : QDialog(parent)
    , m_phrase(phrase)
    , m_edit(phrase.isEmpty() ? nullptr : new QLineEdit(this))
    , m_reason(confirmation.reasonField == Confirmation::ReasonField::Optional ? new QLineEdit(this) : nullptr)
    , m_accept(nullptr)
{
    setObjectName(m_edit ? QStringLiteral("typedConfirmationDialog") : QStringLiteral("confirmationDialog"));
    setWindowTitle(confirmation.title);
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const QStyle::StandardPixmap kind = confirmation.tone == Confirmation::Tone::Dangerous
        ? QStyle::SP_MessageBoxWarning
        : QStyle::SP_MessageBoxQuestion;
    icon->setPixmap(style()->standardIcon(kind, nullptr, this).pixmap(QSize(size, size), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);

    auto *texts = new QVBoxLayout;
    auto *text = new QLabel(confirmation.text, this);
    text->setObjectName(QStringLiteral("confirmationText"));
    text->setWordWrap(true);
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    texts->addWidget(text);
    if (!confirmation.informativeText.isEmpty()) {
        auto *info = new QLabel(confirmation.informativeText, this);
        info->setWordWrap(true);
        texts->addWidget(info);
    }
    if (m_reason) {
        texts->addSpacing(4);
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        auto *label = new QLabel(tr("&Ticket or reason:"), this);
        label->setBuddy(m_reason);
        m_reason->setObjectName(QStringLiteral("confirmationReasonEdit"));
        m_reason->setAccessibleName(tr("Ticket or reason (optional)"));
        m_reason->setPlaceholderText(tr("optional, e.g. SUP-1234"));
        m_reason->setToolTip(tr("Recorded with this action in the history"));
        m_reason->setMaxLength(MaxReasonLength);
        form->addRow(label, m_reason);
        texts->addLayout(form);
    }
    if (m_edit) {
        auto *prompt = new QLabel(tr("To confirm, type <b>%1</b> below:").arg(phrase.toHtmlEscaped()), this);
        prompt->setTextFormat(Qt::RichText);
        prompt->setBuddy(m_edit);
        texts->addWidget(prompt);
        m_edit->setObjectName(QStringLiteral("typedConfirmationEdit"));
        m_edit->setAccessibleName(tr("Type %1 to confirm").arg(phrase));
        m_edit->setPlaceholderText(phrase);
        texts->addWidget(m_edit);
    }
    top->addLayout(texts, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(this);
    const QString cancelText = tr("&Cancel");
    // The reason's label has Alt+T; Alt+C cancels; the accept button takes its first free letter (Alt+D).
    QString taken = QString(mnemonicOf(cancelText));
    if (m_reason)
        taken += mnemonicOf(tr("&Ticket or reason:"));
    m_accept = buttons->addButton(withMnemonic(confirmation.acceptLabel, taken), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("typedConfirmationAccept"));
    // Return on the focused accept button accepts (a focused auto-default button is the default);
    // anywhere else Return goes to Cancel, the dialog's default.
    m_accept->setAutoDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("confirmationCancel"));
    cancel->setText(cancelText);
    cancel->setDefault(true); // a stray Enter cancels
    layout->addWidget(buttons);
    MnemonicGuard::install(this); // Alt+D while Disconnect is disabled must not type "d"

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (matches())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_edit)
        connect(m_edit, &QLineEdit::textChanged, this, &ConfirmationDialog::updateAccept);
    updateAccept();
    // Tab goes top to bottom as shown: the reason, the phrase, then the buttons.
    QWidget *previous = nullptr;
    for (QWidget *next : {static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_edit),
                          static_cast<QWidget *>(m_accept), static_cast<QWidget *>(cancel)}) {
        if (!next)
            continue;
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    }
    setMinimumWidth(460);
    if (m_reason)
        m_reason->setFocus();
    else if (m_edit)
        m_edit->setFocus();
    else
        cancel->setFocus();
}

QString ConfirmationDialog::typedText() const
{
    return m_edit ? m_edit->text() : QString();
}

QString ConfirmationDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

bool ConfirmationDialog::matches() const
{
    if (!m_edit)
        return true;
    return !m_phrase.isEmpty() && m_edit->text().trimmed() == m_phrase;
}

void ConfirmationDialog::updateAccept()
{
    m_accept->setEnabled(matches());
}
