/* parse.h — strict number parsing for command-line arguments and files:
 * the whole string must be the number, with no sign surprises. */
#ifndef UTIL_PARSE_H
#define UTIL_PARSE_H

#include <stdint.h>

/* 0 on success, -1 when s is not entirely a number in range. */
int parse_u64(const char *s, uint64_t *out);
int parse_int(const char *s, long lo, long hi, long *out);

#endif
