/* escape_call.c - calls, go/defer and closures (call.go, escape.go).
 *
 * A call's arguments flow into holes built from the callee's parameter
 * tags: a function of an earlier component by its computed tags, one of
 * the same component by its parameter locations directly, a standard
 * library function by its //esc: tags, anything unknown (interface
 * methods, function values) to the heap.
 */
#include <stdlib.h>
#include <string.h>

#include "generic.h"
#include "inline.h"

#include "escape_int.h"
#include "chain.h"

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

static bool in_mutual_batch(EscFn *fn) { return fn && fn->state > 0 && fn->state < 3; }

/* The leaks of parameter slot `slot` of a function we did not analyse
 * (a standard-library stub): from its //esc: lines. */
static EscLeaks std_tag(Obj *callee, int slot, const char *pname, Type *ptype) {
    EscLeaks l;
    memset(&l, 0, sizeof l);
    if (callee && callee->esc) {
        const char *p = callee->esc;
        while (*p) {
            const char *nl = strchr(p, '\n');
            size_t len = nl ? (size_t)(nl - p) : strlen(p);
            char line[512];
            if (len >= sizeof line)
                len = sizeof line - 1;
            memcpy(line, p, len);
            line[len] = 0;
            EscTag tags[32];
            int n = esc_parse_tags(line, tags, 32);
            char slotname[16];   /* #I counts the parameters, receiver excluded */
            snprintf(slotname, sizeof slotname, "#%d",
                     slot - (callee->type && callee->type->recv ? 1 : 0));
            for (int i = 0; i < n; i++)
                if ((pname && !strcmp(tags[i].name, pname)) || !strcmp(tags[i].name, slotname))
                    return tags[i].leaks;
            p += len;
            if (*p == '\n')
                p++;
        }
    }
    (void)ptype;
    esc_leaks_set(&l, 0, 0);   /* untagged: assume it leaks (gc: no body) */
    return l;
}

/* tagHole: where an argument for parameter `slot` of the callee flows. */
EscHole esc_tag_hole(Esc *e, EscHole *ks, int nks, EscFn *fn, Obj *callee, int slot,
                     Type *ptype) {
    (void)ptype;
    if (!fn && !callee)
        return esc_heap_hole(e->b);
    if (fn && in_mutual_batch(fn)) {
        if (slot < fn->nparams && fn->params[slot])
            return esc_hole(fn->params[slot]);
        return esc_discard_hole(e->b);
    }
    EscLeaks l;
    if (fn && fn->tagged && slot < fn->nparams) {
        l = fn->tags[slot];
    } else if (fn) {
        memset(&l, 0, sizeof l);
        esc_leaks_set(&l, 0, 0);
    } else {
        Type *t = callee->type;
        const char *pname = NULL;
        if (t) {
            int s = slot;
            Obj *p = NULL;
            if (t->recv) {
                if (s == 0)
                    p = t->recv;
                s--;
            }
            if (!p && s >= 0 && s < t->nparams)
                p = t->params[s];
            if (p)
                pname = p->name;
        }
        l = std_tag(callee, slot, pname, ptype);
    }
    EscHole tks[1 + ESC_NUM_RESULTS];
    int n = 0;
    int x = esc_leaks_heap(&l);
    if (x >= 0)
        tks[n++] = esc_shift(esc_heap_hole(e->b), x);
    if (ks) {
        for (int i = 0; i < ESC_NUM_RESULTS && i < nks; i++) {
            int r = esc_leaks_result(&l, i);
            if (r >= 0)
                tks[n++] = esc_shift(ks[i], r);
        }
    }
    return esc_tee(e->b, e->fn, e->loop_depth, tks, n);
}

/* ------------------------------------------------------------- wrappers */

/* A go/defer wrapper closure: the temporaries it captures. */
typedef struct Wrapper {
    PtrVec tmps;     /* EscLoc* */
    PtrVec where;    /* Node* */
    Node **slot;     /* where the argument being wrapped sits in the call */
} Wrapper;

static Node *synth(Esc *e, NodeKind k, Pos pos) {
    Node *n = arena_alloc(e->b->arena, sizeof *n);
    n->kind = k;
    n->pos = pos;
    return n;
}

/* ir.HasUniquePos as irgen's nodes have it: a variable or function name
 * (also pkg.Name) is an ONAME shared by every use; constants, even named
 * ones, are fresh OLITERALs at their use. */
bool esc_has_unique_pos(Node *n) {
    n = unparen(n);
    if (!n)
        return false;
    if (n->kind == N_CONVIFACE && n->implicit)
        return esc_has_unique_pos(n->x);
    if (n->mode == OPM_CONST)
        return true;
    if (n->kind == N_NAME)
        return n->obj && (n->obj->kind == OBJ_CONST || n->obj->kind == OBJ_NIL);
    if (n->kind == N_SELECTOR && n->x && n->x->kind == N_NAME && n->x->obj &&
        n->x->obj->kind == OBJ_PKG)
        return false;
    return true;
}
#define has_unique_pos esc_has_unique_pos

/* gc's irgen temporaries of one body (a function's, or the callee's copy in
 * an inlined call: inlvar keeps the callee's .autotmp_N names), numbered
 * from first (the parameters and results) by a walk in irgen's order and
 * remembered by the call they belong to (a multi-valued call's own values
 * under the call's address + 1, so both kinds can share one map).  Returns
 * how many there are: they are in Dcl before escape analysis adds its own. */
