#include "gui/StartPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_add(new QPushButton(tr("&Add an environment…"), this))
    , m_settings(new QPushButton(tr("Open &Settings…"), this))
    , m_demo(new QPushButton(tr("Start &demo mode"), this))
{
    setObjectName(QStringLiteral("startPage"));
    m_title->setObjectName(QStringLiteral("startTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("startText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setFixedWidth(m_text->fontMetrics().averageCharWidth() * 80);
    m_text->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::MinimumExpanding);
    m_add->setObjectName(QStringLiteral("addEnvironmentButton"));
    m_add->setToolTip(tr("Name a WorkOS environment, its API base URL, and store its API key in the keychain"));
    m_settings->setObjectName(QStringLiteral("openSettingsButton"));
    m_demo->setObjectName(QStringLiteral("startDemoButton"));
    m_demo->setToolTip(tr("Try the app against a sandbox with made-up customers; nothing touches WorkOS"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_settings);
    buttons->addWidget(m_demo);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    auto *centred = new QHBoxLayout; // no alignment flag: it would lose the wrapped label's height
    centred->addStretch();
    centred->addWidget(m_text);
    centred->addStretch();
    layout->addLayout(centred);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addStretch(3);

    connect(m_add, &QPushButton::clicked, this, &StartPage::addEnvironmentRequested);
    connect(m_settings, &QPushButton::clicked, this, &StartPage::settingsRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
}

QString StartPage::text() const
{
    return m_text->text();
}

void StartPage::showFirstRun(const QString &lockedReason, bool canStartDemo)
{
    m_title->setText(tr("Welcome to Pipes Admin"));
    QString text = tr("This workstation does not know any WorkOS environment yet. Add one with its API base URL "
                      "and API key (kept in your system's keychain), or look around in demo mode first.");
    if (!lockedReason.isEmpty())
        text = tr("No WorkOS environment is available and you cannot add one: %1 Ask your administrator, or look "
                  "around in demo mode.")
                   .arg(lockedReason);
    m_text->setText(text);
    m_add->setVisible(true);
    m_add->setEnabled(lockedReason.isEmpty());
    m_add->setDefault(lockedReason.isEmpty());
    m_settings->setVisible(false);
    m_demo->setVisible(canStartDemo);
}

void StartPage::showMessage(const QString &title, const QString &text, Buttons buttons)
{
    m_title->setText(title);
    m_text->setText(text);
    m_add->setVisible(buttons == Buttons::AddAndDemo);
    m_add->setEnabled(true);
    m_settings->setVisible(buttons == Buttons::Settings || buttons == Buttons::SettingsAndDemo);
    m_settings->setDefault(m_settings->isVisible());
    m_demo->setVisible(buttons == Buttons::SettingsAndDemo || buttons == Buttons::AddAndDemo);
}
