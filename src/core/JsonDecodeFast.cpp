// dataProviderList's fast path: one pass over the UTF-8 body, no QJsonDocument
// and no QJsonObject per row (each row keeps its text as RawJson). It takes
// only the plain, well-formed shape the API sends; anything else (an error to
// report, an escaped key, a duplicate field, a number it does not need to
// understand, a lone surrogate, deep nesting...) gives up, and the general
// decoder answers with its own words. So it never answers differently from the
// general decoder: tst_jsondecode_fast holds the two to the same results.

#include "core/JsonDecode.h"

#include "core/TimeText.h"

#include <array>
#include <cstring>
#include <string_view>

namespace JsonDecode::detail {
namespace {

constexpr int MaxDepth = 64;
constexpr qsizetype MaxFastBody = 16 * 1024 * 1024; // larger ones: the general decoder and its limits

enum class Kind : unsigned char { Absent, Null, True, False, String, Number, Array, Object };

struct Value
{
    Kind kind = Kind::Absent;
    const char *begin = nullptr; // String: after the opening quote; Array/Object: the bracket
    const char *end = nullptr;   // String: the closing quote; Array/Object: after the bracket
    bool escaped = false;        // String: has backslash escapes
};

struct GiveUp
{
};

// Bytes a string passes over without a second look: printable ASCII but the quote and the backslash.
constexpr std::array<bool, 256> PlainBytes = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[size_t(c)] = c != '"' && c != '\\';
    return plain;
}();

class Scanner
{
public:
    Scanner(const char *begin, const char *end) : m_p(begin), m_end(end) {}

    const char *pos() const { return m_p; }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    char peek()
    {
        skipSpace();
        if (m_p == m_end)
            throw GiveUp{};
        return *m_p;
    }
    void expect(char c)
    {
        if (peek() != c)
            throw GiveUp{};
        ++m_p;
    }
    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }

    // A string at the cursor (validated: UTF-8, escapes, no control characters).
    Value string()
    {
        expect('"');
        Value v;
        v.kind = Kind::String;
        v.begin = m_p;
        while (true) {
            while (m_p < m_end && PlainBytes[static_cast<unsigned char>(*m_p)])
                ++m_p;
            if (m_p == m_end)
                throw GiveUp{};
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c < 0x20)
                throw GiveUp{};
            if (c == '\\') {
                v.escaped = true;
                ++m_p;
                if (m_p == m_end)
                    throw GiveUp{};
                const char e = *m_p;
                if (e == 'u') {
                    if (m_end - m_p < 5)
                        throw GiveUp{};
                    const int u = hex4(m_p + 1);
                    if (u < 0 || (u >= 0xD800 && u <= 0xDFFF))
                        throw GiveUp{}; // surrogates: the general decoder's rules
                    m_p += 5;
                    continue;
                }
                if (e == 0 || !std::strchr("\"\\/bfnrt", e))
                    throw GiveUp{};
                ++m_p;
                continue;
            }
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            m_p += utf8Length(m_p, m_end);
        }
        v.end = m_p;
        ++m_p; // the closing quote
        return v;
    }

    // Any value at the cursor, checked and passed over; nested ones to MaxDepth.
    Value value(int depth)
    {
        if (depth > MaxDepth)
            throw GiveUp{};
        Value v;
        const char c = peek();
        if (c == '"')
            return string();
        v.begin = m_p;
        if (c == '{') {
            v.kind = Kind::Object;
            ++m_p;
            if (!consume('}')) {
                do {
                    string();
                    expect(':');
                    value(depth + 1);
                } while (consume(','));
                expect('}');
            }
        } else if (c == '[') {
            v.kind = Kind::Array;
            ++m_p;
            if (!consume(']')) {
                do {
                    value(depth + 1);
                } while (consume(','));
                expect(']');
            }
        } else if (literal("null")) {
            v.kind = Kind::Null;
        } else if (literal("true")) {
            v.kind = Kind::True;
        } else if (literal("false")) {
            v.kind = Kind::False;
        } else {
            number();
            v.kind = Kind::Number;
        }
        v.end = m_p;
        return v;
    }