int esc_note_irgen_temps(EscBatch *b, Node *body, int first) {
    return esc_note_irgen_temps_in(b, body, first, false);
}

/* after: numbered after every declaration (a shaped instantiation) */
int esc_note_irgen_temps_in(EscBatch *b, Node *body, int first, bool after) {
    if (!body)
        return 0;
    InlTemps t = after ? inline_irgen_temps_after(b->arena, body, first)
                       : inline_irgen_temps(b->arena, body, first);
    for (int j = 0; j < t.n; j++)
        escmap_put(b->arena, &b->cx->irtemps, (char *)t.keys[j] + t.multi[j],
                   (void *)(uintptr_t)(t.idx[j] + 1));
    return t.ntemps;
}

/* The number of the i-th irgen temporary of key, -1 if key has none. */
static int irgen_temp_number(Esc *e, const Node *key, bool multi, int i) {
    uintptr_t v = (uintptr_t)escmap_get(&e->b->cx->irtemps, (const char *)key + multi);
    return v ? (int)v - 1 + i : -1;
}

/* irgen's temporaries are in gc's Dcl, so initFunc gave them locations
 * before the later functions of the batch (its closures): the walk of
 * the roots (last first) meets them after those.  Move the new location
 * there, after the function's other Dcl entries. */
static void dcl_order(EscBatch *b, EscFn *fn, EscLoc *loc, int num) {
    PtrVec *v = &b->all_locs;
    int at = fn->dcl_end;
    if (at <= 0 || at >= v->len || v->items[v->len - 1] != loc)
        return;
    /* among irgen's Dcl: after the entries numbered below it (a named
     * one's number counts the temporaries placed before it) */
    int begin = at, ntmp = 0;
    while (begin > 0 && ((EscLoc *)v->items[begin - 1])->fn == fn)
        begin--;
    for (int i = begin; i < fn->dcl_end; i++) {
        EscLoc *l = v->items[i];
        if (l->fn != fn || !l->dcl)
            continue;
        bool tmp = l->obj && (l->obj->flags & OBJF_AUTOTMP);
        int real = tmp ? l->dcl - 1 : l->dcl - 1 + ntmp;
        if (real > num) {
            at = i;
            break;
        }
        if (tmp)
            ntmp++;
    }
    loc->dcl = 1 + num;
    memmove(&v->items[at + 1], &v->items[at], sizeof(void *) * (size_t)(v->len - 1 - at));
    v->items[at] = loc;
    for (int i = 0; i < b->fns.len; i++) {
        EscFn *f = b->fns.items[i];
        if (f->dcl_end >= at)
            f->dcl_end++;
    }
}

/* A compiler temporary .autotmp_N as a variable of the current function.
 * irgen's temporaries (key: the call or return they are made for, or with
 * multi the multi-valued call whose values they hold; i: which of them) are
 * numbered by the declarations before them in irgen's order, and already
 * counted in fn->ndcl (init_func); the escape pass's own (go/defer wrappers)
 * by all of the function's declarations. */
Node *esc_temp_var(Esc *e, Type *t, Pos pos, const Node *key, bool multi, int i) {
    EscFn *fn = e->fn;
    int num = fn->ndcl, ndcl = fn->ndcl + 1;
    if (key) {
        num = irgen_temp_number(e, key, multi, i);
        if (num >= 0)
            ndcl = fn->ndcl;
        else {   /* not found by the walk: count what is declared before pos */
            num = fn->nirtmps + (fn->sig ? (fn->sig->recv ? 1 : 0) + fn->sig->nparams + fn->sig->nresults : 0);
            if (fn->decl && gen_is_inst(fn->decl) && fn->decl->gen->dict)
                num++;   /* .dict, first in a shaped instantiation's Dcl */
            for (int j = 0; j < e->b->all_locs.len; j++) {
                EscLoc *l = e->b->all_locs.items[j];
                if (l->fn == fn && l->kind == LK_VAR && l->obj && l->obj->pos.line &&
                    !(l->obj->flags & (OBJF_INLVAR | OBJF_AUTOTMP)) &&
                    (l->obj->pos.line < pos.line ||
                     (l->obj->pos.line == pos.line && l->obj->pos.col < pos.col)))
                    num++;
            }
        }
        fn->nirtmps++;
    }
    Obj *o = arena_alloc(e->b->arena, sizeof *o);
    o->kind = OBJ_VAR;
    o->name = arena_printf(e->b->arena, ".autotmp_%d", num);
    o->flags = OBJF_AUTOTMP;
    o->pos = pos;
    o->type = t;
    o->fn = fn->decl;
    Node *name = synth(e, N_NAME, pos);
    name->lit = o->name;
    name->litlen = (int)strlen(o->name);
    name->ty = t;
    name->obj = o;
    name->mode = OPM_VAR;
    o->decl = name;
    EscLoc *loc = esc_var_loc(e, o);
    if (key && num >= 0)
        dcl_order(e->b, fn, loc, num);
    fn->ndcl = ndcl;
    loc->loop_depth = e->loop_depth;
    name->aux = loc;
    return name;
}

