#include "gui/ProviderDetailsPane.h"

#include "core/ConnectionStatus.h"

#include "widgets/ClipboardHelper.h"
#include "widgets/ThemedIcons.h"
#include "models/ProviderTreeModel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString when(const QDateTime &dt)
{
    if (!dt.isValid())
        return QString();
    return QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) + QStringLiteral("  (")
        + dt.toUTC().toString(Qt::ISODate) + QLatin1Char(')');
}
} // namespace

ProviderDetailsPane::ProviderDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_fields(new QWidget)
    , m_form(new QFormLayout(m_fields))
    , m_json(new QPlainTextEdit(this))
    , m_copyJson(new QPushButton(tr("Copy JSON"), this))
{
    setObjectName(QStringLiteral("detailsPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("detailsFields"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the copy buttons stay in view
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setContentsMargins(8, 6, 8, 6);
    m_form->setVerticalSpacing(3);
    scroll->setWidget(m_fields);
    row->addWidget(scroll, 3);

    auto *jsonColumn = new QVBoxLayout;
    m_json->setObjectName(QStringLiteral("rawJson"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setAccessibleName(tr("Raw JSON of the provider"));
    m_copyJson->setObjectName(QStringLiteral("copyJsonButton"));
    ThemedIcons::setCopyIcon(m_copyJson);
    m_copyJson->setToolTip(tr("Copy the raw JSON, e.g. to paste into a ticket"));
    jsonColumn->addWidget(m_json, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copyJson);
    jsonColumn->addLayout(buttons);
    row->addLayout(jsonColumn, 2);
    m_stack->addWidget(page);

    connect(m_copyJson, &QPushButton::clicked, this, [this] { ClipboardHelper::copy(m_json->toPlainText(), m_copyJson); });
    showNothing(tr("Select a provider to see every detail of its connection."));
}

QString ProviderDetailsPane::rawJson() const
{
    return m_json->toPlainText();
}

void ProviderDetailsPane::showNothing(const QString &why)
{
    m_placeholder->setText(why);
    m_stack->setCurrentIndex(0);
    m_json->clear();
}

void ProviderDetailsPane::clearRows()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void ProviderDetailsPane::addRow(const QString &label, const QString &value, const QString &copyName)
{
    auto *field = new QWidget(m_fields);
    auto *layout = new QHBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *text = new QLabel(value.isEmpty() ? tr("—") : value, field);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setAccessibleName(label);
    // Long ids clip at the pane's edge instead of pushing the copy button out
    // of sight (the pane never scrolls sideways); the full value is in the
    // tooltip and one click away on the copy button.
    text->setMinimumWidth(text->fontMetrics().averageCharWidth() * 8);
    if (!value.isEmpty() && text->fontMetrics().horizontalAdvance(value) > text->minimumWidth())
        text->setToolTip(value);
    layout->addWidget(text, 1);
    if (!copyName.isEmpty() && !value.isEmpty()) {
        auto *copy = new QToolButton(field);
        copy->setObjectName(copyName);
        ThemedIcons::setCopyIcon(copy);
        copy->setAutoRaise(true);
        copy->setToolTip(tr("Copy %1").arg(label));
        copy->setAccessibleName(tr("Copy %1").arg(label));
        connect(copy, &QToolButton::clicked, this, [value, copy] { ClipboardHelper::copy(value, copy); });
        layout->addWidget(copy);
    }
    auto *heading = new QLabel(tr("%1:").arg(label), m_fields);
    heading->setBuddy(text);
    m_form->addRow(heading, field);
}

void ProviderDetailsPane::showProvider(const DataProvider &p, const std::optional<ConnectedAccount> &connection,
                                       const QString &establishedBy)
{
    clearRows();
    auto *section = new QLabel(tr("<b>Provider</b>"), m_fields);
    m_form->addRow(section);
    addRow(tr("Name"), p.name);
    addRow(tr("Description"), p.description);
    addRow(tr("Provider id"), p.id, QStringLiteral("copyProviderId"));
    addRow(tr("Slug"), p.slug, QStringLiteral("copySlug"));
    addRow(tr("Integration type"), p.integrationType);
    addRow(tr("Credentials type"), p.credentialsType);
    addRow(tr("Ownership"), p.ownership == Ownership::Organization
                                ? tr("Organization (one account shared by every member)")
                                : (p.ownership == Ownership::User ? tr("User") : p.ownershipText));
    addRow(tr("Configured scopes"),
           p.scopesConfigured ? p.scopes.join(QStringLiteral(", ")) : tr("(none configured)"));
    addRow(tr("Created"), when(p.createdAt));
    addRow(tr("Updated"), when(p.updatedAt));

    const QList<ConnectedAccount> all = p.allConnections();
    if (!connection) {
        m_form->addRow(new QLabel(tr("<b>Connections</b>"), m_fields));
        addRow(tr("Status"), all.isEmpty() ? tr("Not connected: the owner has never connected, or was disconnected.")
                                           : ConnectionStatuses::summary(p));
        if (!all.isEmpty())
            addRow(tr("Choose"), tr("Select one of the connections below the provider to see it and act on it."));
    } else {
        const ConnectedAccount &a = *connection;
        m_form->addRow(new QLabel(tr("<b>Connection</b>"), m_fields));
        addRow(tr("Status"), ConnectionStatuses::text(connection));
        addRow(tr("Why"), ConnectionStatuses::reasonText(a));
        addRow(tr("Label"), a.accountDisplayName);
        addRow(tr("Account identifier"), a.accountIdentifier);
        addRow(tr("Connection id"), a.id, QStringLiteral("copyAccountId"));
        addRow(tr("Role"), a.isCompatibility() ? tr("Compatibility connection (what clients that know one "
                                                    "connection per provider see)")
                                               : tr("Standard connection"));
        addRow(tr("Owner"), a.isOrganizationOwned() ? tr("The organization (shared with every member)") : tr("The user"));
        addRow(tr("User id"), a.userId, QStringLiteral("copyAccountUserId"));
        addRow(tr("Organization id"), a.organizationId, QStringLiteral("copyAccountOrganizationId"));
        addRow(tr("Established by"), establishedBy);
        addRow(tr("Granted scopes"), a.scopes.join(QStringLiteral(", ")));
        addRow(tr("Missing scopes"), p.missingScopes(a).join(QStringLiteral(", ")));
        if (!a.authMethod.isEmpty())
            addRow(tr("Auth method"), a.authMethod);
        if (!a.apiKeyLast4.isEmpty())
            addRow(tr("API key ends in"), a.apiKeyLast4);
        if (!a.clientId.isEmpty())
            addRow(tr("Client id"), a.clientId);
        if (!a.clientSecretLast4.isEmpty())
            addRow(tr("Client secret ends in"), a.clientSecretLast4);
        addRow(tr("Connected since"), when(a.createdAt));
        addRow(tr("Last updated"), when(a.updatedAt));
    }
    // The provider as the server sent it, every connection included.
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(p.raw.object()).toJson(QJsonDocument::Indented)));
    m_stack->setCurrentIndex(1);
}
