#include "gui/settings/MessagesSettingsPage.h"

#include "audit/LinkRecord.h"
#include "core/MessageTemplate.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

MessagesSettingsPage::MessagesSettingsPage(LinkMessageSettings settings, FollowUp followUp, QWidget *parent)
    : QWidget(parent)
    , m_settings(std::move(settings))
    , m_note(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_supportName(new QLineEdit(this))
    , m_unknown(new QLabel(this))
    , m_reset(new QPushButton(tr("&Reset to default"), this))
    , m_followUp(followUp)
    , m_staleAfter(new QSpinBox(this))
{
    setObjectName(QStringLiteral("messagesSettingsPage"));
    m_note->setObjectName(QStringLiteral("messagesNote"));
    m_subject->setObjectName(QStringLiteral("messageSubjectEdit"));
    m_body->setObjectName(QStringLiteral("messageBodyEdit"));
    m_supportName->setObjectName(QStringLiteral("supportNameEdit"));
    m_unknown->setObjectName(QStringLiteral("messageUnknownLabel"));
    m_reset->setObjectName(QStringLiteral("messageResetButton"));

    auto *intro = new QLabel(tr("What \"Email to customer…\" and \"Copy message\" send with a connect link. "
                                "Placeholders in braces are filled in for each link."),
                             this);
    intro->setWordWrap(true);
    m_note->setWordWrap(true);
    m_unknown->setWordWrap(true);
    m_subject->setAccessibleName(tr("Message subject"));
    m_body->setAccessibleName(tr("Message body"));
    m_body->setTabChangesFocus(true);
    m_supportName->setAccessibleName(tr("Your name"));
    m_supportName->setPlaceholderText(LinkMessages::defaultSupportName());
    m_supportName->setMaxLength(120);

    QStringList rows;
    for (const LinkMessages::Placeholder &p : LinkMessages::placeholders())
        rows.append(tr("<code>{%1}</code> %2").arg(p.name, p.description.toHtmlEscaped()));
    auto *placeholders = new QLabel(rows.join(QStringLiteral("<br>")), this);
    placeholders->setObjectName(QStringLiteral("placeholderList"));
    placeholders->setTextFormat(Qt::RichText);
    placeholders->setWordWrap(true);
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(tr("Your &name:"), m_supportName);
    form->addRow(tr("Placeholders:"), placeholders);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_unknown, 1);
    buttons->addWidget(m_reset);

    // The follow-up: 0 is "Default" (the user's own value removed).
    m_staleAfter->setObjectName(QStringLiteral("staleAfterSpin"));
    m_staleAfter->setAccessibleName(tr("Show a waiting link as stale after, in hours"));
    m_staleAfter->setRange(0, LinkSettings::MaxStaleAfterHours);
    m_staleAfter->setSuffix(tr(" h"));
    const int provisioned = qMax(0, m_followUp.provisionedStaleAfterHours);
    const int defaultHours = int(LinkSettings::effectiveStaleAfterSeconds(0, provisioned) / 3600);
    m_staleAfter->setSpecialValueText(provisioned > 0 ? tr("Administrator's (%n h)", nullptr, defaultHours)
                                                      : tr("Default (%n h)", nullptr, defaultHours));
    m_staleAfter->setEnabled(m_followUp.settings != nullptr);
    if (m_followUp.settings) {
        const int own = m_followUp.settings->value(QLatin1String(LinkSettings::StaleAfterHoursKey)).toInt();
        m_staleAfter->setValue(qBound(0, own, LinkSettings::MaxStaleAfterHours));
    }
    auto *staleNote = new QLabel(tr("Stale is a reminder to follow up with the customer, not an expiry: WorkOS "
                                    "documents no lifetime for a connect link."),
                                 this);
    staleNote->setObjectName(QStringLiteral("staleAfterNote"));
    staleNote->setWordWrap(true);
    auto *followUpBox = new QGroupBox(tr("Following links"), this);
    auto *staleLabel = new QLabel(tr("Show a waiting link as s&tale after:"), followUpBox);
    staleLabel->setBuddy(m_staleAfter);
    auto *staleRow = new QHBoxLayout;
    staleRow->addWidget(staleLabel);
    staleRow->addWidget(m_staleAfter);
    staleRow->addStretch(1);
    auto *followUpLayout = new QVBoxLayout(followUpBox);
    followUpLayout->addLayout(staleRow);
    followUpLayout->addWidget(staleNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);
    layout->addWidget(followUpBox);

    const bool locked = m_settings.isLocked();
    m_subject->setReadOnly(locked);
    m_body->setReadOnly(locked);
    m_reset->setEnabled(!locked);
    m_supportName->setText(m_settings.supportName());
    showTemplate(m_settings.effectiveTemplate());

    connect(m_subject, &QLineEdit::textEdited, this, &MessagesSettingsPage::saveTemplate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MessagesSettingsPage::saveTemplate);
    connect(m_reset, &QPushButton::clicked, this, &MessagesSettingsPage::resetToDefault);
    connect(m_supportName, &QLineEdit::textEdited, this,
            [this](const QString &name) { m_settings.setSupportName(name); });
    connect(m_staleAfter, &QSpinBox::valueChanged, this, &MessagesSettingsPage::saveStaleAge);
}

