/* gcfmt_type.c - gc's printing of types (cmd/compile/internal/types/fmt.go):
 * a Type as gc names it (package-qualified outside the local package,
 * go.shape types, func signatures), a type as written in the source (which
 * keeps `any` and `byte`), and a function's type for `can inline` lines.
 * Split from gcfmt.c, which prints expressions and statements and calls
 * these for the types inside them (conversions, literals, declarations). */
#include <string.h>

#include "generic.h"
#include "inline_int.h"

typedef GcBuf Buf;

static void b_putn(Buf *b, const char *s, size_t n)
{
    strbuf_put(&b->sb, s, n);
}

static void b_put(Buf *b, const char *s)
{
    strbuf_puts(&b->sb, s);
}

#define b_printf(b, ...) strbuf_printf(&(b)->sb, __VA_ARGS__)

static const char *b_done(Buf *b, Arena *a)
{
    return strbuf_finish(&b->sb, a);
}

/* ------------------------------------------------------------- types */

static const char *basic_name(TypeKind k)
{
    switch (k) {
    case TY_BOOL: return "bool";
    case TY_INT: return "int";
    case TY_INT8: return "int8";
    case TY_INT16: return "int16";
    case TY_INT32: return "int32";
    case TY_INT64: return "int64";
    case TY_UINT: return "uint";
    case TY_UINT8: return "uint8";
    case TY_UINT16: return "uint16";
    case TY_UINT32: return "uint32";
    case TY_UINT64: return "uint64";
    case TY_UINTPTR: return "uintptr";
    case TY_FLOAT32: return "float32";
    case TY_FLOAT64: return "float64";
    case TY_COMPLEX64: return "complex64";
    case TY_COMPLEX128: return "complex128";
    case TY_STRING: return "string";
    case TY_UNSAFEPTR: return "unsafe.Pointer";
    case TY_UNTYPED_BOOL: return "untyped bool";
    case TY_UNTYPED_INT: return "untyped int";
    case TY_UNTYPED_RUNE: return "untyped rune";
    case TY_UNTYPED_FLOAT: return "untyped float";
    case TY_UNTYPED_COMPLEX: return "untyped complex";
    case TY_UNTYPED_STRING: return "untyped string";
    case TY_UNTYPED_NIL: return "untyped nil";
    default: return NULL;
    }
}

void gcfmt_put_objname(Buf *b, const Obj *o)
{
    if (o->pkg && o->pkg != b->local && o->pkg->name) {
        b_put(b, o->pkg->name);
        b_put(b, ".");
    }
    b_put(b, o->name);
}

static void put_sig(Buf *b, const Type *t, bool withfunc)
{
    if (withfunc)
        b_put(b, "func");
    b_put(b, "(");
    for (int i = 0; i < t->nparams; i++) {
        if (i)
            b_put(b, ", ");
        const Type *pt = t->params[i]->type;
        if (t->variadic && i == t->nparams - 1 && pt && type_under((Type *)pt)->kind == TY_SLICE) {
            b_put(b, "...");
            gcfmt_put_type(b, type_under((Type *)pt)->elem);
        } else {
            gcfmt_put_type(b, pt);
        }
    }
    b_put(b, ")");
    if (t->nresults == 1) {
        b_put(b, " ");
        gcfmt_put_type(b, t->results[0]->type);
    } else if (t->nresults > 1) {
        b_put(b, " (");
        for (int i = 0; i < t->nresults; i++) {
            if (i)
                b_put(b, ", ");
            gcfmt_put_type(b, t->results[i]->type);
        }
        b_put(b, ")");
    }
}

