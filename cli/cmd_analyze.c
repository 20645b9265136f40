/* cmd_analyze.c - escapade analyze: gc's -m lines for Go files.
 *
 * Prints exactly the lines `go build -gcflags=-m FILE.go` prints (on stdout
 * here, where gc uses stderr, so that editors' quickfix and pipes get them
 * without 2>&1), naming files the way the go command does.  Each FILE is
 * analysed as its own single-file program.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyze.h"
#include "cli.h"

typedef struct AnalyzeCli {
    AnalyzeOpts opts;
    bool json;
    bool explain;
    const char *stdin_name;    /* --stdin-name: what "-" is called */
} AnalyzeCli;

/* What a program read from standard input ("-") is called in messages.  gc
 * itself cannot compile stdin, so there is no gc spelling to copy; gofmt
 * says "<standard input>", and the shorter "<stdin>" keeps the lines in the
 * FILE:LINE:COL form that editors' quickfix parsers read. */
#define STDIN_NAME "<stdin>"

static void analyze_usage(FILE *out) {
    fputs("Usage: escapade analyze [-m|-m=2] [-l] [--json] [--explain] "
          "[--syntax-only] [--stdin-name NAME] FILE.go...|-\n"
          "Print what Go 1.19's gc prints for 'go build -gcflags=-m FILE.go':\n"
          "inlining and escape decisions as FILE:LINE:COL: MESSAGE lines, on stdout.\n"
          "Each FILE is analysed as its own program.  FILE '-' reads the program\n"
          "from standard input and names it " STDIN_NAME " (or --stdin-name NAME).\n"
          "\n"
          "  -m                 escape and inlining decisions (the default)\n"
          "  -m=2, -m -m        also explain each decision (gc's flow: lines)\n"
          "  -l                 disable inlining (as -gcflags=-l)\n"
          "      --json         one JSON object per line: file, line, column,\n"
          "                     kind, message, reason\n"
          "      --explain      a plain-language reason under each decision\n"
          "      --syntax-only  only parse (report syntax errors)\n"
          "      --stdin-name NAME  the name of '-' in messages (say, the\n"
          "                     editor's file name for an unsaved buffer)\n"
          "  -h, --help         show this help and exit\n"
          "\n"
          "Exit status: 0 analysis ran, 1 syntax/type errors or unsupported code\n"
          "(printed as gc prints them) or an unreadable file, 2 usage errors.\n",
          out);
}

/* ---------------------------------------------------------- file names */

/* Clean an absolute path as Go's filepath.Clean does: no "//", ".", "..". */
static void clean_abs(char *path) {
    char *out = path, *p = path;
    while (*p) {
        while (*p == '/')
            p++;
        char *seg = p;
        while (*p && *p != '/')
            p++;
        size_t n = (size_t)(p - seg);
        if (n == 0 || (n == 1 && seg[0] == '.'))
            continue;
        if (n == 2 && seg[0] == '.' && seg[1] == '.') {
            while (out > path && *--out != '/')
                ;
            continue;
        }
        *out++ = '/';
        memmove(out, seg, n);
        out += n;
    }
    if (out == path)
        *out++ = '/';
    *out = '\0';
}

/* The current directory as Go's os.Getwd sees it: $PWD when it names the
 * same directory (so a symlinked working directory prints as typed). */