/* wrapExpr/copyExpr: `tmp := arg` evaluated now, tmp captured by the wrapper. */
static Node *wrap_arg(Esc *e, Wrapper *w, Node *arg, Type *ptype, Pos pos, Pos convpos) {
    Pos cvpos = pos;   /* the wrapper's closure variable: at the visit position */
    if (has_unique_pos(arg))
        pos = unparen(arg)->pos;
    else if (ptype && arg->ty && !type_identical(arg->ty, ptype))
        pos = convpos;   /* gc copies typecheckaste's implicit conversion, positioned there */
    EscFn *fn = e->fn;
    EscLoc *tmp = esc_new_loc(e->b, fn, e->loop_depth, LK_VAR, false);
    tmp->text = arena_printf(e->b->arena, ".autotmp_%d", fn->ndcl++);
    tmp->autotmp = true;
    tmp->pos = pos;
    Type *t = ptype ? ptype : arg->ty;
    tmp->size = t ? type_size(t) : -1;
    Node *name = synth(e, N_NAME, pos);
    name->lit = tmp->text;
    name->litlen = (int)strlen(tmp->text);
    name->ty = t;
    tmp->n = name;
    Node *as = esc_assign_node(e->b->arena, pos, T_ASSIGN, name, arg);
    esc_expr_conv(e, esc_note(e->b, esc_hole(tmp), as, "assign"), arg, ptype, convpos);
    tmp->captured = true;
    ptrvec_push(e->b->arena, &w->tmps, tmp);
    Node *cv = synth(e, N_NAME, cvpos);
    *cv = *name;
    cv->pos = cvpos;
    ptrvec_push(e->b->arena, &w->where, cv);
    name->aux = tmp;
    return name;
}

/* ---------------------------------------------------------------- calls */

typedef struct CallInfo {
    EscFn *fn;        /* callee analysed here */
    Obj *callee;      /* callee Obj (static call), else NULL */
    Type *sig;        /* callee signature */
    Node *recv;       /* receiver operand of a method call */
    bool iface;       /* interface method call */
} CallInfo;

/* StaticValue: a local func variable assigned once, from a literal. */
static Node *static_value(Esc *e, Node *x) {
    for (int depth = 0; depth < 16; depth++) {
        x = unparen(x);
        if (!x || x->kind != N_NAME || !x->obj || x->obj->kind != OBJ_VAR || x->closurevar)
            return x;   /* a captured variable is not PAUTO: StaticValue stops */
        Obj *o = x->obj;
        if ((o->flags & (OBJF_ASSIGNED | OBJF_ADDRTAKEN | OBJF_GLOBAL | OBJF_PARAM | OBJF_RESULT)))
            return x;
        Node *rhs = escmap_get(&e->b->cx->defs, o);
        if (!rhs)
            return x;
        x = rhs;
    }
    return x;
}

static CallInfo call_info(Esc *e, Node *call) {
    CallInfo ci = {0};
    Node *x = unparen(call->x);
    ci.sig = x ? x->ty : NULL;
    if (!x)
        return ci;
    if (x->kind == N_SELECTOR && x->obj && x->obj->kind == OBJ_FUNC &&
        !(x->x && x->x->kind == N_NAME && x->x->obj && x->x->obj->kind == OBJ_PKG) &&
        !esc_is_type_expr(x->x)) {
        /* method call */
        ci.recv = x->x;
        ci.sig = x->obj->type;
        if ((x->obj->flags & OBJF_IMETHOD) || (x->x && type_is_interface(x->x->ty))) {
            ci.iface = true;
            return ci;
        }
        ci.callee = x->obj;
        ci.fn = x->obj->decl ? esc_fn_of(e->b->cx, x->obj->decl) : NULL;
        return ci;
    }
    Node *v = static_value(e, x);
    if (v && v->kind == N_FUNCLIT) {
        ci.fn = esc_fn_of(e->b->cx, v);
        if (x->kind == N_FUNCLIT && ci.fn)
            ci.fn->closure_called = true;   /* func(){...}() */
        ci.sig = v->ty;
        return ci;
    }
    if (v && (v->kind == N_NAME || v->kind == N_SELECTOR) && v->obj && v->obj->kind == OBJ_FUNC) {
        ci.callee = v->obj;
        ci.sig = v->obj->type;
        ci.fn = v->obj->decl ? esc_fn_of(e->b->cx, v->obj->decl) : NULL;
        /* method expression T.M: the receiver is the first argument */
        return ci;
    }
    return ci;
}

static void argument(Esc *e, Wrapper *w, EscHole k, Node *arg, Node *callnote, Type *ptype,
                     Pos convpos, Pos wpos) {
    k = esc_note(e->b, k, callnote, "call parameter");
    if (w) {
        Node *a = unparen(arg);
        bool conv = ptype && type_is_interface(ptype) && a && a->ty && !type_is_interface(a->ty) &&
                    a->ty->kind != TY_UNTYPED_NIL;
        bool skip = !a || (a->mode == OPM_CONST && !conv) ||
                    (a->kind == N_NAME && a->obj && (a->obj->kind == OBJ_FUNC || a->obj->kind == OBJ_NIL)) ||
                    (a->kind == N_SELECTOR && a->obj && a->obj->kind == OBJ_FUNC &&
                     (esc_is_type_expr(a->x) ||
                      (a->x && a->x->kind == N_NAME && a->x->obj && a->x->obj->kind == OBJ_PKG)));
        if (!skip) {
            Node *tmp = wrap_arg(e, w, arg, ptype, wpos, convpos);
            esc_flow(e->b, k, tmp->aux);
            if (w->slot)   /* the call now reads the temporary, as in gc */
                *w->slot = tmp;
            w->slot = NULL;
            return;
        }
        w->slot = NULL;
    }
    esc_expr_conv(e, k, arg, ptype, convpos);
}

