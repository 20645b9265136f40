/* types.c - types, scopes, the universe, predicates, identity, gc's amd64
 * layout and type text.  Field and method lookup, interface satisfaction,
 * assignability and convertibility are in types_lookup.c.  See types.h. */
#include "types.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- scopes */

static unsigned name_hash(const char *s) {
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

Scope *scope_new(Arena *a, Scope *parent) {
    Scope *s = arena_alloc(a, sizeof *s);
    s->parent = parent;
    s->nbuckets = 8;
    s->buckets = arena_alloc(a, sizeof(Obj *) * 8);
    if (parent)
        s->fn = parent->fn;
    return s;
}

static void scope_grow(Arena *a, Scope *s) {
    int n = s->nbuckets * 4;
    Obj **b = arena_alloc(a, sizeof(Obj *) * (size_t)n);
    for (int i = 0; i < s->nbuckets; i++) {
        Obj *o = s->buckets[i];
        while (o) {
            Obj *next = o->scope_next;
            unsigned h = name_hash(o->name) & (unsigned)(n - 1);
            o->scope_next = b[h];
            b[h] = o;
            o = next;
        }
    }
    s->buckets = b;
    s->nbuckets = n;
}

Obj *scope_lookup_local(const Scope *s, const char *name) {
    unsigned h = name_hash(name) & (unsigned)(s->nbuckets - 1);
    for (Obj *o = s->buckets[h]; o; o = o->scope_next)
        if (o->name == name || (o->name[0] == name[0] && strcmp(o->name, name) == 0))
            return o;
    return NULL;
}

Obj *scope_insert(Arena *a, Scope *s, Obj *o) {
    Obj *old = scope_lookup_local(s, o->name);
    if (old)
        return old;
    if (s->count + 1 > s->nbuckets)
        scope_grow(a, s);
    unsigned h = name_hash(o->name) & (unsigned)(s->nbuckets - 1);
    o->scope_next = s->buckets[h];
    s->buckets[h] = o;
    s->count++;
    return NULL;
}

Obj *scope_lookup(const Scope *s, const char *name, const Scope **found) {
    unsigned hash = name_hash(name);
    for (; s; s = s->parent) {
        for (Obj *o = s->buckets[hash & (unsigned)(s->nbuckets - 1)]; o;
             o = o->scope_next)
            /* the lexer interns names: the same name is often the same pointer */
            if (o->name == name || (o->name[0] == name[0] && strcmp(o->name, name) == 0)) {
                if (found)
                    *found = s;
                return o;
            }
    }
    return NULL;
}

Obj *obj_new(Arena *a, ObjKind k, const char *name, Pos pos, Type *t) {
    Obj *o = arena_alloc(a, sizeof *o);
    o->kind = k;
    o->name = name;
    o->pos = pos;
    o->type = t;
    if (name[0] == '_' && name[1] == 0)
        o->flags |= OBJF_BLANK;
    return o;
}

/* ---------------------------------------------------------- constructors */

Type *type_new(Arena *a, TypeKind k) {
    Type *t = arena_alloc(a, sizeof *t);
    t->kind = k;
    return t;
}

/* *T and []T are memoized in T, in T's own arena (arena_home): T may be
 * a std cache's type that outlives this analysis. */
Type *type_ptr(Arena *a, Type *elem) {
    if (!elem->ptrto) {
        Type *t = type_new(arena_home(a, elem), TY_PTR);
        t->elem = elem;
        elem->ptrto = t;
    }
    return elem->ptrto;
}

Type *type_slice(Arena *a, Type *elem) {
    if (!elem->sliceof) {
        Type *t = type_new(arena_home(a, elem), TY_SLICE);
        t->elem = elem;
        elem->sliceof = t;
    }
    return elem->sliceof;
}

Type *type_array(Arena *a, Type *elem, int64_t len) {
    Type *t = type_new(a, TY_ARRAY);
    t->elem = elem;
    t->len = len;
    return t;
}

Type *type_map(Arena *a, Type *key, Type *elem) {
    Type *t = type_new(a, TY_MAP);
    t->key = key;
    t->elem = elem;
    return t;
}

Type *type_chan(Arena *a, Type *elem, int dir) {
    Type *t = type_new(a, TY_CHAN);
    t->elem = elem;
    t->chandir = dir;
    return t;
}

Type *type_named(Arena *a, Obj *obj) {
    Type *t = type_new(a, TY_INVALID);
    t->obj = obj;
    obj->type = t;
    return t;
}

/* Copy the structure of under into the defined type t; methods stay t's. */
void type_set_underlying(Type *t, Type *under) {
    Type *u = type_under(under);
    t->under = u;
    t->kind = u->kind;
    t->elem = u->elem;
    t->key = u->key;
    t->len = u->len;
    t->chandir = u->chandir;
    t->fields = u->fields;
    t->nfields = u->nfields;
    t->params = u->params;
    t->nparams = u->nparams;
    t->results = u->results;
    t->nresults = u->nresults;
    t->variadic = u->variadic;
    if (u->kind == TY_INTERFACE) {
        t->methods = u->methods;
        t->nmethods = u->nmethods;
        t->imethods = u->imethods;
        t->nimethods = u->nimethods;
        t->embeds = u->embeds;
        t->nembeds = u->nembeds;
        t->complete = u->complete;
    }
}

void type_add_method(Arena *a, Type *t, Obj *m) {
    if (t->nmethods == t->capmethods) {
        int cap = t->capmethods ? t->capmethods * 2 : 4;
        Obj **ms = arena_alloc(a, sizeof(Obj *) * (size_t)cap);
        if (t->nmethods)
            memcpy(ms, t->methods, sizeof(Obj *) * (size_t)t->nmethods);
        t->methods = ms;
        t->capmethods = cap;
    }
    m->index = t->nmethods;
    t->methods[t->nmethods++] = m;
}

static int cmp_obj_name(const void *a, const void *b) {
    const Obj *x = *(Obj *const *)a, *y = *(Obj *const *)b;
    /* gc sorts exported before unexported only via byte order; names are
     * compared as strings (types.Sym.Less: exported first, then name). */
    bool xe = x->name[0] >= 'A' && x->name[0] <= 'Z';
    bool ye = y->name[0] >= 'A' && y->name[0] <= 'Z';
    if (xe != ye)
        return xe ? -1 : 1;
    return strcmp(x->name, y->name);
}

bool type_complete_interface(Arena *a, Type *t, const char **dup) {
    if (t->complete)
        return true;
    int n = t->nimethods;
    for (int i = 0; i < t->nembeds; i++) {
        Type *e = type_under(t->embeds[i]);
        if (e->kind == TY_INTERFACE) {
            if (!e->complete)
                type_complete_interface(a, e, dup);
            n += e->nmethods;
        }
    }
    Obj **ms = arena_alloc(arena_home(a, t), sizeof(Obj *) * (size_t)(n ? n : 1));
    int k = 0;
    bool ok = true;
    for (int i = 0; i < t->nimethods; i++)
        ms[k++] = t->imethods[i];
    for (int i = 0; i < t->nembeds; i++) {
        Type *e = type_under(t->embeds[i]);
        if (e->kind != TY_INTERFACE)
            continue;
        for (int j = 0; j < e->nmethods; j++) {
            Obj *m = e->methods[j];
            bool seen = false;
            for (int l = 0; l < k; l++)
                if (strcmp(ms[l]->name, m->name) == 0) {
                    seen = true;
                    if (!type_identical(ms[l]->type, m->type)) {
                        ok = false;
                        if (dup)
                            *dup = m->name;
                    }
                }
            if (!seen)
                ms[k++] = m;
        }
    }
    qsort(ms, (size_t)k, sizeof *ms, cmp_obj_name);
    for (int i = 0; i + 1 < k && t->nimethods; i++)
        if (strcmp(ms[i]->name, ms[i + 1]->name) == 0) {
            ok = false;
            if (dup)
                *dup = ms[i]->name;
        }
    t->methods = ms;
    t->nmethods = k;
    t->complete = true;
    return ok;
}

/* ------------------------------------------------------------- universe */

static Obj *add_type(Universe *u, Scope *s, const char *name, Type *t) {
    Obj *o = obj_new(u->arena, OBJ_TYPE, name, (Pos){0, 0}, t);
    if (!t->obj)
        t->obj = o;
    scope_insert(u->arena, s, o);
    return o;
}

static Type *basic(Universe *u, TypeKind k, const char *name) {
    Type *t = type_new(u->arena, k);
    u->types[k] = t;
    if (name)
        add_type(u, u->scope, name, t);
    return t;
}

static void add_builtin(Universe *u, Scope *s, const char *name, Builtin b) {
    Obj *o = obj_new(u->arena, OBJ_BUILTIN, name, (Pos){0, 0}, u->invalid);
    o->builtin = b;
    scope_insert(u->arena, s, o);
}

static void add_const(Universe *u, const char *name, TypeKind k, Const v) {
    Obj *o = obj_new(u->arena, OBJ_CONST, name, (Pos){0, 0}, u->types[k]);
    o->val = arena_alloc(u->arena, sizeof *o->val);
    *o->val = v;
    scope_insert(u->arena, u->scope, o);
}

static Obj *new_var(Arena *a, const char *name, Type *t, unsigned flags) {
    Obj *o = obj_new(a, OBJ_VAR, name, (Pos){0, 0}, t);
    o->flags |= flags;
    return o;
}

Universe *universe_new(Arena *a) {
    Universe *u = arena_alloc(a, sizeof *u);
    u->arena = a;
    u->scope = scope_new(a, NULL);
    u->scope->nbuckets = 8;
    u->invalid = basic(u, TY_INVALID, NULL);
    static const struct { TypeKind k; const char *name; } basics[] = {
        {TY_BOOL, "bool"}, {TY_INT, "int"}, {TY_INT8, "int8"},
        {TY_INT16, "int16"}, {TY_INT32, "int32"}, {TY_INT64, "int64"},
        {TY_UINT, "uint"}, {TY_UINT8, "uint8"}, {TY_UINT16, "uint16"},
        {TY_UINT32, "uint32"}, {TY_UINT64, "uint64"}, {TY_UINTPTR, "uintptr"},
        {TY_FLOAT32, "float32"}, {TY_FLOAT64, "float64"},
        {TY_COMPLEX64, "complex64"}, {TY_COMPLEX128, "complex128"},
        {TY_STRING, "string"},
    };
    for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++)
        basic(u, basics[i].k, basics[i].name);
    static const struct { TypeKind k; const char *name; } untyped[] = {
        {TY_UNTYPED_BOOL, "untyped bool"}, {TY_UNTYPED_INT, "untyped int"},
        {TY_UNTYPED_RUNE, "untyped rune"}, {TY_UNTYPED_FLOAT, "untyped float"},
        {TY_UNTYPED_COMPLEX, "untyped complex"},
        {TY_UNTYPED_STRING, "untyped string"}, {TY_UNTYPED_NIL, "untyped nil"},
    };
    for (size_t i = 0; i < sizeof untyped / sizeof untyped[0]; i++) {
        Type *t = basic(u, untyped[i].k, NULL);
        /* not in scope, but named for messages */
        t->obj = obj_new(a, OBJ_TYPE, untyped[i].name, (Pos){0, 0}, t);
    }
    /* byte and rune are aliases, but types2 keeps their names for
     * messages ("as byte value"): distinct Types of the same kind that
     * type_identical treats as the same type. */
    u->byte_ = type_new(a, TY_UINT8);
    u->rune_ = type_new(a, TY_INT32);
    add_type(u, u->scope, "byte", u->byte_);
    add_type(u, u->scope, "rune", u->rune_);

    /* any = interface{} (an alias; printed "any" when this very type) */
    u->any_ = type_new(a, TY_INTERFACE);
    u->any_->complete = true;
    u->any_->isany = true;
    add_type(u, u->scope, "any", u->any_);
    u->any_->obj = NULL;   /* alias: the type itself stays unnamed */
    u->eface_ = type_new(a, TY_INTERFACE);
    u->eface_->complete = true;

    /* type error interface { Error() string } */
    Obj *eobj = obj_new(a, OBJ_TYPE, "error", (Pos){0, 0}, NULL);
    Type *err = type_named(a, eobj);
    Type *iface = type_new(a, TY_INTERFACE);
    Type *sig = type_new(a, TY_FUNC);
    sig->results = arena_alloc(a, sizeof(Obj *));
    sig->results[0] = new_var(a, "", u->types[TY_STRING], OBJF_RESULT | OBJF_UNNAMED);
    sig->nresults = 1;
    Obj *m = obj_new(a, OBJ_FUNC, "Error", (Pos){0, 0}, sig);
    m->flags |= OBJF_IMETHOD | OBJF_METHOD;
    sig->recv = new_var(a, "", err, OBJF_RECV | OBJF_PARAM);
    iface->imethods = arena_alloc(a, sizeof(Obj *));
    iface->imethods[0] = m;
    iface->nimethods = 1;
    type_complete_interface(a, iface, NULL);
    type_set_underlying(err, iface);
    scope_insert(a, u->scope, eobj);
    u->error_ = err;

    add_const(u, "true", TY_UNTYPED_BOOL, const_bool(true));
    add_const(u, "false", TY_UNTYPED_BOOL, const_bool(false));
    add_const(u, "iota", TY_UNTYPED_INT, const_int64(a, 0));
    u->nil_ = obj_new(a, OBJ_NIL, "nil", (Pos){0, 0}, u->types[TY_UNTYPED_NIL]);
    scope_insert(a, u->scope, u->nil_);

    static const struct { const char *name; Builtin b; } bis[] = {
        {"append", BI_APPEND}, {"cap", BI_CAP}, {"close", BI_CLOSE},
        {"complex", BI_COMPLEX}, {"copy", BI_COPY}, {"delete", BI_DELETE},
        {"imag", BI_IMAG}, {"len", BI_LEN}, {"make", BI_MAKE}, {"new", BI_NEW},
        {"panic", BI_PANIC}, {"print", BI_PRINT}, {"println", BI_PRINTLN},
        {"real", BI_REAL}, {"recover", BI_RECOVER},
    };
    for (size_t i = 0; i < sizeof bis / sizeof bis[0]; i++)
        add_builtin(u, u->scope, bis[i].name, bis[i].b);

    /* package unsafe */
    Package *up = arena_alloc(a, sizeof *up);
    up->path = "unsafe";
    up->name = "unsafe";
    up->std = true;
    up->checked = true;
    up->scope = scope_new(a, NULL);
    Type *uptr = basic(u, TY_UNSAFEPTR, NULL);
    Obj *po = add_type(u, up->scope, "Pointer", uptr);
    po->pkg = up;
    static const struct { const char *name; Builtin b; } ubis[] = {
        {"Alignof", BI_ALIGNOF}, {"Offsetof", BI_OFFSETOF},
        {"Sizeof", BI_SIZEOF}, {"Add", BI_ADD}, {"Slice", BI_SLICE},
    };
    for (size_t i = 0; i < sizeof ubis / sizeof ubis[0]; i++)
        add_builtin(u, up->scope, ubis[i].name, ubis[i].b);
    u->unsafe = up;
    return u;
}