static bool go_getwd(char *buf, size_t n) {
    const char *pwd = getenv("PWD");
    struct stat a, b;
    if (pwd && pwd[0] == '/' && strlen(pwd) < n && stat(pwd, &a) == 0 &&
        stat(".", &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
        strcpy(buf, pwd);
        clean_abs(buf);
        return true;
    }
    return getcwd(buf, n) != NULL;
}

static void append(char *out, size_t n, size_t *len, const char *s) {
    size_t k = strlen(s);
    if (*len + k + 1 > n)
        k = *len + 1 < n ? n - *len - 1 : 0;
    memcpy(out + *len, s, k);
    *len += k;
    out[*len] = '\0';
}

/* filepath.Rel(base, target) for clean absolute paths. */
static void rel_path(const char *base, const char *target, char *out, size_t n) {
    size_t i = 0, common = 0;
    /* Longest common prefix that ends on a component boundary. */
    while (base[i] && base[i] == target[i]) {
        i++;
        if ((base[i] == '/' || base[i] == '\0') && (target[i] == '/' || target[i] == '\0'))
            common = i;
    }
    if (strcmp(base, "/") == 0)
        common = 0;
    const char *rest_target = target + common;
    if (strcmp(base, "/") == 0)
        base = "";   /* nothing to climb out of */
    size_t len = 0;
    out[0] = '\0';
    for (const char *p = base + common; *p; p++)
        if (*p == '/')
            append(out, n, &len, len ? "/.." : "..");
    if (*rest_target == '/')
        rest_target++;
    if (*rest_target) {
        if (len)
            append(out, n, &len, "/");
        append(out, n, &len, rest_target);
    } else if (len == 0) {
        append(out, n, &len, ".");
    }
}

/* What the go command prints for a file named on its command line: the
 * package directory made relative to the working directory when that is
 * shorter (base.ShortPath), then "/" and the file's base name.  So a bare
 * "x.go" is "./x.go", "sub/x.go" stays, and "/abs/x.go" may become
 * "../abs/x.go". */
static char *gc_display_name(const char *path) {
    char cwd[PATH_MAX], dir[2 * PATH_MAX], rel[2 * PATH_MAX];
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    if (!go_getwd(cwd, sizeof cwd))
        return strdup(path);
    clean_abs(cwd);
    if (path[0] == '/')
        snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - path) : 0, path);
    else
        snprintf(dir, sizeof dir, "%s/%.*s", cwd, slash ? (int)(slash - path) : 0, path);
    clean_abs(dir);
    rel_path(cwd, dir, rel, sizeof rel);
    const char *shown = strlen(rel) < strlen(dir) ? rel : dir;
    size_t n = strlen(shown) + strlen(base) + 2;
    char *name = malloc(n);
    if (name)
        snprintf(name, n, "%s%s%s", shown, strcmp(shown, "/") ? "/" : "", base);
    return name;
}

/* ---------------------------------------------------------- output */

static const char *kind_name(DiagKind k) {
    switch (k) {
    case DK_ERROR: return "error";
    case DK_SYNTAX: return "syntax-error";
    case DK_UNSUPPORTED: return "unsupported";
    case DK_CAN_INLINE: return "can-inline";
    case DK_CANNOT_INLINE: return "cannot-inline";
    case DK_INLINE_CALL: return "inline-call";
    case DK_DEVIRTUALIZE: return "devirtualize";
    case DK_MOVED_TO_HEAP: return "moved-to-heap";
    case DK_ESCAPES: return "escapes";
    case DK_NO_ESCAPE: return "does-not-escape";
    case DK_LEAK_PARAM: return "leaking-param";
    case DK_LEAK_CONTENT: return "leaking-param-content";
    case DK_FLOW: return "flow";
    case DK_CAPTURE: return "capture";
    case DK_OTHER: return "other";
    }
    return "other";
}

static void json_string(const char *s, FILE *out) {
    if (!s) {
        fputs("null", out);
        return;
    }
    putc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\t': fputs("\\t", out); break;
        case '\r': fputs("\\r", out); break;
        default:
            if (*p < 0x20)
                fprintf(out, "\\u%04x", *p);
            else
                putc(*p, out);
        }
    }
    putc('"', out);
}

static void print_json(const Diag *d, FILE *out) {
    fputs("{\"file\":", out);
    json_string(d->file, out);
    fprintf(out, ",\"line\":%d,\"column\":%d,\"kind\":\"%s\",\"message\":",
            (int)d->pos.line, (int)d->pos.col, kind_name(d->kind));
    json_string(d->msg, out);
    fputs(",\"reason\":", out);
    json_string(d->reason, out);
    fputs("}\n", out);
}

static void print_diags(const Analysis *a, const AnalyzeCli *cli) {
    for (int i = 0; i < a->diags.len; i++) {
        const Diag *d = &a->diags.items[i];
        if (cli->json) {
            print_json(d, stdout);
            continue;
        }
        diag_print(d, stdout);
        /* Flow lines already explain; the reason goes under decisions. */
        if (cli->explain && d->reason && d->sev == DIAG_NOTE && d->kind != DK_FLOW)
            printf("    reason: %s\n", d->reason);
    }
}

/* Read all of f.  Returns a malloc'd buffer and its length in *len, or
 * NULL (errno set) on a read error or out of memory. */
static char *read_all(FILE *f, size_t *len) {
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            return NULL;
        }
        buf = bigger;
        cap *= 2;
    }
    if (buf && ferror(f)) {
        int e = errno;
        free(buf);
        errno = e;
        return NULL;
    }
    *len = n;
    return buf;
}