private:
    static int hex4(const char *p)
    {
        int u = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = p[i];
            u <<= 4;
            if (h >= '0' && h <= '9')
                u |= h - '0';
            else if (h >= 'a' && h <= 'f')
                u |= h - 'a' + 10;
            else if (h >= 'A' && h <= 'F')
                u |= h - 'A' + 10;
            else
                return -1;
        }
        return u;
    }

    // Bytes of the well-formed UTF-8 sequence at p (RFC 3629: no overlong forms,
    // no surrogates, nothing past U+10FFFF); noncharacters are left to the general decoder.
    static int utf8Length(const char *p, const char *end)
    {
        const auto b0 = static_cast<unsigned char>(p[0]);
        int n = 0;
        char32_t cp = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 2;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 3;
            cp = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 4;
            cp = b0 & 0x07;
        } else {
            throw GiveUp{};
        }
        if (end - p < n)
            throw GiveUp{};
        for (int i = 1; i < n; ++i) {
            const auto b = static_cast<unsigned char>(p[i]);
            if ((b & 0xC0) != 0x80)
                throw GiveUp{};
            cp = (cp << 6) | (b & 0x3F);
        }
        const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
        const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        const bool nonCharacter = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
        if (overlong || surrogate || cp > 0x10FFFF || nonCharacter)
            throw GiveUp{};
        return n;
    }

    bool literal(const char *word)
    {
        const auto n = qsizetype(std::strlen(word));
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }

    // Plain numbers only (-?digits, an optional .digits, at most 15 digits each);
    // exponents and long ones are the general decoder's to judge.
    void number()
    {
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        const char *digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        const qsizetype whole = m_p - digits;
        if (whole == 0 || whole > 15 || (whole > 1 && *digits == '0'))
            throw GiveUp{};
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            const char *fraction = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == fraction || m_p - fraction > 15)
                throw GiveUp{};
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E'))
            throw GiveUp{};
    }

    const char *m_p;
    const char *m_end;
};

QString text(const Value &v)
{
    if (!v.escaped)
        return QString::fromUtf8(v.begin, v.end - v.begin);
    QString out;
    out.reserve(v.end - v.begin);
    const char *p = v.begin;
    const char *run = p;
    auto flush = [&out, &run](const char *to) {
        if (to > run)
            out.append(QString::fromUtf8(run, to - run));
    };
    while (p < v.end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        flush(p);
        const char e = p[1];
        switch (e) {
        case 'b': out.append(QChar(0x08)); break;
        case 'f': out.append(QChar(0x0C)); break;
        case 'n': out.append(QChar(0x0A)); break;
        case 'r': out.append(QChar(0x0D)); break;
        case 't': out.append(QChar(0x09)); break;
        case 'u': {
            char16_t u = 0;
            for (int i = 2; i < 6; ++i) {
                const char h = p[i];
                u = char16_t(u << 4);
                u = char16_t(u | (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10));
            }
            out.append(QChar(u));
            p += 4;
            break;
        }
        default: out.append(QLatin1Char(e)); break; // " \ /
        }
        p += 2;
        run = p;
    }
    flush(p);
    return out;
}

bool keyIs(const Value &key, std::string_view name)
{
    return size_t(key.end - key.begin) == name.size() && std::memcmp(key.begin, name.data(), name.size()) == 0;
}

// The fields one object's decoder reads, each at most once.
template <size_t N>
struct Fields
{
    const std::array<std::string_view, N> &names;
    std::array<Value, N> values{};

    // Reads the object at the cursor: known fields kept, the others checked and passed over.
    void read(Scanner &s, int depth)
    {
        s.expect('{');
        if (s.consume('}'))
            return;
        do {
            const Value key = s.string();
            if (key.escaped)
                throw GiveUp{};
            s.expect(':');
            size_t i = 0;
            while (i < N && !keyIs(key, names[i]))
                ++i;
            const Value v = s.value(depth + 1);
            if (i < N) {
                if (values[i].kind != Kind::Absent)
                    throw GiveUp{}; // a duplicate: which one counts is the general decoder's rule
                values[i] = v;
            }
        } while (s.consume(','));
        s.expect('}');
    }
    const Value &operator[](size_t i) const { return values[i]; }
};

bool absentOrNull(const Value &v)
{
    return v.kind == Kind::Absent || v.kind == Kind::Null;
}

QString requiredString(const Value &v)
{
    if (v.kind != Kind::String)
        throw GiveUp{};
    return text(v);
}

QString optionalString(const Value &v)
{
    if (absentOrNull(v))
        return QString();
    return requiredString(v);
}

// The field, or (absent) its camelCase twin: Reader::optionalStringOrTwin.
const Value &orTwin(const Value &field, const Value &twin)
{
    return field.kind != Kind::Absent ? field : twin;
}

QDateTime optionalTime(const Value &v)
{
    const QString t = optionalString(v);
    if (t.isEmpty())
        return QDateTime();
    const QDateTime time = TimeText::fromIso(t);
    if (!time.isValid())
        throw GiveUp{};
    return time;
}

