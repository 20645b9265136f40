/* inline_call.c - gc 1.19's InlinePackage / InlineCalls / mkinlcall on the
 * checked AST: visit functions bottom-up, decide, and replace each call to
 * an inlinable function by an N_INLCALL holding a renamed copy of the
 * callee's body (see inline.h for the representation).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "generic.h"
#include "inline_int.h"
#include "chain.h"

/* ------------------------------------------------------ closure names */

/* What name_lits also does on its walk of a function's body (prep_func),
 * so that the body is walked once, and right before the Tarjan visit walks
 * it again, while it is in cache: gc's deadcode (inl_prune_dead on each
 * node before its children, as inl_deadcode does; not below an
 * N_DECLSTMT's decl, which inl_deadcode does not enter) and the
 * definitions StaticValue looks through (inl_note_node_defs). */
enum { PREP_PRUNE = 1, PREP_DEFS = 2 };

static void name_lits(InlState *st, Node *n, InlFunc *outer, int *globgen, unsigned prep);
static void name_lits_then_values(InlState *st, Node *body, InlFunc *f, int *globgen,
                                  unsigned prep);

static void prep_count(InlState *st, long k);

static void name_lits_list(InlState *st, NodeList *l, InlFunc *outer, int *globgen,
                           unsigned prep)
{
    for (int i = 0; i < l->len; i++)
        name_lits(st, l->items[i], outer, globgen, prep);
}

/* The closures gc's stenciling makes for generic function values (F[int]
 * not called) come after the function's own literals: outer.funcN+1... */
static void name_value_lits(InlState *st, Node *n, InlFunc *outer)
{
    if (n && n->kind == N_BINARY) {   /* a chain, without recursion (chain.h) */
        Spine sp;
        spine_collect(&sp, n);
        name_value_lits(st, spine_first(&sp), outer);
        for (int i = sp.n - 1; i >= 0; i--)
            name_value_lits(st, sp.v[i]->y, outer);
        spine_free(&sp);
        return;
    }
    if (!n || node_is_leaf(n))
        return;
    if (n->kind == N_FUNCLIT) {
        if (!(n->gen && n->gen->funcvalue))
            return;   /* a literal of its own: named its values itself */
        InlFunc *f = inl_func(st, n);
        f->outer = outer;
        outer->closgen++;
        f->name = arena_printf(st->a, "%s.%s%d", outer->name,
                               outer->fn->kind == N_FUNCLIT ? "" : "func", outer->closgen);
        return;
    }
    Node *kids[] = { n->init, n->x, n->y, n->z, n->w, n->tag, n->cond, n->post, n->body, n->els };
    for (unsigned i = 0; i < sizeof kids / sizeof kids[0]; i++)
        name_value_lits(st, kids[i], outer);
    const NodeList *ls[] = { &n->rhs, &n->lhs, &n->values, &n->list };
    for (unsigned j = 0; j < 4; j++)
        for (int i = 0; i < ls[j]->len; i++)
            name_value_lits(st, ls[j]->items[i], outer);
}

/* Literals are named in the order gc's front end meets them: outer.func1,
 * outer.func2, and inside a literal outer.func1.1 (gc's ClosureName). */
static void name_lits(InlState *st, Node *n, InlFunc *outer, int *globgen, unsigned prep)
{
    if (n && n->kind == N_BINARY) {   /* a chain, in order, without recursion (chain.h) */
        Spine sp;
        spine_collect(&sp, n);
        if (prep)
            prep_count(st, sp.n);
        name_lits(st, spine_first(&sp), outer, globgen, prep);
        for (int i = sp.n - 1; i >= 0; i--)
            name_lits(st, sp.v[i]->y, outer, globgen, prep);
        spine_free(&sp);
        return;
    }
    if (!n)
        return;
    if (prep)
        prep_count(st, 1);
    if (node_is_leaf(n))
        return;
    if (prep && (n->kind == N_CALL || n->kind == N_GO || n->kind == N_DEFER))
        st->prepcalls++;
    if (prep && n->decl && !(n->list.len && n->decl == n->list.items[0]))
        st->prepcalls++;        /* edit prunes below it, prep does not */
    if (prep & PREP_PRUNE)
        inl_prune_dead(st->a, n);
    if (n->kind == N_FUNCLIT) {
        if (outer && n->gen && n->gen->funcvalue) {
            st->valuelits++;   /* a generic function value's closure: name_value_lits */
            if (prep & PREP_PRUNE)
                inl_deadcode(st->a, n);
            if (prep & PREP_DEFS)
                inl_note_defs(st, n);
            if (prep)           /* not counted: the bound is off */
                prep_count(st, INL_BIG_FUNCTION_NODES);
            return;
        }
        InlFunc *f = inl_func(st, n);
        f->outer = outer;
        if (outer) {
            outer->closgen++;
            f->name = arena_printf(st->a, "%s.%s%d", outer->name,
                                   outer->fn->kind == N_FUNCLIT ? "" : "func",
                                   outer->closgen);
        } else {
            f->name = arena_printf(st->a, "glob..func%d", ++*globgen);
        }
        long outside = st->prepnodes;   /* the literal's own count, then the outer's */
        long calls = st->prepcalls;     /* the literal's own, then the outer's */
        st->prepnodes = 0;
        st->prepcalls = 0;
        name_lits_then_values(st, n->body, f, globgen, prep);
        if (prep) {
            f->nodes = st->prepnodes;
            f->noedit = st->prepcalls == 0;
        }
        st->prepcalls = calls;
        st->prepnodes = outside;   /* the OCLOSURE node, counted above */
        return;
    }
    if (prep & PREP_DEFS)
        inl_note_node_defs(st, n);
    /* rhs before lhs, as irgen translates assignments; an absent child
     * costs a test, not a call (this runs on every node) */
#define NAME_KID(k) if (n->k) name_lits(st, n->k, outer, globgen, prep)
    name_lits_list(st, &n->rhs, outer, globgen, prep);
    name_lits_list(st, &n->lhs, outer, globgen, prep);
    NAME_KID(init);
    NAME_KID(x);
    NAME_KID(y);
    NAME_KID(z);
    NAME_KID(w);
    NAME_KID(tag);
    NAME_KID(cond);
    NAME_KID(post);
    name_lits_list(st, &n->values, outer, globgen, prep);
    if (prep && n->list.len && n->decl == n->list.items[0]) {
        /* count_nodes counts this one twice, as the decl too */
        long w = st->prepweight;
        st->prepweight = w < INL_BIG_FUNCTION_NODES ? 2 * w : w;
        name_lits(st, n->list.items[0], outer, globgen, prep);
        st->prepweight = w;
        for (int i = 1; i < n->list.len; i++)
            name_lits(st, n->list.items[i], outer, globgen, prep);
    } else {
        name_lits_list(st, &n->list, outer, globgen, prep);
    }
    if (n->decl && n->decl != (n->list.len ? n->list.items[0] : NULL))
        name_lits(st, n->decl, outer, globgen, prep & ~(unsigned)PREP_PRUNE);
    NAME_KID(body);
    NAME_KID(els);
#undef NAME_KID
}

