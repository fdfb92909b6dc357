// FUZZ_CHECK: a property that must hold for every input. libFuzzer treats an
// abort as a finding and saves the input that caused it, which is what we
// want; printing the condition first makes the report readable.
#ifndef PAGESIFT_TESTS_FUZZ_FUZZ_CHECK_H_
#define PAGESIFT_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                              \
  do {                                                                                     \
    if (!(condition)) {                                                                    \
      std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                        \
    }                                                                                      \
  } while (false)

#endif  // PAGESIFT_TESTS_FUZZ_FUZZ_CHECK_H_
