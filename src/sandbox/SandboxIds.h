#pragma once

#include <QString>

// Deterministic ULID-like ids: prefix + "01H" + 23 Crockford base32 characters.
// The first ten characters after "01H" encode the index, so ids sort in
// creation order; the rest is a hash of (kind, index): no randomness, no clock.
namespace SandboxIds {

enum class Kind {
    User = 1,
    Organization,
    Membership,
    Provider,
    Account,
    Domain,
    Token,
    Request,
    Event,
};

QString make(const QString &prefix, Kind kind, quint64 index);

} // namespace SandboxIds