/* Weighed nodes met by a prep walk, saturating at what matters. */
static void prep_count(InlState *st, long k)
{
    st->prepnodes += k * st->prepweight;
    if (st->prepnodes > INL_BIG_FUNCTION_NODES)
        st->prepnodes = INL_BIG_FUNCTION_NODES;
}

/* A function's literals, then its generic function values' closures,
 * which most programs have none of (name_value_lits would walk every body
 * for nothing): only a body where name_lits met one is walked again. */
static void name_lits_then_values(InlState *st, Node *body, InlFunc *f, int *globgen,
                                  unsigned prep)
{
    int before = st->valuelits;
    name_lits(st, body, f, globgen, prep);
    if (st->valuelits != before)
        name_value_lits(st, body, f);
}

/* A function declaration's body, before anything else reads it: dead
 * code pruned, literals named, definitions noted (name_lits with prep),
 * on its first Tarjan visit. */
static void prep_func(InlState *st, InlFunc *f)
{
    int noglob = 0;             /* no package-level literal in a body */
    f->prep = false;
    st->prepnodes = 0;
    st->prepweight = 1;
    st->prepcalls = 0;
    name_lits_then_values(st, f->fn->body, f, &noglob, PREP_PRUNE | PREP_DEFS);
    f->nodes = st->prepnodes;
    f->noedit = st->prepcalls == 0;
}

/* gc's isBigFunc for f's body: at least INL_BIG_FUNCTION_NODES nodes.
 * Three times f->nodes bounds what count_nodes counts (name_lits met every
 * AST node; count_nodes adds at most two IR nodes for some of them, an
 * ODCL and its name per variable a := declares): most bodies are known
 * small without a walk. */
static bool is_big_func(InlFunc *f)
{
    if (f->nodes > 0 && 3 * f->nodes < INL_BIG_FUNCTION_NODES)
        return false;
    return inl_is_big_func(f->fn->body);
}

/* ----------------------------------------------------- bottom-up (SCC) */

static bool is_local_func(const Obj *o)
{
    return o && o->kind == OBJ_FUNC && o->decl && !(o->flags & OBJF_STD) &&
           o->decl->kind == N_FUNCDECL && o->decl->tparams.len == 0;
}

static unsigned scc_visit(InlState *st, InlFunc *f);

static void scc_ref(InlState *st, Node *decl, unsigned *min)
{
    InlFunc *g = inl_func(st, decl);
    unsigned m = scc_visit(st, g);
    if (m < *min)
        *min = m;
}

static void scc_walk(InlState *st, Node *n, unsigned *min);

static void scc_walk_list(InlState *st, NodeList *l, unsigned *min)
{
    for (int i = 0; i < l->len; i++)
        scc_walk(st, l->items[i], min);
}

/* ir.Visit's pre-order over a body, not entering function literals. */
static void scc_walk(InlState *st, Node *n, unsigned *min)
{
    if (n && n->kind == N_BINARY) {   /* a chain, in order, without recursion (chain.h) */
        Spine sp;
        spine_collect(&sp, n);
        scc_walk(st, spine_first(&sp), min);
        for (int i = sp.n - 1; i >= 0; i--)
            scc_walk(st, sp.v[i]->y, min);
        spine_free(&sp);
        return;
    }
    if (!n)
        return;
    switch (n->kind) {
    case N_FUNCLIT:
        scc_ref(st, n, min);
        return;
    case N_NAME:
        if (is_local_func(n->obj) && !(n->obj->flags & OBJF_METHOD))
            scc_ref(st, n->obj->decl, min);
        return;
    case N_BASICLIT:
        return;
    case N_CALL: {
        /* RewriteNonNameCall moved a receiver with calls in it into a
         * temporary in the call's init, which ir.Visit sees first */
        Node *t = n->x ? inl_callee_temp(n) : NULL;
        Node *f = t ? inl_unparen(n->x) : NULL;
        if (f && f->kind == N_SELECTOR && f->x == t && !inl_is_conversion(n) &&
            inl_builtin(n) == BI_NONE) {
            scc_walk(st, n->init, min);
            scc_walk(st, t, min);
            if (is_local_func(f->obj) && (f->obj->flags & OBJF_METHOD) && !inl_is_iface_sel(f))
                scc_ref(st, f->obj->decl, min);
            scc_walk_list(st, &n->list, min);
            return;
        }
        break;
    }
    case N_SELECTOR:
        if (is_local_func(n->obj) && (n->obj->flags & OBJF_METHOD) &&
            !inl_is_iface_sel(n))
            scc_ref(st, n->obj->decl, min);
        else if (inl_is_pkg_sel(n))
            return;
        scc_walk(st, n->x, min);
        return;
    default:
        break;
    }
    if (node_is_leaf(n))
        return;
#define SCC_KID(k) if (n->k) scc_walk(st, n->k, min)
    SCC_KID(init);
    scc_walk_list(st, &n->lhs, min);
    SCC_KID(x);
    SCC_KID(y);
    SCC_KID(z);
    SCC_KID(w);
    SCC_KID(tag);
    SCC_KID(cond);
    SCC_KID(post);
    scc_walk_list(st, &n->rhs, min);
    scc_walk_list(st, &n->values, min);
    scc_walk_list(st, &n->list, min);
    SCC_KID(body);
    SCC_KID(els);
#undef SCC_KID
}

static void analyze_scc(InlState *st, InlFunc **block, int n, bool recursive)
{
    int numfns = 0;
    for (int i = 0; i < n; i++)
        if (!block[i]->hidden)
            numfns++;
    for (int i = 0; i < n; i++) {
        InlFunc *f = block[i];
        if (!recursive || numfns > 1) {
            inl_can_inline(st, f);
        } else {
            f->recursive = true;
            if (st->cfg->m > 1 && f->fn->body)
                diag_addf(st->cfg->diags, st->cfg->file, f->fn->pos, DIAG_NOTE, DK_CANNOT_INLINE, "cannot inline %s: recursive", f->name);
        }
        inl_inline_calls(st, f);
    }
}