/* typecheckaste: the running position implicit conversions of arguments get. */
Pos *esc_arg_conv_positions(Esc *e, Pos callpos, Node **args, int nargs) {
    Pos *ps = arena_alloc(e->b->arena, sizeof(Pos) * (size_t)(nargs + 1));
    Pos base = callpos;
    for (int i = 0; i < nargs; i++) {
        Node *a = unparen(args[i]);
        if (a && a->kind == N_COMPOSITE && a->implicit && !a->x) {
            /* an inlined call's packed ... argument: its elements were
             * converted one by one as arguments; pos2 keeps each one's */
            for (int j = 0; j < a->list.len; j++) {
                Node *el = a->list.items[j];
                if (has_unique_pos(el))
                    base = el->kind == N_CONVIFACE ? unparen(el->x)->pos : unparen(el)->pos;
                el->pos2 = base;
            }
            ps[i] = base;
            continue;
        }
        if (has_unique_pos(args[i]))
            base = unparen(args[i])->pos;
        if (args[i]->kind == N_CONVIFACE && args[i]->implicit && has_unique_pos(args[i]->x))
            base = unparen(args[i]->x)->pos;
        ps[i] = base;
    }
    return ps;
}

static void call_builtin(Esc *e, Wrapper *w, EscHole *ks, Node *call, Builtin bi) {
    Node **args = call->list.items;
    int n = call->list.len;
    /* transformBuiltin converts after irgen translated every argument:
     * at base.Pos as the last of them left it */
    Pos *cps = arena_alloc(e->b->arena, sizeof(Pos) * (size_t)(n + 1));
    Pos bp = call->pos;
    for (int i = 0; i < n; i++)
        bp = esc_last_pos_from(args[i], bp);
    for (int i = 0; i < n; i++)
        cps[i] = bp;
    EscHole discard = esc_discard_hole(e->b);
    switch (bi) {
    case BI_APPEND: {
        if (n == 0)
            return;
        Type *st = type_under(args[0]->ty);
        EscHole appendee = ks ? ks[0] : discard;
        if (st && st->kind == TY_SLICE && esc_has_pointers(st->elem)) {
            EscHole tee[2] = {appendee, esc_deref(e->b, esc_heap_hole(e->b), call, "appendee slice")};
            appendee = esc_tee(e->b, e->fn, e->loop_depth, tee, 2);
        }
        if (w) w->slot = &call->list.items[0];
        argument(e, w, appendee, args[0], call, NULL, cps[0], call->pos);
        if (call->hasdots) {
            EscHole appended = discard;
            Type *at = n > 1 ? type_under(args[1]->ty) : NULL;
            if (at && at->kind == TY_SLICE && esc_has_pointers(at->elem))
                appended = esc_deref(e->b, esc_heap_hole(e->b), call, "appended slice...");
            if (n > 1)
                argument(e, w, appended, args[1], call, NULL, cps[1], call->pos);
        } else {
            for (int i = 1; i < n; i++)
                if (!w || (w->slot = &call->list.items[i]))
                argument(e, w, esc_heap_hole(e->b), args[i], call, st ? st->elem : NULL, cps[i],
                         call->pos);
        }
        return;
    }
    case BI_COPY: {
        if (n < 2)
            return;
        argument(e, w, discard, args[0], call, NULL, cps[0], call->pos);
        EscHole copied = discard;
        Type *yt = type_under(args[1]->ty);
        if (yt && yt->kind == TY_SLICE && esc_has_pointers(yt->elem))
            copied = esc_deref(e->b, esc_heap_hole(e->b), call, "copied slice");
        argument(e, w, copied, args[1], call, NULL, cps[1], call->pos);
        return;
    }
    case BI_PANIC:
        if (n)
            argument(e, w, esc_heap_hole(e->b), args[0], call, e->b->cx->prog->u->eface_, cps[0],
                     call->pos);
        return;
    case BI_ADD: case BI_SLICE:
        if (n)
            argument(e, w, ks ? ks[0] : discard, args[0], call, NULL, cps[0], call->pos);
        if (n > 1)
            argument(e, w, discard, args[1], call, NULL, cps[1], call->pos);
        return;
    case BI_MAKE: case BI_NEW:
        /* only as expressions; handled in escape_expr.c */
        esc_expr(e, ks ? ks[0] : discard, call);
        return;
    default:   /* len cap real imag close complex delete print println recover */
        for (int i = 0; i < n; i++) {
            if (w)
                w->slot = &call->list.items[i];
            argument(e, w, discard, args[i], call, NULL, cps[i], call->pos);
        }
        return;
    }
}

/* callOrChan under n (not into function literals), new(T) excepted. */
static bool has_call_or_chan(Node *n) {
    for (; n && n->kind == N_BINARY; n = n->x)   /* a chain's spine (chain.h) */
        if (has_call_or_chan(n->y))
            return true;
    if (!n || n->kind == N_FUNCLIT || node_is_leaf(n))
        return false;
    if (n->kind == N_INLCALL)
        return true;
    if (n->kind == N_CALL && !esc_is_type_expr(n->x)) {
        Node *f = unparen(n->x);
        if (!(f && f->obj && f->obj->kind == OBJ_BUILTIN && f->obj->builtin == BI_NEW))
            return true;
    }
    if (n->kind == N_UNARY && n->op == T_ARROW)
        return true;
    Node *kids[] = {n->x, n->y, n->z, n->w};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (has_call_or_chan(kids[i]))
            return true;
    for (int i = 0; i < n->list.len; i++)
        if (has_call_or_chan(n->list.items[i]))
            return true;
    return false;
}

