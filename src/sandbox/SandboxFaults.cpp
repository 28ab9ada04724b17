#include "sandbox/SandboxFaults.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

struct ActionName
{
    SandboxFault::Action action;
    const char *name;
};

const ActionName actionNames[] = {
    {SandboxFault::Action::Respond, "respond"},
    {SandboxFault::Action::DropConnection, "drop"},
    {SandboxFault::Action::MalformedBody, "malformed"},
    {SandboxFault::Action::TruncatedBody, "truncated"},
    {SandboxFault::Action::DripBody, "drip"},
    {SandboxFault::Action::ResetMidBody, "reset"},
    {SandboxFault::Action::HtmlError, "html"},
    {SandboxFault::Action::PerformThenDrop, "perform_then_drop"},
};

} // namespace

namespace SandboxFaults {

QString actionName(SandboxFault::Action action)
{
    for (const ActionName &entry : actionNames) {
        if (entry.action == action)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<SandboxFault::Action> actionFromName(const QString &name)
{
    for (const ActionName &entry : actionNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.action;
    }
    return std::nullopt;
}

std::optional<SandboxFault> fromJson(const QJsonObject &object, QString *error)
{
    SandboxFault fault;
    fault.method = object.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    fault.pathPattern = object.value(QStringLiteral("path")).toString();
    if (!fault.pathPattern.isEmpty() && !QRegularExpression(fault.pathPattern).isValid()) {
        *error = QStringLiteral("path is not a valid regular expression.");
        return std::nullopt;
    }
    const QJsonValue actionValue = object.value(QStringLiteral("action"));
    if (!actionValue.isUndefined()) {
        const auto action = actionFromName(actionValue.toString());
        if (!action) {
            *error = QStringLiteral("action must be one of respond, drop, malformed, truncated, drip, reset, html.");
            return std::nullopt;
        }
        fault.action = *action;
    }
    fault.status = object.value(QStringLiteral("status")).toInt(fault.status);
    if (fault.status < 100 || fault.status > 599) {
        *error = QStringLiteral("status must be between 100 and 599.");
        return std::nullopt;
    }
    const QJsonValue body = object.value(QStringLiteral("body"));
    if (body.isString())
        fault.body = body.toString().toUtf8();
    else if (body.isObject())
        fault.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        fault.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    const QJsonValue retryAfter = object.value(QStringLiteral("retry_after"));
    if (retryAfter.isDouble())
        fault.retryAfter = QByteArray::number(retryAfter.toInt());
    else if (retryAfter.isString())
        fault.retryAfter = retryAfter.toString().toLatin1();
    fault.latencyMs = qMax(0, object.value(QStringLiteral("latency_ms")).toInt(0));
    fault.times = object.value(QStringLiteral("times")).toInt(1);
    fault.dripIntervalMs = qBound(1, object.value(QStringLiteral("drip_interval_ms")).toInt(1000), 60000);
    if (fault.times == 0 || fault.times < -1) {
        *error = QStringLiteral("times must be a positive count or -1 (always).");
        return std::nullopt;
    }
    return fault;
}

QJsonObject toJson(const SandboxFault &fault)
{
    return QJsonObject{
        {QStringLiteral("method"), QString::fromLatin1(fault.method)},
        {QStringLiteral("path"), fault.pathPattern},
        {QStringLiteral("action"), actionName(fault.action)},
        {QStringLiteral("status"), fault.status},
        {QStringLiteral("body"), QString::fromUtf8(fault.body)},
        {QStringLiteral("retry_after"), QString::fromLatin1(fault.retryAfter)},
        {QStringLiteral("latency_ms"), fault.latencyMs},
        {QStringLiteral("times"), fault.times},
        {QStringLiteral("drip_interval_ms"), fault.dripIntervalMs},
    };
}

bool pathMatches(const QString &pattern, const QString &path)
{
    if (pattern.isEmpty())
        return true;
    // Compiling a pattern per fault per request dominated the sandbox's CPU
    // under soak loads (many active faults); compile each pattern once.
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.constFind(pattern);
    if (it == compiled.constEnd()) {
        if (compiled.size() >= 1024)
            compiled.clear();
        it = compiled.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    }
    return it->match(path).hasMatch();
}

} // namespace SandboxFaults

std::optional<SandboxFault> SandboxFaultList::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault &fault = m_faults[i];
        if (!fault.method.isEmpty() && fault.method != method)
            continue;
        if (!SandboxFaults::pathMatches(fault.pathPattern, path))
            continue;
        const SandboxFault matched = fault;
        if (fault.times > 0 && --fault.times == 0)
            m_faults.removeAt(i);
        return matched;
    }
    return std::nullopt;
}