static unsigned scc_visit(InlState *st, InlFunc *f)
{
    if (f->sccid)
        return f->sccid;
    unsigned id = ++st->visitgen;
    f->sccid = id;
    unsigned min = ++st->visitgen;
    ptrvec_push(st->a, &st->stack, f);
    if (f->prep)
        prep_func(st, f);
    if (f->fn->body)
        scc_walk(st, f->fn->body, &min);
    if ((min == id || min == id + 1) && !f->hidden) {
        bool recursive = min == id;
        int i;
        for (i = st->stack.len - 1; i >= 0; i--) {
            InlFunc *x = st->stack.items[i];
            x->sccid = UINT_MAX;
            if (x == f)
                break;
        }
        int n = st->stack.len - i;
        InlFunc **block = arena_alloc(st->a, sizeof *block * (n ? n : 1));
        memcpy(block, st->stack.items + i, sizeof *block * n);
        st->stack.len = i;
        analyze_scc(st, block, n, recursive);
    }
    return min;
}

/* ------------------------------------------------------------ copying */

typedef struct Subst {
    InlState *st;
    InlFunc *callee;
    Pos pos;              /* the outermost call's position */
    bool keeppos;         /* inside a copied function literal */
    bool inclosure;       /* returns belong to a literal, not the callee */
    Node *callerfn;       /* function node owning the new variables */
    /* old Obj -> new Obj: in the small arrays below, or, past them, in
     * malloc'd ones freed when the call is done (subst_done) */
    Obj **from, **to;
    int nmap, capmap;
    Obj *from0[32], *to0[32];
    /* function nodes of the callee (itself and literals inside) */
    Node *fns[64];
    Node *newfns[64];
    int nfns;
    NodeList retvars;     /* result N_NAMEs (templates) */
    bool candelay;
} Subst;

static Obj *map_get(Subst *s, const Obj *o)
{
    for (int i = s->nmap - 1; i >= 0; i--)
        if (s->from[i] == o)
            return s->to[i];
    return NULL;
}

static void map_put(Subst *s, Obj *o, Obj *n)
{
    if (!s->capmap) {
        s->from = s->from0;
        s->to = s->to0;
        s->capmap = 32;
    } else if (s->nmap == s->capmap) {
        int nc = s->capmap * 2;
        Obj **nf = malloc(sizeof *nf * (size_t)nc), **nt = malloc(sizeof *nt * (size_t)nc);
        if (!nf || !nt)
            abort();            /* as arena_alloc does */
        memcpy(nf, s->from, sizeof *nf * (size_t)s->nmap);
        memcpy(nt, s->to, sizeof *nt * (size_t)s->nmap);
        if (s->from != s->from0) {
            free(s->from);
            free(s->to);
        }
        s->from = nf;
        s->to = nt;
        s->capmap = nc;
    }
    s->from[s->nmap] = o;
    s->to[s->nmap] = n;
    s->nmap++;
}

static void subst_done(Subst *s)
{
    if (s->from != s->from0) {
        free(s->from);
        free(s->to);
    }
}

static Node *owner_fn(Subst *s, const Node *oldfn)
{
    for (int i = 0; i < s->nfns; i++)
        if (s->fns[i] == oldfn)
            return s->newfns[i] ? s->newfns[i] : s->callerfn;
    return NULL;
}

static Obj *new_var(Subst *s, const Obj *o, Node *fn)
{
    Obj *n = arena_alloc(s->st->a, sizeof *n);
    *n = *o;
    /* gc's clovar keeps the Class of a copied literal's own variables:
     * its parameters stay parameters of the new closure */
    if (fn == s->callerfn)
        n->flags &= ~(unsigned)(OBJF_PARAM | OBJF_RESULT | OBJF_RECV);
    n->flags |= OBJF_INLVAR;
    n->fn = fn;
    n->scope_next = NULL;
    if (!s->keeppos)
        n->pos = s->pos;
    return n;
}

/* The fresh variable standing for callee variable o, if o is one. */
static Obj *subst_obj(Subst *s, Obj *o)
{
    if (!o || o->kind != OBJ_VAR || !o->fn)
        return o;
    Obj *m = map_get(s, o);
    if (m)
        return m;
    Node *fn = owner_fn(s, o->fn);
    if (!fn)
        return o;                   /* a variable of the caller (captured) */
    m = new_var(s, o, fn);
    map_put(s, o, m);
    return m;
}

static Node *new_node(InlState *st, NodeKind k, Pos pos)
{
    return node_new(st->a, k, pos);
}

static Node *name_node(Subst *s, Obj *o, const char *lit, Type *t)
{
    Node *n = new_node(s->st, N_NAME, s->pos);
    n->obj = o;
    n->lit = lit;
    n->litlen = (int)strlen(lit);
    n->ty = t;
    n->mode = OPM_VAR;
    return n;
}

static Node *copy(Subst *s, Node *n);

static NodeList copy_list(Subst *s, NodeList l)
{
    NodeList r = { NULL, l.len };
    if (!l.len)
        return r;
    r.items = arena_alloc(s->st->a, sizeof *r.items * l.len);
    for (int i = 0; i < l.len; i++)
        r.items[i] = copy(s, l.items[i]);
    return r;
}

static Node *copy_return(Subst *s, Node *ret)
{
    if (ret->list.len == 0 || s->retvars.len == 0)
        return new_node(s->st, N_EMPTY, s->pos);
    Node *as = new_node(s->st, N_ASSIGN, s->pos);
    /* gc's OAS2 without Def; with delayed results it also declares them
     * (their ODCLs are its init): each result's decl is its lhs here */
    as->op = T_ASSIGN;
    as->implicit = true;
    as->lhs.len = s->retvars.len;
    as->lhs.items = arena_alloc(s->st->a, sizeof(Node *) * s->retvars.len);
    for (int i = 0; i < s->retvars.len; i++) {
        Node *t = s->retvars.items[i];
        Node *l = name_node(s, t->obj, t->lit, t->ty);
        if (s->candelay && t->obj)
            t->obj->decl = l;
        as->lhs.items[i] = l;
    }
    as->rhs = copy_list(s, ret->list);
    /* gc gives only params and delayed results a Defn (locals of an
     * inlined body are never static values) */
    if (s->candelay)
        inl_note_assign(s->st, &as->lhs, &as->rhs, true);
    return as;
}

/* The signature of a copied literal over its new parameters and results
 * (gc's subst.fields), so that escape analysis tags the copy's own. */
static Obj **copy_objs(Subst *s, Obj **v, int n)
{
    if (!n)
        return v;
    Obj **r = arena_alloc(s->st->a, sizeof *r * n);
    for (int i = 0; i < n; i++) {
        Obj *m = v[i] ? map_get(s, v[i]) : NULL;
        r[i] = m ? m : v[i];
    }
    return r;
}

static Type *copy_sig(Subst *s, Type *t)
{
    if (!t || t->kind != TY_FUNC)
        return t;
    Type *nt = arena_alloc(s->st->a, sizeof *nt);
    *nt = *t;
    nt->params = copy_objs(s, t->params, t->nparams);
    nt->results = copy_objs(s, t->results, t->nresults);
    nt->ptrto = NULL;
    nt->sliceof = NULL;
    return nt;
}

