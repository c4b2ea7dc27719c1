#ifndef NNPLAY_CPU_FEATURES_H
#define NNPLAY_CPU_FEATURES_H

/// 1 when this CPU (and the operating system) can run code built with
/// `-target-cpu haswell`: AVX, AVX2, FMA, BMI1, BMI2, LZCNT, MOVBE, F16C, POPCNT and
/// SSE4.2, with the AVX register state enabled by the OS (XGETBV). 0 otherwise, on
/// every CPU that is not x86-64, and when the environment variable NNPLAY_CPU is
/// `baseline` (to run and compare the portable path on any machine).
int nnplay_cpu_has_haswell_features(void);

#endif