bool esc_has_call_or_chan(Node *n) { return has_call_or_chan(n); }


/* The temporary typecheck made for a callee expression (RewriteNonNameCall),
 * `tmp := src` at call: its assignment is flowed now, with the "assign"
 * note.  Declared with no ODCL, it keeps the loop depth initFunc gave it,
 * outside any loop. */
static Node *irgen_temp_assign(Esc *e, Node *src, Type *ty, Node *call) {
    Node *tmp = esc_temp_var(e, ty, call->pos, call, false, 0);
    Node *as = esc_assign_node(e->b->arena, call->pos, T_DEFINE, tmp, src);
    EscLoc *loc = tmp->aux;
    loc->defn = as;
    loc->loop_depth = 1;
    esc_expr(e, esc_note(e->b, esc_hole(loc), as, "assign"), src);
    return tmp;
}

/* typecheck.RewriteNonNameCall: a callee expression with calls in it is
 * evaluated into a temporary first: f()() is t := f(); t(). */
static void rewrite_non_name_call(Esc *e, Node *call) {
    Node **np = &call->x;
    while (*np && (*np)->kind == N_PAREN)
        np = &(*np)->x;
    Node *x = *np;
    if (!x)
        return;
    if (x->kind == N_SELECTOR && x->obj && x->obj->kind == OBJ_FUNC && x->x &&
        !esc_is_type_expr(x->x) &&
        !(x->x->kind == N_NAME && x->x->obj && x->x->obj->kind == OBJ_PKG))
        np = &x->x;   /* peel the method selector */
    /* a devirtualized x.M(): gc made the temporary of x before devirtualizing
     * it to x.(T).M(), so the assertion (and the implicit & * or embedded
     * fields the receiver gets) stays outside: t.(T).M() */
    Node **q = np;
    while (*q && (*q)->implicit &&
           ((*q)->kind == N_SELECTOR || (*q)->kind == N_UNARY || (*q)->kind == N_STAR))
        q = &(*q)->x;
    if (*q && (*q)->kind == N_TYPEASSERT && (*q)->implicit && (*q)->x)
        np = &(*q)->x;
    if (!has_call_or_chan(*np) || !(*np)->ty)
        return;
    *np = irgen_temp_assign(e, *np, (*np)->ty, call);
}

/* f()(x) with both calls inlined: typecheck had already put f() in a
 * temporary (RewriteNonNameCall) whose assignment stays in the inlined
 * call's init; CalleeEffects moved f's statements there, so what is left
 * is the temporary's assignment from f's result. */
static void inlined_callee_temp(Esc *e, Node *ic) {
    Node *orig = ic->x;
    if (!orig || orig->kind != N_CALL)
        return;
    Node *cf = unparen(orig->x);
    if (!cf || cf->kind != N_INLCALL || cf->body || cf->results.len != 1 || !cf->ty)
        return;
    irgen_temp_assign(e, cf->results.items[0], cf->ty, orig);
}

/* gc prints the IR of an inlined std body as it came from export data:
 * conversions explicit, constants typed. */
static void mark_imported(Node *n) {
    for (; n && n->kind == N_BINARY && !n->imported; n = n->x) {   /* chain.h */
        n->imported = true;
        mark_imported(n->y);
    }
    if (!n || n->imported)
        return;
    if (n->kind == N_INLCALL) {
        /* a call inlined inside the body: its arguments are imported too
         * (NewReaderSize(rd, defaultBufSize) prints int(4096)) */
        mark_imported(n->init);
        return;
    }
    n->imported = true;
    if (node_is_leaf(n))
        return;
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->decl, n->tag};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        mark_imported(kids[i]);
    const NodeList *lists[] = {&n->list, &n->lhs, &n->rhs, &n->values, &n->names};
    for (size_t j = 0; j < sizeof lists / sizeof lists[0]; j++)
        for (int i = 0; i < lists[j]->len; i++)
            mark_imported(lists[j]->items[i]);
}

