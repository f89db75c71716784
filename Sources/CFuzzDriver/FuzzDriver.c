#include "CFuzzDriver.h"

// Weak, so a normal build links with no fuzzer runtime: the symbol is then NULL. The fuzz build forces it in with
// `-Xlinker --undefined=LLVMFuzzerRunDriver` (a weak reference alone does not pull it out of the archive).
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size))
    __attribute__((weak));

int cfuzz_libfuzzer_linked(void) {
    return LLVMFuzzerRunDriver != NULL;
}

int cfuzz_run_libfuzzer(int *argc, char ***argv, cfuzz_callback callback) {
    if (LLVMFuzzerRunDriver == NULL) return -1;
    return LLVMFuzzerRunDriver(argc, argv, callback);
}