/* gc's clovar keeps the Defn of a copied literal's own variables (the
 * defnMarker moves it to the copied assignment), so StaticValue still sees
 * `push := func...; push(x)` inside the copy; the caller's own variables
 * and the inlined body's plain locals get none. */
static void note_lit_defs(Subst *s, NodeList *lhs, NodeList *rhs, bool def)
{
    for (int i = 0; i < lhs->len; i++) {
        Node *l = lhs->items[i];
        Obj *o = l && l->kind == N_NAME ? l->obj : NULL;
        bool own = false;
        for (int j = 0; o && j < s->nfns && !own; j++)
            own = s->newfns[j] && o->fn == s->newfns[j];
        if (!own)
            continue;
        NodeList l1 = { &lhs->items[i], 1 };
        NodeList r1 = { lhs->len == rhs->len ? &rhs->items[i] : NULL,
                        lhs->len == rhs->len ? 1 : 0 };
        inl_note_assign(s->st, &l1, &r1, def);
    }
}

/* A call devirtualization would look at (inline_devirt.c's dv_call). */
static void note_iface_call(InlState *st, Node *call)
{
    Node *sel = inl_unparen(call->x);
    if (sel && inl_is_iface_sel(sel))
        st->ifacecalls++;
}

static Node *copy_binary(Subst *s, Node *n);

/* Copy n for the inlined body: fresh variables, positions at the call. */
static Node *copy(Subst *s, Node *n)
{
    if (!n)
        return NULL;
    if (n->kind == N_BINARY)
        return copy_binary(s, n);
    if (n->kind == N_RETURN && !s->inclosure)
        return copy_return(s, n);
    Node *m = node_dup(s->st->a, n);
    m->aux = NULL;
    if (n->kind == N_CALL)
        note_iface_call(s->st, n);  /* also in copied literals, never edited */
    if (!s->keeppos) {
        m->pos = s->pos;
        if (!node_is_leaf(n))
            m->end = s->pos;
        m->pos2 = s->pos;   /* a range's 'range', a type switch's guard */
    }
    if (n->kind == N_NAME) {
        Obj *o = subst_obj(s, n->obj);
        m->obj = o;
        /* a closure's captured variable, inlined where that variable lives,
         * is an ordinary local again (gc maps the closure var to its Outer) */
        if (!s->inclosure && o && o->kind == OBJ_VAR)
            m->closurevar = o->fn && o->fn != s->callerfn;
        if (o && o != n->obj) {
            const Node *orig = n->aux ? n->aux : n;   /* pristine copies point back */
            if (n->obj->decl == orig || n->obj->decl == n)
                o->decl = m;
        }
        return m;
    }
    if (node_is_leaf(n))
        return m;
    if (n->kind == N_BASICLIT)
        return m;               /* a leaf: nothing more to copy */
    bool saved_keep = s->keeppos, saved_in = s->inclosure;
    if (n->kind == N_FUNCLIT) {
        /* the literal's own variables belong to the new literal */
        const Node *orig = n->aux ? n->aux : n;
        if (s->nfns < 64) {
            s->fns[s->nfns] = (Node *)orig;
            s->newfns[s->nfns] = m;
            s->nfns++;
        }
        if (n->init && n->gen && n->gen->rcvrvalue)
            subst_obj(s, n->init->lhs.items[0]->obj);   /* .rcvrN: at the call, as gc's */
        s->keeppos = true;
        s->inclosure = true;
        m->type_ = copy(s, n->type_);
    } else if (n->kind == N_FUNCTYPE || n->kind == N_FIELD) {
        m->type_ = n->type_;         /* types themselves are shared */
    }
    if (n->kind == N_FUNCTYPE) {
        m->params = copy_list(s, n->params);
        m->results = copy_list(s, n->results);
    }
    /* m has n's children: an absent one stays NULL without a call */
#define COPY_KID(k) if (n->k) m->k = copy(s, n->k)
    if (n->kind != N_FIELD && n->kind != N_FUNCTYPE) {
        COPY_KID(x);
        COPY_KID(y);
        COPY_KID(z);
        COPY_KID(w);
    }
    if (n->kind == N_FIELD)
        m->name = copy(s, n->name);
    else if (n->kind == N_LABELED || n->kind == N_BRANCH || n->kind == N_TYPESWITCH)
        m->name = copy(s, n->name);
    COPY_KID(init);
    COPY_KID(cond);
    COPY_KID(post);
    COPY_KID(body);
    COPY_KID(els);
    if (n->kind != N_FIELD)
        COPY_KID(tag);
#undef COPY_KID
    m->list = copy_list(s, n->list);
    m->decl = m->list.len && n->decl == n->list.items[0] ? m->list.items[0] : copy(s, n->decl);
    m->lhs = copy_list(s, n->lhs);
    m->rhs = copy_list(s, n->rhs);
    m->values = copy_list(s, n->values);
    if (n->kind == N_VARDECL || n->kind == N_CONSTDECL)
        m->names = copy_list(s, n->names);
    s->keeppos = saved_keep;
    s->inclosure = saved_in;
    if (s->inclosure && n->kind == N_ASSIGN && (n->op == T_ASSIGN || n->op == T_DEFINE))
        note_lit_defs(s, &m->lhs, &m->rhs, n->op == T_DEFINE);
    else if (s->inclosure && n->kind == N_VARDECL && m->values.len)
        note_lit_defs(s, &m->names, &m->values, true);
    if (n->kind == N_FUNCLIT) {
        /* a new closure of the caller, named after it once complete (gc
         * typechecks the copy after its body: inner literals first) */
        InlState *st = s->st;
        InlFunc *cur = st->cur, *f = inl_func(st, m);
        cur->closgen++;
        f->name = arena_printf(st->a, "%s.%s%d", cur->name, cur->fn->kind == N_FUNCLIT ? "" : "func",
                               cur->closgen);
        f->outer = cur;
        f->pos = n->pos;
        m->lit = f->name;       /* escape analysis names the copy as gc does */
        m->litlen = (int)strlen(f->name);
        m->ty = copy_sig(s, n->ty);
    }
    return m;
}

/* A chain a + b + ..., copied along its left spine without recursion
 * (chain.h), operands in the order copy() meets them: x before y. */
static Node *copy_binary(Subst *s, Node *n)
{
    Spine sp;
    spine_collect(&sp, n);
    Node **m = arena_alloc(s->st->a, sizeof *m * (size_t)sp.n);
    for (int i = 0; i < sp.n; i++) {
        m[i] = node_dup(s->st->a, sp.v[i]);
        m[i]->aux = NULL;
        if (!s->keeppos)
            m[i]->pos = m[i]->end = m[i]->pos2 = s->pos;
        if (i > 0)
            m[i - 1]->x = m[i];
    }
    m[sp.n - 1]->x = copy(s, spine_first(&sp));
    for (int i = sp.n - 1; i >= 0; i--)
        m[i]->y = copy(s, sp.v[i]->y);
    Node *top = m[0];
    spine_free(&sp);
    return top;
}