void gcfmt_put_type(Buf *b, const Type *t)
{
    if (!t) {
        b_put(b, "<T>");
        return;
    }
    if (t->obj) {
        gcfmt_put_objname(b, t->obj);
        return;
    }
    if (t->isany) {   /* the predeclared alias itself, as types2 keeps it */
        b_put(b, "any");
        return;
    }
    const char *bn = basic_name(t->kind);
    if (bn) {
        b_put(b, bn);
        return;
    }
    switch (t->kind) {
    case TY_PTR:
        b_put(b, "*");
        gcfmt_put_type(b, t->elem);
        break;
    case TY_ARRAY:
        b_printf(b, "[%lld]", (long long)t->len);
        gcfmt_put_type(b, t->elem);
        break;
    case TY_SLICE:
        b_put(b, "[]");
        gcfmt_put_type(b, t->elem);
        break;
    case TY_MAP:
        b_put(b, "map[");
        gcfmt_put_type(b, t->key);
        b_put(b, "]");
        gcfmt_put_type(b, t->elem);
        break;
    case TY_CHAN:
        if (t->chandir == CHAN_RECV)
            b_put(b, "<-chan ");
        else if (t->chandir == CHAN_SEND)
            b_put(b, "chan<- ");
        else
            b_put(b, "chan ");
        if (t->chandir == CHAN_BOTH && t->elem && !t->elem->obj &&
            t->elem->kind == TY_CHAN && t->elem->chandir == CHAN_RECV) {
            b_put(b, "(");
            gcfmt_put_type(b, t->elem);
            b_put(b, ")");
        } else {
            gcfmt_put_type(b, t->elem);
        }
        break;
    case TY_FUNC:
        put_sig(b, t, true);
        break;
    case TY_STRUCT:
        if (t->nfields == 0) {
            b_put(b, "struct {}");
            break;
        }
        b_put(b, "struct { ");
        for (int i = 0; i < t->nfields; i++) {
            const Obj *f = t->fields[i];
            if (i)
                b_put(b, "; ");
            if (!(f->flags & OBJF_EMBEDDED)) {
                b_put(b, f->name);
                b_put(b, " ");
            }
            gcfmt_put_type(b, f->type);
            if (f->tag) {
                b_put(b, " \"");
                b_put(b, f->tag);
                b_put(b, "\"");
            }
        }
        b_put(b, " }");
        break;
    case TY_INTERFACE:
        if (t->nmethods == 0) {
            b_put(b, "interface {}");
            break;
        }
        b_put(b, "interface { ");
        for (int i = 0; i < t->nmethods; i++) {
            if (i)
                b_put(b, "; ");
            b_put(b, t->methods[i]->name);
            if (t->methods[i]->type)
                put_sig(b, t->methods[i]->type, false);
        }
        b_put(b, " }");
        break;
    case TY_TUPLE:
        b_put(b, "(");
        for (int i = 0; i < t->nfields; i++) {
            if (i)
                b_put(b, ", ");
            gcfmt_put_type(b, t->fields[i]->type);
        }
        b_put(b, ")");
        break;
    default:
        b_put(b, "<T>");
    }
}

static void put_params(Buf *b, NodeList *l)
{
    b_put(b, "(");
    for (int i = 0; i < l->len; i++) {
        if (i)
            b_put(b, ", ");
        gcfmt_put_texpr(b, l->items[i]->type_);
    }
    b_put(b, ")");
}

static void put_functype(Buf *b, Node *ft)
{
    put_params(b, &ft->params);
    if (ft->results.len == 1) {
        b_put(b, " ");
        gcfmt_put_texpr(b, ft->results.items[0]->type_);
    } else if (ft->results.len > 1) {
        b_put(b, " ");
        put_params(b, &ft->results);
    }
}

bool gcfmt_has_dots_len(Node *x)
{
    for (; x; x = x->y) {
        if (x->kind == N_ARRAYTYPE && x->x && x->x->kind == N_DOTS)
            return true;
        if (x->kind != N_ARRAYTYPE)
            return false;
    }
    return false;
}

/* A type as written (keeps `any` and `byte`, which our Types merge with
 * interface{} and uint8); falls back to the Type where the syntax is not
 * enough. */
