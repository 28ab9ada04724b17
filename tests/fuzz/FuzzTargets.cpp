#include "FuzzTargets.h"

#include "core/ApiError.h"
#include "core/ConnectionStatus.h"
#include "core/JsonDecode.h"
#include "core/RetryPolicy.h"
#include "core/SafeUrl.h"
#include "DecodedDump.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

// A broken invariant: say which, then abort so libFuzzer keeps the input.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__);             \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace FuzzTargets {
namespace {

void checkAccount(const ConnectedAccount &a)
{
    FUZZ_CHECK(connectionStateFromString(a.stateText) == a.state);
    FUZZ_CHECK(!a.raw.isEmpty());
}

void checkProviders(const QList<DataProvider> &providers)
{
    for (const DataProvider &p : providers) {
        FUZZ_CHECK(!p.raw.isEmpty());
        FUZZ_CHECK(p.scopesConfigured || p.scopes.isEmpty());
        const QStringList missing = p.missingScopes();
        FUZZ_CHECK(missing.size() <= p.scopes.size());
        // Every connection, and the one the batch grid shows (the worst): one of them, never invented.
        const QList<ConnectedAccount> all = p.allConnections();
        const std::optional<ConnectedAccount> worst = ConnectionStatuses::worst(p);
        FUZZ_CHECK(worst.has_value() == !all.isEmpty());
        if (worst)
            FUZZ_CHECK(std::any_of(all.cbegin(), all.cend(), [&worst](const ConnectedAccount &a) { return a.id == worst->id; }));
        if (p.connectedAccount)
            FUZZ_CHECK(std::any_of(all.cbegin(), all.cend(),
                                   [&p](const ConnectedAccount &a) { return a.id == p.connectedAccount->id; }));
        for (const ConnectedAccount &a : all)
            FUZZ_CHECK(p.missingScopes(a).size() <= p.scopes.size());
        if (!p.connectedAccount) {
            FUZZ_CHECK(missing.isEmpty());
            continue;
        }
        checkAccount(*p.connectedAccount);
        const QSet<QString> granted(p.connectedAccount->scopes.cbegin(), p.connectedAccount->scopes.cend());
        for (const QString &scope : missing)
            FUZZ_CHECK(p.scopes.contains(scope) && !granted.contains(scope));
    }
}

template <typename T>
void checkPage(const Page<T> &page)
{
    FUZZ_CHECK(page.hasMore() == !page.after.isEmpty());
}

template <typename T>
int verdict(const Decoded<T> &decoded)
{
    if (!decoded.ok()) {
        // What the user reads for a MalformedBody comes from here: never empty.
        FUZZ_CHECK(!decoded.error().message.isEmpty());
        FUZZ_CHECK(!decoded.error().toString().isEmpty());
        return 0;
    }
    return 1;
}
} // namespace

int json(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    static const char selectors[] = "uUoOmpaze";
    char selector = char(data[0]);
    if (!std::strchr(selectors, selector) || selector == '\0')
        selector = selectors[data[0] % 9];
    switch (selector) {
    case 'u':
        return verdict(JsonDecode::user(body));
    case 'U': {
        const auto d = JsonDecode::userList(body);
        if (d.ok())
            checkPage(d.value());
        return verdict(d);
    }
    case 'o':
        return verdict(JsonDecode::organization(body));
    case 'O': {
        const auto d = JsonDecode::organizationList(body);
        if (d.ok())
            checkPage(d.value());
        return verdict(d);
    }
    case 'm': {
        const auto d = JsonDecode::membershipList(body);
        if (d.ok())
            checkPage(d.value());
        return verdict(d);
    }
    case 'p': {
        const auto d = JsonDecode::dataProviderList(body);
        if (d.ok())
            checkProviders(d.value());
        // The fast path answers only what the general decoder answers the same.
        if (const auto fast = JsonDecode::detail::dataProviderListFast(body)) {
            const auto general = JsonDecode::detail::dataProviderListGeneral(body);
            FUZZ_CHECK(general.ok());
            FUZZ_CHECK(DecodedDump::providers(*fast) == DecodedDump::providers(general.value()));
        }
        return verdict(d);
    }
    case 'a': {
        const auto d = JsonDecode::connectedAccount(body);
        if (d.ok())
            checkAccount(d.value());
        return verdict(d);
    }
    case 'z': {
        const auto d = JsonDecode::authorizeUrl(body);
        if (d.ok())
            FUZZ_CHECK(d.value().url.isValid() && !d.value().url.isRelative());
        return verdict(d);
    }
    default: {
        // An error body under every status the client shows: never fails,
        // and the sentence built from it is never empty.
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 400 + int(body.size() % 200);
        JsonDecode::errorBody(body, error);
        FUZZ_CHECK(!error.text().isEmpty());
        FUZZ_CHECK(!error.fullText().isEmpty());
        return error.message.isEmpty() ? 0 : 1;
    }
    }
}

int retryAfter(const uint8_t *data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    const std::optional<qint64> ms = RetryPolicy::parseRetryAfterMs(value, now);
    if (!ms)
        return 0;
    FUZZ_CHECK(*ms >= 0);
    // ApiCall turns it into whole seconds for the error text exactly like this.
    const int seconds = int(std::min<qint64>((*ms + 999) / 1000, 1000000000));
    FUZZ_CHECK(seconds >= 0);
    const RetryPolicy policy;
    for (int retry = 0; retry < 4; ++retry) {
        const std::optional<int> delay = policy.delayMs(retry, ms, 1.0);
        if (delay)
            FUZZ_CHECK(*delay >= 0 && *delay <= policy.maxRetryAfterMs);
        else
            FUZZ_CHECK(*ms > policy.maxRetryAfterMs);
    }
    return 1;
}

int safeUrl(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    int accepted = 0;
    for (const QUrl &url : {QUrl(text), QUrl(text, QUrl::StrictMode), QUrl::fromEncoded(bytes)}) {
        QString reason;
        const bool safe = SafeUrl::isSafeToOpen(url, &reason);
        FUZZ_CHECK(safe == reason.isEmpty());
        if (SafeUrl::isAcceptableBaseUrl(url))
            FUZZ_CHECK(safe);
        if (!safe)
            continue;
        accepted = 1;
        const QString scheme = url.scheme().toLower();
        FUZZ_CHECK(scheme == QLatin1String("https") || scheme == QLatin1String("http"));
        FUZZ_CHECK(!url.host().isEmpty());
        FUZZ_CHECK(url.userInfo().isEmpty());
        if (scheme == QLatin1String("http"))
            FUZZ_CHECK(SafeUrl::isLoopbackHost(url.host()));
        // The CLI prints the link fully encoded for copying: what a person
        // pastes must be just as safe, and lead to the same host.
        const QUrl reparsed = QUrl::fromEncoded(url.toEncoded(QUrl::FullyEncoded), QUrl::StrictMode);
        FUZZ_CHECK(SafeUrl::isSafeToOpen(reparsed));
        FUZZ_CHECK(reparsed.host() == url.host());
    }
    return accepted;
}

} // namespace FuzzTargets