/* A pristine copy of a body (gc's inlcopylist): same objects, aux points
 * back to the original node so declarations can still be recognised. */
static Node *save(InlState *st, Node *n);

static NodeList save_list(InlState *st, NodeList l)
{
    NodeList r = { NULL, l.len };
    if (!l.len)
        return r;
    r.items = arena_alloc(st->a, sizeof *r.items * l.len);
    for (int i = 0; i < l.len; i++)
        r.items[i] = save(st, l.items[i]);
    return r;
}

static Node *save(InlState *st, Node *n)
{
    if (!n)
        return NULL;
    if (n->kind == N_BINARY) {   /* a chain's left spine in a loop (chain.h) */
        Node *top = NULL, **link = &top;
        for (; n && n->kind == N_BINARY; n = n->x) {
            Node *m = node_dup(st->a, n);
            m->aux = n;
            m->y = save(st, n->y);
            *link = m;
            link = &m->x;
        }
        *link = save(st, n);
        return top;
    }
    if (node_is_leaf(n)) {
        Node *m = node_dup(st->a, n);
        m->aux = n;
        return m;
    }
    Node *m = node_dup(st->a, n);
    m->aux = n;
    m->x = save(st, n->x); m->y = save(st, n->y); m->z = save(st, n->z);
    m->w = save(st, n->w); m->init = save(st, n->init); m->cond = save(st, n->cond);
    m->post = save(st, n->post); m->body = save(st, n->body); m->els = save(st, n->els);
    m->tag = n->kind == N_FIELD ? n->tag : save(st, n->tag);
    m->name = save(st, n->name);
    if (n->kind == N_FUNCLIT || n->kind == N_FUNCTYPE || n->kind == N_FIELD)
        m->type_ = save(st, n->type_);
    m->list = save_list(st, n->list);
    m->decl = m->list.len && n->decl == n->list.items[0] ? m->list.items[0] : save(st, n->decl);
    m->lhs = save_list(st, n->lhs); m->rhs = save_list(st, n->rhs);
    m->values = save_list(st, n->values); m->names = save_list(st, n->names);
    if (node_has_tail(n)) {
        m->params = save_list(st, n->params); m->results = save_list(st, n->results);
    }
    return m;
}

/* ------------------------------------------------------------ InlineCalls */

static Node *edit(InlState *st, Node *n);

/* About to change the tree of the function being edited (or of one of
 * its literals): save the pristine body of each enclosing function whose
 * callers still copy the live one (InlFunc.pending).  Nothing was changed
 * before this point, so the copy is what saving up front made; a function
 * whose edit changes nothing (most) is never copied at all. */
static void touch(InlState *st)
{
    for (InlFunc *g = st->cur; g; g = g->outer)
        if (g->pending) {
            g->pending = false;
            g->body = save(st, g->fn->body);
        }
}

/* Store an edited child only when it changed, so that an edit that
 * inlines nothing writes nothing (and keeps the body shareable). */
#define EDIT_SLOT(slot) do {                       \
        Node *old_ = (slot);                        \
        if (old_) {                                 \
            Node *new_ = edit(st, old_);            \
            if (new_ != old_) {                     \
                touch(st);                          \
                (slot) = new_;                      \
            }                                       \
        }                                           \
    } while (0)

static void edit_list(InlState *st, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        EDIT_SLOT(l->items[i]);
}

static void edit_children(InlState *st, Node *n)
{
    EDIT_SLOT(n->init);
    edit_list(st, &n->lhs);
    EDIT_SLOT(n->x);
    EDIT_SLOT(n->y);
    EDIT_SLOT(n->z);
    EDIT_SLOT(n->w);
    EDIT_SLOT(n->tag);
    EDIT_SLOT(n->cond);
    EDIT_SLOT(n->post);
    edit_list(st, &n->rhs);
    edit_list(st, &n->values);
    edit_list(st, &n->list);
    if (n->decl && !(n->list.len && n->decl == n->list.items[0])) {
        EDIT_SLOT(n->decl);
    } else if (n->kind == N_DECLSTMT && n->list.len && n->decl != n->list.items[0]) {
        touch(st);
        n->decl = n->list.items[0];
    }
    EDIT_SLOT(n->body);
    EDIT_SLOT(n->els);
}

/* gc's deadcode on a node (inl_prune_dead), writing only on a change:
 * bodies were pruned before (inline_package), copies are not. */
static void prune(InlState *st, Node *n)
{
    if (n->kind == N_IF) {
        int c = inl_const_cond(n);
        if ((c == 1 && n->els) || (c == 0 && n->body && n->body->list.len)) {
            touch(st);
            inl_prune_dead(st->a, n);
        }
    } else if (n->kind == N_BLOCK) {
        int len = inl_live_len(&n->list);
        if (len != n->list.len) {
            touch(st);
            n->list.len = len;
        }
    }
}

static Node *mkinlcall(InlState *st, Node *call, InlFunc *fn);

static bool in_stack(InlState *st, InlFunc *f)
{
    for (int i = 0; i < st->inlstack.len; i++)
        if (st->inlstack.items[i] == f)
            return true;
    return false;
}

/* gc's inlnode: children first, then this call. */
bool inline_has_iface_calls(const InlState *st)
{
    return !st || st->ifacecalls > 0;
}

static Node *edit(InlState *st, Node *n)
{
    if (!n || node_is_leaf(n))
        return n;
    if (n->kind == N_BINARY) {   /* a chain, in order, without recursion (chain.h) */
        Spine sp;
        spine_collect(&sp, n);
        EDIT_SLOT(sp.v[sp.n - 1]->x);
        for (int i = sp.n - 1; i >= 0; i--)
            EDIT_SLOT(sp.v[i]->y);
        spine_free(&sp);
        return n;
    }
    if (node_is_leaf(n))
        return n;
    switch (n->kind) {
    case N_FUNCLIT:
    case N_INLCALL:
        return n;
    case N_GO:
    case N_DEFER: {
        Node *c = inl_unparen(n->x);
        if (c && c->kind == N_CALL) {
            EDIT_SLOT(c->x);            /* the call itself is never inlined */
            edit_list(st, &c->list);
            st->calls++;
            note_iface_call(st, c);
        } else {
            EDIT_SLOT(n->x);
        }
        return n;
    }
    case N_FUNCTYPE: case N_STRUCTTYPE: case N_INTERFACETYPE: case N_MAPTYPE:
    case N_CHANTYPE: case N_ARRAYTYPE: case N_FIELD:
        return n;
    default:
        break;
    }
    prune(st, n);
    edit_children(st, n);
    if (n->kind == N_CALL) {
        /* later stages rewrite calls of functions (not of builtins or
         * conversions) in place: see inl_inline_calls */
        if (!inl_is_conversion(n) && inl_builtin(n) == BI_NONE)
            st->calls++;
        note_iface_call(st, n);
    }
    if (n->kind != N_CALL || inl_is_conversion(n) || inl_builtin(n) != BI_NONE ||
        inl_call_is_intrinsic(n))
        return n;
    InlFunc *f = inl_callee(st, n);
    if (f && f->inlinable && gen_inlinable_call(n))
        return mkinlcall(st, n, f);
    return n;
}

