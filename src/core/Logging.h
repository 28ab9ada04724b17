#pragma once

#include <QByteArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace Logging {
// Header values safe to log: Authorization and cookies become "<redacted>".
QByteArray redactedHeaderValue(const QByteArray &name, const QByteArray &value);
} // namespace Logging
