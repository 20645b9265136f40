/* check_constraint.c - whether type arguments satisfy their constraints,
 * with types2's wording (instantiate.go implements, lookup.go
 * missingMethodReason) and positions.
 *
 * A constraint is read from its declaration's syntax, not from the
 * checker's interface Type (which keeps methods only): its type set is a
 * list of terms (T or ~T; none means every type), a method set and
 * whether it is `comparable`.  The constraints are evaluated in a scope
 * where every type parameter already denotes its argument, so `~[]E` or
 * `Lesser[T]` are plain types by then.
 */
#include "check_int.h"

#include <string.h>

typedef struct Term {
    bool tilde;
    Type *t;
} Term;

typedef struct TypeSet {
    bool all;              /* no type terms: every type */
    Term *terms;
    int nterms;
    bool comparable;
    PtrVec methods;        /* Obj* OBJ_FUNC (interface methods) */
} TypeSet;

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

static bool is_comparable_name(Checker *c, Node *e) {
    return e && e->kind == N_NAME && !strcmp(e->lit, "comparable") && !chk_lookup(c, e->lit);
}

/* ---------------------------------------------------------- term sets */

static bool term_includes(const Term *x, Type *v) {
    if (x->tilde)
        return type_identical(type_under(x->t), type_under(v));
    return type_identical(x->t, v);
}

/* x ∩ y as one term, or false when empty (types2 term.intersect). */
static bool term_meet(const Term *x, const Term *y, Term *out) {
    if (x->tilde && y->tilde) {
        if (!type_identical(type_under(x->t), type_under(y->t)))
            return false;
        *out = *x;
        return true;
    }
    if (x->tilde || y->tilde) {
        const Term *t = x->tilde ? x : y, *u = x->tilde ? y : x;
        if (!term_includes(t, u->t))
            return false;
        *out = *u;
        return true;
    }
    if (!type_identical(x->t, y->t))
        return false;
    *out = *x;
    return true;
}

static void intersect(Checker *c, TypeSet *s, const TypeSet *e) {
    s->comparable = s->comparable || e->comparable;
    for (int i = 0; i < e->methods.len; i++)
        ptrvec_push(c->a, &s->methods, e->methods.items[i]);
    if (e->all)
        return;
    if (s->all) {
        s->all = false;
        s->terms = e->terms;
        s->nterms = e->nterms;
        return;
    }
    Term *out = arena_alloc(c->a, sizeof(Term) * (size_t)(s->nterms * e->nterms + 1));
    int n = 0;
    for (int i = 0; i < s->nterms; i++)
        for (int j = 0; j < e->nterms; j++) {
            Term m;
            if (!term_meet(&s->terms[i], &e->terms[j], &m))
                continue;
            bool dup = false;
            for (int k = 0; k < n && !dup; k++)
                dup = out[k].tilde == m.tilde && type_identical(out[k].t, m.t);
            if (!dup)
                out[n++] = m;
        }
    s->terms = out;
    s->nterms = n;
}

static void add_term(Checker *c, TypeSet *s, bool tilde, Type *t) {
    Term *terms = arena_alloc(c->a, sizeof(Term) * (size_t)(s->nterms + 1));
    if (s->nterms)
        memcpy(terms, s->terms, sizeof(Term) * (size_t)s->nterms);
    terms[s->nterms++] = (Term){tilde, t};
    s->terms = terms;
}

/* ----------------------------------------------------- type set of syntax */

static void iface_node_set(Checker *c, Node *e, TypeSet *s, int depth);

