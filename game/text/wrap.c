/* wrap.c — line breaking by display width. */
#include "text/wrap.h"

#include <string.h>

#include "util/utf8.h"

size_t wrap_next(const char *s, size_t len, size_t cols, size_t *adv)
{
	size_t i = 0, w = 0, brk = 0, n;
	int have_brk = 0;
	uint32_t cp;

	if (cols == 0)
		cols = 1;
	while (i < len) {
		if (s[i] == '\n') {
			*adv = i + 1;
			return i;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			n = 1;
			cp = '?';
		}
		if (cp == ' ') {
			brk = i;
			have_brk = 1;
		}
		if (w + (size_t)utf8_cpwidth(cp) > cols && cp != ' ')
			break;
		w += (size_t)utf8_cpwidth(cp);
		i += n;
	}
	if (i >= len) {
		*adv = len;
		return len;
	}
	if (have_brk && brk > 0) {
		*adv = brk + 1;
		return brk;
	}
	if (i == 0)
		i = n;	/* a character wider than the line: show it */
	*adv = i;
	return i;
}

size_t wrap_count(const char *s, size_t cols)
{
	size_t len = strlen(s), lines = 0, adv;

	do {
		wrap_next(s, len, cols, &adv);
		s += adv;
		len -= adv;
		lines++;
	} while (len > 0);
	return lines;
}