/* ------------------------------------------------------------ predicates */

bool type_is_integer(const Type *t) {
    return t && ((t->kind >= TY_INT && t->kind <= TY_UINTPTR) ||
                 t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_RUNE);
}
bool type_is_unsigned(const Type *t) {
    return t && t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}
bool type_is_float(const Type *t) {
    return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 ||
                 t->kind == TY_UNTYPED_FLOAT);
}
bool type_is_complex(const Type *t) {
    return t && (t->kind == TY_COMPLEX64 || t->kind == TY_COMPLEX128 ||
                 t->kind == TY_UNTYPED_COMPLEX);
}
bool type_is_numeric(const Type *t) {
    return type_is_integer(t) || type_is_float(t) || type_is_complex(t);
}
bool type_is_string(const Type *t) {
    return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}
bool type_is_boolean(const Type *t) {
    return t && (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL);
}
bool type_is_basic(const Type *t) {
    return t && t->kind >= TY_BOOL && t->kind <= TY_UNTYPED_NIL;
}
bool type_is_const_type(const Type *t) {
    return type_is_boolean(t) || type_is_numeric(t) || type_is_string(t);
}
bool type_is_ordered(const Type *t) {
    return type_is_integer(t) || type_is_float(t) || type_is_string(t);
}
bool type_is_empty_interface(const Type *t) {
    return t && t->kind == TY_INTERFACE && t->nmethods == 0;
}