/* The type set of an interface type t (named or not). */
static void iface_type_set(Checker *c, Type *t, TypeSet *s, int depth) {
    s->all = true;
    Node *spec = t->obj ? t->obj->spec : NULL;
    if (!spec)
        spec = gen_type_spec(t);   /* an instantiated constraint, V[T] */
    Node *te = spec && spec->kind == N_TYPEDECL ? unparen(spec->type_) : NULL;
    if (te && te->kind == N_INTERFACETYPE && !(t->obj->flags & OBJF_STD) && depth < 16) {
        Scope *saved = c->scope;
        c->scope = c->pkg->filescope;
        if (t->obj->gen && spec->tparams.len == gen_type_nargs(t))
            c->scope = gen_type_scope(c, t);
        iface_node_set(c, te, s, depth + 1);
        c->scope = saved;
        return;
    }
    Type *u = type_under(t);
    for (int i = 0; i < u->nmethods; i++)
        ptrvec_push(c->a, &s->methods, u->methods[i]);
}

/* The type set of one element of an interface or of a constraint: a
 * union, a ~T term, `comparable`, an interface, or a single type. */
static void elem_set(Checker *c, Node *e, TypeSet *s, int depth) {
    e = unparen(e);
    *s = (TypeSet){0};
    if (!e || depth > 32) {
        s->all = true;
        return;
    }
    if (e->kind == N_BINARY && e->op == T_OR) {
        TypeSet x, y;
        elem_set(c, e->x, &x, depth + 1);
        elem_set(c, e->y, &y, depth + 1);
        if (x.all || y.all) {
            s->all = true;
            return;
        }
        for (int i = 0; i < x.nterms; i++)
            add_term(c, s, x.terms[i].tilde, x.terms[i].t);
        for (int i = 0; i < y.nterms; i++)
            add_term(c, s, y.terms[i].tilde, y.terms[i].t);
        return;
    }
    if (e->kind == N_UNARY && e->op == T_TILDE) {
        add_term(c, s, true, chk_typexpr(c, e->x));
        return;
    }
    if (is_comparable_name(c, e)) {
        s->all = true;
        s->comparable = true;
        return;
    }
    if (e->kind == N_INTERFACETYPE) {
        iface_node_set(c, e, s, depth + 1);
        return;
    }
    Type *t = chk_typexpr(c, e);
    if (t->kind == TY_INVALID) {
        s->all = true;
        return;
    }
    if (type_under(t)->kind == TY_INTERFACE) {
        iface_type_set(c, t, s, depth + 1);
        return;
    }
    add_term(c, s, false, t);
}

static void iface_node_set(Checker *c, Node *e, TypeSet *s, int depth) {
    *s = (TypeSet){0};
    s->all = true;
    for (int i = 0; i < e->list.len; i++) {
        Node *f = e->list.items[i];
        if (f->name) {
            Obj *m = obj_new(c->a, OBJ_FUNC, f->name->lit, f->name->pos,
                             chk_functype(c, f->type_, NULL, NULL));
            m->flags |= OBJF_METHOD | OBJF_IMETHOD;
            m->pkg = c->pkg;
            ptrvec_push(c->a, &s->methods, m);
            continue;
        }
        TypeSet es;
        elem_set(c, f->type_, &es, depth + 1);
        intersect(c, s, &es);
    }
}

/* -------------------------------------------------------------- printing */

static const char *sig_str(Checker *c, Type *sig) {
    const char *s = chk_type_str(c, sig);
    return strncmp(s, "func", 4) ? s : s + 4;
}

static const char *elem_str(Checker *c, Node *e);

/* types2's TypeString of an interface literal: sorted methods, then the
 * embedded elements, separated by "; ". */
static const char *iface_str(Checker *c, Node *e) {
    StrBuf b = {c->a, NULL, 0, 0};
    strbuf_puts(&b, "interface{");
    PtrVec ms = {0};
    for (int i = 0; i < e->list.len; i++)
        if (e->list.items[i]->name)
            ptrvec_push(c->a, &ms, e->list.items[i]);
    for (int i = 1; i < ms.len; i++)
        for (int j = i; j > 0 && strcmp(((Node *)ms.items[j - 1])->name->lit,
                                        ((Node *)ms.items[j])->name->lit) > 0; j--) {
            void *tmp = ms.items[j];
            ms.items[j] = ms.items[j - 1];
            ms.items[j - 1] = tmp;
        }
    int n = 0;
    for (int i = 0; i < ms.len; i++, n++) {
        Node *f = ms.items[i];
        if (n)
            strbuf_puts(&b, "; ");
        strbuf_puts(&b, f->name->lit);
        strbuf_puts(&b, sig_str(c, chk_functype(c, f->type_, NULL, NULL)));
    }
    for (int i = 0; i < e->list.len; i++) {
        Node *f = e->list.items[i];
        if (f->name)
            continue;
        if (n++)
            strbuf_puts(&b, "; ");
        strbuf_puts(&b, elem_str(c, f->type_));
    }
    strbuf_puts(&b, "}");
    return b.s;
}

