#include "cli/CliErrors.h"

#include "core/ApiError.h"

#include <QCoreApplication>
#include <QStringList>

namespace CliErrors {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliErrors", text);
}
} // namespace

ExitCode exitCodeFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::Http:
        if (error.httpStatus == 404)
            return ExitCode::NotFound;
        if (error.httpStatus == 401 || error.httpStatus == 403)
            return ExitCode::Auth;
        return ExitCode::ApiFailure;
    case Kind::Timeout:
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Tls:
    case Kind::Network:
        return ExitCode::Network;
    case Kind::InvalidArgument:
        return ExitCode::Usage;
    case Kind::TooLarge:
    case Kind::MalformedBody:
    case Kind::Redirect:
        return ExitCode::ApiFailure;
    }
    return ExitCode::ApiFailure;
}

QString errorLine(const ApiError &error)
{
    const QString sentence = singleLine(error.text());
    QStringList facts;
    const QString status = QStringLiteral("HTTP %1").arg(error.httpStatus);
    if (error.httpStatus > 0 && !sentence.contains(status))
        facts.append(status);
    if (!error.code.isEmpty())
        facts.append(tr("code %1").arg(singleLine(error.code)));
    if (error.kind == ApiError::Kind::MalformedBody && !error.detail.isEmpty())
        facts.append(singleLine(error.detail));
    else if (error.kind != ApiError::Kind::Http && error.kind != ApiError::Kind::InvalidArgument
             && !error.detail.isEmpty())
        facts.append(singleLine(error.detail));
    if (!error.requestId.isEmpty())
        facts.append(tr("request id %1").arg(singleLine(error.requestId)));
    QString line = tr("Error: %1").arg(sentence);
    if (!facts.isEmpty())
        line += QStringLiteral(" (%1)").arg(facts.join(QStringLiteral(", ")));
    return line;
}

QString redact(const QString &text, const QString &secret)
{
    if (secret.isEmpty() || !text.contains(secret))
        return text;
    QString copy = text;
    copy.replace(secret, tr("<redacted API key>"));
    return copy;
}

QString singleLine(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            result.append(QLatin1Char(' '));
        else
            result.append(c);
    }
    return result.simplified();
}

} // namespace CliErrors
