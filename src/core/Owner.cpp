#include "core/Owner.h"

std::optional<Owner> Owner::parse(const QString &text)
{
    if (text.startsWith(QLatin1String("user_")))
        return Owner::user(text);
    if (text.startsWith(QLatin1String("org_")))
        return Owner::organization(text);
    return std::nullopt;
}

QString Owner::kindText() const
{
    return isOrganization() ? QStringLiteral("organization") : QStringLiteral("user");
}