static const char *elem_str(Checker *c, Node *e) {
    e = unparen(e);
    if (!e)
        return "?";
    if (e->kind == N_BINARY && e->op == T_OR)
        return arena_printf(c->a, "%s|%s", elem_str(c, e->x), elem_str(c, e->y));
    if (e->kind == N_UNARY && e->op == T_TILDE)
        return arena_printf(c->a, "~%s", chk_type_str(c, chk_typexpr(c, e->x)));
    if (is_comparable_name(c, e))
        return "comparable";
    if (e->kind == N_INTERFACETYPE)
        return iface_str(c, e);
    return gen_type_str(c, chk_typexpr(c, e));
}

static const char *terms_str(Checker *c, const TypeSet *s) {
    if (s->all)
        return "𝓤";
    if (!s->nterms)
        return "∅";
    StrBuf b = {c->a, NULL, 0, 0};
    for (int i = 0; i < s->nterms; i++) {
        if (i)
            strbuf_puts(&b, " | ");
        if (s->terms[i].tilde)
            strbuf_puts(&b, "~");
        strbuf_puts(&b, gen_type_str(c, s->terms[i].t));
    }
    return b.s;
}

/* ---------------------------------------------------------- satisfaction */

/* types2's comparable(V, dynamic=false): interfaces are not (Go 1.19). */
static bool strictly_comparable(Type *t, int depth) {
    Type *u = type_under(t);
    if (depth > 16)
        return true;
    switch (u->kind) {
    case TY_INTERFACE: case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_TUPLE:
        return false;
    case TY_ARRAY:
        return strictly_comparable(u->elem, depth + 1);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!strictly_comparable(u->fields[i]->type, depth + 1))
                return false;
        return true;
    default:
        return true;
    }
}

/* The error of V not satisfying constraint ce, or NULL (instantiate.go
 * implements). */
static const char *implements(Checker *c, Type *v, Node *ce) {
    if (v->kind == TY_INVALID)
        return NULL;
    TypeSet s;
    elem_set(c, ce, &s, 0);
    if (s.all && !s.comparable && !s.methods.len)
        return NULL;
    const char *vs = gen_type_str(c, v);
    const char *ts = elem_str(c, ce);
    Type *vu = type_under(v);
    if (!s.all && !s.nterms)
        return arena_printf(c->a, "cannot implement %s (empty type set)", ts);
    if (s.methods.len) {
        Type *it = type_new(c->a, TY_INTERFACE);
        it->imethods = (Obj **)s.methods.items;
        it->nimethods = s.methods.len;
        for (int i = 1; i < it->nimethods; i++)
            for (int j = i; j > 0 && strcmp(it->imethods[j - 1]->name, it->imethods[j]->name) > 0;
                 j--) {
                Obj *tmp = it->imethods[j];
                it->imethods[j] = it->imethods[j - 1];
                it->imethods[j - 1] = tmp;
            }
        const char *dup = NULL;
        type_complete_interface(c->a, it, &dup);
        Obj *missing = NULL, *have = NULL;
        bool wrongptr = false;
        if (!type_implements(v, it, &missing, &wrongptr, &have) && missing) {
            if (wrongptr)
                return arena_printf(c->a, "%s does not implement %s (%s method has pointer receiver)",
                                    vs, ts, missing->name);
            if (have)
                return arena_printf(c->a,
                                    "%s does not implement %s (wrong type for %s method)\n"
                                    "\t\thave %s%s\n\t\twant %s%s",
                                    vs, ts, missing->name, have->name, sig_str(c, have->type),
                                    missing->name, sig_str(c, missing->type));
            return arena_printf(c->a, "%s does not implement %s (missing %s method)", vs, ts,
                                missing->name);
        }
    }
    const char *pending = NULL;
    if (s.comparable && !strictly_comparable(v, 0))
        pending = arena_printf(c->a, "%s does not implement comparable", vs);
    if (s.all)
        return pending;
    if (vu->kind == TY_INTERFACE)
        return arena_printf(c->a, "%s does not implement %s", vs, ts);
    Type *alt = NULL;
    for (int i = 0; i < s.nterms; i++) {
        Term *t = &s.terms[i];
        if (term_includes(t, v))
            return pending;
        if (!alt && !t->tilde && type_identical(t->t, type_under(t->t)) &&
            type_identical(t->t, vu))
            alt = t->t;
    }
    if (alt)
        return arena_printf(c->a,
                            "%s does not implement %s (possibly missing ~ for %s in constraint %s)",
                            vs, ts, chk_type_str(c, alt), ts);
    return arena_printf(c->a, "%s does not implement %s (%s missing in %s)", vs, ts, vs,
                        terms_str(c, &s));
}

