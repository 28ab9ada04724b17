#pragma once

// The exit status of pipes-admin-cli. Scripts depend on these numbers: never
// renumber, only add. The same list is printed by `pipes-admin-cli --help`.
//
//   0  success
//   1  the link was fine but no browser could be started (--open)
//   2  usage error: unknown command or option, missing argument, malformed id
//      or slug (refused before any request is sent), disconnect without --yes, disconnect
//      of an owner with several connections without --connection (listed, nothing sent)
//   3  not found (HTTP 404): the user, organization or connected account does not exist;
//      disconnect: nothing to disconnect (read first), or already gone when the DELETE arrived
//   4  authentication or authorization: no WORKOS_API_KEY, or HTTP 401/403
//   5  any other API failure: other 4xx/5xx, malformed or oversized response, refused redirect;
//      batch and batch disconnect: at least one line did not end as intended (invalid line,
//      unknown email, user not found, failed, cancelled); the table says which
//   6  network: timeout, connection refused, DNS, TLS, connection reset
//   7  the link WorkOS returned is unsafe (not https, or http beyond loopback):
//      it is neither printed nor opened
//   8  the audit log could not be opened or written: the action was not sent
enum class ExitCode : int {
    Ok = 0,
    BrowserFailed = 1,
    Usage = 2,
    NotFound = 3,
    Auth = 4,
    ApiFailure = 5,
    Network = 6,
    UnsafeUrl = 7,
    AuditUnavailable = 8,
};

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}