static void call_common(Esc *e, EscHole *ks, int nks, Node *call, Wrapper *w) {
    if (call->kind == N_INLCALL) {
        if (call->obj && call->obj->pkg && call->obj->pkg->std && call->body)
            mark_imported(call->body);
        esc_stmt(e, call->init);
        inlined_callee_temp(e, call);
        esc_stmt(e, call->body);
        for (int i = 0; i < call->results.len; i++) {
            EscHole k = (ks && i < nks) ? ks[i] : esc_discard_hole(e->b);
            esc_expr(e, k, call->results.items[i]);
        }
        return;
    }
    Node *fx = unparen(call->x);
    if (fx && fx->obj && fx->obj->kind == OBJ_BUILTIN && (fx->kind == N_NAME || fx->kind == N_SELECTOR)) {
        call_builtin(e, w, ks, call, fx->obj->builtin);
        return;
    }
    if (!w)
        rewrite_non_name_call(e, call);
    CallInfo ci = call_info(e, call);
    Type *sig = ci.sig;
    if (sig && sig->kind != TY_FUNC)
        sig = type_under(sig);
    if (!sig || sig->kind != TY_FUNC) {
        esc_unsupported(e, call->pos, "a call of this kind in escape analysis");
        return;
    }
    if (ks && ci.fn && in_mutual_batch(ci.fn))
        for (int i = 0; i < ci.fn->nresults && i < nks; i++)
            esc_flow(e->b, ks[i], ci.fn->results[i]);

    /* Arguments, with a method's receiver first, variadic ones packed. */
    int nargs = call->list.len;
    Node **args = call->list.items;
    Node *orig_call = call, *rewritten_from = NULL;
    if (nargs == 1 && args[0]->ty && args[0]->ty->kind == TY_TUPLE && !w) {
        /* f(g()): irgen's RewriteMultiValueCall: t1, t2 := g(); f(t1, t2) */
        Node *inner = unparen(args[0]);
        Type *tt = args[0]->ty;
        int m = tt->nfields;
        Node **tmps = arena_alloc(e->b->arena, sizeof(Node *) * (size_t)(m + 1));
        EscHole tks[64];
        for (int i = 0; i < m && i < 64; i++) {
            tmps[i] = esc_temp_var(e, tt->fields[i]->type, call->pos, args[0], true, i);
            tks[i] = esc_hole(tmps[i]->aux);
        }
        esc_call(e, tks, m < 64 ? m : 64, inner);
        Node *nc = synth(e, N_CALL, call->pos);
        memcpy(nc, call, node_size(call->kind));
        nc->list.items = tmps;
        nc->list.len = m;
        rewritten_from = call;   /* gc keeps it as Orig for printing */
        call = nc;
        nargs = m;
        args = tmps;
    }
    Node *recv = ci.recv;
    bool methexpr = false;
    if (!recv && sig->recv && ci.callee && nargs > 0) {
        /* method expression T.M(x, ...): the receiver is the first argument */
        methexpr = true;
    }
    int np = sig->nparams;
    Node *callnote = rewritten_from ? rewritten_from : call;
    Node *dots = NULL;
    int nfixed = nargs - (methexpr ? 1 : 0);
    Node **pargs = methexpr ? args + 1 : args;   /* args is NULL for f() */
    if (sig->variadic && !call->hasdots && np > 0) {
        int nf = np - 1;
        int nextra = nfixed - nf;
        Type *st = sig->params[np - 1]->type;
        if (nextra > 0) {
            dots = synth(e, N_COMPOSITE, call->pos);
            dots->implicit = true;
            dots->ty = st;
            dots->list.items = pargs + nf;
            dots->list.len = nextra;
            dots->mode = OPM_VALUE;
        } else {
            dots = synth(e, N_NAME, call->pos);
            dots->lit = "nil";
            dots->litlen = 3;
            dots->ty = st;
            dots->mode = OPM_CONST;
        }
        {
            /* FixVariadicCall rewrites the call itself: f(a, ... argument...) */
            Node **l = arena_alloc(e->b->arena, sizeof(Node *) * (size_t)(nargs + 1));
            int m = 0;
            for (int i = 0; i < (methexpr ? 1 : 0) + nf && i < nargs; i++)
                l[m++] = args[i];
            l[m++] = dots;
            Node *target = rewritten_from ? call : orig_call;
            target->list.items = l;
            target->list.len = m;
            target->hasdots = true;
            if (!rewritten_from)
                callnote = orig_call;
        }
        nfixed = nf;
    }
    /* conversion positions over the argument list as typechecked */
    Pos *cps = esc_arg_conv_positions(e, call->pos, args, nargs);
    Pos *pcps = cps + (methexpr ? 1 : 0);

    if (!ci.recv)   /* OCALLFUNC: the callee expression itself */
    {
        if (w)
            w->slot = &call->x;
        argument(e, w, esc_discard_hole(e->b), call->x, callnote, NULL, call->pos, call->pos);
    }

    int slot = 0;
    if (sig->recv) {
        Node *r = recv ? recv : (methexpr ? args[0] : NULL);
        EscHole k = ci.iface ? esc_heap_hole(e->b)
                             : esc_tag_hole(e, ks, nks, ci.fn, ci.callee, 0, sig->recv->type);
        if (r) {
            /* The checker's implicit &x / *p: redo them at gc's position. */
            if (r->implicit && ((r->kind == N_UNARY && r->op == T_AND) || r->kind == N_STAR) && r->x)
                r = r->x;
            Type *want = sig->recv->type;
            Type *have = r->ty;
            bool wp = want && type_under(want)->kind == TY_PTR && !type_is_interface(want);
            bool hp = have && type_under(have)->kind == TY_PTR;
            if (!ci.iface && wp && !hp) {
                /* implicit &x for a pointer-receiver method */
                Node *amp = synth(e, N_UNARY, call->x->pos);   /* gc: the selector's pos */
                amp->op = T_AND;
                amp->x = r;
                amp->implicit = true;
                amp->imported = call->imported;   /* printed in a std body */
                amp->ty = want;
                r = amp;
            } else if (!ci.iface && !wp && hp) {
                Node *st = synth(e, N_STAR, call->x->pos);
                st->x = r;
                st->implicit = true;
                st->imported = call->imported;
                st->ty = have->elem;
                r = st;
            }
            if (w && recv) {
                Node *sel = unparen(call->x);
                w->slot = sel && sel->kind == N_SELECTOR ? &sel->x : NULL;
            } else if (w && methexpr) {
                w->slot = &call->list.items[0];
            }
            argument(e, w, k, r, callnote, NULL, call->pos, call->pos);
        }
        slot = 1;
    } else if (ci.iface && recv) {
        argument(e, w, esc_heap_hole(e->b), recv, callnote, NULL, call->pos, call->pos);
    }
    for (int i = 0; i < np; i++, slot++) {
        Obj *p = sig->params[i];
        EscHole k = ci.iface ? esc_heap_hole(e->b)
                             : esc_tag_hole(e, ks, nks, ci.fn, ci.callee, slot, p->type);
        if (dots && i == np - 1) {
            if (dots->kind == N_COMPOSITE) {
                /* the implicit slice literal: "... argument".  A go/defer
                 * wrapper first copies each element to a temporary. */
                Type *et = p->type ? type_under(p->type)->elem : NULL;
                Node **tmps = NULL;
                if (w) {
                    tmps = arena_alloc(e->b->arena, sizeof(Node *) * (size_t)(dots->list.len + 1));
                    for (int j = 0; j < dots->list.len; j++) {
                        Node *el = dots->list.items[j];
                        Node *a = unparen(el);
                        bool lit = !a || (a->mode == OPM_CONST && !(el->kind == N_CONVIFACE) &&
                                          !(et && type_is_interface(et)));
                        tmps[j] = lit ? NULL : wrap_arg(e, w, el, et, dots->pos, pcps[nfixed + j]);
                    }
                }
                EscHole kk = esc_note(e->b, k, callnote, "call parameter");
                EscHole sk = esc_spill(e, kk, dots, "... argument");
                for (int j = 0; j < dots->list.len; j++) {
                    Node *el = dots->list.items[j];
                    EscHole ek = esc_note(e->b, sk, dots, "slice-literal-element");
                    if (tmps && tmps[j]) {
                        esc_flow(e->b, ek, tmps[j]->aux);
                        dots->list.items[j] = tmps[j];
                    }
                    else
                        esc_expr_conv(e, ek, el, et, pcps[nfixed + j]);
                }
            }
            continue;
        }
        if (i < nfixed) {
            if (w)
                w->slot = &call->list.items[i + (methexpr ? 1 : 0)];
            argument(e, w, k, pargs[i], callnote, p->type, pcps[i], call->pos);
        }
    }
}