static Node *blank_name(Subst *s)
{
    Node *n = new_node(s->st, N_NAME, s->pos);
    n->lit = "_";
    n->litlen = 1;
    return n;
}

static Node *param_name(Subst *s, Node *field)
{
    Node *nm = field ? field->name : NULL;
    if (!nm || !nm->obj || (nm->lit && strcmp(nm->lit, "_") == 0))
        return blank_name(s);
    Obj *o = subst_obj(s, nm->obj);
    Node *n = name_node(s, o, nm->lit, o ? o->type : NULL);
    if (o)
        o->decl = n;
    return n;
}

/* The arguments in parameter order, variadic ones packed (FixVariadicCall). */
/* f(g()) with g multi-valued: gc's typecheck already made it
 * `t1, t2 := g(); f(t1, t2)` (RewriteMultiValueCall), converting each
 * temporary passed to an interface parameter.  The assignment goes to init;
 * returns the temporaries as the call's arguments. */
static NodeList multi_temps(Subst *s, Node *call, PtrVec *init)
{
    InlState *st = s->st;
    Node *arg = call->list.items[0];
    Type *want[16];
    int nw = inl_param_types(call, want, 16), conv;
    int nv = inl_multi_values(arg, want, nw, &conv);
    Node *g = arg->kind == N_INLCALL ? arg->x : arg;
    Type *tt = g->ty;
    int first = inl_temp_index(st->a, st->cur->fn, arg, true);
    if (first < 0)
        first = 0;
    Node *as = new_node(st, N_ASSIGN, s->pos);
    as->op = T_DEFINE;
    as->implicit = true;
    as->lhs = (NodeList){ arena_alloc(st->a, sizeof(Node *) * nv), nv };
    as->rhs = (NodeList){ arena_alloc(st->a, sizeof(Node *)), 1 };
    as->rhs.items[0] = arg;
    NodeList out = { arena_alloc(st->a, sizeof(Node *) * nv), nv };
    for (int i = 0; i < nv; i++) {
        Obj *o = arena_alloc(st->a, sizeof *o);
        o->kind = OBJ_VAR;
        o->name = arena_printf(st->a, ".autotmp_%d", first + i);
        o->flags = OBJF_AUTOTMP;
        o->pos = s->pos;
        o->type = tt->fields[i]->type;
        o->fn = st->cur->fn;
        o->pkg = st->cfg->pkg;
        Node *l = name_node(s, o, o->name, o->type);
        o->decl = l;
        as->lhs.items[i] = l;
        Node *r = name_node(s, o, o->name, o->type);
        if (i < nw && want[i] && type_is_interface(want[i]) && !type_identical(want[i], o->type)) {
            Node *c = new_node(st, N_CONVIFACE, s->pos);
            c->x = r;
            c->ty = want[i];
            c->mode = OPM_VALUE;
            c->implicit = true;
            r = c;
        }
        out.items[i] = r;
    }
    ptrvec_push(st->a, init, as);
    return out;
}

/* x.M(...) with a call in x: gc's typecheck already made it
 * `t := x; t.M(...)` (RewriteNonNameCall), so the inlined receiver is the
 * temporary, assigned in init.  Returns the receiver to pass. */
static Node *recv_temp(Subst *s, Node *call, Node *recv, PtrVec *init)
{
    InlState *st = s->st;
    int num = inl_temp_index(st->a, st->cur->fn, call, false);
    if (num < 0 || !recv->ty)
        return recv;
    Obj *o = arena_alloc(st->a, sizeof *o);
    o->kind = OBJ_VAR;
    o->name = arena_printf(st->a, ".autotmp_%d", num);
    o->flags = OBJF_AUTOTMP;
    o->pos = s->pos;
    o->type = recv->ty;
    o->fn = st->cur->fn;
    o->pkg = st->cfg->pkg;
    Node *l = name_node(s, o, o->name, o->type);
    o->decl = l;
    Node *as = new_node(st, N_ASSIGN, s->pos);
    as->op = T_DEFINE;
    as->implicit = true;
    as->lhs = (NodeList){ arena_alloc(st->a, sizeof(Node *)), 1 };
    as->lhs.items[0] = l;
    as->rhs = (NodeList){ arena_alloc(st->a, sizeof(Node *)), 1 };
    as->rhs.items[0] = recv;
    inl_note_assign(st, &as->lhs, &as->rhs, true);   /* StaticValue sees through it */
    ptrvec_push(st->a, init, as);
    return name_node(s, o, o->name, o->type);
}

static NodeList call_args(Subst *s, Node *call, Node *ft, PtrVec *init)
{
    Node *fx = inl_unparen(call->x);
    PtrVec v = { 0 };
    Arena *a = s->st->a;
    NodeList cargs = call->list;
    int conv;
    /* RewriteNonNameCall's temporary first, then RewriteMultiValueCall's */
    Node *recv = NULL;
    if (fx->kind == N_SELECTOR && inl_is_method_sel(fx) && !inl_is_type(fx->x)) {
        recv = fx->x;
        if (inl_callee_temp(call))
            recv = recv_temp(s, call, recv, init);
    }
    if (cargs.len == 1 && !call->hasdots &&
        inl_multi_values(cargs.items[0], NULL, 0, &conv) > 0)
        cargs = multi_temps(s, call, init);
    if (recv)
        ptrvec_push(a, &v, recv);
    int np = ft ? ft->params.len : 0;
    Node *last = np ? ft->params.items[np - 1] : NULL;
    bool variadic = last && last->type_ && last->type_->kind == N_DOTS;
    int fixed = variadic ? np - 1 : np;
    /* a method expression call passes the receiver as the first argument */
    int nfixed = fixed + (fx->kind == N_SELECTOR && inl_is_method_sel(fx) && inl_is_type(fx->x));
    int i = 0;
    for (; i < cargs.len && i < nfixed; i++)
        ptrvec_push(a, &v, cargs.items[i]);
    if (variadic) {
        if (call->hasdots) {
            for (; i < cargs.len; i++)
                ptrvec_push(a, &v, cargs.items[i]);
        } else {
            Type *st = last->name && last->name->obj ? last->name->obj->type : NULL;
            Node *pack;
            if (i >= cargs.len) {
                pack = new_node(s->st, N_NAME, call->pos);
                pack->lit = "nil";
                pack->litlen = 3;
                pack->ty = st;
                pack->mode = OPM_VALUE;
            } else {
                pack = new_node(s->st, N_COMPOSITE, call->pos);
                pack->implicit = true;
                pack->ty = st;
                pack->mode = OPM_VALUE;
                PtrVec el = { 0 };
                for (; i < cargs.len; i++)
                    ptrvec_push(a, &el, cargs.items[i]);
                pack->list = (NodeList){ (Node **)el.items, el.len };
            }
            ptrvec_push(a, &v, pack);
        }
    }
    NodeList r = { (Node **)v.items, v.len };
    return r;
}

