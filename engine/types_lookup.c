/* types_lookup.c - what a type has and what it may become: field and
 * method lookup through embedded fields (types2's lookup.go), method sets
 * and interface satisfaction, assignability and convertibility (types2's
 * assignableTo and convertibleTo).  See types.h. */
#include "types.h"

#include <string.h>

/* ----------------------------------------------------------- method sets */

static bool is_exported(const char *name) {
    return name[0] >= 'A' && name[0] <= 'Z';
}

static bool name_matches(const Obj *o, const char *name, const Package *pkg) {
    if (strcmp(o->name, name) != 0)
        return false;
    return is_exported(name) || !o->pkg || !pkg || o->pkg == pkg;
}

typedef struct Embedded {
    Type *t;
    int path[16];
    int depth;
    bool indirect;
    bool multiples;
} Embedded;

static Type *deref(Type *t, bool *isptr) {
    if (t->kind == TY_PTR && !t->obj) {
        *isptr = true;
        return t->elem;
    }
    *isptr = false;
    return t;
}

/* o, reached through e, is what the name selects at this depth: recorded
 * in *found and sel, unless something else was found at this depth too or
 * e's type is reached twice there, which makes the selector ambiguous
 * (sel says so; false). */
static bool take_found(Selection *sel, Obj **found, Obj *o, const Embedded *e) {
    if (*found || e->multiples) {
        sel->ambiguous = true;
        sel->obj = NULL;
        return false;
    }
    *found = o;
    memcpy(sel->path, e->path, sizeof sel->path);
    sel->depth = e->depth;
    sel->indirect = e->indirect;
    return true;
}

Selection selection_lookup(Type *T, const char *name, Package *pkg) {
    Selection sel;
    memset(&sel, 0, sizeof sel);
    if (!T || !name || (name[0] == '_' && !name[1]))
        return sel;
    bool isptr;
    Type *typ = deref(T, &isptr);
    if (isptr && typ->kind == TY_INTERFACE)
        return sel;   /* pointer to interface has no methods */

    enum { MAXE = 64 };
    Embedded cur[MAXE], next[MAXE];
    int ncur = 1, nseen = 0;
    Type *seen[128];
    memset(&cur[0], 0, sizeof cur[0]);
    cur[0].t = typ;
    cur[0].indirect = isptr;
    while (ncur > 0) {
        int nnext = 0;
        Obj *obj = NULL;
        for (int ei = 0; ei < ncur; ei++) {
            Embedded *e = &cur[ei];
            Type *t = e->t;
            if (t->obj) {
                bool dup = false;
                for (int i = 0; i < nseen; i++)
                    if (seen[i] == t)
                        dup = true;
                if (dup)
                    continue;
                if (nseen < 128)
                    seen[nseen++] = t;
                if (t->kind != TY_INTERFACE) {
                    Obj *m = NULL;
                    for (int i = 0; i < t->nmethods; i++)
                        if (name_matches(t->methods[i], name, pkg)) {
                            m = t->methods[i];
                            break;
                        }
                    if (m) {
                        if (!take_found(&sel, &obj, m, e))
                            return sel;
                        continue;
                    }
                }
            }
            if (t->kind == TY_STRUCT) {
                for (int i = 0; i < t->nfields; i++) {
                    Obj *f = t->fields[i];
                    if (name_matches(f, name, pkg)) {
                        if (!take_found(&sel, &obj, f, e))
                            return sel;
                        continue;
                    }
                    if (!obj && (f->flags & OBJF_EMBEDDED) && nnext < MAXE &&
                        e->depth < 15) {
                        Embedded *n = &next[nnext++];
                        *n = *e;
                        bool p;
                        n->t = deref(f->type, &p);
                        n->path[n->depth++] = i;
                        n->indirect = e->indirect || p;
                    }
                }
            } else if (t->kind == TY_INTERFACE) {
                for (int i = 0; i < t->nmethods; i++)
                    if (name_matches(t->methods[i], name, pkg) &&
                        !take_found(&sel, &obj, t->methods[i], e))
                        return sel;
            }
        }
        if (obj) {
            sel.obj = obj;
            if (obj->kind == OBJ_FUNC && (obj->flags & OBJF_PTRRECV) &&
                !sel.indirect)
                sel.ptr_recv_needed = true;
            return sel;
        }
        /* consolidate: the same type reached twice at one depth is
         * ambiguous for anything found through it */
        ncur = 0;
        for (int i = 0; i < nnext; i++) {
            int j;
            for (j = 0; j < ncur; j++)
                if (cur[j].t == next[i].t) {
                    cur[j].multiples = true;
                    break;
                }
            if (j == ncur)
                cur[ncur++] = next[i];
        }
    }
    return sel;
}

Obj *type_lookup_method(Type *t, const char *name) {
    Selection s = selection_lookup(t, name, NULL);
    return s.obj && s.obj->kind == OBJ_FUNC ? s.obj : NULL;
}

bool type_implements(Type *t, Type *iface, Obj **missing, bool *wrongptr,
                     Obj **have) {
    Type *it = type_under(iface);
    if (missing)
        *missing = NULL;
    if (wrongptr)
        *wrongptr = false;
    if (have)
        *have = NULL;
    for (int i = 0; i < it->nmethods; i++) {
        Obj *m = it->methods[i];
        Obj *f = NULL;
        bool ptrneeded = false;
        if (t->kind == TY_INTERFACE) {
            for (int j = 0; j < t->nmethods; j++)
                if (strcmp(t->methods[j]->name, m->name) == 0)
                    f = t->methods[j];
        } else {
            Selection s = selection_lookup(t, m->name, m->pkg);
            if (s.obj && s.obj->kind == OBJ_FUNC) {
                f = s.obj;
                ptrneeded = s.ptr_recv_needed;
            }
        }
        if (!f || !type_identical(f->type, m->type) || ptrneeded) {
            if (missing)
                *missing = m;
            if (have)
                *have = f;
            if (wrongptr)
                *wrongptr = f && ptrneeded && type_identical(f->type, m->type);
            return false;
        }
    }
    return true;
}