void esc_call(Esc *e, EscHole *ks, int nks, Node *call) {
    call_common(e, ks, nks, call, NULL);
}

/* -------------------------------------------------------------- go/defer */

void esc_go_defer(Esc *e, Node *n) {
    EscHole k = esc_heap_hole(e->b);
    if (n->kind == N_DEFER && e->loop_depth == 1)
        k = esc_later(e->b, e->fn, e->loop_depth, esc_discard_hole(e->b));
    Node *call = unparen(n->x);
    if (!call)
        return;
    if (call->kind == N_CALL && !esc_is_type_expr(call->x)) {
        Node *fx = unparen(call->x);
        bool builtin = fx && fx->obj && fx->obj->kind == OBJ_BUILTIN;
        bool method = fx && fx->kind == N_SELECTOR && fx->obj && fx->obj->kind == OBJ_FUNC &&
                      !(fx->x && fx->x->kind == N_NAME && fx->x->obj && fx->x->obj->kind == OBJ_PKG);
        Type *ft = fx ? type_under(fx->ty) : NULL;
        if (!builtin && !method && ft && ft->kind == TY_FUNC && ft->nparams == 0 &&
            ft->nresults == 0 && !ft->recv) {
            esc_expr(e, k, call->x);
            return;
        }
    }
    /* A wrapper closure `func() { call }` capturing the evaluated arguments. */
    Wrapper *w = arena_alloc(e->b->arena, sizeof *w);
    call_common(e, NULL, 0, call, w);
    Node *clo = synth(e, N_FUNCLIT, n->pos);
    EscLoc *loc = esc_new_loc(e->b, e->fn, e->loop_depth, LK_EXPR, true);
    loc->n = clo;
    loc->pos = n->pos;
    loc->text = "func literal";
    loc->goDeferWrapper = true;
    loc->isclosure = true;
    esc_flow(e->b, esc_addr(e->b, k, clo, "spill"), loc);
    EscHole ck = esc_hole(loc);
    ClosureCap *caps = arena_alloc(e->b->arena, sizeof(ClosureCap) * (size_t)(w->tmps.len + 1));
    for (int i = 0; i < w->tmps.len; i++) {
        caps[i].loc = w->tmps.items[i];
        caps[i].where = w->where.items[i];
    }
    EscFn *wfn = arena_alloc(e->b->arena, sizeof *wfn);
    wfn->name = e->fn->name;
    wfn->caps = caps;
    wfn->ncaps = w->tmps.len;
    wfn->is_wrapper = true;
    wfn->index = -1;
    esc_add_closure(e->b, ck, loc, wfn);
}

/* --------------------------------------------------------------- closures */

typedef struct CapScan {
    Esc *e;
    EscFn *fn;
    PtrVec locs, wheres;
    Node *nested;   /* the closure nested in fn being scanned, if any */
    Node *lits[32]; /* literals being scanned (some inlined away, no EscFn) */
    int nlits;
} CapScan;

static bool scanning_lit(CapScan *s, const Node *fn) {
    for (int i = 0; i < s->nlits; i++)
        if (s->lits[i] == fn)
            return true;
    return false;
}

static bool declared_inside(EscCtx *cx, Obj *o, EscFn *fn) {
    if (!o->fn)
        return false;
    EscFn *of = esc_fn_of(cx, o->fn);
    if (!of)
        return false;
    return of == fn || esc_contains_closure(fn, of);
}

