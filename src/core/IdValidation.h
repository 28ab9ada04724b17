#pragma once

#include <QString>

// WorkOS ids are a prefix and an underscore followed by a ULID-like body,
// e.g. user_01HXYZ..., org_01H.... Checked before use so a typo never becomes
// a request to a surprising path.
namespace IdValidation {
enum class IdKind { User, Organization, ConnectedAccount, DataIntegration, Membership };

bool isValidId(const QString &id, IdKind kind);
// Provider slugs: lower-case letters, digits, '-' and '_' (e.g. "google-drive", "microsoft_outlook").
bool isValidSlug(const QString &slug);
// What kind of thing a search text looks like (for the GUI's search field and the CLI).
enum class SearchKind { Empty, Email, UserId, OrganizationId, Invalid };
SearchKind classifySearch(const QString &text);
} // namespace IdValidation
