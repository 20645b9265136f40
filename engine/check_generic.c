/* check_generic.c - generics as gc 1.19 compiles them: instantiation by
 * re-checking declarations with the type parameters bound, GC shapes, and
 * stenciled copies of generic bodies (generic.h says what later stages see).
 *
 * Type parameters are never types of their own here.  A generic type or
 * signature is instantiated by checking its declaration's type
 * expressions again in a scope where each type parameter's name denotes
 * its argument; a generic body is only ever checked as a copy whose type
 * parameters denote GC shapes (noder/stencil.go, typecheck.Shapify):
 * named types "go.shape.<underlying>_<index>" with the argument's
 * underlying type (every pointer is *uint8).  Generic bodies are thus not
 * checked on their own (gc reports errors there; escapade assumes the
 * program is valid Go).
 *
 * gc's link names of types are in check_genname.c, the copying of generic
 * declarations in check_clone.c, type argument inference in check_infer.c.
 */
#include "check_int.h"
#include "generic.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "chain.h"

typedef struct TypeInst {
    Obj *orig;            /* the generic type's Obj */
    Type **targs;
    int n;
    Type *t;
} TypeInst;

/* An instantiation of a generic function or method for one shape list. */
typedef struct FuncInst {
    Node *gdecl;          /* the generic N_FUNCDECL */
    Type **shapes;
    int n;
    Node *decl;           /* its checked copy */
    Obj *obj;
    Type *sig;
    Scope *tpscope;       /* type parameter names -> shapes */
    bool checked;
    PtrVec reqs;          /* FuncInst* its body calls, in order */
    bool ordered;
    PtrVec itabsrc;       /* Type*: shapes its dictionary holds itabs of (a
                           * bound method call, a conversion to a non-empty
                           * interface: stencil.go getInstInfo itabConvs) */
    PtrVec itabderiv;     /* Type*: the same for types built from shapes
                           * (*CycleError[go.shape.X_0] as an error) */
} FuncInst;

/* A call from non-generic code of an instantiation, with its type
 * arguments: gc writes that dictionary, and so its itabs. */
typedef struct DictUse {
    FuncInst *fi;
    Type **targs;
    int n;
} DictUse;

typedef struct GenState {
    PtrVec types;         /* TypeInst* */
    PtrVec plaintypes;    /* Type*: instantiated types without shapes, in order */
    PtrVec shapes;        /* Type* */
    PtrVec insts;         /* FuncInst*, creation order */
    PtrVec topreqs;       /* FuncInst* requested by non-generic code, in order */
    PtrVec topdicts;      /* DictUse*: the same, with their type arguments */
    FuncInst *cur;        /* instantiation whose body is being checked */
    PtrVec localtypes;    /* Obj*: generic types declared in function bodies */
    PtrVec localscopes;   /* Scope*: the scope each was declared in */
    PtrVec typeerrs;      /* Node*: type declarations in generic bodies reported */
    Node *callee;         /* the function expression of the call being checked */
    int dnum;             /* stencil.go's g.dnum: .dictN/.rcvrN of closures in functions */
} GenState;

/* ------------------------------------------------------------- helpers */

static GenState *gst(Checker *c) {
    if (!c->gen)
        c->gen = arena_alloc(c->a, sizeof(GenState));
    return c->gen;
}

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

/* The N_INDEX of a method receiver "*Stack[T]" / "Stack[K, V]". */
static Node *recv_index(const Node *d) {
    Node *t = d && d->recv ? d->recv->type_ : NULL;
    while (t && (t->kind == N_PAREN || t->kind == N_STAR))
        t = t->x;
    return t && t->kind == N_INDEX ? t : NULL;
}

bool gen_inlinable_call(const Node *call) {
    const GenInfo *g = call->gen;
    if (!g)
        return true;
    /* a stenciled call's dictionary is an argument without a shape */
    if (g->shapeparams)
        return g->shapeargs || (!g->callprefix && call->list.len == 0);
    return !g->shapeargs;
}

bool gen_is_generic_decl(const Node *d) {
    if (!d || gen_is_inst(d))
        return false;
    if (d->kind == N_TYPEDECL)
        return d->tparams.len > 0;
    if (d->kind != N_FUNCDECL)
        return false;
    return d->tparams.len > 0 || recv_index(d) != NULL;
}

static bool recv_is_ptr(const Node *d) {
    Node *t = d->recv ? unparen(d->recv->type_) : NULL;
    return t && t->kind == N_STAR;
}

/* The index expressions of an N_INDEX: one (y) or several (list). */
static int index_args(Node *e, Node ***out) {
    if (e->list.len) {
        *out = e->list.items;
        return e->list.len;
    }
    *out = &e->y;
    return e->y ? 1 : 0;
}

static bool is_shape(const Type *t) {
    return t && t->obj && t->obj->name && !strncmp(t->obj->name, "go.shape.", 9);
}

static bool has_shape(const Type *t, int depth) {
    if (!t || depth > 8)
        return false;
    if (is_shape(t))
        return true;
    if (t->obj) {
        if (t->obj->gen)
            for (int i = 0; i < t->obj->gen->n; i++)
                if (has_shape(t->obj->gen->targs[i], depth + 1))
                    return true;
        return false;
    }
    switch (t->kind) {
    case TY_PTR: case TY_SLICE: case TY_ARRAY: case TY_CHAN:
        return has_shape(t->elem, depth + 1);
    case TY_MAP:
        return has_shape(t->key, depth + 1) || has_shape(t->elem, depth + 1);
    case TY_STRUCT: case TY_TUPLE:
        for (int i = 0; i < t->nfields; i++)
            if (has_shape(t->fields[i]->type, depth + 1))
                return true;
        return false;
    case TY_FUNC:
        for (int i = 0; i < t->nparams; i++)
            if (has_shape(t->params[i]->type, depth + 1))
                return true;
        for (int i = 0; i < t->nresults; i++)
            if (has_shape(t->results[i]->type, depth + 1))
                return true;
        return false;
    default:
        return false;
    }
}

bool gen_has_shape(const Type *t) { return has_shape(t, 0); }

bool gen_is_shape(const Type *t) { return is_shape(t); }
int gen_index_args(Node *e, Node ***out) { return index_args(e, out); }

/* ------------------------------------------------------------- shapes */

/* Replace shapes inside t by their underlying types (Shapify's first
 * step); only the shapes themselves and simple composites are handled. */
static Type *unshape(Checker *c, Type *t, int depth) {
    if (!t || depth > 8)
        return t;
    if (is_shape(t))
        return t->under;
    if (t->obj || !has_shape(t, 0))
        return t;
    switch (t->kind) {
    case TY_PTR: return type_ptr(c->a, unshape(c, t->elem, depth + 1));
    case TY_SLICE: return type_slice(c->a, unshape(c, t->elem, depth + 1));
    case TY_ARRAY: return type_array(c->a, unshape(c, t->elem, depth + 1), t->len);
    case TY_MAP:
        return type_map(c->a, unshape(c, t->key, depth + 1), unshape(c, t->elem, depth + 1));
    case TY_CHAN: return type_chan(c->a, unshape(c, t->elem, depth + 1), t->chandir);
    default: return t;
    }
}

static Type *shapify(Checker *c, Type *t, int index, bool core) {
    GenState *g = gst(c);
    Type *u = type_under(unshape(c, t, 0));
    if (u->kind == TY_PTR && type_under(u->elem)->kind != TY_ARRAY && !core)
        u = type_ptr(c->a, c->u->types[TY_UINT8]);
    StrBuf b = {c->a, NULL, 0, 0};
    strbuf_puts(&b, "go.shape.");
    gen_link_string(&b, u, 0);
    char num[16];
    snprintf(num, sizeof num, "_%d", index);
    strbuf_puts(&b, num);
    for (int i = 0; i < g->shapes.len; i++) {
        Type *s = g->shapes.items[i];
        if (!strcmp(s->obj->name, b.s))
            return s;
    }
    Obj *o = obj_new(c->a, OBJ_TYPE, b.s, (Pos){0, 0}, NULL);
    o->state = 2;
    Type *s = type_named(c->a, o);
    type_set_underlying(s, u);
    ptrvec_push(c->a, &g->shapes, s);
    return s;
}

/* ----------------------------------------------------------- scopes */

static Scope *tparam_scope_in(Checker *c, Scope *parent, Node **names, int n, Type **targs);

/* A scope where names[i] denotes targs[i] (parent: the file scope). */
static Scope *tparam_scope(Checker *c, Node **names, int n, Type **targs) {
    return tparam_scope_in(c, c->pkg->filescope, names, n, targs);
}

Scope *gen_tparam_scope(Checker *c, Node **names, int n, Type **targs) {
    return tparam_scope(c, names, n, targs);
}

/* The scope a generic type was declared in: its function's for a local one. */
static Scope *decl_scope(Checker *c, Obj *gobj) {
    GenState *g = gst(c);
    for (int i = 0; i < g->localtypes.len; i++)
        if (g->localtypes.items[i] == gobj)
            return g->localscopes.items[i];
    return c->pkg->filescope;
}