static void scan_caps(Node *n, CapScan *s) {
    if (!n)
        return;
    if (n->kind == N_BINARY) {   /* a chain, in order, without recursion (chain.h) */
        SPINE_OPERANDS(n, k, scan_caps(k, s));
        return;
    }
    if (n->kind == N_NAME && n->obj && n->obj->kind == OBJ_VAR && n->obj->fn &&
        !(n->obj->flags & OBJF_GLOBAL) && !declared_inside(s->e->b->cx, n->obj, s->fn) &&
        !scanning_lit(s, n->obj->fn)) {
        EscLoc *loc = esc_var_loc(s->e, n->obj);
        for (int i = 0; i < s->locs.len; i++)
            if (s->locs.items[i] == loc)
                return;
        Node *where = n;
        if (s->nested) {
            /* captured through a nested closure: gc's variable is at it */
            where = synth(s->e, N_NAME, s->nested->pos);
            memcpy(where, n, node_size(n->kind));
            where->pos = s->nested->pos;
        }
        ptrvec_push(s->e->b->arena, &s->locs, loc);
        ptrvec_push(s->e->b->arena, &s->wheres, where);
        return;
    }
    if (node_is_leaf(n))
        return;
    if (n->kind == N_FUNCLIT && n->init && n->gen && n->gen->rcvrvalue)
        scan_caps(n->init, s);   /* a method value's `.rcvrN = x`: outside it */
    if (n->kind == N_FUNCLIT && s->nlits < 32) {
        s->lits[s->nlits++] = n;
        Node *saved = s->nested;
        if (!saved)
            s->nested = n;
        scan_caps(n->body, s);
        s->nested = saved;
        s->nlits--;
        return;
    }
    if (n->kind == N_ASSIGN) {   /* irgen translates the rhs first */
        for (int i = 0; i < n->rhs.len; i++)
            scan_caps(n->rhs.items[i], s);
        for (int i = 0; i < n->lhs.len; i++)
            scan_caps(n->lhs.items[i], s);
        return;
    }
    if (n->kind == N_INLCALL && n->x) {
        /* irgen captured the variables before inlining: the call as
         * written (a literal called there captures at the literal) */
        scan_caps(n->x, s);
        return;
    }
    if (n->kind == N_INLCALL) {
        scan_caps(n->init, s);
        scan_caps(n->body, s);
        for (int i = 0; i < n->results.len; i++)
            scan_caps(n->results.items[i], s);
        return;
    }
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->decl, n->tag};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (kids[i] && !(n->kind == N_FUNCLIT && kids[i] == n->type_))
            scan_caps(kids[i], s);
    const NodeList *lists[] = {&n->list, &n->lhs, &n->rhs, &n->values, &n->names};
    for (size_t j = 0; j < sizeof lists / sizeof lists[0]; j++)
        for (int i = 0; i < lists[j]->len; i++)
            scan_caps(lists[j]->items[i], s);
}

void esc_closure(Esc *e, EscHole k, Node *lit) {
    EscFn *fn = esc_fn_of(e->b->cx, lit);
    if (!fn) {
        esc_unsupported(e, lit->pos, "a function literal outside a function");
        return;
    }
    if (lit->init && lit->gen && lit->gen->rcvrvalue) {
        /* a generic method value's `.rcvrN = x`, before its closure */
        Node *l = lit->init->lhs.items[0];
        EscLoc *loc = esc_var_loc(e, l->obj);
        loc->loop_depth = e->loop_depth;
        loc->defn = lit->init;
        esc_stmt(e, lit->init);
    }
    k = esc_spill(e, k, lit, "func literal");
    if (!fn->is_closure)
        return;   /* a package-level function literal: analysed on its own */
    if (!fn->caps) {
        CapScan s = {0};
        s.e = e;
        s.fn = fn;
        scan_caps(lit->body, &s);
        fn->ncaps = s.locs.len;
        fn->caps = arena_alloc(e->b->arena, sizeof(ClosureCap) * (size_t)(s.locs.len + 1));
        for (int i = 0; i < s.locs.len; i++) {
            fn->caps[i].loc = s.locs.items[i];
            fn->caps[i].where = s.wheres.items[i];
        }
    }
    EscLoc *cloloc = e->b->all_locs.items[e->b->all_locs.len - 1];
    cloloc->closure_fn = fn;
    esc_add_closure(e->b, k, cloloc, fn);
    for (int i = 0; i < fn->ncaps; i++) {
        EscLoc *loc = fn->caps[i].loc;
        if (!loc->captured) {
            loc->captured = true;
            /* reassignments before the closure at the same depth do not count */
            if (loc->loop_depth == e->loop_depth)
                loc->reassigned = false;
        }
    }
    Esc inner = {0};
    inner.b = e->b;
    inner.fn = fn;
    inner.loop_depth = 1;
    fn->state = 2;
    esc_walk_func(&inner, lit->body);
}

void esc_flow_closure(EscBatch *b, EscHole k, EscLoc *clo, EscFn *fn) {
    (void)clo;
    for (int i = 0; i < fn->ncaps; i++) {
        EscLoc *loc = fn->caps[i].loc;
        Node *where = fn->caps[i].where;
        bool byval = !loc->addrtaken && !loc->reassigned && loc->size <= 128;
        if (b->mlevel > 1) {
            const char *owner = loc->fn ? loc->fn->name : fn->name;
            if (fn->is_wrapper)
                owner = fn->name;
            esc_report(b, loc->pos, DK_CAPTURE, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
                       owner, byval ? "value" : "ref", esc_loc_text(b, loc), loc->addrtaken ? "true" : "false",
                       loc->reassigned ? "true" : "false", (long long)loc->size);
        }
        EscHole kk = k;
        if (!byval)
            kk = esc_addr(b, kk, where, "reference");
        esc_flow(b, esc_note(b, kk, where, "captured by a closure"), loc);
    }
}