static int print_result(Analysis *a, const AnalyzeCli *cli) {
    if (!a) {
        fputs("escapade: out of memory\n", stderr);
        return 1;
    }
    print_diags(a, cli);
    int rc = a->failed || a->diags.nerrors > 0 ? 1 : 0;
    analysis_free(a);
    return rc;
}

/* The program on standard input, named <stdin>, or as the go command would
 * name the file --stdin-name gives (an editor's unsaved buffer of x.go
 * reads as ./x.go, like the saved file). */
static int analyze_stdin(const AnalyzeCli *cli) {
    size_t len = 0;
    char *src = read_all(stdin, &len);
    if (!src) {
        fprintf(stderr, "escapade: standard input: %s\n", strerror(errno));
        return 1;
    }
    char *shown = cli->stdin_name ? gc_display_name(cli->stdin_name) : NULL;
    const char *name = shown ? shown : STDIN_NAME;
    AnalyzeOpts opts = cli->opts;
    opts.display_name = name;
    size_t n = strlen(name);
    opts.test_file = n > 8 && strcmp(name + n - 8, "_test.go") == 0;
    int rc = print_result(analyze_source(name, src, len, &opts), cli);
    free(src);
    free(shown);
    return rc;
}

/* Analyse one file.  Returns 0, or 1 when it had errors or was unreadable. */
static int analyze_one(const char *path, const AnalyzeCli *cli) {
    if (strcmp(path, "-") == 0)
        return analyze_stdin(cli);
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "escapade: %s: %s\n", path, strerror(errno));
        return 1;
    }
    if (S_ISDIR(st.st_mode)) {
        fprintf(stderr, "escapade: %s: is a directory (give .go files)\n", path);
        return 1;
    }
    char *name = gc_display_name(path);
    AnalyzeOpts opts = cli->opts;
    opts.display_name = name;
    size_t n = strlen(path);
    opts.test_file = n > 8 && strcmp(path + n - 8, "_test.go") == 0;
    int rc = print_result(analyze_file(path, &opts), cli);
    free(name);
    return rc;
}

/* -m, -m=2, -m2, and -m repeated (gc counts them). */
static bool parse_m(const char *arg, int *m) {
    if (!arg) {
        (*m)++;
        return true;
    }
    if (*arg == '=')
        arg++;
    char *end;
    long v = strtol(arg, &end, 10);
    if (!*arg || *end || v < 0 || v > 9)
        return false;
    *m = (int)v;
    return true;
}

int cmd_analyze(const CliEnv *env, int argc, char **argv) {
    (void)env;
    static const struct option opts[] = {
        {"json", no_argument, 0, 'j'},
        {"explain", no_argument, 0, 'e'},
        {"syntax-only", no_argument, 0, 's'},
        {"stdin-name", required_argument, 0, 'n'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    AnalyzeCli cli = {0};
    int m = 0, c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":m::lh", opts, NULL)) != -1) {
        switch (c) {
        case 'm':
            if (!parse_m(optarg, &m))
                return cli_usage("analyze", "bad -m level '%s' (use -m or -m=2)",
                                 optarg);
            break;
        case 'l': cli.opts.noinline = true; break;
        case 'j': cli.json = true; break;
        case 'e': cli.explain = true; break;
        case 's': cli.opts.syntax_only = true; break;
        case 'n': cli.stdin_name = optarg; break;
        case 'h':
            analyze_usage(stdout);
            return 0;
        default:
            return cli_option_error("analyze", c, argv);
        }
    }
    /* gc's -m=3 and above add its own debugging lines, which the analyzer
     * does not reproduce: refused rather than answered as -m=2. */
    if (m > 2)
        return cli_usage("analyze", "-m=%d is not supported (use -m or -m=2)", m);
    if (optind >= argc) {
        return cli_usage("analyze", "no Go files given");
    }
    cli.opts.m = m ? m : 1;
    cli.opts.one_shot = true;
    int nstdin = 0;
    for (int i = optind; i < argc; i++)
        nstdin += strcmp(argv[i], "-") == 0;
    if (nstdin > 1)
        return cli_usage("analyze", "'-' (standard input) can be given only once");

    /* Several files share the std packages they import (analyze.h); for
     * one file loading them into a cache would only cost more. */
    if (argc - optind > 1)
        cli.opts.cache = std_cache_new();
    int rc = 0;
    for (int i = optind; i < argc; i++)
        if (analyze_one(argv[i], &cli) != 0)
            rc = 1;
    std_cache_free(cli.opts.cache);
    return rc;
}
