#include "core/IdValidation.h"

#include <QRegularExpression>

namespace IdValidation {
namespace {
QString prefixFor(IdKind kind)
{
    switch (kind) {
    case IdKind::User:
        return QStringLiteral("user_");
    case IdKind::Organization:
        return QStringLiteral("org_");
    case IdKind::ConnectedAccount:
        return QStringLiteral("data_installation_");
    case IdKind::DataIntegration:
        return QStringLiteral("data_integration_");
    case IdKind::Membership:
        return QStringLiteral("om_");
    }
    return QString();
}
} // namespace

bool isValidId(const QString &id, IdKind kind)
{
    // The body after the prefix: letters and digits only (ULIDs are 26
    // Crockford base32 characters, but WorkOS does not promise that; be
    // strict about the alphabet, lenient about length).
    static const QRegularExpression body(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    const QString prefix = prefixFor(kind);
    if (!id.startsWith(prefix))
        return false;
    return body.match(QStringView(id).mid(prefix.size())).hasMatch();
}

bool isValidSlug(const QString &slug)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return re.match(slug).hasMatch();
}

SearchKind classifySearch(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return SearchKind::Empty;
    if (t.startsWith(QLatin1String("user_")))
        return isValidId(t, IdKind::User) ? SearchKind::UserId : SearchKind::Invalid;
    if (t.startsWith(QLatin1String("org_")))
        return isValidId(t, IdKind::Organization) ? SearchKind::OrganizationId : SearchKind::Invalid;
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.match(t).hasMatch())
        return SearchKind::Email;
    return SearchKind::Invalid;
}
} // namespace IdValidation