bool type_comparable(const Type *t) {
    switch (t->kind) {
    case TY_SLICE: case TY_MAP: case TY_FUNC:
        return false;
    case TY_ARRAY:
        return type_comparable(t->elem);
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!type_comparable(t->fields[i]->type))
                return false;
        return true;
    default:
        return t->kind != TY_TUPLE;
    }
}

bool type_has_nil(const Type *t) {
    switch (t->kind) {
    case TY_PTR: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
    case TY_INTERFACE: case TY_UNSAFEPTR: case TY_UNTYPED_NIL:
        return true;
    default:
        return false;
    }
}

Type *type_default(const Universe *u, Type *t) {
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return u->types[TY_BOOL];
    case TY_UNTYPED_INT: return u->types[TY_INT];
    case TY_UNTYPED_RUNE: return u->rune_;
    case TY_UNTYPED_FLOAT: return u->types[TY_FLOAT64];
    case TY_UNTYPED_COMPLEX: return u->types[TY_COMPLEX128];
    case TY_UNTYPED_STRING: return u->types[TY_STRING];
    default: return t;
    }
}

/* -------------------------------------------------------------- identity */

static bool identical_sig(const Type *x, const Type *y) {
    if (x->nparams != y->nparams || x->nresults != y->nresults ||
        x->variadic != y->variadic)
        return false;
    for (int i = 0; i < x->nparams; i++)
        if (!type_identical(x->params[i]->type, y->params[i]->type))
            return false;
    for (int i = 0; i < x->nresults; i++)
        if (!type_identical(x->results[i]->type, y->results[i]->type))
            return false;
    return true;
}

