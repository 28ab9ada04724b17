#pragma once

#include "cli/ExitCode.h"

#include <QString>

struct ApiError;

// How a failed API call becomes one line on stderr and an exit status.
namespace CliErrors {

ExitCode exitCodeFor(const ApiError &error);

// "Error: <sentence> (HTTP 404, code entity_not_found, request id req_...)"
// on a single line. The sentence is ApiError::text(); the parenthesis lists
// what support staff quote to WorkOS, leaving out what is unknown.
QString errorLine(const ApiError &error);

// Replaces every occurrence of `secret` (the API key) in `text`. A no-op for an
// empty secret. The last line of defence: nothing we print should contain the
// key in the first place.
QString redact(const QString &text, const QString &secret);

// Control characters (newlines, escape sequences) from server-provided text
// become spaces, so a response cannot break the one-line format or drive the
// terminal.
QString singleLine(const QString &text);

} // namespace CliErrors