QStringList stringArray(const Value &v, bool *present = nullptr)
{
    QStringList out;
    if (present)
        *present = v.kind == Kind::Array;
    if (absentOrNull(v))
        return out;
    if (v.kind != Kind::Array)
        throw GiveUp{};
    Scanner s(v.begin, v.end);
    s.expect('[');
    if (s.consume(']'))
        return out;
    do {
        out.append(text(s.string()));
    } while (s.consume(','));
    s.expect(']');
    return out;
}

// An object of plain strings only (Reader::stringMap also keeps numbers and
// booleans as text: those are the general decoder's).
QMap<QString, QString> stringMap(const Value &v)
{
    QMap<QString, QString> out;
    if (absentOrNull(v))
        return out;
    if (v.kind != Kind::Object)
        throw GiveUp{};
    Scanner s(v.begin, v.end);
    s.expect('{');
    if (s.consume('}'))
        return out;
    do {
        const Value key = s.string();
        if (key.escaped)
            throw GiveUp{};
        const QString name = text(key);
        if (out.contains(name))
            throw GiveUp{}; // a duplicate: which one counts is the general decoder's rule
        s.expect(':');
        out.insert(name, text(s.string()));
    } while (s.consume(','));
    s.expect('}');
    return out;
}

RawJson rawOf(const QByteArray &body, const Value &object)
{
    return RawJson(body, object.begin - body.constData(), object.end - object.begin);
}

// connectedAccountObject's fields, in its order of reading.
enum AccountField : size_t {
    AObject, AId, AUserId, AUserlandUserId, AUserlandUserIdTwin, AOrganizationId, AOrganizationIdTwin, AScopes,
    AState, ACreatedAt, ACreatedAtTwin, AUpdatedAt, AUpdatedAtTwin, AConnectionRole, AAccountDisplayName,
    AAccountIdentifier, AAuthMethod, AApiKeyLast4, AClientId, AClientSecretLast4, AConfig, AEstablishedBy,
    AStateReason, AccountFieldCount
};
constexpr std::array<std::string_view, AccountFieldCount> AccountNames{
    "object", "id", "user_id", "userland_user_id", "userlandUserId", "organization_id", "organizationId", "scopes",
    "state", "created_at", "createdAt", "updated_at", "updatedAt", "connection_role", "account_display_name",
    "account_identifier", "auth_method", "api_key_last_4", "client_id", "client_secret_last_4", "config",
    "established_by_user_id", "state_reason"};

ConnectedAccount account(const QByteArray &body, const Value &object, int depth)
{
    if (object.kind != Kind::Object)
        throw GiveUp{};
    Fields<AccountFieldCount> f{AccountNames};
    Scanner s(object.begin, object.end);
    f.read(s, depth);
    const Value &type = f[AObject];
    if (type.kind == Kind::String && !keyIs(type, "connected_account"))
        throw GiveUp{};
    ConnectedAccount a;
    a.id = requiredString(f[AId]);
    a.userId = optionalString(f[AUserId]);
    if (a.userId.isEmpty())
        a.userId = optionalString(orTwin(f[AUserlandUserId], f[AUserlandUserIdTwin]));
    a.organizationId = optionalString(orTwin(f[AOrganizationId], f[AOrganizationIdTwin]));
    a.scopes = stringArray(f[AScopes]);
    a.stateText = requiredString(f[AState]);
    a.state = connectionStateFromString(a.stateText);
    a.createdAt = optionalTime(orTwin(f[ACreatedAt], f[ACreatedAtTwin]));
    a.updatedAt = optionalTime(orTwin(f[AUpdatedAt], f[AUpdatedAtTwin]));
    a.roleText = optionalString(f[AConnectionRole]);
    a.role = connectionRoleFromString(a.roleText);
    a.accountDisplayName = optionalString(f[AAccountDisplayName]);
    a.accountIdentifier = optionalString(f[AAccountIdentifier]);
    a.authMethod = optionalString(f[AAuthMethod]);
    a.authMethodKind = authMethodFromString(a.authMethod);
    a.apiKeyLast4 = optionalString(f[AApiKeyLast4]);
    a.clientId = optionalString(f[AClientId]);
    a.clientSecretLast4 = optionalString(f[AClientSecretLast4]);
    a.config = stringMap(f[AConfig]);
    a.establishedByUserId = optionalString(f[AEstablishedBy]);
    a.stateReasonText = optionalString(f[AStateReason]);
    a.stateReason = stateReasonFromString(a.stateReasonText);
    a.raw = rawOf(body, object);
    return a;
}

