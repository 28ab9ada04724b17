#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "pipes.api", QtWarningMsg)

namespace Logging {
QByteArray redactedHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "cookie" || lower == "set-cookie" || lower == "proxy-authorization")
        return QByteArrayLiteral("<redacted>");
    return value;
}
} // namespace Logging