bool gen_local_type_decl(Checker *c, Obj *o, Node *spec) {
    GenState *g = gst(c);
    if (g->cur) {
        /* gc 1.19 (noder/stmt.go) refuses them at the declaration
         * statement; report once, not per instantiation */
        Node *key = c->declstmt ? c->declstmt : spec;
        bool seen = false;
        for (int i = 0; i < g->typeerrs.len && !seen; i++)
            seen = g->typeerrs.items[i] == key;
        if (!seen) {
            ptrvec_push(c->a, &g->typeerrs, key);
            chk_errorf(c, key->pos,
                       "type declarations inside generic functions are not currently supported");
        }
        o->type = c->u->invalid;
        chk_declare(c, c->scope, o, spec->name);
        return true;
    }
    if (!spec->tparams.len)
        return false;
    o->spec = spec;
    o->type = c->u->invalid;   /* instantiated on use; bare use is an error */
    o->state = 2;
    ptrvec_push(c->a, &g->localtypes, o);
    ptrvec_push(c->a, &g->localscopes, c->scope);
    chk_declare(c, c->scope, o, spec->name);
    return true;
}

static Scope *tparam_scope_in(Checker *c, Scope *parent, Node **names, int n, Type **targs) {
    Scope *s = scope_new(c->a, parent);
    for (int i = 0; i < n; i++) {
        Node *nm = names[i];
        if (!nm || nm->kind != N_NAME || is_blank(nm->lit))
            continue;
        Obj *o = obj_new(c->a, OBJ_TYPE, nm->lit, nm->pos, targs[i]);
        o->state = 2;
        o->pkg = c->pkg;
        scope_insert(c->a, s, o);
    }
    return s;
}

