/* check_genname.c - gc's LinkString of types (types/fmt.go, fmtTypeIDName):
 * the text that instantiated names ("Stack[int]"), shape names
 * ("go.shape.int_0") and dictionary names are made of.  Split from
 * check_generic.c: it depends on nothing of the instantiation machinery,
 * only on how gc spells a type. */
#include "check_int.h"
#include "generic.h"

#include <stdio.h>
#include <string.h>

static const char *basic_name(TypeKind k) {
    static const char *const names[] = {
        [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8", [TY_INT16] = "int16",
        [TY_INT32] = "int32", [TY_INT64] = "int64", [TY_UINT] = "uint", [TY_UINT8] = "uint8",
        [TY_UINT16] = "uint16", [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
        [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64",
        [TY_COMPLEX64] = "complex64", [TY_COMPLEX128] = "complex128", [TY_STRING] = "string",
        [TY_UNSAFEPTR] = "unsafe.Pointer",
    };
    return k < (int)(sizeof names / sizeof names[0]) ? names[k] : NULL;
}

/* gc's LinkString of a type: what instantiated names and shape names are
 * made of ("int", "[]main.Foo", "struct { main.a int }", "go.shape.int_0"). */
void gen_link_string(StrBuf *b, const Type *t, int depth) {
    if (!t || depth > 10) {
        strbuf_puts(b, "?");
        return;
    }
    if (t->isany) {
        strbuf_puts(b, "interface {}");
        return;
    }
    if (t->obj && t->obj->name) {
        if (t->obj->pkg && !gen_is_shape(t)) {
            strbuf_puts(b, t->obj->pkg->path ? t->obj->pkg->path : t->obj->pkg->name);
            strbuf_puts(b, ".");
        } else if (!t->obj->pkg && t->kind == TY_UINT8 && !gen_is_shape(t)) {
            strbuf_puts(b, "uint8");   /* byte */
            return;
        } else if (!t->obj->pkg && t->kind == TY_INT32 && !gen_is_shape(t)) {   /* not go.shape.int32_0 */
            strbuf_puts(b, "int32");   /* rune */
            return;
        }
        strbuf_puts(b, t->obj->name);
        return;
    }
    const char *bn = basic_name(t->kind);
    if (bn) {
        strbuf_puts(b, bn);
        return;
    }
    char num[32];
    switch (t->kind) {
    case TY_PTR: strbuf_puts(b, "*"); gen_link_string(b, t->elem, depth + 1); return;
    case TY_SLICE: strbuf_puts(b, "[]"); gen_link_string(b, t->elem, depth + 1); return;
    case TY_ARRAY:
        snprintf(num, sizeof num, "[%lld]", (long long)t->len);
        strbuf_puts(b, num);
        gen_link_string(b, t->elem, depth + 1);
        return;
    case TY_MAP:
        strbuf_puts(b, "map[");
        gen_link_string(b, t->key, depth + 1);
        strbuf_puts(b, "]");
        gen_link_string(b, t->elem, depth + 1);
        return;
    case TY_CHAN:
        strbuf_puts(b, t->chandir == CHAN_RECV ? "<-chan " : t->chandir == CHAN_SEND ? "chan<- " : "chan ");
        gen_link_string(b, t->elem, depth + 1);
        return;
    case TY_STRUCT:
        if (!t->nfields) {
            strbuf_puts(b, "struct {}");
            return;
        }
        strbuf_puts(b, "struct { ");
        for (int i = 0; i < t->nfields; i++) {
            Obj *f = t->fields[i];
            if (i)
                strbuf_puts(b, "; ");
            if (!(f->flags & OBJF_EMBEDDED)) {
                if (!(f->name[0] >= 'A' && f->name[0] <= 'Z') && f->pkg) {
                    strbuf_puts(b, f->pkg->path ? f->pkg->path : f->pkg->name);
                    strbuf_puts(b, ".");
                }
                strbuf_puts(b, f->name);
                strbuf_puts(b, " ");
            }
            gen_link_string(b, f->type, depth + 1);
        }
        strbuf_puts(b, " }");
        return;
    case TY_FUNC:
        strbuf_puts(b, "func(");
        for (int i = 0; i < t->nparams; i++) {
            if (i)
                strbuf_puts(b, ", ");
            if (t->variadic && i == t->nparams - 1) {
                strbuf_puts(b, "...");
                gen_link_string(b, t->params[i]->type->elem, depth + 1);
            } else {
                gen_link_string(b, t->params[i]->type, depth + 1);
            }
        }
        strbuf_puts(b, ")");
        if (t->nresults == 1) {
            strbuf_puts(b, " ");
            gen_link_string(b, t->results[0]->type, depth + 1);
        } else if (t->nresults > 1) {
            strbuf_puts(b, " (");
            for (int i = 0; i < t->nresults; i++) {
                if (i)
                    strbuf_puts(b, ", ");
                gen_link_string(b, t->results[i]->type, depth + 1);
            }
            strbuf_puts(b, ")");
        }
        return;
    case TY_INTERFACE:
        if (!t->nmethods) {
            strbuf_puts(b, "interface {}");
            return;
        }
        strbuf_puts(b, "interface { ");
        for (int i = 0; i < t->nmethods; i++) {
            if (i)
                strbuf_puts(b, "; ");
            strbuf_puts(b, t->methods[i]->name);
            StrBuf s = {b->a, NULL, 0, 0};
            gen_link_string(&s, t->methods[i]->type, depth + 1);
            strbuf_puts(b, s.s && !strncmp(s.s, "func", 4) ? s.s + 4 : "()");
        }
        strbuf_puts(b, " }");
        return;
    default:
        strbuf_puts(b, "?");
        return;
    }
}

/* "[int,string]" */
const char *gen_targs_string(Arena *a, Type **targs, int n) {
    StrBuf b = {a, NULL, 0, 0};
    strbuf_puts(&b, "[");
    for (int i = 0; i < n; i++) {
        if (i)
            strbuf_puts(&b, ",");
        gen_link_string(&b, targs[i], 0);
    }
    strbuf_puts(&b, "]");
    return b.s;
}