/* ------------------------------------------------ assignable, convertible */

bool type_assignable(const Universe *u, Type *v, Type *t, const char **reason,
                     Arena *a, const Package *local) {
    (void)u;
    if (reason)
        *reason = NULL;
    if (v->kind == TY_INVALID || t->kind == TY_INVALID)
        return true;
    if (type_identical(v, t))
        return true;
    if (v->kind == TY_UNTYPED_NIL)
        return type_has_nil(t);
    Type *vu = type_under(v), *tu = type_under(t);
    if (type_is_untyped(v)) {
        /* representability is the checker's job; here: kind compatibility */
        if (tu->kind == TY_INTERFACE)
            return tu->nmethods == 0;
        if (type_is_boolean(v))
            return type_is_boolean(tu);
        if (type_is_string(v))
            return type_is_string(tu);
        return type_is_numeric(tu);
    }
    if (type_identical(vu, tu) && (!v->obj || !t->obj) &&
        !type_is_basic(vu))
        return true;
    if (tu->kind == TY_INTERFACE) {
        Obj *missing, *have;
        bool wrongptr;
        if (type_implements(v, t, &missing, &wrongptr, &have))
            return true;
        if (reason && a) {
            const char *vs = type_string(a, v, local);
            const char *ts = type_string(a, t, local);
            if (wrongptr)
                *reason = arena_printf(a, "%s does not implement %s (%s method has pointer receiver)",
                                       vs, ts, missing->name);
            else if (have)
                *reason = arena_printf(a, "%s does not implement %s (wrong type for %s method)\n\t\thave %s%s\n\t\twant %s%s",
                                       vs, ts, missing->name, have->name,
                                       type_string(a, have->type, local) + 4,
                                       missing->name,
                                       type_string(a, missing->type, local) + 4);
            else
                *reason = arena_printf(a, "%s does not implement %s (missing %s method)",
                                       vs, ts, missing->name);
        }
        return false;
    }
    if (vu->kind == TY_INTERFACE && tu->kind != TY_INTERFACE) {
        if (reason && a) {
            Obj *missing, *have;
            bool wrongptr;
            if (type_implements(t, v, &missing, &wrongptr, &have))
                *reason = "need type assertion";
        }
        return false;
    }
    if (vu->kind == TY_CHAN && vu->chandir == CHAN_BOTH && tu->kind == TY_CHAN &&
        type_identical(vu->elem, tu->elem) && (!v->obj || !t->obj))
        return true;
    return false;
}

/* identical ignoring struct tags */
static bool identical_ignore_tags(Type *x, Type *y) {
    if (x->kind != TY_STRUCT || y->kind != TY_STRUCT)
        return type_identical(x, y);
    if (x->nfields != y->nfields)
        return false;
    for (int i = 0; i < x->nfields; i++)
        if (strcmp(x->fields[i]->name, y->fields[i]->name) != 0 ||
            !type_identical(x->fields[i]->type, y->fields[i]->type))
            return false;
    return true;
}

bool type_convertible(Type *v, Type *t) {
    if (v->kind == TY_INVALID || t->kind == TY_INVALID)
        return true;
    if (type_identical(v, t))
        return true;
    Type *vu = type_under(v), *tu = type_under(t);
    if (identical_ignore_tags(vu, tu))
        return true;
    if (type_assignable(NULL, v, t, NULL, NULL, NULL))
        return true;
    if (vu->kind == TY_PTR && tu->kind == TY_PTR && !v->obj && !t->obj &&
        identical_ignore_tags(type_under(vu->elem), type_under(tu->elem)))
        return true;
    if ((type_is_integer(vu) || type_is_float(vu)) &&
        (type_is_integer(tu) || type_is_float(tu)))
        return true;
    if (type_is_complex(vu) && type_is_complex(tu))
        return true;
    if (type_is_string(tu)) {
        if (type_is_integer(vu) || type_is_string(vu))
            return true;
        if (vu->kind == TY_SLICE) {
            Type *e = type_under(vu->elem);
            if (e->kind == TY_UINT8 || e->kind == TY_INT32)
                return true;
        }
    }
    if (type_is_string(vu) && tu->kind == TY_SLICE) {
        Type *e = type_under(tu->elem);
        if (e->kind == TY_UINT8 || e->kind == TY_INT32)
            return true;
    }
    if ((vu->kind == TY_PTR || vu->kind == TY_UINTPTR) && tu->kind == TY_UNSAFEPTR)
        return true;
    if (vu->kind == TY_UNSAFEPTR && (tu->kind == TY_PTR || tu->kind == TY_UINTPTR))
        return true;
    if (vu->kind == TY_SLICE && tu->kind == TY_PTR &&
        type_under(tu->elem)->kind == TY_ARRAY &&
        type_identical(vu->elem, type_under(tu->elem)->elem))
        return true;
    return false;
}

Type *type_call_result(Arena *a, const Type *sig) {
    if (sig->nresults == 0)
        return NULL;
    if (sig->nresults == 1)
        return sig->results[0]->type;
    Type *tt = type_new(a, TY_TUPLE);
    tt->fields = sig->results;
    tt->nfields = sig->nresults;
    return tt;
}