void gcfmt_put_texpr(Buf *b, Node *x)
{
    if (!x) {
        b_put(b, "<T>");
        return;
    }
    if (x->ty && gen_has_shape(x->ty)) {   /* in an instantiation */
        gcfmt_put_type(b, x->ty);
        return;
    }
    switch (x->kind) {
    case N_PAREN:
        gcfmt_put_texpr(b, x->x);
        return;
    case N_NAME:
        if (x->ty && x->ty->obj && x->ty->obj->pkg && x->ty->obj->pkg != b->local) {
            gcfmt_put_type(b, x->ty);
            return;
        }
        b_putn(b, x->lit, x->litlen > 0 ? (size_t)x->litlen : strlen(x->lit));
        return;
    case N_SELECTOR:
        gcfmt_put_texpr(b, x->x);
        b_put(b, ".");
        gcfmt_put_texpr(b, x->name);
        return;
    case N_STAR:
        b_put(b, "*");
        gcfmt_put_texpr(b, x->x);
        return;
    case N_DOTS:
        b_put(b, "...");
        gcfmt_put_texpr(b, x->x);
        return;
    case N_ARRAYTYPE:
        if (!x->x) {
            b_put(b, "[]");
        } else if (x->ty && type_under(x->ty)->kind == TY_ARRAY) {
            b_printf(b, "[%lld]", (long long)type_under(x->ty)->len);
        } else {
            b_put(b, "[?]");
        }
        gcfmt_put_texpr(b, x->y);
        return;
    case N_MAPTYPE:
        b_put(b, "map[");
        gcfmt_put_texpr(b, x->x);
        b_put(b, "]");
        gcfmt_put_texpr(b, x->y);
        return;
    case N_CHANTYPE:
        b_put(b, x->chandir == CHAN_RECV ? "<-chan " : x->chandir == CHAN_SEND ? "chan<- " : "chan ");
        gcfmt_put_texpr(b, x->x);
        return;
    case N_FUNCTYPE:
        b_put(b, "func");
        put_functype(b, x);
        return;
    case N_INTERFACETYPE:
        if (x->list.len == 0) {
            b_put(b, "interface {}");
            return;
        }
        gcfmt_put_type(b, x->ty);
        return;
    case N_STRUCTTYPE:
        if (x->list.len == 0) {
            b_put(b, "struct {}");
            return;
        }
        b_put(b, "struct { ");
        for (int i = 0; i < x->list.len; i++) {
            Node *f = x->list.items[i];
            if (i)
                b_put(b, "; ");
            if (f->name && !f->embedded) {
                b_put(b, f->name->lit);
                b_put(b, " ");
            }
            gcfmt_put_texpr(b, f->type_);
        }
        b_put(b, " }");
        return;
    default:
        gcfmt_put_type(b, x->ty);
    }
}

const char *gcfmt_type(Arena *a, const Package *local, const Type *t)
{
    Buf b = { .local = local };
    gcfmt_put_type(&b, t);
    return b_done(&b, a);
}

const char *gcfmt_functype(Arena *a, const Package *local, Node *fn)
{
    Buf b = { .local = local };
    const Type *it = gen_is_inst(fn) && fn->obj ? fn->obj->type : NULL;
    if (it) {
        /* a stenciled function: func(dictionary, receiver, params...) */
        b_put(&b, "func(uintptr");
        if (it->recv) {
            b_put(&b, ", ");
            gcfmt_put_type(&b, it->recv->type);
        }
        Buf s = { .local = local };
        put_sig(&s, it, false);
        const char *sig = b_done(&s, a);
        if (sig[1] != ')')
            b_put(&b, ", ");
        b_put(&b, sig + 1);
        return b_done(&b, a);
    }
    if (fn->kind == N_FUNCDECL && fn->recv) {
        b_put(&b, "method(");
        gcfmt_put_texpr(&b, fn->recv->type_);
        b_put(&b, ") ");
    }
    b_put(&b, "func");
    if (fn->type_)
        put_functype(&b, fn->type_);
    else
        b_put(&b, "()");
    return b_done(&b, a);
}