bool type_identical(const Type *x, const Type *y) {
    if (x == y)
        return true;
    if (!x || !y)
        return false;
    if (x->kind != y->kind)
        return false;
    /* predeclared basic types: byte is uint8, rune is int32 */
    if (x->kind <= TY_UNSAFEPTR && !x->under && !y->under)
        return true;   /* defined types have an underlying; these don't */
    if (x->obj || y->obj)
        return false;
    switch (x->kind) {
    case TY_PTR: case TY_SLICE:
        return type_identical(x->elem, y->elem);
    case TY_ARRAY:
        return x->len == y->len && type_identical(x->elem, y->elem);
    case TY_MAP:
        return type_identical(x->key, y->key) && type_identical(x->elem, y->elem);
    case TY_CHAN:
        return x->chandir == y->chandir && type_identical(x->elem, y->elem);
    case TY_FUNC:
        return identical_sig(x, y);
    case TY_STRUCT:
        if (x->nfields != y->nfields)
            return false;
        for (int i = 0; i < x->nfields; i++) {
            const Obj *f = x->fields[i], *g = y->fields[i];
            if (strcmp(f->name, g->name) != 0 ||
                ((f->flags ^ g->flags) & OBJF_EMBEDDED) ||
                !type_identical(f->type, g->type))
                return false;
            if ((f->tag ? f->tag : "")[0] || (g->tag ? g->tag : "")[0])
                if (strcmp(f->tag ? f->tag : "", g->tag ? g->tag : "") != 0)
                    return false;
            /* unexported names from different packages differ */
            if (!(f->name[0] >= 'A' && f->name[0] <= 'Z') && f->pkg != g->pkg)
                return false;
        }
        return true;
    case TY_INTERFACE:
        if (x->nmethods != y->nmethods)
            return false;
        for (int i = 0; i < x->nmethods; i++)
            if (strcmp(x->methods[i]->name, y->methods[i]->name) != 0 ||
                !type_identical(x->methods[i]->type, y->methods[i]->type))
                return false;
        return true;
    case TY_TUPLE:
        if (x->nfields != y->nfields)
            return false;
        for (int i = 0; i < x->nfields; i++)
            if (!type_identical(x->fields[i]->type, y->fields[i]->type))
                return false;
        return true;
    default:
        /* basic kinds are unique objects; two distinct ones differ */
        return false;
    }
}

