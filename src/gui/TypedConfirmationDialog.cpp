#include "TypedConfirmationDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

TypedConfirmationDialog::TypedConfirmationDialog(const Confirmation &confirmation, const QString &phrase,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_phrase(phrase)
    , m_edit(new QLineEdit(this))
    , m_accept(nullptr)
{
    setObjectName(QStringLiteral("typedConfirmationDialog"));
    setWindowTitle(confirmation.title);
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);

    auto *texts = new QVBoxLayout;
    auto *text = new QLabel(confirmation.text, this);
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
    auto *prompt = new QLabel(tr("To confirm, type <b>%1</b> below:").arg(phrase.toHtmlEscaped()), this);
    prompt->setTextFormat(Qt::RichText);
    prompt->setBuddy(m_edit);
    texts->addWidget(prompt);
    m_edit->setObjectName(QStringLiteral("typedConfirmationEdit"));
    m_edit->setAccessibleName(tr("Type %1 to confirm").arg(phrase));
    m_edit->setPlaceholderText(phrase);
    texts->addWidget(m_edit);
    top->addLayout(texts, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(confirmation.acceptLabel, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("typedConfirmationAccept"));
    m_accept->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true); // a stray Enter cancels
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (matches())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &TypedConfirmationDialog::updateAccept);
    updateAccept();
    setMinimumWidth(460);
    m_edit->setFocus();
}

QString TypedConfirmationDialog::typedText() const
{
    return m_edit->text();
}

bool TypedConfirmationDialog::matches() const
{
    return !m_phrase.isEmpty() && m_edit->text().trimmed() == m_phrase;
}

void TypedConfirmationDialog::updateAccept()
{
    m_accept->setEnabled(matches());
}
