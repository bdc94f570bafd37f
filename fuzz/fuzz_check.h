// Checks shared by the fuzz targets: a failed check prints what broke and aborts, which the fuzzer
// reports as a crash (with the input saved) and the replay reports as a failed test.
#ifndef KG_FUZZ_FUZZ_CHECK_H_
#define KG_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond, what)                                                         \
  do {                                                                                 \
    if (!(cond)) {                                                                     \
      std::fprintf(stderr, "fuzz check failed at %s:%d: %s (%s)\n", __FILE__, __LINE__, \
                   #cond, what);                                                       \
      std::abort();                                                                    \
    }                                                                                  \
  } while (0)

#endif  // KG_FUZZ_FUZZ_CHECK_H_
