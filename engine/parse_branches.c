/* parse_branches.c - label and branch checks, after syntax/branches.go.
 *
 * gc's parser runs these on every function body that parsed without
 * errors (syntax.CheckBranches mode): undefined or unused labels, break
 * and continue outside loops, misplaced fallthrough, gotos into blocks or
 * over variable declarations.  The messages are not "syntax error"s, so
 * gc goes on to type-check after them.
 */
#include "parse_int.h"

#include <string.h>

#include "exprfmt.h"

typedef struct Block Block;
struct Block {
    Block *parent;
    Pos start;
    Node *lstmt;   /* labeled statement of this block, or NULL */
};

typedef struct Label {
    Block *parent;
    Node *lstmt;   /* the N_LABELED */
    bool used;
} Label;

typedef struct Scope {
    Parser *p;
    Label **tab;   /* open addressing by label name */
    int cap, n;
} Scope;

/* Branch targets of the enclosing statements. */
typedef struct Targets {
    Node *breaks;     /* N_FOR/N_RANGE/N_SWITCH/N_TYPESWITCH/N_SELECT or NULL */
    Node *continues;  /* N_FOR/N_RANGE or NULL */
    int case_index;   /* index of the case in the enclosing switch, or -1 */
} Targets;

static void err(Scope *ls, Pos pos, const char *msg) {
    p_report(ls->p, pos, msg);
}

