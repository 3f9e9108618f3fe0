/* value.c — numbers, ids and language codes in scenario files. */
#include "load/value.h"

#include <string.h>
#include "engine/scenario.h"

#include <stdint.h>

#define VALUE_MAX_DIGITS 15	/* below 2^53: the digits fit a double */

/* Exact powers of ten up to 10^15: all representable in a double. */
static double value_pow10(int k)
{
	double p = 1;

	while (k-- > 0)
		p *= 10;
	return p;
}

static int value_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Digits are gathered into one integer N and the result is N / 10^k:
 * one correctly rounded division of two exact doubles, hence the
 * double nearest to the decimal, as strtod would give in the C locale. */
int value_number(const char *s, size_t len, double *out,
		 enum diag_code *why)
{
	size_t i = 0;
	int neg = 0, digits = 0, frac = 0, dot = 0, sig = 0;
	uint64_t n = 0;

	if (i < len && (s[i] == '+' || s[i] == '-'))
		neg = s[i++] == '-';
	for (; i < len; i++) {
		if (s[i] == '.' && !dot) {
			dot = 1;
			continue;
		}
		if (!value_digit(s[i]))
			break;
		digits++;
		if (n || s[i] != '0' || dot)
			sig++;
		n = n * 10 + (uint64_t)(s[i] - '0');
		frac += dot;
		if (sig > VALUE_MAX_DIGITS) {
			*why = DIAG_NUMBER_DIGITS;
			return -1;
		}
	}
	if (i != len || !digits) {
		/* "40 # wary": an inline comment, which is text here. */
		*why = memchr(s, '#', len) || memchr(s, ';', len) ?
		       DIAG_NUMBER_COMMENT : DIAG_NUMBER;
		return -1;
	}
	*out = (double)n / value_pow10(frac);
	if (neg)
		*out = -*out;
	return 0;
}

static int value_id_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       value_digit(c) || c == '-' || c == '_';
}

int value_id(const char *s, size_t len, enum diag_code *why, size_t *at)
{
	size_t i;

	*at = 0;
	if (!len) {
		*why = DIAG_EMPTY_VALUE;
		return -1;
	}
	for (i = 0; i < len; i++)
		if (!value_id_char(s[i])) {
			*why = DIAG_ID_CHARS;
			*at = i;
			return -1;
		}
	if (len >= SC_ID_MAX) {
		*why = DIAG_ID_LONG;
		return -1;
	}
	return 0;
}

int value_lang(const char *s, size_t len)
{
	size_t i;

	if (len < 2 || len >= SC_LANG_MAX)
		return 0;
	for (i = 0; i < len; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return 1;
}

int value_cols(const char *s, size_t len)
{
	size_t i;
	int n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	return n;
}
