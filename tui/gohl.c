/* gohl.c - Go syntax highlighting. */
#include "gohl.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

static const char *const keywords[] = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else",
    "fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
    "map", "package", "range", "return", "select", "struct", "switch", "type",
    "var", NULL,
};

/* Predeclared types and the constants/functions read like types here. */
static const char *const predeclared[] = {
    "bool", "byte", "complex64", "complex128", "error", "float32", "float64",
    "int", "int8", "int16", "int32", "int64", "rune", "string", "uint",
    "uint8", "uint16", "uint32", "uint64", "uintptr", "any", "true", "false",
    "nil", "iota", "append", "cap", "close", "copy", "delete", "len", "make",
    "new", "panic", "print", "println", "recover", NULL,
};

static bool in_list(const char *const *list, const char *s, size_t n) {
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(*list, s, n) == 0)
            return true;
    return false;
}

static bool ident_start(unsigned char c) { return isalpha(c) || c == '_' || c >= 0x80; }
static bool ident_char(unsigned char c) { return isalnum(c) || c == '_' || c >= 0x80; }

int gohl_line(const char *s, size_t len, unsigned char *sty, int state) {
    size_t i = 0;
    memset(sty, S_NORMAL, len);
    while (i < len) {
        if (state == GOHL_IN_COMMENT || state == GOHL_IN_RAW) {
            const char *end = state == GOHL_IN_COMMENT ? "*/" : "`";
            size_t el = strlen(end), j = i;
            while (j < len && !(j + el <= len && memcmp(s + j, end, el) == 0))
                j++;
            Sty st = state == GOHL_IN_COMMENT ? S_COMMENT : S_STRING;
            if (j < len) {
                j += el;
                state = GOHL_START;
            }
            memset(sty + i, st, j - i);
            i = j;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c == '/' && i + 1 < len && s[i + 1] == '/') {
            memset(sty + i, S_COMMENT, len - i);
            break;
        }
        if (c == '/' && i + 1 < len && s[i + 1] == '*') {
            sty[i] = sty[i + 1] = S_COMMENT;
            i += 2;
            state = GOHL_IN_COMMENT;
            continue;
        }
        if (c == '`') {
            sty[i++] = S_STRING;
            state = GOHL_IN_RAW;
            continue;
        }
        if (c == '"' || c == '\'') {
            size_t j = i + 1;
            while (j < len && s[j] != c) {
                if (s[j] == '\\' && j + 1 < len)
                    j++;
                j++;
            }
            if (j < len)
                j++;
            memset(sty + i, S_STRING, j - i);
            i = j;
            continue;
        }
        if (isdigit(c) || (c == '.' && i + 1 < len && isdigit((unsigned char)s[i + 1]))) {
            size_t j = i;
            while (j < len && (isalnum((unsigned char)s[j]) || s[j] == '.' || s[j] == '_'))
                j++;
            memset(sty + i, S_NUMBER, j - i);
            i = j;
            continue;
        }
        if (ident_start(c)) {
            size_t j = i;
            while (j < len && ident_char((unsigned char)s[j]))
                j++;
            Sty st = S_NORMAL;
            if (in_list(keywords, s + i, j - i))
                st = S_KEYWORD;
            else if (in_list(predeclared, s + i, j - i))
                st = S_TYPE;
            else if (j < len && s[j] == '(')
                st = S_FUNC;
            memset(sty + i, st, j - i);
            i = j;
            continue;
        }
        i++;
    }
    return state;
}