/* ---------------------------------------------------------------- layout */

static int64_t rnd(int64_t o, int64_t r) { return (o + r - 1) & ~(r - 1); }

static void calc_size(Type *t);

static void calc_struct(Type *t) {
    int64_t o = 0, maxalign = 1, lastzero = 0;
    for (int i = 0; i < t->nfields; i++) {
        Obj *f = t->fields[i];
        Type *ft = f->type;
        calc_size(ft);
        if (ft->align > maxalign)
            maxalign = ft->align;
        if (ft->align > 0)
            o = rnd(o, ft->align);
        f->offset = o;
        if (ft->size == 0)
            lastzero = o;
        o += ft->size;
    }
    /* a non-empty struct ending in a zero-size field gets a pad byte so
     * &last cannot point past the object (gc issue 9401) */
    if (o > 0 && o == lastzero)
        o++;
    o = rnd(o, maxalign);
    t->size = o;
    t->align = maxalign;
}

static void calc_size(Type *t) {
    if (t->sizestate == 2)
        return;
    if (t->sizestate == 1) {   /* invalid recursive type; reported elsewhere */
        t->size = 8;
        t->align = 8;
        return;
    }
    t->sizestate = 1;
    int64_t w = 0, al = 0;
    switch (t->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: w = 1; break;
    case TY_INT16: case TY_UINT16: w = 2; break;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32: w = 4; break;
    case TY_INT64: case TY_UINT64: case TY_FLOAT64: w = 8; break;
    case TY_COMPLEX64: w = 8; al = 4; break;
    case TY_COMPLEX128: w = 16; al = 8; break;
    case TY_INT: case TY_UINT: case TY_UINTPTR: case TY_UNSAFEPTR:
    case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC:
        w = 8; break;
    case TY_STRING: w = 16; al = 8; break;
    case TY_INTERFACE: w = 16; al = 8; break;
    case TY_SLICE: w = 24; al = 8; break;
    case TY_ARRAY:
        calc_size(t->elem);
        w = t->len * t->elem->size;
        al = t->elem->align;
        break;
    case TY_STRUCT:
        calc_struct(t);
        t->sizestate = 2;
        return;
    default:
        w = 8;   /* untyped and invalid: never laid out, keep it sane */
        break;
    }
    if (al == 0)
        al = w > 8 ? 8 : (w ? w : 1);
    t->size = w;
    t->align = al;
    t->sizestate = 2;
}

