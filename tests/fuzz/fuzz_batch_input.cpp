// libFuzzer target: see FuzzTargets.h. Built only with clang and PIPES_FUZZ=ON
// (tests/fuzz/run-fuzzers.sh); the corpus smoke test runs the same entry point.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzTargets::batchInput(data, size);
    return 0;
}