static unsigned hash(const char *s) {
    unsigned h = 2166136261u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

static Label **slot(Scope *ls, const char *name) {
    unsigned i = hash(name) & (unsigned)(ls->cap - 1);
    while (ls->tab[i] && strcmp(ls->tab[i]->lstmt->name->lit, name) != 0)
        i = (i + 1) & (unsigned)(ls->cap - 1);
    return &ls->tab[i];
}

static Label *lookup(Scope *ls, const char *name) {
    return ls->cap ? *slot(ls, name) : NULL;
}

static void grow(Scope *ls) {
    Label **old = ls->tab;
    int oldcap = ls->cap;
    ls->cap = oldcap ? oldcap * 2 : 16;
    ls->tab = arena_alloc(ls->p->a, sizeof *ls->tab * (size_t)ls->cap);
    for (int i = 0; i < oldcap; i++)
        if (old[i])
            *slot(ls, old[i]->lstmt->name->lit) = old[i];
}

static const char *pos_str(Scope *ls, Pos pos) {
    return arena_printf(ls->p->a, "%s:%d:%d", ls->p->file, pos.line, pos.col);
}

static Label *declare(Scope *ls, Block *b, Node *s) {
    const char *name = s->name->lit;
    Label *alt = lookup(ls, name);
    if (alt) {
        err(ls, s->name->pos, arena_printf(ls->p->a, "label %s already defined at %s", name,
                                           pos_str(ls, alt->lstmt->name->pos)));
        return alt;
    }
    if ((ls->n + 1) * 2 > ls->cap)
        grow(ls);
    Label *l = arena_alloc(ls->p->a, sizeof *l);
    l->parent = b;
    l->lstmt = s;
    *slot(ls, name) = l;
    ls->n++;
    return l;
}

static Node *goto_target(Scope *ls, Block *b, const char *name) {
    Label *l = lookup(ls, name);
    if (l) {
        l->used = true; /* even if it's not a valid target */
        for (; b; b = b->parent)
            if (l->parent == b)
                return l->lstmt;
    }
    return NULL;
}

static const Node invalid_target; /* signals an invalid enclosing target */

static const Node *enclosing_target(Scope *ls, Block *b, const char *name) {
    Label *l = lookup(ls, name);
    if (l) {
        l->used = true; /* even if it's not a valid target */
        for (; b; b = b->parent)
            if (l->lstmt == b->lstmt)
                return l->lstmt;
        return &invalid_target;
    }
    return NULL;
}

static bool is_loop(const Node *s) {
    return s && (s->kind == N_FOR || s->kind == N_RANGE);
}

static void block_branches(Scope *ls, Block *parent, Targets ctxt, Node *lstmt, Pos start,
                           NodeList body, NVec *out);

/* The walk of one block: fills out with its unresolved forward gotos. */
typedef struct Walk {
    Scope *ls;
    Block *b;
    Node *lstmt;
    Pos var_pos;
    const Node *var_node;  /* N_ASSIGN (:=) or N_VARDECL: named when reported */
    NVec fwd, bad;
} Walk;

static void record_var_decl(Walk *w, Pos pos, const Node *decl) {
    w->var_pos = pos;
    w->var_node = decl;
    w->bad.len = 0;
    for (int i = 0; i < w->fwd.len; i++)
        nvec_push(w->ls->p->a, &w->bad, w->fwd.items[i]);
}

static bool jumps_over_var_decl(Walk *w, Node *fwd) {
    if (w->var_pos.line)
        for (int i = 0; i < w->bad.len; i++)
            if (w->bad.items[i] == fwd)
                return true;
    return false;
}

static void inner_block(Walk *w, Targets ctxt, Pos start, NodeList body) {
    NVec inner = {0};
    block_branches(w->ls, w->b, ctxt, w->lstmt, start, body, &inner);
    for (int i = 0; i < inner.len; i++)
        nvec_push(w->ls->p->a, &w->fwd, inner.items[i]);
}

static const char *list_string(Arena *a, NodeList l) {
    const char *s = "";
    for (int i = 0; i < l.len; i++)
        s = arena_printf(a, "%s%s%s", s, i ? ", " : "", expr_fmt_syntax(a, l.items[i]));
    return s;
}

/* gc prints String(NameList[0]) of a var declaration, String(Lhs) of a
 * short variable declaration. */
static const char *var_name(Arena *a, const Node *decl) {
    if (decl->kind == N_VARDECL)
        return decl->names.items[0]->lit;
    return list_string(a, decl->lhs);
}

static void branch(Walk *w, Targets ctxt, Node *s, int index, int nstmts) {
    Scope *ls = w->ls;
    Arena *a = ls->p->a;
    if (!s->name) {
        switch (s->op) {
        case T_BREAK:
            if (!ctxt.breaks)
                err(ls, s->pos, "break is not in a loop, switch, or select");
            break;
        case T_CONTINUE:
            if (!ctxt.continues)
                err(ls, s->pos, "continue is not in a loop");
            break;
        case T_FALLTHROUGH: {
            const char *msg = "fallthrough statement out of place";
            Node *t = ctxt.breaks;
            if (t && (t->kind == N_SWITCH || t->kind == N_TYPESWITCH)) {
                if (t->kind == N_TYPESWITCH)
                    msg = "cannot fallthrough in type switch";
                else if (ctxt.case_index < 0 || index + 1 < nstmts)
                    ; /* fallthrough nested in a block or not the last statement */
                else if (ctxt.case_index + 1 == t->list.len)
                    msg = "cannot fallthrough final case in switch";
                else
                    break; /* fallthrough ok */
            }
            err(ls, s->pos, msg);
            break;
        }
        default:
            break;
        }
        return;
    }
    const char *name = s->name->lit;
    switch (s->op) {
    case T_BREAK: {
        const Node *t = enclosing_target(ls, w->b, name);
        if (t) {
            Node *st = t == &invalid_target ? NULL : t->x;
            if (!st || !(is_loop(st) || st->kind == N_SWITCH || st->kind == N_TYPESWITCH ||
                         st->kind == N_SELECT))
                err(ls, s->name->pos, arena_printf(a, "invalid break label %s", name));
        } else {
            err(ls, s->name->pos, arena_printf(a, "break label not defined: %s", name));
        }
        break;
    }
    case T_CONTINUE: {
        const Node *t = enclosing_target(ls, w->b, name);
        if (t) {
            Node *st = t == &invalid_target ? NULL : t->x;
            if (!is_loop(st))
                err(ls, s->name->pos, arena_printf(a, "invalid continue label %s", name));
        } else {
            err(ls, s->name->pos, arena_printf(a, "continue label not defined: %s", name));
        }
        break;
    }
    case T_GOTO:
        if (!goto_target(ls, w->b, name))
            nvec_push(a, &w->fwd, s);
        break;
    default:
        break;
    }
}

static void block_branches(Scope *ls, Block *parent, Targets ctxt, Node *lstmt, Pos start,
                           NodeList body, NVec *out) {
    Arena *a = ls->p->a;
    Block *b = arena_alloc(a, sizeof *b);
    b->parent = parent;
    b->start = start;
    b->lstmt = lstmt;
    Walk w = {.ls = ls, .b = b, .lstmt = lstmt};

    /* trailing empty statements don't count */
    int n = body.len;
    while (n > 0 && body.items[n - 1]->kind == N_EMPTY)
        n--;
    for (int i = 0; i < n; i++) {
        Node *s = body.items[i];
        w.lstmt = NULL;
    again:
        if (!s)
            continue;
        switch (s->kind) {
        case N_DECLSTMT:
            for (int j = 0; j < s->list.len; j++) {
                Node *d = s->list.items[j];
                if (d->kind == N_VARDECL) {
                    record_var_decl(&w, d->pos, d);
                    break; /* the first VarDecl will do */
                }
            }
            break;
        case N_LABELED: {
            const char *name = s->name->lit;
            if (strcmp(name, "_") != 0) {
                Label *l = declare(ls, b, s);
                int k = 0;
                for (int j = 0; j < w.fwd.len; j++) {
                    Node *fwd = w.fwd.items[j];
                    if (strcmp(fwd->name->lit, name) == 0) {
                        l->used = true;
                        if (jumps_over_var_decl(&w, fwd))
                            err(ls, fwd->name->pos, arena_printf(a,
                                "goto %s jumps over declaration of %s at %s", name,
                                var_name(a, w.var_node), pos_str(ls, w.var_pos)));
                    } else {
                        w.fwd.items[k++] = fwd;
                    }
                }
                w.fwd.len = k;
                w.lstmt = s;
            }
            s = s->x;
            goto again;
        }
        case N_BRANCH:
            branch(&w, ctxt, s, i, n);
            break;
        case N_ASSIGN:
            if (s->op == T_DEFINE)
                record_var_decl(&w, s->pos, s);
            break;
        case N_BLOCK:
            inner_block(&w, (Targets){ctxt.breaks, ctxt.continues, -1}, s->pos, s->list);
            break;
        case N_IF: {
            Targets inner = {ctxt.breaks, ctxt.continues, -1};
            inner_block(&w, inner, s->body->pos, s->body->list);
            if (s->els)
                inner_block(&w, inner, s->els->pos, list1(a, s->els));
            break;
        }
        case N_FOR: case N_RANGE:
            inner_block(&w, (Targets){s, s, -1}, s->body->pos, s->body->list);
            break;
        case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
            Targets inner = {s, ctxt.continues, -1};
            for (int j = 0; j < s->list.len; j++) {
                Node *cc = s->list.items[j];
                inner.case_index = s->kind == N_SELECT ? -1 : j;
                inner_block(&w, inner, cc->pos, cc->body->list);
            }
            break;
        }
        default:
            break;
        }
    }
    for (int i = 0; i < w.fwd.len; i++)
        nvec_push(a, out, w.fwd.items[i]);
}

void p_check_branches(Parser *p, Node *body) {
    if (!body)
        return;
    Scope ls = {.p = p};
    NVec fwd = {0};
    block_branches(&ls, NULL, (Targets){NULL, NULL, -1}, NULL, body->pos, body->list, &fwd);
    for (int i = 0; i < fwd.len; i++) {
        Node *g = fwd.items[i];
        const char *name = g->name->lit;
        Label *l = lookup(&ls, name);
        if (l) {
            l->used = true; /* avoid "defined and not used" error */
            err(&ls, g->name->pos, arena_printf(p->a, "goto %s jumps into block starting at %s",
                                                name, pos_str(&ls, l->parent->start)));
        } else {
            err(&ls, g->name->pos, arena_printf(p->a, "label %s not defined", name));
        }
    }
    for (int i = 0; i < ls.cap; i++) {
        Label *l = ls.tab[i];
        if (l && !l->used)
            err(&ls, l->lstmt->name->pos, arena_printf(p->a, "label %s defined and not used",
                                                       l->lstmt->name->lit));
    }
}