void MessagesSettingsPage::saveStaleAge(int hours)
{
    if (!m_followUp.settings)
        return;
    if (hours > 0)
        m_followUp.settings->setValue(QLatin1String(LinkSettings::StaleAfterHoursKey), hours);
    else
        m_followUp.settings->remove(QLatin1String(LinkSettings::StaleAfterHoursKey));
    m_followUp.settings->sync();
    Q_EMIT staleAfterChanged(LinkSettings::effectiveStaleAfterSeconds(hours, m_followUp.provisionedStaleAfterHours));
}

LinkMessageTemplate MessagesSettingsPage::templateFromForm() const
{
    return LinkMessageTemplate{m_subject->text(), m_body->toPlainText()};
}

void MessagesSettingsPage::showTemplate(const LinkMessageTemplate &messageTemplate)
{
    const QSignalBlocker subjectBlocker(m_subject);
    const QSignalBlocker bodyBlocker(m_body);
    m_subject->setText(messageTemplate.subject);
    m_body->setPlainText(messageTemplate.body);
    updateNotes();
}

void MessagesSettingsPage::saveTemplate()
{
    if (m_settings.isLocked())
        return;
    const LinkMessageTemplate edited = templateFromForm();
    // Back to the default text: the default it is (a later provisioned or translated one applies).
    if (edited == m_settings.defaultTemplate())
        m_settings.resetUserTemplate();
    else
        m_settings.saveUserTemplate(edited);
    updateNotes();
}

void MessagesSettingsPage::resetToDefault()
{
    m_settings.resetUserTemplate();
    showTemplate(m_settings.defaultTemplate());
}

void MessagesSettingsPage::updateNotes()
{
    if (m_settings.isLocked())
        m_note->setText(m_settings.lockedReason());
    else if (m_settings.hasUserTemplate())
        m_note->setText(tr("This is your own message; Reset to default brings back %1.")
                            .arg(m_settings.isProvisioned() ? tr("the one your administrator set")
                                                            : tr("the built-in one")));
    else if (m_settings.isProvisioned())
        m_note->setText(tr("This is the message your administrator set; your edits replace it for you."));
    else
        m_note->setText(tr("This is the built-in message; your edits replace it for you."));
    m_reset->setEnabled(!m_settings.isLocked() && m_settings.hasUserTemplate());

    QStringList known;
    for (const LinkMessages::Placeholder &p : LinkMessages::placeholders())
        known.append(p.name);
    QStringList unknown;
    const LinkMessageTemplate shown = templateFromForm();
    for (const QString &name : MessageTemplate::placeholdersIn(shown.subject + QLatin1Char('\n') + shown.body)) {
        if (!known.contains(name))
            unknown.append(QLatin1Char('{') + name + QLatin1Char('}'));
    }
    m_unknown->setText(unknown.isEmpty() ? QString()
                                         : tr("Not a placeholder, left in the message as it is: %1")
                                               .arg(unknown.join(QStringLiteral(", "))));
}
