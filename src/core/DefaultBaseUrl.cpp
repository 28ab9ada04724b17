#include "core/DefaultBaseUrl.h"

QUrl defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.workos.com"));
}