int64_t type_size(Type *t) {
    calc_size(t);
    return t->size;
}

int64_t type_align(Type *t) {
    calc_size(t);
    return t->align;
}

bool type_has_pointers(Type *t) {
    if (t->haspointers)
        return t->haspointers == 2;
    bool p;
    t->haspointers = 1;   /* recursion through pointers ends at TY_PTR */
    switch (t->kind) {
    case TY_ARRAY:
        p = t->len > 0 && type_has_pointers(t->elem);
        break;
    case TY_STRUCT:
        p = false;
        for (int i = 0; i < t->nfields && !p; i++)
            p = type_has_pointers(t->fields[i]->type);
        break;
    case TY_PTR: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
    case TY_INTERFACE: case TY_STRING: case TY_UNSAFEPTR:
    case TY_UNTYPED_STRING: case TY_UNTYPED_NIL:
        p = true;
        break;
    default:
        p = false;
    }
    t->haspointers = p ? 2 : 1;
    return p;
}

/* ------------------------------------------------------------ type text */

static void write_type(StrBuf *b, const Type *t, const Package *local, int depth);

static void write_tuple(StrBuf *b, Obj **vs, int n, bool variadic,
                        const Package *local, int depth) {
    strbuf_puts(b, "(");
    for (int i = 0; i < n; i++) {
        if (i)
            strbuf_puts(b, ", ");
        if (vs[i]->name[0] && !(vs[i]->flags & OBJF_UNNAMED)) {
            strbuf_puts(b, vs[i]->name);
            strbuf_puts(b, " ");
        }
        if (variadic && i == n - 1) {
            strbuf_puts(b, "...");
            write_type(b, vs[i]->type->elem, local, depth);
        } else {
            write_type(b, vs[i]->type, local, depth);
        }
    }
    strbuf_puts(b, ")");
}