/* gc's CalleeEffects: when the callee expression is itself an inlined
 * call (f()() with f inlined), its statements move to the front of this
 * call's init, so the literal it returns stays in the caller's tree. */
static void callee_effects(InlState *st, Node *call, PtrVec *init)
{
    Node *fx = inl_unparen(call->x);
    if (fx && fx->kind == N_SELECTOR && inl_is_method_sel(fx))
        return;                         /* OCALLMETH: not a function call */
    for (int guard = 0; fx && fx->kind == N_INLCALL && guard < 64; guard++) {
        if (fx->init) {
            for (int i = 0; i < fx->init->list.len; i++)
                ptrvec_push(st->a, init, fx->init->list.items[i]);
            fx->init->list.len = 0;
        }
        if (fx->body) {
            ptrvec_push(st->a, init, fx->body);
            fx->body = NULL;
        }
        if (fx->results.len != 1)
            break;
        fx = inl_unparen(fx->results.items[0]);
    }
}

/* ~R0, ~R1...: an unnamed result's variable (the first ones are shared) */
static const char *result_name(Arena *a, int i)
{
    static const char *const names[] = { "~R0", "~R1", "~R2", "~R3", "~R4", "~R5",
                                         "~R6", "~R7", "~R8", "~R9" };
    return i < 10 ? names[i] : arena_printf(a, "~R%d", i);
}

static Node *mkinlcall(InlState *st, Node *call, InlFunc *fn)
{
    if (!fn->inlinable || fn->cost > st->maxcost || fn == st->cur)
        return call;
    if (in_stack(st, fn)) {
        inl_report_cycle(st, st->inlstack.len ? st->outerpos : call->pos, fn);
        return call;
    }
    Pos pos = st->inlstack.len ? st->outerpos : call->pos;
    inl_report_call(st, pos, fn);
    Node *body = fn->body;
    if (!body)
        return call;                /* a std stub without its body */

    Subst s = { 0 };
    s.st = st;
    s.callee = fn;
    s.pos = pos;
    s.callerfn = st->cur->fn;
    s.candelay = fn->candelay;
    s.fns[s.nfns++] = fn->fn;
    Node *fnode = fn->fn;
    Node *ft = fnode->type_;

    Node *ic = new_node(st, N_INLCALL, pos);
    ic->x = call;
    ic->y = fnode;
    ic->obj = fn->obj;
    ic->ty = call->ty;
    ic->mode = call->mode;
    ic->implicit = true;
    ic->init = new_node(st, N_BLOCK, pos);
    PtrVec init = { 0 };
    callee_effects(st, call, &init);

    /* parameters */
    NodeList args = call_args(&s, call, ft, &init);
    Node *as = new_node(st, N_ASSIGN, pos);
    as->op = T_DEFINE;
    as->implicit = true;
    PtrVec lhs = { 0 };
    if (call->gen && call->gen->dicttext && gen_is_inst(fnode) && fnode->gen->dict) {
        /* a stenciled call: its dictionary is the first parameter */
        Obj *d = subst_obj(&s, fnode->gen->dict);
        ptrvec_push(st->a, &lhs, name_node(&s, d, d->name, d->type));
        Node *dv = new_node(st, N_BASICLIT, pos);
        dv->lit = call->gen->dicttext;
        dv->litlen = (int)strlen(dv->lit);
        dv->op = T_INT;
        dv->mode = OPM_CONST;
        dv->ty = d->type;
        dv->implicit = true;
        Node **items = arena_alloc(st->a, sizeof(Node *) * (size_t)(args.len + 1));
        items[0] = dv;
        if (args.len)
            memcpy(items + 1, args.items, sizeof(Node *) * (size_t)args.len);
        args = (NodeList){ items, args.len + 1 };
    }
    if (fnode->kind == N_FUNCDECL && fnode->recv) {
        ptrvec_push(st->a, &lhs, param_name(&s, fnode->recv));
        /* escape: the receiver is not a typecheckaste argument (a leaf has
         * no tail, so the mark is this name's otherwise unused flag) */
        ((Node *)lhs.items[lhs.len - 1])->embedded = true;
    }
    for (int i = 0; ft && i < ft->params.len; i++)
        ptrvec_push(st->a, &lhs, param_name(&s, ft->params.items[i]));
    as->lhs = (NodeList){ (Node **)lhs.items, lhs.len };
    as->rhs = args;
    if (args.len)
        ptrvec_push(st->a, &init, as);

    /* results */
    PtrVec rv = { 0 };
    for (int i = 0; ft && i < ft->results.len; i++) {
        Node *f = ft->results.items[i];
        Node *nm = f->name;
        Node *r;
        if (nm && nm->obj && nm->lit && strcmp(nm->lit, "_") != 0) {
            Obj *o = subst_obj(&s, nm->obj);
            r = name_node(&s, o, nm->lit, o->type);
        } else {
            Obj *o = arena_alloc(st->a, sizeof *o);
            o->kind = OBJ_VAR;
            o->name = result_name(st->a, i);
            o->flags |= OBJF_INLVAR;
            o->pos = pos;
            o->type = f->type_ ? f->type_->ty : NULL;
            if (nm && nm->obj)
                o->type = nm->obj->type;
            o->fn = st->cur->fn;
            o->pkg = st->cfg->pkg;
            r = name_node(&s, o, o->name, o->type);
        }
        ptrvec_push(st->a, &rv, r);
    }
    s.retvars = (NodeList){ (Node **)rv.items, rv.len };
    if (!s.candelay) {
        for (int i = 0; i < rv.len; i++) {
            Node *r = rv.items[i];
            Node *vd = new_node(st, N_VARDECL, pos);
            Node *nm = name_node(&s, r->obj, r->lit, r->ty);
            if (r->obj)
                r->obj->decl = nm;
            vd->names = (NodeList){ arena_alloc(st->a, sizeof(Node *)), 1 };
            vd->names.items[0] = nm;
            Node *ds = new_node(st, N_DECLSTMT, pos);
            ds->list = (NodeList){ arena_alloc(st->a, sizeof(Node *)), 1 };
            ds->list.items[0] = vd;
            ds->decl = vd;
            ptrvec_push(st->a, &init, ds);
        }
    }
    ic->init->list = (NodeList){ (Node **)init.items, init.len };
    ic->body = copy(&s, body);
    if (ic->body && ic->body->kind != N_BLOCK) {
        Node *b = new_node(st, N_BLOCK, pos);
        b->list = (NodeList){ arena_alloc(st->a, sizeof(Node *)), 1 };
        b->list.items[0] = ic->body;
        ic->body = b;
    }
    PtrVec res = { 0 };
    for (int i = 0; i < rv.len; i++) {
        Node *r = rv.items[i];
        ptrvec_push(st->a, &res, name_node(&s, r->obj, r->lit, r->ty));
    }
    ic->results = (NodeList){ (Node **)res.items, res.len };
    /* the new variables' definitions, for StaticValue (closures called
     * through an inlined call's result, devirtualization) */
    if (args.len)
        inl_note_assign(st, &as->lhs, &as->rhs, true);

    /* transitive inlining of the copied body */
    Pos savedpos = st->outerpos;
    st->outerpos = pos;
    ptrvec_push(st->a, &st->inlstack, fn);
    ic->body = edit(st, ic->body);
    st->inlstack.len--;
    st->outerpos = savedpos;
    subst_done(&s);
    return ic;
}

