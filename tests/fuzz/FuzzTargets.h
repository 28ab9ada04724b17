#pragma once

#include <cstddef>
#include <cstdint>

// The fuzz entry points, shared by the libFuzzer targets (clang,
// -fsanitize=fuzzer) and the corpus smoke test (any compiler). Each returns
// 1 when the input was accepted (decoded, parsed, judged safe), 0 when it
// was refused, and aborts on a broken invariant (so libFuzzer reports it).
namespace FuzzTargets {

// JSON documents. The first byte picks the decoder ('u' user, 'U' user list,
// 'o' organization, 'O' organization list, 'm' memberships, 'p' data
// providers, 'a' connected account, 'z' authorize URL, 'e' error body; any
// other byte: byte % 9), the rest is the body.
int json(const uint8_t *data, size_t size);

// A Retry-After header value.
int retryAfter(const uint8_t *data, size_t size);

// A link as the API (or a clipboard) might hand it over.
int safeUrl(const uint8_t *data, size_t size);

// Pasted or loaded batch input (CSV or one value per line).
int batchInput(const uint8_t *data, size_t size);

} // namespace FuzzTargets