static void write_sig(StrBuf *b, const Type *t, const Package *local, int depth) {
    write_tuple(b, t->params, t->nparams, t->variadic, local, depth);
    if (t->nresults == 0)
        return;
    strbuf_puts(b, " ");
    if (t->nresults == 1 && (t->results[0]->flags & OBJF_UNNAMED)) {
        write_type(b, t->results[0]->type, local, depth);
        return;
    }
    write_tuple(b, t->results, t->nresults, false, local, depth);
}

static void write_type(StrBuf *b, const Type *t, const Package *local, int depth) {
    if (!t) {
        strbuf_puts(b, "<nil>");
        return;
    }
    if (depth > 50) {
        strbuf_puts(b, "...");
        return;
    }
    depth++;
    if (t->obj) {
        if (t->obj->pkg && t->obj->pkg != local) {
            strbuf_puts(b, t->obj->pkg->name);
            strbuf_puts(b, ".");
        }
        strbuf_puts(b, t->obj->name);
        return;
    }
    if (t->isany) {
        strbuf_puts(b, "any");
        return;
    }
    char num[32];
    switch (t->kind) {
    case TY_INVALID: strbuf_puts(b, "invalid type"); break;
    case TY_PTR: strbuf_puts(b, "*"); write_type(b, t->elem, local, depth); break;
    case TY_SLICE: strbuf_puts(b, "[]"); write_type(b, t->elem, local, depth); break;
    case TY_ARRAY:
        snprintf(num, sizeof num, "[%lld]", (long long)t->len);
        strbuf_puts(b, num);
        write_type(b, t->elem, local, depth);
        break;
    case TY_MAP:
        strbuf_puts(b, "map[");
        write_type(b, t->key, local, depth);
        strbuf_puts(b, "]");
        write_type(b, t->elem, local, depth);
        break;
    case TY_CHAN:
        if (t->chandir == CHAN_SEND)
            strbuf_puts(b, "chan<- ");
        else if (t->chandir == CHAN_RECV)
            strbuf_puts(b, "<-chan ");
        else
            strbuf_puts(b, "chan ");
        {
            bool par = t->chandir == CHAN_BOTH && t->elem->kind == TY_CHAN &&
                       !t->elem->obj && t->elem->chandir == CHAN_RECV;
            if (par)
                strbuf_puts(b, "(");
            write_type(b, t->elem, local, depth);
            if (par)
                strbuf_puts(b, ")");
        }
        break;
    case TY_FUNC:
        strbuf_puts(b, "func");
        write_sig(b, t, local, depth);
        break;
    case TY_STRUCT:
        strbuf_puts(b, "struct{");
        for (int i = 0; i < t->nfields; i++) {
            if (i)
                strbuf_puts(b, "; ");
            if (!(t->fields[i]->flags & OBJF_EMBEDDED)) {
                strbuf_puts(b, t->fields[i]->name);
                strbuf_puts(b, " ");
            }
            write_type(b, t->fields[i]->type, local, depth);
            if (t->fields[i]->tag && t->fields[i]->tag[0]) {
                strbuf_puts(b, " \"");
                strbuf_puts(b, t->fields[i]->tag);
                strbuf_puts(b, "\"");
            }
        }
        strbuf_puts(b, "}");
        break;
    case TY_INTERFACE:
        strbuf_puts(b, "interface{");
        {
            bool first = true;
            for (int i = 0; i < t->nimethods; i++) {
                if (!first)
                    strbuf_puts(b, "; ");
                first = false;
                strbuf_puts(b, t->imethods[i]->name);
                write_sig(b, t->imethods[i]->type, local, depth);
            }
            for (int i = 0; i < t->nembeds; i++) {
                if (!first)
                    strbuf_puts(b, "; ");
                first = false;
                write_type(b, t->embeds[i], local, depth);
            }
        }
        strbuf_puts(b, "}");
        break;
    case TY_TUPLE:
        write_tuple(b, t->fields, t->nfields, false, local, depth);
        break;
    default:
        strbuf_puts(b, "?");
    }
}

const char *type_string(Arena *a, const Type *t, const Package *local) {
    StrBuf b = {a, NULL, 0, 0};
    /* any: the universe's very interface{} prints as "any" */
    write_type(&b, t, local, 0);
    return b.s ? b.s : "";
}
