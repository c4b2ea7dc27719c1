#include "cpu_features.h"

#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>

static int has_haswell_features(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    const unsigned int leaf1 = (1u << 12) /* FMA */ | (1u << 19) /* SSE4.1 */ | (1u << 20) /* SSE4.2 */
                             | (1u << 22) /* MOVBE */ | (1u << 23) /* POPCNT */ | (1u << 27) /* OSXSAVE */
                             | (1u << 28) /* AVX */ | (1u << 29) /* F16C */;
    if ((ecx & leaf1) != leaf1) return 0;
    unsigned int xcr0_low, xcr0_high;
    __asm__ volatile("xgetbv" : "=a"(xcr0_low), "=d"(xcr0_high) : "c"(0));
    if ((xcr0_low & 6u) != 6u) return 0; /* the OS saves the SSE and AVX registers */
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    const unsigned int leaf7 = (1u << 3) /* BMI1 */ | (1u << 5) /* AVX2 */ | (1u << 8) /* BMI2 */;
    if ((ebx & leaf7) != leaf7) return 0;
    if (!__get_cpuid(0x80000001u, &eax, &ebx, &ecx, &edx)) return 0;
    return (ecx & (1u << 5)) != 0; /* LZCNT */
}
#endif

int nnplay_cpu_has_haswell_features(void) {
    const char *forced = getenv("NNPLAY_CPU");
    if (forced != NULL && strcmp(forced, "baseline") == 0) return 0;
#if defined(__x86_64__)
    return has_haswell_features();
#else
    return 0;
#endif
}
