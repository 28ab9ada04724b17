#pragma once

#include "core/DefaultBaseUrl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// One WorkOS environment a support person can work against. A plain value:
// it never holds the API key (that lives in the OS keychain, see SecretStore).
struct Environment final
{
    Q_DECLARE_TR_FUNCTIONS(Environment)

public:
    enum class Kind { Staging, Production };
    enum class Origin {
        User,        // added by the user, kept in the user's settings
        Provisioned, // predefined by an administrator in the system-wide provisioning file; read-only
    };

    QString name;
    QUrl baseUrl = defaultBaseUrl();
    Kind kind = Kind::Staging;
    QString colour; // "#rrggbb" (lower case); empty means the default colour of the kind
    Origin origin = Origin::User;

    bool isProduction() const { return kind == Kind::Production; }
    bool isProvisioned() const { return origin == Origin::Provisioned; }
    // colour, or the default colour of the kind when none is set.
    QString effectiveColour() const;

    static QString defaultColour(Kind kind);

    // "staging" / "production" as written in settings and provisioning files.
    static QString kindToString(Kind kind);
    // Case-insensitive; false for anything else.
    static bool kindFromString(const QString &text, Kind *kind);
    // Translated, for people.
    static QString kindDisplayName(Kind kind);

    // True for "#rrggbb" (either case). Empty is accepted too (default colour).
    static bool isValidColour(const QString &colour);
    // Trimmed, lower case "#rrggbb", or empty when not valid.
    static QString normalizedColour(const QString &colour);

    // A translated sentence explaining why `environment` cannot be saved next
    // to `others` (which must not contain it), or an empty string when it can.
    // Name: non-empty after trimming, at most 64 characters, unique
    // (case-insensitive). Base URL: SafeUrl::isAcceptableBaseUrl (https, or
    // http on loopback only). Colour: isValidColour.
    static QString validate(const Environment &environment, const QList<Environment> &others);

    friend bool operator==(const Environment &a, const Environment &b)
    {
        return a.name == b.name && a.baseUrl == b.baseUrl && a.kind == b.kind && a.colour == b.colour
            && a.origin == b.origin;
    }
    friend bool operator!=(const Environment &a, const Environment &b) { return !(a == b); }
};