bool gen_verify(Checker *c, Scope *s, Node **tparams, int n, Type **targs, Node **xlist,
                int nx, Pos pos) {
    for (int i = 0; i < n; i++)
        if (!targs[i] || gen_has_shape(targs[i]))
            return true;   /* generic bodies are checked as shape copies only */
    Scope *saved = c->scope;
    FuncCtx *savedfn = c->fn;
    c->scope = s;
    c->fn = NULL;
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        Node *f = tparams[i];
        if (!f || !f->type_)
            continue;
        const char *err = implements(c, targs[i], f->type_);
        if (err) {
            chk_errorf(c, i < nx ? SP(xlist[i]) : pos, "%s", err);
            ok = false;
        }
    }
    c->scope = saved;
    c->fn = savedfn;
    return ok;
}

Obj *gen_constraint_method(Checker *c, Node *ce, const char *name) {
    TypeSet s;
    elem_set(c, ce, &s, 0);
    for (int i = 0; i < s.methods.len; i++) {
        Obj *m = s.methods.items[i];
        if (!strcmp(m->name, name))
            return m;
    }
    return NULL;
}

bool gen_constraint_mentions(Node *ce, Node **names, int n, int depth) {
    if (!ce || depth > 64)
        return false;
    if (ce->kind == N_NAME) {
        for (int i = 0; i < n; i++)
            if (names[i] && !strcmp(names[i]->lit, ce->lit))
                return true;
        return false;
    }
    Node *kids[] = {ce->x, ce->y, ce->type_};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (gen_constraint_mentions(kids[i], names, n, depth + 1))
            return true;
    NodeList *ls[] = {&ce->list, &ce->params, &ce->results};
    for (size_t j = 0; j < (node_has_tail(ce) ? 3u : 1u); j++)
        for (int i = 0; i < ls[j]->len; i++)
            if (gen_constraint_mentions(ls[j]->items[i], names, n, depth + 1))
                return true;
    return false;
}

/* types2's infer.go: the single specific type of constraint ce, in scope s
 * (every type parameter it mentions denotes its argument), when it has
 * exactly one term and that term has no tilde; else NULL.  A type
 * parameter whose argument is unknown gets it (PT interface{ *T; M() }). */
Type *gen_single_term(Checker *c, Scope *s, Node *ce) {
    Scope *saved = c->scope;
    FuncCtx *savedfn = c->fn;
    c->scope = s;
    c->fn = NULL;
    TypeSet ts;
    elem_set(c, ce, &ts, 0);
    c->scope = saved;
    c->fn = savedfn;
    if (ts.all || ts.nterms != 1 || ts.terms[0].tilde)
        return NULL;
    return ts.terms[0].t;
}