// dataProviderObject's fields.
enum ProviderField : size_t {
    PObject, PId, PName, PSlug, PDescription, PIntegrationType, PIntegrationTypeTwin, PCredentialsType,
    PCredentialsTypeTwin, PScopes, POwnership, PConnectionOwner, PAuthMethods, PCreatedAt, PCreatedAtTwin,
    PUpdatedAt, PUpdatedAtTwin, PConnectedAccounts, PConnectedAccount, ProviderFieldCount
};
constexpr std::array<std::string_view, ProviderFieldCount> ProviderNames{
    "object", "id", "name", "slug", "description", "integration_type", "integrationType", "credentials_type",
    "credentialsType", "scopes", "ownership", "connection_owner", "auth_methods", "created_at", "createdAt",
    "updated_at", "updatedAt", "connected_accounts", "connected_account"};

DataProvider provider(const QByteArray &body, Scanner &s, int depth)
{
    const char *begin = (s.peek(), s.pos());
    Fields<ProviderFieldCount> f{ProviderNames};
    f.read(s, depth);
    const Value object{Kind::Object, begin, s.pos(), false};
    const Value &type = f[PObject];
    if (type.kind == Kind::String && !keyIs(type, "data_provider"))
        throw GiveUp{};
    DataProvider p;
    p.id = requiredString(f[PId]);
    p.name = requiredString(f[PName]);
    p.slug = requiredString(f[PSlug]);
    p.description = optionalString(f[PDescription]);
    p.integrationType = optionalString(orTwin(f[PIntegrationType], f[PIntegrationTypeTwin]));
    p.credentialsType = optionalString(orTwin(f[PCredentialsType], f[PCredentialsTypeTwin]));
    p.scopes = stringArray(f[PScopes], &p.scopesConfigured);
    p.ownershipText = optionalString(f[POwnership]);
    p.connectionOwnerText = optionalString(f[PConnectionOwner]);
    p.ownership = ownershipFromString(p.connectionOwnerText.isEmpty() ? p.ownershipText : p.connectionOwnerText);
    bool authMethodsPresent = false;
    const QStringList authMethods = stringArray(f[PAuthMethods], &authMethodsPresent);
    if (authMethodsPresent)
        p.authMethods = authMethods;
    p.createdAt = optionalTime(orTwin(f[PCreatedAt], f[PCreatedAtTwin]));
    p.updatedAt = optionalTime(orTwin(f[PUpdatedAt], f[PUpdatedAtTwin]));

    const Value &list = f[PConnectedAccounts];
    p.connectedAccountsPresent = list.kind == Kind::Array;
    if (!absentOrNull(list) && list.kind != Kind::Array)
        throw GiveUp{};
    const Value &single = f[PConnectedAccount];
    if (single.kind == Kind::Absent && !p.connectedAccountsPresent)
        throw GiveUp{}; // required in 0.1.0: the general decoder says so
    if (single.kind == Kind::Object)
        p.connectedAccount = account(body, single, depth + 1);
    else if (!absentOrNull(single))
        throw GiveUp{};
    if (p.connectedAccountsPresent) {
        Scanner items(list.begin, list.end);
        items.expect('[');
        if (!items.consume(']')) {
            do {
                const char *at = (items.peek(), items.pos());
                const Value item = items.value(depth + 2);
                if (item.kind != Kind::Object)
                    throw GiveUp{};
                p.connectedAccounts.append(account(body, Value{Kind::Object, at, item.end, false}, depth + 2));
            } while (items.consume(','));
            items.expect(']');
        }
    }
    p.raw = rawOf(body, object);
    return p;
}

} // namespace

std::optional<QList<DataProvider>> dataProviderListFast(const QByteArray &body)
{
    if (body.size() > MaxFastBody)
        return std::nullopt;
    try {
        Scanner s(body.constBegin(), body.constEnd());
        s.expect('{');
        std::optional<QList<DataProvider>> out;
        if (!s.consume('}')) {
            do {
                const Value key = s.string();
                if (key.escaped)
                    throw GiveUp{};
                s.expect(':');
                if (!keyIs(key, "data")) {
                    s.value(1);
                    continue;
                }
                if (out)
                    throw GiveUp{}; // "data" twice
                out.emplace();
                s.expect('[');
                if (s.consume(']'))
                    continue;
                do {
                    if (s.peek() != '{')
                        throw GiveUp{};
                    out->append(provider(body, s, 1));
                } while (s.consume(','));
                s.expect(']');
            } while (s.consume(','));
            s.expect('}');
        }
        if (!out || !s.atEnd())
            return std::nullopt;
        return out;
    } catch (const GiveUp &) {
        return std::nullopt;
    }
}

} // namespace JsonDecode::detail
