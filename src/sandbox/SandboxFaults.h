#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

// A misbehaviour to inject: what the next matching requests get instead of
// (or on top of) the normal answer. Faults apply to API routes only, before
// the API key is checked, like a proxy in front of WorkOS.
struct SandboxFault final
{
    enum class Action {
        Respond,        // status + body (+ Retry-After)
        DropConnection, // close the socket without answering
        MalformedBody,  // 200 application/json with a body that is not JSON
        TruncatedBody,  // Content-Length larger than the bytes sent, then close
        DripBody,       // the body one byte every dripIntervalMs
        ResetMidBody,   // headers and half the body, then a TCP reset
        HtmlError,      // status with a proxy's text/html page
        PerformThenDrop, // the request is carried out (a DELETE deletes), then the socket closes unanswered:
                         // an answer lost on the way back
    };
    QByteArray method;    // "GET", "POST", "DELETE" or empty for any
    QString pathPattern;  // QRegularExpression that must match the whole path; empty: any path
    Action action = Action::Respond;
    int status = 500;     // for Respond/HtmlError
    QByteArray body;      // Respond: empty = a WorkOS-shaped JSON error for the status;
                          // Truncated/Drip/Reset: empty = the real answer's body
    QByteArray retryAfter; // raw Retry-After value, e.g. "2" or an HTTP date; empty: none
    int latencyMs = 0;    // extra delay before answering
    int times = 1;        // next N matching requests; -1: always
    int dripIntervalMs = 1000; // DripBody only
};

namespace SandboxFaults {

QString actionName(SandboxFault::Action action);
std::optional<SandboxFault::Action> actionFromName(const QString &name);
// Parses the JSON of POST /_sandbox/faults; nullopt and *error set when invalid.
std::optional<SandboxFault> fromJson(const QJsonObject &object, QString *error);
QJsonObject toJson(const SandboxFault &fault);
// Whole-path match: pattern "/user_management/users/.*/data_providers".
bool pathMatches(const QString &pattern, const QString &path);

} // namespace SandboxFaults

// The active faults, first match wins; counts down `times`.
class SandboxFaultList final
{
public:
    void add(const SandboxFault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    int size() const { return int(m_faults.size()); }
    const QList<SandboxFault> &faults() const { return m_faults; }
    std::optional<SandboxFault> take(const QByteArray &method, const QString &path);

private:
    QList<SandboxFault> m_faults;
};
