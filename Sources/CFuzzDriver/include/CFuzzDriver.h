#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// One fuzz input: libFuzzer's `LLVMFuzzerTestOneInput` shape; return 0.
typedef int (*cfuzz_callback)(const uint8_t *data, size_t size);

/// Whether libFuzzer is linked in (a `-sanitize=fuzzer` build); a normal build has no fuzzer runtime.
int cfuzz_libfuzzer_linked(void);

/// Hands control to libFuzzer (`LLVMFuzzerRunDriver`) with the process's arguments; returns libFuzzer's exit code.
/// Returns -1 without doing anything when libFuzzer is not linked.
int cfuzz_run_libfuzzer(int *argc, char ***argv, cfuzz_callback callback);

#endif