void inl_inline_calls(InlState *st, InlFunc *f)
{
    if (!f->fn->body || f->std)
        return;
    /* callers copy the pristine body: it is saved before the first change
     * (touch), and shared if there is none */
    if (f->inlinable) {
        f->body = f->fn->body;
        f->pending = true;
    }
    /* a body without calls (nor dead code, pruned by prep_func): the edit
     * would change nothing */
    if (f->noedit)
        return;
    InlFunc *saved = st->cur;
    int savedmax = st->maxcost;
    st->cur = f;
    st->maxcost = is_big_func(f) ? INL_BIG_FUNCTION_MAX_COST : INL_MAX_BUDGET;
    st->inlstack.len = 0;
    int ifacecalls = st->ifacecalls, calls = st->calls;
    EDIT_SLOT(f->fn->body);
    /* Later stages rewrite some calls in place: devirtualization an
     * interface call, escape analysis a variadic one (FixVariadicCall) and
     * the return of a multi-valued one (return t1, t2)...  A method's body
     * is copied again after them (inline_wrappers), from the saved body,
     * which must not have those changes. */
    if (st->ifacecalls != ifacecalls ||
        (st->calls != calls && f->fn->kind == N_FUNCDECL && f->fn->recv))
        touch(st);
    st->cur = saved;
    st->maxcost = savedmax;
}

/* --------------------------------------------------------------- driver */

static void visit_glob_lits(InlState *st, Node *n)
{
    if (!n || node_is_leaf(n))
        return;
    if (n->kind == N_FUNCLIT) {
        InlFunc *f = inl_func(st, n);
        f->hidden = false;      /* no enclosing function: a root of its own */
        scc_visit(st, f);
        return;
    }
    if (n->kind == N_BINARY) {   /* a chain, in order, without recursion (chain.h) */
        Spine sp;
        spine_collect(&sp, n);
        visit_glob_lits(st, spine_first(&sp));
        for (int i = sp.n - 1; i >= 0; i--)
            visit_glob_lits(st, sp.v[i]->y);
        spine_free(&sp);
        return;
    }
    visit_glob_lits(st, n->x);
    visit_glob_lits(st, n->y);
    for (int i = 0; i < n->list.len; i++)
        visit_glob_lits(st, n->list.items[i]);
    for (int i = 0; i < n->values.len; i++)
        visit_glob_lits(st, n->values.items[i]);
}

InlState *inline_std_only(const InlConfig *cfg)
{
    if (!cfg || !cfg->src || !cfg->src->root)
        return NULL;
    InlState *st = arena_alloc(cfg->arena, sizeof *st);
    InlConfig *cc = arena_alloc(cfg->arena, sizeof *cc);
    *cc = *cfg;
    st->cfg = cc;
    st->a = cfg->arena;
    return st;
}

InlState *inline_package(const InlConfig *cfg)
{
    if (!cfg || !cfg->src || !cfg->src->root)
        return NULL;
    InlState *stp = arena_alloc(cfg->arena, sizeof *stp);
    InlConfig *cc = arena_alloc(cfg->arena, sizeof *cc);
    *cc = *cfg;                 /* the state outlives the caller's config */
    InlState st = { 0 };
    st.cfg = cc;
    st.a = cfg->arena;
    st.heaptabs = true;
    Node *file = cfg->src->root;
    int globgen = 0;

    /* names of functions and package-level literals and variables'
     * definitions; a function's body is prepared on its first visit
     * (prep_func) */
    int initgen = 0;
    for (int i = 0; i < file->list.len; i++) {
        Node *d = file->list.items[i];
        if (d->kind == N_FUNCDECL && !gen_is_generic_decl(d)) {
            InlFunc *f = inl_func(&st, d);
            f->name = inl_func_name(&st, d, NULL);
            if (!d->recv && d->name && d->name->lit && strcmp(d->name->lit, "init") == 0)
                f->name = arena_printf(st.a, "init.%d", initgen++);
            f->prep = d->body != NULL;
        } else if (d->kind == N_VARDECL) {
            name_lits_list(&st, &d->values, NULL, &globgen, 0);
            inl_note_defs(&st, d);
        }
    }
    /* functions bottom-up, package-level literals (glob..funcN) among them
     * in declaration order */
    for (int i = 0; i < file->list.len; i++) {
        Node *d = file->list.items[i];
        if (d->kind == N_FUNCDECL && !gen_is_generic_decl(d))
            scc_visit(&st, inl_func(&st, d));
        else if (d->kind == N_VARDECL)
            visit_glob_lits(&st, d);
    }
    /* the package initializer (gc's init function, built after inlining):
     * calls in package-level variable initializers */
    InlFunc *initf = arena_alloc(st.a, sizeof *initf);
    initf->fn = file;
    initf->name = "init";
    initf->pos = file->pos;
    st.cur = initf;
    st.maxcost = INL_MAX_BUDGET;
    for (int i = 0; i < file->list.len; i++) {
        Node *d = file->list.items[i];
        if (d->kind == N_VARDECL)
            for (int j = 0; j < d->values.len; j++) {
                st.inlstack.len = 0;
                d->values.items[j] = edit(&st, d->values.items[j]);
            }
    }
    st.cur = NULL;
    inl_tables_to_arena(&st);
    *stp = st;
    return stp;
}