/* The type parameter names of a generic function (its tparams fields). */
static int func_tparam_names(Checker *c, Node *d, Node ***out) {
    int n = d->tparams.len;
    Node **names = arena_alloc(c->a, sizeof(Node *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        names[i] = d->tparams.items[i]->name;
    *out = names;
    return n;
}

Node *gen_type_spec(const Type *t) {
    return t && t->obj && t->obj->gen && t->obj->gen->orig ? t->obj->gen->orig->spec : NULL;
}

int gen_type_nargs(const Type *t) {
    return t && t->obj && t->obj->gen && t->obj->gen->orig ? t->obj->gen->n : 0;
}

Scope *gen_type_scope(Checker *c, Type *t) {
    GenObj *go = t->obj->gen;
    Node *spec = go->orig->spec;
    Node **names = arena_alloc(c->a, sizeof(Node *) * (size_t)(go->n ? go->n : 1));
    for (int i = 0; i < go->n && i < spec->tparams.len; i++)
        names[i] = spec->tparams.items[i]->name;
    return tparam_scope(c, names, go->n < spec->tparams.len ? go->n : spec->tparams.len,
                        go->targs);
}

const char *gen_type_str(Checker *c, Type *t) {
    if (!gen_type_nargs(t))
        return chk_type_str(c, t);
    GenObj *go = t->obj->gen;
    StrBuf b = {c->a, NULL, 0, 0};
    strbuf_puts(&b, go->orig->name);
    strbuf_puts(&b, "[");
    for (int i = 0; i < go->n; i++) {
        if (i)
            strbuf_puts(&b, ", ");
        strbuf_puts(&b, gen_type_str(c, go->targs[i]));
    }
    strbuf_puts(&b, "]");
    return b.s;
}


/* t (T or *T) joins the concrete types of the dictionaries' itabs
 * (Package.dictitabs), once. */
static void add_dictitab(Checker *c, Type *t) {
    for (int j = 0; j < c->pkg->dictitabs.len; j++)
        if (type_identical(c->pkg->dictitabs.items[j], t))
            return;
    ptrvec_push(c->a, &c->pkg->dictitabs, t);
}

/* t joins the package's types whose descriptors and wrappers gc writes for
 * its dictionaries (Package.dicttypes), once. */
static void add_dicttype(Checker *c, Type *t) {
    for (int j = 0; j < c->pkg->dicttypes.len; j++)
        if (c->pkg->dicttypes.items[j] == t)
            return;
    ptrvec_push(c->a, &c->pkg->dicttypes, t);
}

/* The constraints of fields[0..n) (type parameters named names, in scope
 * s where they denote concrete arguments) that mention the type
 * parameters and are instantiated interfaces, Lesser[T]: their
 * descriptors go in the dictionary (stencil.go getInstInfo), so gc writes
 * them and their wrappers. */
static void record_bounds(Checker *c, Scope *s, Node **fields, int n) {
    Node **names = arena_alloc(c->a, sizeof(Node *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        names[i] = fields[i]->name;
    for (int i = 0; i < n; i++) {
        Node *ce = fields[i]->type_;
        Node *u = unparen(ce);
        if (!u || (u->kind != N_INDEX && u->kind != N_INTERFACETYPE) ||
            !gen_constraint_mentions(ce, names, n, 0))
            continue;
        Scope *saved = c->scope;
        FuncCtx *savedfn = c->fn;
        c->scope = s;
        c->fn = NULL;
        Type *t = chk_typexpr(c, ce);
        c->scope = saved;
        c->fn = savedfn;
        if (u->kind == N_INTERFACETYPE) {
            bool dup = !t || t->kind != TY_INTERFACE || t->nmethods == 0 || has_shape(t, 0);
            for (int j = 0; !dup && j < c->pkg->dictifaces.len; j++)
                dup = type_identical(c->pkg->dictifaces.items[j], t);
            if (!dup)
                ptrvec_push(c->a, &c->pkg->dictifaces, t);
            continue;
        }
        if (!gen_type_nargs(t) || type_under(t)->kind != TY_INTERFACE || has_shape(t, 0))
            continue;
        add_dicttype(c, t);
    }
}

/* ------------------------------------------------ type instantiation */

static Type *inst_type(Checker *c, Obj *gobj, Type **targs, int n);

Type *gen_typexpr_index(Checker *c, Node *e) {
    Node *x = unparen(e->x);
    Obj *o = NULL;
    if (x && x->kind == N_NAME) {
        o = chk_lookup(c, x->lit);
        x->obj = o;
    }
    if (!o || o->kind != OBJ_TYPE || !o->spec || o->spec->kind != N_TYPEDECL ||
        !o->spec->tparams.len) {
        chk_unsupported(c, e->pos, "generics (this instantiation)");
        e->ty = c->u->invalid;
        e->mode = OPM_TYPE;
        return e->ty;
    }
    Node **idx;
    int n = index_args(e, &idx);
    if (n != o->spec->tparams.len) {
        chk_errorf(c, SP(e), "got %d arguments but %d type parameters", n, o->spec->tparams.len);
        e->ty = c->u->invalid;
        e->mode = OPM_TYPE;
        return e->ty;
    }
    Type **targs = arena_alloc(c->a, sizeof(Type *) * (size_t)n);
    for (int i = 0; i < n; i++)
        targs[i] = chk_typexpr(c, idx[i]);
    x->mode = OPM_TYPE;
    if (!gst(c)->cur) {
        Node **names = arena_alloc(c->a, sizeof(Node *) * (size_t)n);
        for (int i = 0; i < n; i++)
            names[i] = o->spec->tparams.items[i]->name;
        if (!gen_verify(c, tparam_scope(c, names, n, targs), o->spec->tparams.items, n, targs,
                        idx, n, SP(e))) {
            e->ty = c->u->invalid;
            e->mode = OPM_TYPE;
            return e->ty;
        }
    }
    e->ty = inst_type(c, o, targs, n);
    e->mode = OPM_TYPE;
    return e->ty;
}

static Obj *method_obj(Checker *c, Node *d, Type *t, Type **targs, int n) {
    Node *ri = recv_index(d);
    Node **names = NULL;
    int nn = ri ? index_args(ri, &names) : 0;
    if (nn != n)
        return NULL;
    Scope *saved = c->scope;
    FuncCtx *savedfn = c->fn;
    c->scope = tparam_scope(c, names, n, targs);
    c->fn = NULL;
    Type *sig = chk_functype(c, d->type_, d->recv, NULL);
    c->scope = saved;
    c->fn = savedfn;
    Obj *m = obj_new(c->a, OBJ_FUNC, d->name->lit, d->name->pos, sig);
    m->flags |= OBJF_METHOD | OBJF_GLOBAL;
    if (recv_is_ptr(d))
        m->flags |= OBJF_PTRRECV;
    m->pkg = c->pkg;
    m->decl = d;
    m->state = 2;
    GenObj *go = arena_alloc(c->a, sizeof *go);
    go->mdecl = d;
    go->recvtype = t;
    go->targs = targs;
    go->n = n;
    m->gen = go;
    return m;
}

static Type *inst_type(Checker *c, Obj *gobj, Type **targs, int n) {
    GenState *g = gst(c);
    for (int i = 0; i < g->types.len; i++) {
        TypeInst *ti = g->types.items[i];
        if (ti->orig != gobj || ti->n != n)
            continue;
        bool same = true;
        for (int j = 0; j < n && same; j++)
            same = type_identical(ti->targs[j], targs[j]);
        if (same)
            return ti->t;
    }
    Node *spec = gobj->spec;
    const char *name = arena_printf(c->a, "%s%s", gobj->name, gen_targs_string(c->a, targs, n));
    Obj *o = obj_new(c->a, OBJ_TYPE, name, gobj->pos, NULL);
    o->pkg = gobj->pkg;
    o->flags = gobj->flags;
    o->state = 2;
    GenObj *go = arena_alloc(c->a, sizeof *go);
    go->orig = gobj;
    go->targs = targs;
    go->n = n;
    o->gen = go;
    Type *t = type_named(c->a, o);
    TypeInst *ti = arena_alloc(c->a, sizeof *ti);
    ti->orig = gobj;
    ti->targs = targs;
    ti->n = n;
    ti->t = t;
    ptrvec_push(c->a, &g->types, ti);
    bool shaped = false;
    for (int i = 0; i < n; i++)
        shaped = shaped || has_shape(targs[i], 0);
    if (!shaped)
        ptrvec_push(c->a, &g->plaintypes, t);

    Node **names = arena_alloc(c->a, sizeof(Node *) * (size_t)n);
    for (int i = 0; i < n; i++)
        names[i] = spec->tparams.items[i]->name;
    Scope *saved = c->scope;
    FuncCtx *savedfn = c->fn;
    c->scope = tparam_scope_in(c, decl_scope(c, gobj), names, n, targs);
    c->fn = NULL;
    t->resolving = true;
    Type *u = chk_typexpr(c, spec->type_);
    type_set_underlying(t, u);
    t->resolving = false;
    c->scope = saved;
    c->fn = savedfn;
    if (!shaped && gobj->mdecls.len)
        record_bounds(c, tparam_scope(c, names, n, targs), spec->tparams.items, n);
    for (int i = 0; i < gobj->mdecls.len; i++) {
        Obj *m = method_obj(c, gobj->mdecls.items[i], t, targs, n);
        if (m)
            type_add_method(c->a, t, m);
    }
    return t;
}

/* ---------------------------------------------------- instantiations */

/* Whether constraint ce has a structural (core) type: one type term, as
 * in interface{ *T; M() } or ~[]E, directly or through a named constraint.
 * Shapify keeps such a pointer type argument's shape (go.shape.*main.P_1). */
static bool constraint_has_core(Checker *c, Node *ce, int depth) {
    ce = unparen(ce);
    if (!ce || depth > 8)
        return false;
    if (ce->kind == N_INDEX)
        ce = unparen(ce->x);
    if (ce && ce->kind == N_NAME) {
        Obj *o = chk_lookup(c, ce->lit);
        Node *spec = o && o->kind == OBJ_TYPE ? o->spec : NULL;
        return spec && spec->kind == N_TYPEDECL && !(o->flags & OBJF_STD) &&
               constraint_has_core(c, spec->type_, depth + 1);
    }
    if (!ce || ce->kind != N_INTERFACETYPE)
        return ce && gen_core_term(ce) != NULL;
    int terms = 0;
    for (int i = 0; i < ce->list.len; i++) {
        Node *f = ce->list.items[i];
        if (f->name)
            continue;
        Node *t = unparen(f->type_);
        if (t && t->kind == N_BINARY && t->op == T_OR)
            return false;
        if (t && t->kind == N_UNARY && t->op == T_TILDE)
            t = unparen(t->x);
        if (t && (t->kind == N_STAR || t->kind == N_ARRAYTYPE || t->kind == N_MAPTYPE ||
                  t->kind == N_CHANTYPE || t->kind == N_FUNCTYPE)) {
            terms++;
            continue;
        }
        /* an embedded interface of methods only adds no term */
        Obj *o = t && t->kind == N_NAME ? chk_lookup(c, t->lit) : NULL;
        Node *sp = o && o->kind == OBJ_TYPE ? o->spec : NULL;
        Node *it = sp && sp->kind == N_TYPEDECL ? unparen(sp->type_) : NULL;
        bool methods_only = it && it->kind == N_INTERFACETYPE;
        for (int j = 0; methods_only && j < it->list.len; j++)
            methods_only = it->list.items[j]->name != NULL;
        if (!methods_only)
            return false;   /* a named type or a type-set interface: not modelled */
    }
    return terms == 1;
}

/* The same for gdecl's i-th type parameter (a method's: its type's). */
static bool tparam_has_core(Checker *c, Node *gdecl, int i) {
    Node *ri = recv_index(gdecl);
    Node *spec = NULL;
    if (ri && unparen(ri->x) && unparen(ri->x)->kind == N_NAME) {
        Obj *o = chk_lookup(c, unparen(ri->x)->lit);
        spec = o && o->kind == OBJ_TYPE ? o->spec : NULL;
    }
    NodeList *tps = ri ? (spec ? &spec->tparams : NULL) : &gdecl->tparams;
    if (!tps || i >= tps->len)
        return false;
    return constraint_has_core(c, tps->items[i]->type_, 0);
}

static FuncInst *func_inst(Checker *c, Node *gdecl, Type **targs, int n) {
    GenState *g = gst(c);
    Type **shapes = arena_alloc(c->a, sizeof(Type *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        shapes[i] = shapify(c, targs[i], i, tparam_has_core(c, gdecl, i));
    for (int i = 0; i < g->insts.len; i++) {
        FuncInst *fi = g->insts.items[i];
        if (fi->gdecl != gdecl || fi->n != n)
            continue;
        bool same = true;
        for (int j = 0; j < n && same; j++)
            same = fi->shapes[j] == shapes[j];
        if (same)
            return fi;
    }
    FuncInst *fi = arena_alloc(c->a, sizeof *fi);
    fi->gdecl = gdecl;
    fi->shapes = shapes;
    fi->n = n;
    CloneMap cm = {0};
    Node *d = gen_clone_node(c->a, &cm, gdecl);
    d->tparams.len = 0;
    d->tparams.items = NULL;
    GenInfo *gi = arena_alloc(c->a, sizeof *gi);
    gi->inst = true;
    gi->shapes = shapes;
    gi->nshapes = n;
    d->gen = gi;
    fi->decl = d;
    Node **names = NULL;
    int nn;
    Node *ri = recv_index(d);
    if (ri)
        nn = index_args(ri, &names);
    else
        nn = func_tparam_names(c, gdecl, &names);
    if (nn != n)
        nn = n < nn ? n : nn;
    fi->tpscope = tparam_scope(c, names, nn, shapes);
    Scope *saved = c->scope;
    FuncCtx *savedfn = c->fn;
    c->scope = fi->tpscope;
    c->fn = NULL;
    fi->sig = chk_functype(c, d->type_, d->recv, NULL);
    c->scope = saved;
    c->fn = savedfn;
    const char *name = d->name->lit;
    if (!ri) {
        name = arena_printf(c->a, "%s%s", gdecl->name->lit, gen_targs_string(c->a, shapes, n));
        d->name = gen_clone_node(c->a, &(CloneMap){0}, d->name);
        d->name->lit = name;
        d->name->litlen = (int)strlen(name);
    }
    Obj *o = obj_new(c->a, OBJ_FUNC, name, d->name->pos, fi->sig);
    o->pkg = c->pkg;
    o->flags |= OBJF_GLOBAL | OBJF_USED;
    if (ri) {
        o->flags |= OBJF_METHOD;
        if (recv_is_ptr(d))
            o->flags |= OBJF_PTRRECV;
    }
    o->decl = d;
    o->state = 2;
    d->obj = o;
    d->name->obj = o;
    fi->obj = o;
    ptrvec_push(c->a, &g->insts, fi);
    return fi;
}

static void note_request(Checker *c, FuncInst *fi, Type **targs, int n) {
    GenState *g = gst(c);
    if (g->cur) {
        ptrvec_push(c->a, &g->cur->reqs, fi);
        return;
    }
    ptrvec_push(c->a, &g->topreqs, fi);
    DictUse *u = arena_alloc(c->a, sizeof *u);
    u->fi = fi;
    u->targs = targs;
    u->n = n;
    ptrvec_push(c->a, &g->topdicts, u);
}

/* gc's text of the dictionary argument. */
static const char *dict_text(Checker *c, const char *inner) {
    if (gst(c)->cur)
        return "(*(*[4]uintptr)(unsafe.Pointer(.dict)))[.dict]";
    return arena_printf(c->a, "&.dict.%s", inner);
}

static const char *recv_text(Checker *c, Node *d, Type *t) {
    StrBuf b = {c->a, NULL, 0, 0};
    bool ptr = recv_is_ptr(d);
    if (ptr)
        strbuf_puts(&b, "(*");
    strbuf_puts(&b, t && t->obj ? t->obj->name : "?");
    if (ptr)
        strbuf_puts(&b, ")");
    return b.s;
}

static bool args_have_shape(Node *e) {
    for (int i = 0; i < e->list.len; i++)
        if (has_shape(e->list.items[i]->ty, 0))
            return true;
    return false;
}

static bool sig_has_shape(Type *sig, bool withrecv) {
    if (!sig)
        return false;
    if (withrecv && sig->recv && has_shape(sig->recv->type, 0))
        return true;
    for (int i = 0; i < sig->nparams; i++)
        if (has_shape(sig->params[i]->type, 0))
            return true;
    return false;
}

Node *gen_set_callee(Checker *c, Node *fun) {
    GenState *g = gst(c);
    Node *old = g->callee;
    g->callee = fun;
    return old;
}

bool gen_bound_called(Checker *c, Node *e) {
    return c->gen && unparen(c->gen->callee) == e;
}

bool gen_method_called(Checker *c, Node *e, Obj *o) {
    if (!o || o->kind != OBJ_FUNC || !o->gen || !o->gen->mdecl)
        return true;
    return c->gen && unparen(c->gen->callee) == e;
}

/* The type parameter fields (names and constraints) of an instantiation:
 * the function's own, or its receiver type's. */
static Node **tparam_fields(Checker *c, FuncInst *fi, int *n) {
    *n = 0;
    if (fi->gdecl->tparams.len) {
        *n = fi->gdecl->tparams.len;
        return fi->gdecl->tparams.items;
    }
    Node *ri = recv_index(fi->gdecl);
    Node *tn = ri ? unparen(ri->x) : NULL;
    if (!tn || tn->kind != N_NAME)
        return NULL;
    Obj *o = scope_lookup(c->pkg->scope, tn->lit, NULL);
    if (!o || o->kind != OBJ_TYPE || !o->spec)
        return NULL;
    *n = o->spec->tparams.len;
    return o->spec->tparams.items;
}

static Node *tparam_field(Checker *c, FuncInst *fi, int k) {
    int n;
    Node **fields = tparam_fields(c, fi, &n);
    return k < n ? fields[k] : NULL;
}

Obj *gen_bound_method(Checker *c, Type *t, const char *name) {
    FuncInst *fi = c->gen ? c->gen->cur : NULL;
    if (!fi || !is_shape(t))
        return NULL;
    for (int k = 0; k < fi->n; k++) {
        if (fi->shapes[k] != t)
            continue;
        Node *f = tparam_field(c, fi, k);
        if (!f || !f->type_)
            return NULL;
        Scope *saved = c->scope;
        FuncCtx *savedfn = c->fn;
        c->scope = fi->tpscope;
        c->fn = NULL;
        Obj *m = gen_constraint_method(c, f->type_, name);
        c->scope = saved;
        c->fn = savedfn;
        return m;
    }
    return NULL;
}

/* x.M(a) of a constraint's method: (func(T, A) R)(&dict[i])(x, a), the
 * callee's text set when the dictionary's length is known
 * (subdict_texts). */
static void bound_call(Checker *c, Node *e, Node *f) {
    Type *ms = f->obj->type;
    Type *ft = type_new(c->a, TY_FUNC);
    ft->nparams = ms->nparams + 1;
    ft->params = arena_alloc(c->a, sizeof(Obj *) * (size_t)ft->nparams);
    ft->params[0] = obj_new(c->a, OBJ_VAR, "", f->pos, f->x->ty);
    ft->params[0]->flags |= OBJF_PARAM | OBJF_UNNAMED;
    for (int i = 0; i < ms->nparams; i++)
        ft->params[i + 1] = ms->params[i];
    ft->results = ms->results;
    ft->nresults = ms->nresults;
    ft->variadic = ms->variadic;
    Obj *co = obj_new(c->a, OBJ_VAR, "(bound method)", f->pos, ft);
    co->flags |= OBJF_GLOBAL | OBJF_USED;
    co->pkg = c->pkg;
    Node *nm = arena_alloc(c->a, sizeof *nm);
    nm->kind = N_NAME;
    nm->pos = f->pos;
    nm->lit = co->name;
    nm->litlen = (int)strlen(nm->lit);
    nm->obj = co;
    nm->ty = ft;
    nm->mode = OPM_VALUE;
    nm->implicit = true;
    Node **items = arena_alloc(c->a, sizeof(Node *) * (size_t)(e->list.len + 1));
    items[0] = f->x;
    if (e->list.len)
        memcpy(items + 1, e->list.items, sizeof(Node *) * (size_t)e->list.len);
    e->list.items = items;
    e->list.len++;
    GenInfo *gi = arena_alloc(c->a, sizeof *gi);
    gi->bound = true;
    gi->fsig = f->ty;
    gi->dictcost = 4;   /* &(*(*[N]uintptr)(unsafe.Pointer(.dict)))[i]: 5 nodes */
    gi->calleetext = f->name->lit;   /* the method, for the dictionary's layout */
    e->gen = gi;
    e->x = nm;
}

/* After a method call was checked: if it calls a method of an
 * instantiated type, call the shape instantiation instead. */
void gen_method_call(Checker *c, Node *e) {
    Node *f = unparen(e->x);
    if (f && f->kind == N_SELECTOR && f->obj && (f->obj->flags & OBJF_IMETHOD) && f->x &&
        is_shape(f->x->ty) && c->gen && c->gen->cur) {
        bound_call(c, e, f);
        return;
    }
    if (!f || f->kind != N_SELECTOR || !f->obj || f->obj->kind != OBJ_FUNC || !f->obj->gen ||
        !f->obj->gen->mdecl)
        return;
    GenObj *go = f->obj->gen;
    FuncInst *fi = func_inst(c, go->mdecl, go->targs, go->n);
    note_request(c, fi, go->targs, go->n);
    const char *mname = go->mdecl->name->lit;
    GenInfo *gi = arena_alloc(c->a, sizeof *gi);
    Type *rt = fi->sig && fi->sig->recv ? fi->sig->recv->type : NULL;
    if (rt && rt->kind == TY_PTR && !rt->obj)
        rt = rt->elem;
    gi->dicttext = dict_text(c, arena_printf(c->a, "%s.%s", recv_text(c, go->mdecl, go->recvtype),
                                             mname));
    gi->calleetext = arena_printf(c->a, "%s.%s(", recv_text(c, go->mdecl, rt), mname);
    gi->callprefix = arena_printf(c->a, "%s%s", gi->calleetext, gi->dicttext);
    gi->subdict = gst(c)->cur != NULL;
    gi->recv = f->x;
    gi->dictcost = gst(c)->cur ? 4 : 2;
    gi->shapeargs = has_shape(f->x->ty, 0) || args_have_shape(e);
    gi->shapeparams = true;   /* the receiver (dictionary, receiver, args) */
    e->gen = gi;
    f->obj = fi->obj;
}

/* d's signature, checked in the scope of its type parameters tps, outside
 * any function body */
static Type *functype_in(Checker *c, Scope *tps, Node *d) {
    Scope *saved = c->scope;
    FuncCtx *savedfn = c->fn;
    c->scope = tps;
    c->fn = NULL;
    Type *sig = chk_functype(c, d->type_, NULL, NULL);
    c->scope = saved;
    c->fn = savedfn;
    return sig;
}

bool gen_is_generic_func(const Obj *o) {
    return o && o->kind == OBJ_FUNC && o->decl && o->decl->kind == N_FUNCDECL &&
           !o->decl->recv && o->decl->tparams.len > 0 && !gen_is_inst(o->decl);
}

/* The generic function a call's fun names (F or F[T...]), else NULL. */
Obj *gen_callee(Checker *c, Node *fun) {
    Node *f = unparen(fun);
    if (f && f->kind == N_INDEX)
        f = unparen(f->x);
    if (!f || f->kind != N_NAME)
        return NULL;
    Obj *o = chk_lookup(c, f->lit);
    return gen_is_generic_func(o) ? o : NULL;
}

/* A call of generic function o: instantiate (explicit type arguments,
 * then inference from the arguments), check, and redirect to the shape
 * instantiation. */
void gen_call(Checker *c, Node *e, Obj *o) {
    Node *d = o->decl;
    Node *fun = unparen(e->x);
    Node *namenode = fun->kind == N_INDEX ? unparen(fun->x) : fun;
    namenode->obj = o;
    o->flags |= OBJF_USED;
    Infer in = {c, NULL, 0, NULL};
    Node **xlist = NULL;
    int nx = 0;
    in.n = func_tparam_names(c, d, &in.names);
    in.targs = arena_alloc(c->a, sizeof(Type *) * (size_t)in.n);
    memset(in.targs, 0, sizeof(Type *) * (size_t)in.n);
    if (fun->kind == N_INDEX) {
        Node **idx;
        int n = index_args(fun, &idx);
        if (n > in.n) {
            chk_errorf(c, SP(idx[in.n]), "got %d type arguments but want %d", n, in.n);
            for (int i = 0; i < e->list.len; i++)
                chk_multi_expr(c, e->list.items[i]);
            e->mode = OPM_INVALID;
            e->ty = c->u->invalid;
            return;
        }
        for (int i = 0; i < n; i++)
            in.targs[i] = chk_typexpr(c, idx[i]);
        xlist = idx;
        nx = n;
    }
    bool complete = true;
    for (int i = 0; i < in.n; i++)
        complete = complete && in.targs[i];
    for (int i = 0; i < e->list.len; i++)
        chk_multi_expr(c, e->list.items[i]);
    if (!complete) {
        Node *ft = d->type_;
        for (int i = 0; i < e->list.len && ft; i++) {
            Node *a = e->list.items[i];
            int pi = i < ft->params.len ? i : ft->params.len - 1;
            if (pi < 0)
                break;
            Node *pt = ft->params.items[pi]->type_;
            if (pt && pt->kind == N_DOTS && !e->hasdots)
                pt = pt->x;
            if (a->mode != OPM_INVALID && a->ty && a->ty->kind != TY_TUPLE)
                gen_unify(&in, pt, a->ty, 0);
            /* F(g()) with g multi-valued: each result against its parameter */
            if (a->mode != OPM_INVALID && a->ty && a->ty->kind == TY_TUPLE && e->list.len == 1)
                for (int k = 0; k < a->ty->nfields && k < ft->params.len; k++) {
                    Node *pk = ft->params.items[k]->type_;
                    if (pk && pk->kind != N_DOTS)
                        gen_unify(&in, pk, a->ty->fields[k]->type, 0);
                }
        }
        /* untyped constants: their default type (types2's second pass) */
        for (int i = 0; i < e->list.len && ft; i++) {
            Node *a = e->list.items[i];
            int pi = i < ft->params.len ? i : ft->params.len - 1;
            if (pi < 0 || !a->ty || !type_is_untyped(a->ty) || a->ty->kind == TY_UNTYPED_NIL)
                continue;
            Node *pt = ft->params.items[pi]->type_;
            if (pt && pt->kind == N_DOTS && !e->hasdots)
                pt = pt->x;
            int k = gen_tparam_index(&in, unparen(pt));
            if (k >= 0 && !in.targs[k])
                in.targs[k] = type_default(c->u, a->ty);
        }
        gen_constraint_infer(&in, d);
        for (int i = 0; i < in.n; i++)
            if (!in.targs[i]) {
                /* types2 names the parameter's position with the file's
                 * absolute name (the display name when it is no file) */
                char abs[PATH_MAX];
                const char *file = realpath(c->file, abs) ? abs : c->file;
                chk_errorf(c, e->pos, "cannot infer %s (%s:%d:%d)", in.names[i]->lit, file,
                           in.names[i]->pos.line, in.names[i]->pos.col);
                e->mode = OPM_INVALID;
                e->ty = c->u->invalid;
                return;
            }
    }
    Scope *tps = tparam_scope(c, in.names, in.n, in.targs);
    if (!gst(c)->cur && !gen_verify(c, tps, d->tparams.items, in.n, in.targs, xlist, nx, e->pos)) {
        e->mode = OPM_INVALID;
        e->ty = c->u->invalid;
        return;
    }
    if (!gst(c)->cur)
        record_bounds(c, tps, d->tparams.items, in.n);
    Type *sig = functype_in(c, tps, d);
    fun->ty = sig;
    fun->mode = OPM_VALUE;
    namenode->ty = sig;
    namenode->mode = OPM_VALUE;
    chk_call_checked_args(c, e, sig);

    FuncInst *fi = func_inst(c, d, in.targs, in.n);
    note_request(c, fi, in.targs, in.n);
    GenInfo *gi = arena_alloc(c->a, sizeof *gi);
    gi->dicttext = dict_text(c, arena_printf(c->a, "%s%s", o->name,
                                             gen_targs_string(c->a, in.targs, in.n)));
    gi->calleetext = arena_printf(c->a, "%s(", fi->obj->name);
    gi->fsig = sig;
    gi->callprefix = arena_printf(c->a, "%s%s", gi->calleetext, gi->dicttext);
    gi->subdict = gst(c)->cur != NULL;
    gi->shapeargs = args_have_shape(e);
    gi->shapeparams = sig_has_shape(fi->sig, false);
    gi->dictcost = gst(c)->cur ? 4 : 2;
    e->gen = gi;
    /* the callee as escape analysis and the inliner see it */
    Node *nm = node_dup(c->a, namenode);
    nm->pos = fun->pos;
    nm->obj = fi->obj;
    nm->ty = fi->sig;
    nm->lit = fi->obj->name;
    nm->litlen = (int)strlen(nm->lit);
    nm->implicit = true;
    e->x = nm;
}

static Node *new_node(Checker *c, NodeKind k, Pos pos) {
    Node *n = arena_alloc(c->a, sizeof *n);
    n->kind = k;
    n->pos = pos;
    n->implicit = true;
    return n;
}

static Node *new_name(Checker *c, const char *lit, Pos pos) {
    Node *n = new_node(c, N_NAME, pos);
    n->lit = lit;
    n->litlen = (int)strlen(lit);
    return n;
}

static Obj *closure_var(Checker *c, const char *name, Pos pos, Type *t, unsigned flags) {
    Obj *o = obj_new(c->a, OBJ_VAR, name, pos, t);
    o->flags |= flags;
    o->pkg = c->pkg;
    o->decl = new_name(c, name, pos);
    o->decl->obj = o;
    return o;
}

static void closure_around(Checker *c, Node *e, Pos pos, Type *isig, Type *recv, Node *callee,
                           const char *mname);

/* A closure stencil.go's buildClosure makes inside a function: its .dictN
 * and, for a method value, .rcvrN (rv, named also by use). gc numbers them
 * from one counter (g.dnum) in the order of Target.Decls, where a literal
 * comes before the function holding it: numbered when its function's body
 * is done (gen_number_dicts). */
typedef struct DnumUse {
    Obj *rv;
    Node *use;
} DnumUse;

static void note_dnum(Checker *c, Obj *rv, Node *use) {
    if (!c->fn)
        return;   /* package level: no .dictN */
    DnumUse *d = arena_alloc(c->a, sizeof *d);
    d->rv = rv;
    d->use = use;
    ptrvec_push(c->a, &c->fn->dnums, d);
}

static void set_name(Node *n, const char *s) {
    n->lit = s;
    n->litlen = (int)strlen(s);
}

void gen_number_dicts(Checker *c, FuncCtx *fc) {
    for (int i = 0; i < fc->dnums.len; i++) {
        DnumUse *d = fc->dnums.items[i];
        GenState *g = gst(c);
        g->dnum++;
        if (!d->rv)
            continue;
        const char *rn = arena_printf(c->a, ".rcvr%d", g->dnum++);
        d->rv->name = rn;
        set_name(d->rv->decl, rn);
        set_name(d->use, rn);
    }
}

/* F[A, B] not called: gc makes it a closure around the instantiation,
 * func(a0 P0, ...) (r0 R0, ...) { return F[A, B](a0, ...) } at F's
 * position; e becomes that N_FUNCLIT, checked like one. */
void gen_func_value(Checker *c, Node *e, Obj *o) {
    Node *d = o->decl;
    Node *fun = e;
    Node *namenode = unparen(e->x);
    Pos pos = namenode->pos;
    namenode->obj = o;
    o->flags |= OBJF_USED;
    Node **names;
    int n = func_tparam_names(c, d, &names);
    Node **idx;
    int nx = index_args(fun, &idx);
    if (gst(c)->cur) {
        /* inside an instantiation gc captures a sub-dictionary in the closure */
        chk_unsupported(c, pos, "generics (a generic function value inside a generic function)");
        e->mode = OPM_INVALID;
        e->ty = c->u->invalid;
        return;
    }
    if (nx > n) {
        chk_errorf(c, SP(idx[nx - 1]), "got %d type arguments but want %d", nx, n);
        e->mode = OPM_INVALID;
        e->ty = c->u->invalid;
        return;
    }
    if (nx < n) {
        chk_errorf(c, SP(e), "cannot use generic function %s without instantiation", o->name);
        e->mode = OPM_INVALID;
        e->ty = c->u->invalid;
        return;
    }
    Type **targs = arena_alloc(c->a, sizeof(Type *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        targs[i] = chk_typexpr(c, idx[i]);
    Scope *tps = tparam_scope(c, names, n, targs);
    if (!gst(c)->cur && !gen_verify(c, tps, d->tparams.items, n, targs, idx, nx, SP(e))) {
        e->mode = OPM_INVALID;
        e->ty = c->u->invalid;
        return;
    }
    Type *isig = functype_in(c, tps, d);
    Node *callee = new_node(c, N_INDEX, fun->pos);
    memcpy(callee, fun, node_size(fun->kind));
    callee->x = new_name(c, o->name, pos);
    note_dnum(c, NULL, NULL);   /* its .dictN */
    closure_around(c, e, pos, isig, NULL, callee, NULL);
}

/* Turn e into the closure gc builds around a generic function or method
 * (stencil.go buildClosure): parameters a0.. of isig's types (a0 of type
 * recv first for a method expression), results r0.., the body calling
 * callee(a0, ...) or a0.mname(a1, ...); then check it like a literal. */
static void closure_around(Checker *c, Node *e, Pos pos, Type *isig, Type *recv, Node *callee,
                           const char *mname) {
    int off = recv ? 1 : 0;
    Type *sig = type_new(c->a, TY_FUNC);
    sig->nparams = isig->nparams + off;
    sig->nresults = isig->nresults;
    sig->variadic = isig->variadic;
    sig->params = arena_alloc(c->a, sizeof(Obj *) * (size_t)(sig->nparams + 1));
    sig->results = arena_alloc(c->a, sizeof(Obj *) * (size_t)(sig->nresults + 1));
    Node *call = new_node(c, N_CALL, pos);
    call->list.items = arena_alloc(c->a, sizeof(Node *) * (size_t)(sig->nparams + 1));
    for (int i = 0; i < sig->nparams; i++) {
        const char *nm = arena_printf(c->a, "a%d", i);
        unsigned fl = OBJF_PARAM;
        if (sig->variadic && i == sig->nparams - 1)
            fl |= OBJF_VARIADIC;
        Type *pt = i < off ? recv : isig->params[i - off]->type;
        sig->params[i] = closure_var(c, nm, pos, pt, fl);
        sig->params[i]->index = i;
        if (i >= off)
            call->list.items[call->list.len++] = new_name(c, nm, pos);
    }
    if (recv) {
        Node *sel = new_node(c, N_SELECTOR, pos);
        sel->x = new_name(c, "a0", pos);
        sel->name = new_name(c, mname, pos);
        call->x = sel;
    } else {
        call->x = callee;
    }
    call->hasdots = sig->variadic;
    for (int i = 0; i < sig->nresults; i++) {
        sig->results[i] = closure_var(c, arena_printf(c->a, "r%d", i), pos,
                                      isig->results[i]->type, OBJF_RESULT);
        sig->results[i]->index = i;
    }
    /* its syntax, for the inliner (a type is a name printing as types2
     * spells it) */
    Node *ft = new_node(c, N_FUNCTYPE, pos);
    ft->params.items = arena_alloc(c->a, sizeof(Node *) * (size_t)(sig->nparams + 1));
    ft->results.items = arena_alloc(c->a, sizeof(Node *) * (size_t)(sig->nresults + 1));
    for (int i = 0; i < sig->nparams + sig->nresults; i++) {
        bool isres = i >= sig->nparams;
        Obj *p = isres ? sig->results[i - sig->nparams] : sig->params[i];
        Node *f = new_node(c, N_FIELD, pos);
        f->name = p->decl;
        Type *pt = p->type;
        bool dots = !isres && sig->variadic && i == sig->nparams - 1;
        Node *te = new_name(c, chk_type_str(c, dots ? pt->elem : pt), pos);
        te->ty = dots ? pt->elem : pt;
        te->mode = OPM_TYPE;
        if (dots) {
            Node *dn = new_node(c, N_DOTS, pos);
            dn->x = te;
            dn->ty = pt;
            te = dn;
        }
        f->type_ = te;
        f->ty = pt;
        if (isres)
            ft->results.items[ft->results.len++] = f;
        else
            ft->params.items[ft->params.len++] = f;
    }
    Node *stmt;
    if (sig->nresults) {
        stmt = new_node(c, N_RETURN, pos);
        stmt->list.items = arena_alloc(c->a, sizeof(Node *));
        stmt->list.items[0] = call;
        stmt->list.len = 1;
    } else {
        stmt = new_node(c, N_EXPRSTMT, pos);
        stmt->x = call;
    }
    Node *body = new_node(c, N_BLOCK, pos);
    body->list.items = arena_alloc(c->a, sizeof(Node *));
    body->list.items[0] = stmt;
    body->list.len = 1;
    Node *lit = e;   /* an N_INDEX or N_SELECTOR: as large as an N_FUNCLIT */
    memset(lit, 0, node_size(N_FUNCLIT));
    lit->kind = N_FUNCLIT;
    lit->pos = pos;
    lit->implicit = true;
    lit->body = body;
    lit->type_ = ft;
    GenInfo *gi = arena_alloc(c->a, sizeof *gi);
    gi->funcvalue = true;
    gi->self = lit;
    gi->dictcost = 4;   /* .dictN := &.dict.F[int]: assignment, name, &, name */
    lit->gen = gi;
    lit->ty = sig;
    lit->mode = OPM_VALUE;
    int saviota = c->iota;
    c->iota = -1;
    chk_func_body(c, lit, sig, c->scope);
    c->iota = saviota;
}

/* T.M or (*T).M of an instantiated type T, not called: the closure
 * func(a0 T, a1..) { return a0.M(a1..) }, whose call is stenciled. */
void gen_method_expr(Checker *c, Node *e, Obj *m, Type *recv) {
    Pos pos = e->pos;   /* the selector's '.', as gc places it */
    bool ptr = type_under(recv)->kind == TY_PTR && !recv->obj;
    if (gst(c)->cur || (ptr && !(m->flags & OBJF_PTRRECV))) {
        chk_unsupported(c, e->name->pos,
                        "generics (this method expression of an instantiated type)");
        e->mode = OPM_INVALID;
        e->ty = c->u->invalid;
        return;
    }
    note_dnum(c, NULL, NULL);   /* its .dictN */
    closure_around(c, e, pos, m->type, recv, NULL, e->name->lit);
}

/* x.M of an instantiated type, not called (x a variable whose type is
 * M's receiver type): gc's closure func(a0..) { return .rcvrN.M(a0..) }
 * capturing .rcvrN, assigned x just before it (stencil.go buildClosure's
 * rcvrAssign, kept in the literal's init). */
bool gen_method_value(Checker *c, Node *e, Obj *m, Node *x) {
    Node *xn = unparen(x);
    Type *t = x->ty;
    bool xptr = type_under(t)->kind == TY_PTR && !t->obj;
    if (gst(c)->cur || !c->fn || !xn || xn->kind != N_NAME || !xn->obj ||
        xn->obj->kind != OBJ_VAR || (xptr && !(m->flags & OBJF_PTRRECV)))
        return false;
    if (!xptr && (m->flags & OBJF_PTRRECV)) {
        /* a pointer method of a variable: .rcvrN = &x */
        Node *amp = new_node(c, N_UNARY, e->pos);   /* at the '.', as gc */
        amp->op = T_AND;
        amp->x = x;
        t = type_ptr(c->a, t);
        amp->ty = t;
        amp->mode = OPM_VALUE;
        obj_flag(xn->obj, OBJF_ADDRTAKEN);
        x = amp;
    }
    Pos pos = e->pos;   /* the selector's '.' */
    const char *rn = ".rcvr";   /* numbered by gen_number_dicts */
    Obj *rv = closure_var(c, rn, pos, t, OBJF_USED);
    rv->fn = c->fn->fn;
    Node *as = new_node(c, N_ASSIGN, pos);
    as->op = T_ASSIGN;
    as->implicit = false;   /* gc's OAS: "assign", not the inliner's "assign-pair" */
    as->lhs.items = arena_alloc(c->a, sizeof(Node *));
    as->lhs.items[0] = rv->decl;
    as->lhs.len = 1;
    rv->decl->ty = t;
    rv->decl->mode = OPM_VAR;
    as->rhs.items = arena_alloc(c->a, sizeof(Node *));
    as->rhs.items[0] = x;
    as->rhs.len = 1;
    Node *callee = new_node(c, N_SELECTOR, pos);
    callee->x = new_name(c, rn, pos);
    callee->name = new_name(c, m->name, pos);
    note_dnum(c, rv, callee->x);
    Scope *sc = scope_new(c->a, c->scope);
    scope_insert(c->a, sc, rv);
    Scope *saved = c->scope;
    c->scope = sc;
    closure_around(c, e, pos, m->type, NULL, callee, NULL);
    c->scope = saved;
    e->init = as;
    e->gen->rcvrvalue = true;
    e->gen->dictcost = xptr || !(m->flags & OBJF_PTRRECV) ? 7 : 8;   /* 8: the & */
    return true;
}

/* ------------------------------------------------------------- finish */

/* The dictionary's layout (stencil.go getInstInfo): the shapes, the
 * derived types (every type with a shape in it, not a shape itself, of the
 * declarations and expressions), one sub-dictionary per stenciled call,
 * one itab per conversion to a non-empty interface involving a shape. */
typedef struct DictLayout {
    Checker *c;
    PtrVec derived;
    int subdicts, itabs;
    PtrVec calls;         /* Node*: the sub-dictionary calls */
    PtrVec bound;         /* Node*: the bound method calls */
    PtrVec closures;      /* Node*: a bound call per method expression closure */
    PtrVec itabsrc;       /* Type*: shapes with an itab entry */
    PtrVec itabderiv;     /* Type*: derived types with one */
} DictLayout;

static void add_itabsrc(DictLayout *dl, Type *t) {
    if (!t || !is_shape(t))
        return;
    for (int i = 0; i < dl->itabsrc.len; i++)
        if (dl->itabsrc.items[i] == t)
            return;
    ptrvec_push(dl->c->a, &dl->itabsrc, t);
}

/* A bound call's method expression closure: one per receiver shape and
 * method name (stencil.go addMethodExprClosure). */
static void add_closure(DictLayout *dl, Node *call) {
    Type *rt = call->list.len ? call->list.items[0]->ty : NULL;
    for (int i = 0; i < dl->closures.len; i++) {
        Node *o = dl->closures.items[i];
        if (o->list.items[0]->ty == rt && !strcmp(o->gen->calleetext, call->gen->calleetext))
            return;
    }
    ptrvec_push(dl->c->a, &dl->closures, call);
}

static void add_derived(DictLayout *dl, Type *t) {
    if (!t || t->kind == TY_TUPLE || is_shape(t) || !has_shape(t, 0))
        return;
    for (int i = 0; i < dl->derived.len; i++)
        if (type_identical(dl->derived.items[i], t))
            return;
    ptrvec_push(dl->c->a, &dl->derived, t);
}

static void layout_walk(DictLayout *dl, Node *n, int depth) {
    if (!n || depth > 200)
        return;
    if (n->kind == N_BINARY) {   /* a chain, in order, one level deep (chain.h) */
        SPINE_OPERANDS(n, k, layout_walk(dl, k, depth + 1));
        return;
    }
    bool funcref = (n->kind == N_NAME || n->kind == N_SELECTOR) && n->obj &&
                   n->obj->kind == OBJ_FUNC;
    if (!funcref && n->mode != OPM_TYPE)
        add_derived(dl, n->ty);
    if (n->kind == N_CALL && n->gen && n->gen->bound) {
        add_derived(dl, n->gen->fsig);   /* the OXDOT's type */
        dl->subdicts++;                  /* "optional subdictionary at bound call" */
        add_closure(dl, n);
        ptrvec_push(dl->c->a, &dl->bound, n);
        add_itabsrc(dl, n->list.len ? n->list.items[0]->ty : NULL);
        for (int i = 0; i < n->list.len; i++)
            layout_walk(dl, n->list.items[i], depth + 1);
        return;
    }
    if (n->kind == N_CALL && n->gen && n->gen->callprefix) {
        add_derived(dl, n->gen->fsig);   /* the OFUNCINST's type */
        dl->subdicts++;
        ptrvec_push(dl->c->a, &dl->calls, n);
    }
    if (n->kind == N_CONVIFACE && n->ty && type_is_interface(n->ty) &&
        !type_is_empty_interface(n->ty) && (has_shape(n->ty, 0) || (n->x && has_shape(n->x->ty, 0)))) {
        dl->itabs++;
        add_itabsrc(dl, n->x ? n->x->ty : NULL);
        Type *xt = n->x ? n->x->ty : NULL;
        if (xt && !is_shape(xt) && has_shape(xt, 0) && !type_is_interface(xt))
            ptrvec_push(dl->c->a, &dl->itabderiv, xt);
    }
    if (n->kind == N_NAME && n->obj && n->obj->kind == OBJ_VAR)
        add_derived(dl, n->obj->type);
    if (node_is_leaf(n))
        return;
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->decl};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        layout_walk(dl, kids[i], depth + 1);
    NodeList *ls[] = {&n->list, &n->lhs, &n->rhs, &n->values, &n->names};
    for (size_t j = 0; j < sizeof ls / sizeof ls[0]; j++)
        for (int i = 0; i < ls[j]->len; i++)
            layout_walk(dl, ls[j]->items[i], depth + 1);
}

/* Sub-dictionary arguments print the dictionary's length. */
static void subdict_texts(Checker *c, FuncInst *fi) {
    DictLayout dl = {c, {0}, 0, 0, {0}, {0}, {0}, {0}, {0}};
    Type *sig = fi->sig;
    if (sig) {
        if (sig->recv)
            add_derived(&dl, sig->recv->type);
        for (int i = 0; i < sig->nparams; i++)
            add_derived(&dl, sig->params[i]->type);
        for (int i = 0; i < sig->nresults; i++)
            add_derived(&dl, sig->results[i]->type);
    }
    layout_walk(&dl, fi->decl->body, 0);
    fi->itabsrc = dl.itabsrc;
    fi->itabderiv = dl.itabderiv;
    /* a constraint that mentions type parameters is a derived type too */
    int nb = 0;
    Node **fields = tparam_fields(c, fi, &nb);
    Node **names = arena_alloc(c->a, sizeof(Node *) * (size_t)(nb ? nb : 1));
    for (int i = 0; i < nb; i++)
        names[i] = fields[i]->name;
    int bounds = 0;
    for (int i = 0; i < nb && i < fi->n; i++)
        bounds += fields[i]->type_ && gen_constraint_mentions(fields[i]->type_, names, nb, 0);
    int len = fi->n + bounds + dl.derived.len + dl.subdicts + dl.itabs + dl.closures.len;
    const char *text = arena_printf(c->a, "(*(*[%d]uintptr)(unsafe.Pointer(.dict)))[.dict]", len);
    for (int i = 0; i < dl.bound.len; i++) {
        Node *call = dl.bound.items[i];
        StrBuf b = {c->a, NULL, 0, 0};
        strbuf_puts(&b, "(");
        gen_link_string(&b, call->x->ty, 0);
        strbuf_puts(&b, ")(&");
        strbuf_puts(&b, text);
        strbuf_puts(&b, ")");
        call->x->lit = b.s;
        call->x->litlen = (int)strlen(b.s);
        call->x->obj->name = b.s;
    }
    for (int i = 0; i < dl.calls.len; i++) {
        Node *call = dl.calls.items[i];
        GenInfo *gi = call->gen;
        if (!gi->subdict || !gi->calleetext)
            continue;
        gi->dicttext = text;
        gi->callprefix = arena_printf(c->a, "%s%s", gi->calleetext, text);
    }
}

static Node *dict_name(Checker *c, Obj *o, Pos pos) {
    Node *n = arena_alloc(c->a, sizeof *n);
    n->kind = N_NAME;
    n->pos = pos;
    n->lit = o->name;
    n->litlen = (int)strlen(o->name);
    n->obj = o;
    n->ty = o->type;
    n->mode = OPM_VAR;
    n->implicit = true;
    return n;
}

static void closure_dicts(Checker *c, Node *n, Obj *outer, int depth);

static void closure_dicts_list(Checker *c, NodeList *l, Obj *outer, int depth) {
    for (int i = 0; i < l->len; i++)
        closure_dicts(c, l->items[i], outer, depth);
}

/* Every closure of an instantiation captures the dictionary: `.dict =
 * .dict` first in its body (stencil.go subster.node, OCLOSURE). */
static void closure_dicts(Checker *c, Node *n, Obj *outer, int depth) {
    if (!n || depth > 200)
        return;
    if (n->kind == N_BINARY) {   /* a chain, in order, one level deep (chain.h) */
        SPINE_OPERANDS(n, k, closure_dicts(c, k, outer, depth + 1));
        return;
    }
    if (n->kind == N_FUNCLIT && n->body) {
        Obj *ld = obj_new(c->a, OBJ_VAR, ".dict", n->pos, c->u->types[TY_UINTPTR]);
        ld->flags |= OBJF_USED;
        ld->fn = n;
        ld->pkg = c->pkg;
        outer->flags |= OBJF_CAPTURED;
        Node *as = arena_alloc(c->a, sizeof *as);
        as->kind = N_ASSIGN;
        as->op = T_ASSIGN;
        as->pos = n->pos;
        as->implicit = true;
        as->lhs.items = arena_alloc(c->a, sizeof(Node *));
        as->lhs.items[0] = dict_name(c, ld, n->pos);
        as->lhs.len = 1;
        ld->decl = as->lhs.items[0];
        as->rhs.items = arena_alloc(c->a, sizeof(Node *));
        as->rhs.items[0] = dict_name(c, outer, n->pos);
        as->rhs.len = 1;
        NodeList *body = &n->body->list;
        Node **items = arena_alloc(c->a, sizeof(Node *) * (size_t)(body->len + 1));
        items[0] = as;
        if (body->len)
            memcpy(items + 1, body->items, sizeof(Node *) * (size_t)body->len);
        body->items = items;
        body->len++;
        for (int i = 1; i < body->len; i++)
            closure_dicts(c, body->items[i], ld, depth + 1);
        return;
    }
    if (node_is_leaf(n))
        return;
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->decl};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        closure_dicts(c, kids[i], outer, depth + 1);
    closure_dicts_list(c, &n->list, outer, depth + 1);
    closure_dicts_list(c, &n->lhs, outer, depth + 1);
    closure_dicts_list(c, &n->rhs, outer, depth + 1);
    closure_dicts_list(c, &n->values, outer, depth + 1);
}

static void mark_convs(Checker *c, Node *n, int depth);

static void mark_list(Checker *c, NodeList *l, int depth) {
    for (int i = 0; i < l->len; i++)
        mark_convs(c, l->items[i], depth);
}

/* A conversion the checker made implicit for an assignment, a var
 * declaration or a return in shaped code is, in gc, made again by the
 * noder's transform (transformAssign, transformReturn) while base.Pos is
 * the statement's: `=`, the declared name, `return`.  Its escape lines
 * carry that position, not the converted value's. */
static void shaped_conv_at(Checker *c, NodeList *l, int i, Pos pos) {
    Node *e = l->items[i];
    if (e && e->kind == N_CONVIFACE && e->implicit && e->x && e->x->ty &&
        !type_is_interface(e->x->ty) && has_shape(e->x->ty, 0) && !e->gen) {
        e->gen = arena_alloc(c->a, sizeof *e->gen);
        e->gen->convidata = true;
        e->gen->stmtpos = true;
        e->pos = pos;
    }
}

/* The position the subster's edit leaves in base.Pos after copying e: the
 * last node it visits (pre-order) with a position, for &E[K]{...} the last
 * element's last leaf or, without elements, the literal's '{'. */
static Pos last_leaf_pos(Node *e, int depth) {
    while (e && depth++ < 100) {
        if (e->kind == N_UNARY || e->kind == N_PAREN)
            e = e->x;
        else if (e->kind == N_KEYVALUE)
            e = e->y;
        else if (e->kind == N_COMPOSITE && e->list.len)
            e = e->list.items[e->list.len - 1];
        else
            break;
    }
    return e ? e->pos : (Pos){0, 0};
}

/* An assignment's implicit conversion is made at base.Pos (no SetPos of
 * its own, unlike typecheckaste's): the statement's for a name, the last
 * leaf for a pointer to a literal (`err = &E[K]{p: path}` at path). */
static Pos assign_conv_pos(Node *e, Pos stmt) {
    Node *v = e && e->kind == N_CONVIFACE ? unparen(e->x) : NULL;
    if (v && ((v->kind == N_UNARY && v->op == T_AND && unparen(v->x) &&
               unparen(v->x)->kind == N_COMPOSITE) || v->kind == N_COMPOSITE))
        return last_leaf_pos(v, 0);
    return stmt;
}

static void stmt_conv_pos(Checker *c, Node *n) {
    if (n->kind == N_ASSIGN && (n->op == T_ASSIGN || n->op == T_DEFINE))
        for (int i = 0; i < n->rhs.len; i++)
            shaped_conv_at(c, &n->rhs, i, assign_conv_pos(n->rhs.items[i], n->pos));
    else if (n->kind == N_RETURN)
        for (int i = 0; i < n->list.len; i++) {
            /* typecheckaste does ir.SetPos(value) first: a name keeps the
             * statement's position, anything else (&E[K]{...}) its own */
            Node *e = n->list.items[i];
            Node *v = e && e->kind == N_CONVIFACE ? unparen(e->x) : NULL;
            if (!v || v->kind == N_NAME)
                shaped_conv_at(c, &n->list, i, n->pos);
        }
    else if (n->kind == N_VARDECL && n->values.len == n->names.len)
        for (int i = 0; i < n->values.len; i++)
            shaped_conv_at(c, &n->values, i,
                           assign_conv_pos(n->values.items[i], n->names.items[i]->pos));
}

/* gc's dictionary pass (stencil.go dictPass): conversions of shape-typed
 * values to interfaces go through the dictionary. */
static void mark_convs(Checker *c, Node *n, int depth) {
    if (!n || depth > 200)
        return;
    if (n->kind == N_BINARY) {   /* a chain, in order, one level deep (chain.h) */
        SPINE_OPERANDS(n, k, mark_convs(c, k, depth + 1));
        return;
    }
    if (node_is_leaf(n))
        return;
    stmt_conv_pos(c, n);
    if (n->kind == N_CONVIFACE && n->x && n->x->ty && !type_is_interface(n->x->ty) &&
        has_shape(n->x->ty, 0) && !n->gen) {
        GenInfo *gi = arena_alloc(c->a, sizeof *gi);
        gi->convidata = true;
        n->gen = gi;
    }
    if (n->kind == N_CALL && !n->gen && n->x && n->x->mode == OPM_TYPE && n->list.len == 1 &&
        n->ty && type_is_interface(n->ty) && n->list.items[0]->ty &&
        !type_is_interface(n->list.items[0]->ty) && has_shape(n->list.items[0]->ty, 0)) {
        GenInfo *gi = arena_alloc(c->a, sizeof *gi);   /* explicit any(x) */
        gi->convidata = true;
        n->gen = gi;
    }
    if (n->kind == N_CALL && !n->gen && n->x && n->x->mode != OPM_TYPE &&
        n->x->mode != OPM_BUILTIN) {
        Type *sig = n->x->ty ? type_under(n->x->ty) : NULL;
        bool sa = args_have_shape(n), sp = sig && sig->kind == TY_FUNC && sig_has_shape(sig, false);
        if (sa || sp) {
            GenInfo *gi = arena_alloc(c->a, sizeof *gi);
            gi->shapeargs = sa;
            gi->shapeparams = sp;
            n->gen = gi;
        }
    }
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els,
                    n->decl};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        mark_convs(c, kids[i], depth + 1);
    mark_list(c, &n->list, depth + 1);
    mark_list(c, &n->lhs, depth + 1);
    mark_list(c, &n->rhs, depth + 1);
    mark_list(c, &n->values, depth + 1);
}

/* gc creates an instantiation together with the dictionary its caller
 * passes (getDictionarySym), and a dictionary's sub-dictionaries first
 * create the instantiations the body calls: depth first, in call order. */
static void add_ordered(Arena *a, PtrVec *order, FuncInst *fi) {
    if (fi->ordered)
        return;
    fi->ordered = true;
    ptrvec_push(a, order, fi);
    for (int j = 0; j < fi->reqs.len; j++)
        add_ordered(a, order, fi->reqs.items[j]);
}

/* The instantiated types of this package whose itabs the dictionaries
 * non-generic code passes hold (Pair[string,int] for JoinStrings[T
 * fmt.Stringer], which calls x.String()): gc writes those itabs with the
 * dictionary (reflectdata.ITabLsym), and so the types' method wrappers. */
/* t with fi's shapes replaced by the type arguments targs
 * (*CycleError[go.shape.struct {...}_0] -> *CycleError[Task]); NULL where
 * that is not modelled. */
static Type *reshape(Checker *c, Type *t, FuncInst *fi, Type **targs, int n, int depth) {
    if (!t || depth > 8)
        return NULL;
    if (is_shape(t)) {
        for (int k = 0; k < fi->n && k < n; k++)
            if (fi->shapes[k] == t)
                return targs[k];
        return NULL;
    }
    if (!has_shape(t, 0))
        return t;
    if (t->kind == TY_PTR && !t->obj) {
        Type *e = reshape(c, t->elem, fi, targs, n, depth + 1);
        return e ? type_ptr(c->a, e) : NULL;
    }
    if (!gen_type_nargs(t))
        return NULL;
    GenObj *go = t->obj->gen;
    Type **na = arena_alloc(c->a, sizeof(Type *) * (size_t)go->n);
    for (int i = 0; i < go->n; i++)
        if (!(na[i] = reshape(c, go->targs[i], fi, targs, n, depth + 1)))
            return NULL;
    return inst_type(c, go->orig, na, go->n);
}

/* The instantiated types of this package built from type parameters that
 * a dictionary converts to a non-empty interface (&CycleError[K]{...} as
 * an error): the itab is the concrete type's, so gc writes that type
 * (instantiating it) and its wrappers. */
static void dict_derived_itabs(Checker *c, FuncInst *fi, Type **targs, int n) {
    for (int j = 0; j < fi->itabderiv.len; j++) {
        Type *t = reshape(c, fi->itabderiv.items[j], fi, targs, n, 0), *src = t;
        for (int d = 0; t && d < 4 && t->kind == TY_PTR && !t->obj; d++)
            t = t->elem;
        if (t && t->obj && t->obj->gen && t->obj->pkg == c->pkg && !type_is_interface(t) &&
            !has_shape(t, 0)) {
            add_dicttype(c, t);
            add_dictitab(c, src);
        }
    }
}

static void dict_itab_types(Checker *c) {
    GenState *g = c->gen;
    for (int i = 0; i < g->plaintypes.len; i++) {
        Type *t = g->plaintypes.items[i];
        for (int j = 0; j < t->nmethods; j++) {
            Obj *m = t->methods[j];
            if (m->gen && m->gen->mdecl)
                dict_derived_itabs(c, func_inst(c, m->gen->mdecl, m->gen->targs, m->gen->n),
                                   m->gen->targs, m->gen->n);
        }
    }
    for (int i = 0; i < g->topdicts.len; i++) {
        DictUse *u = g->topdicts.items[i];
        dict_derived_itabs(c, u->fi, u->targs, u->n);
        for (int k = 0; k < u->n && k < u->fi->n; k++) {
            bool used = false;
            for (int j = 0; j < u->fi->itabsrc.len && !used; j++)
                used = u->fi->itabsrc.items[j] == u->fi->shapes[k];
            Type *t = u->targs[k];
            for (int d = 0; t && d < 4 && t->kind == TY_PTR && !t->obj; d++)
                t = t->elem;
            if (!used || !t || !t->obj || !t->obj->gen || t->obj->pkg != c->pkg ||
                type_is_interface(t) || has_shape(t, 0))
                continue;
            add_dicttype(c, t);
        }
    }
}

/* Check the instantiations' bodies (which may instantiate more), then
 * append them to the file's declarations in the order gc's stenciling
 * creates them: the methods of instantiated types first, then what
 * non-generic code calls, each followed by what it calls (add_ordered). */
void gen_finish(Checker *c, Node *root) {
    GenState *g = c->gen;
    if (!g)
        return;
    int ntypes = 0;
    for (;;) {
        bool more = false;
        for (; ntypes < g->plaintypes.len; ntypes++) {
            Type *t = g->plaintypes.items[ntypes];
            for (int i = 0; i < t->nmethods; i++) {
                Obj *m = t->methods[i];
                if (m->gen && m->gen->mdecl)
                    func_inst(c, m->gen->mdecl, m->gen->targs, m->gen->n);
            }
            more = true;
        }
        for (int i = 0; i < g->insts.len; i++) {
            FuncInst *fi = g->insts.items[i];
            if (fi->checked)
                continue;
            fi->checked = true;
            more = true;
            if (!fi->decl->body)
                continue;
            FuncInst *savedcur = g->cur;
            g->cur = fi;
            chk_func_body(c, fi->decl, fi->sig, fi->tpscope);
            mark_convs(c, fi->decl->body, 0);
            subdict_texts(c, fi);
            Obj *d = obj_new(c->a, OBJ_VAR, ".dict", fi->decl->pos,
                             c->u->types[TY_UINTPTR]);
            d->flags |= OBJF_PARAM | OBJF_USED;
            d->fn = fi->decl;
            d->pkg = c->pkg;
            fi->decl->gen->dict = d;
            closure_dicts(c, fi->decl->body, d, 0);
            g->cur = savedcur;
        }
        if (!more) {
            /* the itabs may instantiate more types (dict_derived_itabs) */
            int nt = g->plaintypes.len;
            dict_itab_types(c);
            if (g->plaintypes.len == nt)
                break;
        }
    }
    PtrVec order = {0};
    for (int i = 0; i < g->plaintypes.len; i++) {
        Type *t = g->plaintypes.items[i];
        for (int j = 0; j < t->nmethods; j++) {
            Obj *m = t->methods[j];
            if (m->gen && m->gen->mdecl)
                add_ordered(c->a, &order, func_inst(c, m->gen->mdecl, m->gen->targs, m->gen->n));
        }
    }
    for (int i = 0; i < g->topreqs.len; i++)
        add_ordered(c->a, &order, g->topreqs.items[i]);
    for (int i = 0; i < g->insts.len; i++)
        add_ordered(c->a, &order, g->insts.items[i]);
    if (!order.len)
        return;
    Node **items = arena_alloc(c->a, sizeof(Node *) * (size_t)(root->list.len + order.len));
    memcpy(items, root->list.items, sizeof(Node *) * (size_t)root->list.len);
    for (int i = 0; i < order.len; i++)
        items[root->list.len + i] = ((FuncInst *)order.items[i])->decl;
    root->list.items = items;
    root->list.len += order.len;
}
