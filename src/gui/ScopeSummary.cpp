#include "gui/ScopeSummary.h"

#include "core/ConnectionStatus.h"
#include "models/ProviderTreeModel.h"
#include "widgets/StatusBadgeDelegate.h"
#include "core/WorkOsClient.h"

namespace {
constexpr int NamedProblems = 3; // per scope; the rest are counted
const QString LinkPrefix = QStringLiteral("scope:");

QString explanation()
{
    return ScopeSummary::tr("What needs attention in every scope of this user: the personal accounts and each "
                            "organization. Click a scope to show it in the table.");
}
} // namespace

ScopeSummary::ScopeSummary(WorkOsClient *client, QWidget *parent)
    : QLabel(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("scopeSummary"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setToolTip(explanation());
    setAccessibleName(tr("Problems in every organization scope"));
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(LinkPrefix))
            Q_EMIT scopeRequested(link.mid(LinkPrefix.size()));
    });
    hide();
}

void ScopeSummary::clear()
{
    cancelReads();
    m_userId.clear();
    m_scopes.clear();
    m_entries.clear();
    m_current.clear();
    m_waitingForScopes = false;
    render();
}

void ScopeSummary::begin()
{
    clear();
    m_waitingForScopes = true;
    render();
}

void ScopeSummary::read(const QString &userId, const QList<Scope> &scopes, const QString &shown)
{
    cancelReads();
    m_userId = userId;
    m_scopes = scopes;
    m_waitingForScopes = false;
    QHash<QString, Entry> kept;
    if (m_entries.contains(shown))
        kept.insert(shown, m_entries.value(shown)); // the table's rows may have arrived first
    m_entries = kept;
    reread(shown);
}

void ScopeSummary::reread(const QString &shown)
{
    if (m_userId.isEmpty())
        return;
    cancelReads();
    for (const Scope &scope : std::as_const(m_scopes)) {
        if (scope.organizationId == shown) {
            if (!m_entries.contains(shown))
                m_entries.insert(shown, Entry{}); // setRows() or setFailed() fills it in
            continue;
        }
        readScope(scope.organizationId);
    }
    render();
}

void ScopeSummary::readScope(const QString &organizationId)
{
    Entry &entry = m_entries[organizationId];
    entry.state = State::Reading;
    // Another user or a new read cancels this one first (cancelReads): a
    // cancelled call never answers, so what lands here is current.
    m_reads.removeIf([](const QPointer<ApiCall> &call) { return call.isNull(); });
    m_reads.append(m_client->listDataProviders(
        m_userId, organizationId, this,
        [this, organizationId](const ApiResult<QList<DataProvider>> &result) {
            if (result)
                setRows(organizationId, result.value());
            else
                setFailed(organizationId, result.error());
        }));
}

void ScopeSummary::cancelReads()
{
    const QList<QPointer<ApiCall>> reads = std::exchange(m_reads, {});
    for (const QPointer<ApiCall> &call : reads) {
        if (call)
            call->cancel();
    }
}

QString ScopeSummary::problemOf(const DataProvider &provider)
{
    if (!ProviderTreeModel::hasProblem(provider))
        return QString();
    const QString name = provider.name.isEmpty() ? provider.slug : provider.name;
    if (ConnectionStatuses::of(provider) == ConnectionStatus::Connected)
        return tr("%1 is missing scopes").arg(name);
    //: %1 is a provider, %2 its connection status ("Slack needs reauthorization")
    return tr("%1 %2").arg(name, ConnectionStatuses::text(provider, StatusWording::Lowercase));
}

void ScopeSummary::setRows(const QString &organizationId, const QList<DataProvider> &providers)
{
    Entry entry;
    entry.state = State::Read;
    for (const DataProvider &p : providers) {
        const QString problem = problemOf(p);
        if (!problem.isEmpty())
            entry.problems.append(problem);
    }
    m_entries.insert(organizationId, entry);
    render();
}

void ScopeSummary::setFailed(const QString &organizationId, const ApiError &error)
{
    Entry entry;
    entry.state = State::Failed;
    entry.error = error.fullText();
    m_entries.insert(organizationId, entry);
    render();
}

void ScopeSummary::setCurrent(const QString &organizationId)
{
    m_current = organizationId;
    m_hasCurrent = true;
    render();
}

void ScopeSummary::setNoCurrent()
{
    m_hasCurrent = false;
    render();
}

bool ScopeSummary::isComplete() const
{
    if (m_waitingForScopes)
        return false;
    for (const Entry &entry : m_entries) {
        if (entry.state == State::Reading)
            return false;
    }
    return true;
}

QStringList ScopeSummary::problems(const QString &organizationId) const
{
    return m_entries.value(organizationId).problems;
}

void ScopeSummary::render()
{
    if (m_userId.isEmpty() && !m_waitingForScopes) {
        setText(QString());
        hide();
        return;
    }
    show();
    if (m_waitingForScopes) {
        setText(tr("Reading every organization scope…"));
        return;
    }
    const QString warning = StatusBadgeDelegate::warningTextColour(palette()).name();
    QStringList parts;
    QStringList errors;
    for (const Scope &scope : std::as_const(m_scopes)) {
        const QString name = scope.name.toHtmlEscaped();
        const QString label = m_hasCurrent && scope.organizationId == m_current
            ? QStringLiteral("<b>%1</b>").arg(name)
            : QStringLiteral("<a href=\"%1%2\">%3</a>").arg(LinkPrefix, scope.organizationId.toHtmlEscaped(), name);
        const Entry entry = m_entries.value(scope.organizationId);
        QString what;
        switch (entry.state) {
        case State::Reading:
            what = tr("reading…");
            break;
        case State::Failed:
            what = tr("could not be read");
            errors.append(tr("%1: %2").arg(scope.name, entry.error));
            break;
        case State::Read:
            if (entry.problems.isEmpty()) {
                what = tr("no problems");
                break;
            }
            QStringList named = entry.problems.mid(0, NamedProblems);
            if (entry.problems.size() > NamedProblems)
                named.append(tr("%1 more").arg(entry.problems.size() - NamedProblems));
            what = QStringLiteral("<span style=\"color:%1\">%2</span>")
                       .arg(warning, named.join(tr(", ")).toHtmlEscaped());
            break;
        }
        parts.append(tr("%1: %2").arg(label, what));
    }
    setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    setToolTip(errors.isEmpty() ? explanation() : errors.join(QLatin1Char('\n')));
}
