/* check_decl.c - declarations: collecting package-level objects, checking
 * them lazily in dependency order (as types2's objDecl), type expressions,
 * signatures, methods, local declarations and function bodies. */
#include "check_int.h"

void chk_std_resolve(Checker *c, Obj *o);   /* check.c */

#include <string.h>

Package *std_import(Program *p, const char *path, Pos pos, const char *display);
Package *std_import_lazy(Program *p, const char *path, Pos pos, const char *display);

/* The package po names, loaded now if its import was deferred. */
void chk_pkg_load(Checker *c, Obj *po) {
    Package *imp = po->imported;
    if (!imp || !imp->deferred)
        return;
    Node *d = po->decl;
    Package *real = std_import(c->prog, imp->path, d && d->x ? d->x->pos : po->pos, c->file);
    if (real) {
        po->imported = real;
        return;
    }
    imp->deferred = false;   /* std_import reported it: a quiet stand-in */
    imp->fake = true;
    imp->scope = scope_new(c->a, NULL);
    c->nerrors++;
}

/* ------------------------------------------------------------- collecting */

static const char *unquote_path(Checker *c, Node *lit) {
    Const v;
    if (lit && lit->kind == N_BASICLIT &&
        const_parse_string(c->a, lit->lit, lit->litlen, &v))
        return v.s;
    return "";
}

static void collect_import(Checker *c, Node *d) {
    const char *path = unquote_path(c, d->x);
    Package *imp;
    if (strcmp(path, "unsafe") == 0)
        imp = c->u->unsafe;
    else if (c->in_std && strcmp(path, c->pkg->path) == 0)
        return;
    else if (c->in_std)   /* loaded on first use: chk_pkg_load */
        imp = std_import_lazy(c->prog, path, d->x ? d->x->pos : d->pos, c->file);
    else
        imp = std_import(c->prog, path, d->x ? d->x->pos : d->pos, c->file);
    if (!imp) {
        /* std_import reported it; a stand-in keeps later uses quiet */
        c->nerrors++;
        imp = arena_alloc(c->a, sizeof *imp);
        imp->path = path;
        const char *slash = strrchr(path, '/');
        imp->name = slash ? slash + 1 : path;
        imp->scope = scope_new(c->a, NULL);
        imp->fake = true;
        imp->std = true;
    }
    const char *name = d->name ? d->name->lit : imp->name;
    if (is_blank(name))
        return;
    if (strcmp(name, ".") == 0) {
        chk_unsupported(c, d->pos, "dot imports");
        return;
    }
    Obj *o = obj_new(c->a, OBJ_PKG, name, d->name ? d->name->pos : d->pos, NULL);
    o->imported = imp;
    o->pkg = c->pkg;
    o->decl = d;
    if (c->in_std || imp->fake)
        obj_flag(o, OBJF_USED);
    chk_declare(c, c->pkg->filescope, o, d->name);
    d->obj = o;
}

static Obj *new_pkg_obj(Checker *c, ObjKind k, Node *ident, Node *spec) {
    Obj *o = obj_new(c->a, k, ident->lit, ident->pos, NULL);
    o->pkg = c->pkg;
    o->flags |= OBJF_GLOBAL;
    if (c->in_std)
        o->flags |= OBJF_STD;
    o->decl = ident;
    o->spec = spec;
    o->order = c->pkg->objs.len;
    ptrvec_push(c->a, &c->pkg->objs, o);
    return o;
}

/* receiver base type name of a method declaration */
static Node *recv_base(Node *recv) {
    Node *t = recv ? recv->type_ : NULL;
    while (t && (t->kind == N_PAREN || t->kind == N_STAR || t->kind == N_INDEX))
        t = t->x;
    return t && t->kind == N_NAME ? t : NULL;
}

void chk_collect(Checker *c, Node *file) {
    PtrVec methods = {0};
    for (int i = 0; i < file->list.len; i++) {
        Node *d = file->list.items[i];
        switch (d->kind) {
        case N_IMPORT:
            collect_import(c, d);
            break;
        case N_CONSTDECL:
        case N_VARDECL:
            for (int j = 0; j < d->names.len; j++) {
                Node *id = d->names.items[j];
                Obj *o = new_pkg_obj(c, d->kind == N_CONSTDECL ? OBJ_CONST : OBJ_VAR,
                                     id, d);
                chk_declare(c, c->pkg->scope, o, id);
                id->obj = o;
            }
            break;
        case N_TYPEDECL: {
            Obj *o = new_pkg_obj(c, OBJ_TYPE, d->name, d);
            chk_declare(c, c->pkg->scope, o, d->name);
            d->name->obj = o;
            d->obj = o;
            break;
        }
        case N_FUNCDECL: {
            Obj *o = new_pkg_obj(c, OBJ_FUNC, d->name, d);
            o->decl = d;
            d->obj = o;
            d->name->obj = o;
            if (d->recv) {
                o->flags |= OBJF_METHOD;
                ptrvec_push(c->a, &methods, d);
            } else if (strcmp(o->name, "init") == 0 || is_blank(o->name)) {
                /* not declared: init can't be referenced */
                if (strcmp(o->name, "init") == 0 && d->type_ &&
                    (d->type_->params.len || d->type_->results.len))
                    chk_errorf(c, SP(d->name), "func init must have no arguments and no return values");
            } else {
                if (strcmp(o->name, "main") == 0 && strcmp(c->pkg->name, "main") == 0 &&
                    d->type_ && (d->type_->params.len || d->type_->results.len))
                    chk_errorf(c, SP(d->name), "func main must have no arguments and no return values");
                chk_declare(c, c->pkg->scope, o, d->name);
            }
            break;
        }
        default:
            break;
        }
    }
    /* attach methods to their receiver base type names */
    for (int i = 0; i < methods.len; i++) {
        Node *d = methods.items[i];
        Node *base = recv_base(d->recv);
        Obj *t = base ? scope_lookup_local(c->pkg->scope, base->lit) : NULL;
        Obj *ut = base && !t ? scope_lookup_local(c->u->scope, base->lit) : NULL;
        if (t && t->kind == OBJ_TYPE)
            ptrvec_push(c->a, &t->mdecls, d);
        else if (ut && ut->kind == OBJ_TYPE)
            chk_errorf(c, d->recv->pos, "cannot define new methods on non-local type %s",
                       base->lit);
        else if (base && !t)
            chk_errorf(c, SP(base), "undefined: %s", base->lit);
        else if (t)
            chk_errorf(c, SP(base), "%s is not a type", base->lit);
    }
}

/* --------------------------------------------------- package-level decls */

static void check_const_spec(Checker *c, Node *spec, Obj **objs, int nobjs);
static void check_var_spec(Checker *c, Node *spec, Obj **objs, int nobjs);
static void check_type_decl(Checker *c, Obj *o, Node *spec);
static void check_method_sig(Checker *c, Obj *m, Node *d);

/* objects of a spec, in order (for package-level specs) */
static int spec_objs(Node *spec, Obj **out, int max) {
    int n = 0;
    for (int i = 0; i < spec->names.len && n < max; i++)
        out[n++] = spec->names.items[i]->obj;
    return n;
}

void chk_obj_decl(Checker *c, Obj *o) {
    if (o->state == 2 || !o->spec)
        return;
    if (o->state == 1) {
        if (o->kind == OBJ_TYPE)
            return;   /* recursion through a type is fine (pointers etc.) */
        if (o->kind == OBJ_FUNC)
            return;
        chk_errorf(c, SP(o), "initialization cycle or refers to itself: %s", o->name);
        o->type = c->u->invalid;
        return;
    }
    /* package-level decls are checked in package scope, whatever the
     * current scope (lazy resolution from inside a body) */
    Scope *saved = c->scope;
    FuncCtx *savedfn = c->fn;
    int savediota = c->iota;
    c->scope = c->pkg->filescope;
    c->fn = NULL;
    Node *spec = o->spec;
    Obj *objs[64];
    int n;
    switch (spec->kind) {
    case N_CONSTDECL:
        n = spec_objs(spec, objs, 64);
        for (int i = 0; i < n; i++)
            if (objs[i]) objs[i]->state = 1;
        check_const_spec(c, spec, objs, n);
        for (int i = 0; i < n; i++)
            if (objs[i]) objs[i]->state = 2;
        break;
    case N_VARDECL:
        n = spec_objs(spec, objs, 64);
        for (int i = 0; i < n; i++)
            if (objs[i]) objs[i]->state = 1;
        check_var_spec(c, spec, objs, n);
        for (int i = 0; i < n; i++)
            if (objs[i]) objs[i]->state = 2;
        break;
    case N_TYPEDECL:
        o->state = 1;
        check_type_decl(c, o, spec);
        o->state = 2;
        break;
    case N_FUNCDECL:
        o->state = 1;
        if (gen_is_generic_decl(spec)) {
            /* checked per instantiation (check_generic.c) */
            o->type = type_new(c->a, TY_FUNC);
        } else if (spec->recv) {
            check_method_sig(c, o, spec);
        } else {
            o->type = chk_functype(c, spec->type_, NULL, NULL);
        }
        o->state = 2;
        break;
    default:
        break;
    }
    c->scope = saved;
    c->fn = savedfn;
    c->iota = savediota;
}

static void check_const_spec(Checker *c, Node *spec, Obj **objs, int nobjs) {
    Type *t = NULL;
    if (spec->type_) {
        t = chk_typexpr(c, spec->type_);
        if (t->kind != TY_INVALID && !type_is_const_type(type_under(t))) {
            chk_errorf(c, SP(spec->type_), "invalid constant type %s", chk_type_str(c, t));
            t = c->u->invalid;
        }
    }
    int saved = c->iota;
    bool savedin = c->in_const;
    c->iota = spec->iota;
    c->in_const = true;
    for (int i = 0; i < nobjs; i++) {
        Obj *o = objs[i];
        Node *id = spec->names.items[i];
        if (!o) {
            o = obj_new(c->a, OBJ_CONST, id->lit, id->pos, NULL);
            id->obj = o;
        }
        o->type = c->u->invalid;
        if (i >= spec->values.len) {
            if (spec->values.len == 0 && !spec->type_)
                chk_errorf(c, SP(id), "missing init expr for const declaration");
            else if (i == spec->values.len)
                chk_errorf(c, SP(id), "missing init expr for const declaration");
            continue;
        }
        Node *v = spec->values.items[i];
        /* an implicit spec shares the previous spec's value nodes: check a
         * fresh evaluation (iota differs), so re-type the shared nodes */
        chk_expr(c, v);
        if (v->mode == OPM_INVALID)
            continue;
        if (v->mode != OPM_CONST) {
            chk_errorf(c, SP(v), "%s is not constant", chk_operand_str(c, v));
            continue;
        }
        if (t) {
            Node *vv = v;
            chk_assignment(c, &vv, t, "constant declaration");
            if (vv->mode == OPM_INVALID)
                continue;
        }
        o->type = v->ty;
        o->val = arena_alloc(c->a, sizeof *o->val);
        *o->val = *v->val;
    }
    if (spec->values.len > nobjs && nobjs > 0)
        chk_errorf(c, SP(spec->values.items[nobjs]), "extra init expr");
    c->iota = saved;
    c->in_const = savedin;
}

/* var a, b T = x, y   /   var a, b = f() */
static void check_var_spec(Checker *c, Node *spec, Obj **objs, int nobjs) {
    Type *t = spec->type_ ? chk_typexpr(c, spec->type_) : NULL;
    for (int i = 0; i < nobjs; i++)
        if (objs[i])
            objs[i]->type = t ? t : c->u->invalid;
    int nv = spec->values.len;
    if (nv == 0) {
        if (!t)
            chk_errorf(c, SP(spec), "missing type or init expr");
        return;
    }
    if (nv == 1 && nobjs > 1) {
        Node *v = spec->values.items[0];
        chk_multi_expr(c, v);
        if (v->mode == OPM_INVALID)
            return;
        Type *tt = v->ty;
        int n = tt && tt->kind == TY_TUPLE ? tt->nfields : 1;
        if ((v->mode == OPM_COMMAOK || v->mode == OPM_MAPINDEX) && nobjs == 2) {
            /* v, ok = m[k] / x.(T) / <-ch */
            chk_default(c, v);
            objs[0]->type = t ? t : v->ty;
            objs[1]->type = t ? t : c->u->types[TY_BOOL];
            if (t) {
                Node *vv = v;
                chk_assignment(c, &vv, t, "assignment");
                spec->values.items[0] = vv;
            }
            return;
        }
        if (n != nobjs) {
            Node *uv = chk_unparen(v);
            if (uv->kind == N_CALL)
                chk_errorf(c, SP(v), "assignment mismatch: %d variable%s but %s returns %d value%s",
                           nobjs, nobjs > 1 ? "s" : "", expr_string(c->a, uv->x), n,
                           n > 1 ? "s" : "");
            else
                chk_errorf(c, SP(v), "assignment mismatch: %d variable%s but %d value%s",
                           nobjs, nobjs > 1 ? "s" : "", n, n > 1 ? "s" : "");
            return;
        }
        for (int i = 0; i < nobjs; i++) {
            Type *rt = tt->fields[i]->type;
            if (t) {
                const char *reason = NULL;
                if (!type_assignable(c->u, rt, t, &reason, c->a, c->pkg))
                    chk_errorf(c, SP(v), "cannot use %s value as %s value in assignment",
                               chk_type_str(c, rt), chk_type_str(c, t));
            } else {
                objs[i]->type = rt;
            }
        }
        return;
    }
    if (nv != nobjs) {
        Node *v = spec->values.items[0];
        if (nv == 1)
            chk_multi_expr(c, v);
        chk_errorf(c, SP(v), "assignment mismatch: %d variable%s but %d value%s", nobjs,
                   nobjs > 1 ? "s" : "", nv, nv > 1 ? "s" : "");
        return;
    }
    for (int i = 0; i < nv; i++) {
        Node *v = spec->values.items[i];
        chk_expr(c, v);   /* var x = f() with multi-value f: single-value error */
        if (v->mode == OPM_INVALID)
            continue;
        if (t) {
            Node *vv = v;
            chk_assignment(c, &vv, t, "variable declaration");
            spec->values.items[i] = vv;
        } else {
            if (v->ty && v->ty->kind == TY_UNTYPED_NIL) {
                chk_errorf(c, SP(v), "use of untyped nil in variable declaration");
                continue;
            }
            Node *vv = v;
            chk_assignment(c, &vv, NULL, "variable declaration");
            spec->values.items[i] = vv;
            if (objs[i])
                objs[i]->type = vv->ty;
        }
    }
}

static void check_type_decl(Checker *c, Obj *o, Node *spec) {
    if (spec->tparams.len) {
        /* instantiated on use (check_generic.c); bare use is an error */
        o->type = c->u->invalid;
        return;
    }
    if (spec->alias) {
        o->type = c->u->invalid;
        o->type = chk_typexpr(c, spec->type_);
        return;
    }
    Type *t = o->type ? o->type : type_named(c->a, o);
    t->resolving = true;
    Type *u = chk_typexpr(c, spec->type_);
    if (u == t || (u->obj && u->resolving && type_under(u) == u && u->kind == TY_INVALID)) {
        chk_errorf(c, SP(o), "invalid recursive type %s", o->name);
        u = c->u->invalid;
    }
    type_set_underlying(t, u);
    if (u->kind == TY_INTERFACE) {
        /* interface methods' receivers are the named type */
        for (int i = 0; i < t->nimethods; i++)
            if (t->imethods[i]->type && t->imethods[i]->type->recv)
                t->imethods[i]->type->recv->type = t;
    }
    t->resolving = false;
    spec->ty = t;
    if (spec->type_)
        spec->type_->mode = OPM_TYPE;
    /* method signatures, so that method sets are complete once the type is */
    for (int i = 0; i < o->mdecls.len; i++) {
        Node *d = o->mdecls.items[i];
        Obj *m = d->obj;
        if (m->state == 0) {
            m->state = 1;
            check_method_sig(c, m, d);
            m->state = 2;
        }
    }
}

static void check_method_sig(Checker *c, Obj *m, Node *d) {
    Node *base = recv_base(d->recv);
    Obj *tobj = base ? scope_lookup_local(c->pkg->scope, base->lit) : NULL;
    Type *sig = chk_functype(c, d->type_, d->recv, NULL);
    m->type = sig;
    if (!tobj || tobj->kind != OBJ_TYPE || !sig->recv)
        return;
    if (tobj->state == 0)
        chk_obj_decl(c, tobj);
    Type *rt = sig->recv->type;
    bool ptr = rt->kind == TY_PTR && !rt->obj;
    Type *bt = ptr ? rt->elem : rt;
    if (bt->obj != tobj)
        return;
    if (bt->kind == TY_PTR || bt->kind == TY_INTERFACE) {
        chk_errorf(c, SP(base), "invalid receiver type %s", chk_type_str(c, bt));
        return;
    }
    if (ptr)
        m->flags |= OBJF_PTRRECV;
    for (int i = 0; i < bt->nmethods; i++)
        if (strcmp(bt->methods[i]->name, m->name) == 0 && !is_blank(m->name)) {
            chk_errorf(c, SP(d->name), "method %s.%s already declared at %s:%d:%d",
                       tobj->name, m->name, c->file, bt->methods[i]->pos.line,
                       bt->methods[i]->pos.col);
            return;
        }
    if (bt->kind == TY_STRUCT)
        for (int i = 0; i < bt->nfields; i++)
            if (strcmp(bt->fields[i]->name, m->name) == 0) {
                chk_errorf(c, SP(d->name), "field and method with the same name %s", m->name);
                return;
            }
    if (!is_blank(m->name))
        type_add_method(c->a, bt, m);
}

void chk_package_decls(Checker *c) {
    Package *pkg = c->pkg;
    /* A std stub's declarations are checked on first use instead
     * (chk_std_resolve from another package, chk_obj_decl from its own,
     * transitively): most are never referenced. */
    for (int i = 0; i < pkg->objs.len && !c->in_std; i++)
        chk_obj_decl(c, pkg->objs.items[i]);
    /* function bodies, in source order; a std stub's only when the
     * inliner first reads one (chk_std_body): most are never inlined */
    for (int i = 0; i < pkg->objs.len && !c->in_std; i++) {
        Obj *o = pkg->objs.items[i];
        if (o->kind != OBJ_FUNC || !o->decl || !o->decl->body || !o->type ||
            gen_is_generic_decl(o->decl))
            continue;
        chk_func_body(c, o->decl, o->type, NULL);
    }
    /* the generic instantiations these bodies need (their imports count) */
    if (pkg->file && pkg->file->root)
        gen_finish(c, pkg->file->root);
    /* unused imports (gc 1.19 wording); a stub's import may serve only
     * its not yet checked constants */
    if (c->in_std)
        return;
    Scope *fs = pkg->filescope;
    PtrVec unused = {0};
    for (int b = 0; b < fs->nbuckets; b++)
        for (Obj *o = fs->buckets[b]; o; o = o->scope_next)
            if (o->kind == OBJ_PKG && !(o->flags & OBJF_USED))
                ptrvec_push(c->a, &unused, o);
    for (int i = 0; i < unused.len; i++) {
        Obj *o = unused.items[i];
        Node *d = o->decl;
        const char *path = unquote_path(c, d->x);
        if (d->name && strcmp(d->name->lit, o->imported->name) != 0)
            chk_errorf(c, SP(d), "imported and not used: \"%s\" as %s", path, o->name);
        else
            chk_errorf(c, SP(d), "imported and not used: \"%s\"", path);
    }
}

/* ------------------------------------------------------- type expressions */

static Type *set_type(Node *e, Type *t) {
    e->ty = t;
    e->mode = OPM_TYPE;
    return t;
}

static Type *struct_type(Checker *c, Node *e) {
    Type *t = type_new(c->a, TY_STRUCT);
    int n = e->list.len;
    t->fields = arena_alloc(c->a, sizeof(Obj *) * (size_t)(n ? n : 1));
    Scope *names = scope_new(c->a, NULL);
    for (int i = 0; i < n; i++) {
        Node *f = e->list.items[i];
        Type *ft;
        if (i > 0 && e->list.items[i - 1]->type_ == f->type_ && f->type_->ty)
            ft = f->type_->ty;
        else
            ft = chk_typexpr(c, f->type_);
        const char *name;
        Pos pos;
        if (f->name) {
            name = f->name->lit;
            pos = f->name->pos;
        } else {
            /* embedded: the type name without pointer or package */
            Node *tn = f->type_;
            while (tn && (tn->kind == N_STAR || tn->kind == N_PAREN))
                tn = tn->x;
            if (tn && tn->kind == N_INDEX)   /* an instantiated type: Box[T] */
                tn = tn->x;
            if (tn && tn->kind == N_SELECTOR)
                tn = tn->name;
            name = tn && tn->kind == N_NAME ? tn->lit : "?";
            pos = f->type_->pos;
            Type *bt = ft->kind == TY_PTR && !ft->obj ? ft->elem : ft;
            if (ft->kind == TY_PTR && !ft->obj &&
                (bt->kind == TY_PTR || bt->kind == TY_INTERFACE))
                chk_errorf(c, SP(f->type_), "embedded field type cannot be a pointer to an interface");
        }
        Obj *o = obj_new(c->a, OBJ_VAR, name, pos, ft);
        o->flags |= OBJF_FIELD;
        if (!f->name)
            o->flags |= OBJF_EMBEDDED;
        o->pkg = c->pkg;
        o->index = i;
        o->decl = f->name ? f->name : f->type_;
        if (f->tag) {
            Const v;
            if (const_parse_string(c->a, f->tag->lit, f->tag->litlen, &v))
                o->tag = v.s;
        }
        if (!is_blank(name)) {
            Obj *old = scope_insert(c->a, names, obj_new(c->a, OBJ_VAR, name, pos, ft));
            if (old)
                chk_errorf(c, pos, "%s redeclared\n\t%s:%d:%d: other declaration of %s",
                           name, c->file, old->pos.line, old->pos.col, name);
        }
        if (f->name)
            f->name->obj = o;
        f->obj = o;
        t->fields[i] = o;
    }
    t->nfields = n;
    return t;
}

static Type *interface_type(Checker *c, Node *e, Type *named) {
    Type *t = type_new(c->a, TY_INTERFACE);
    int n = e->list.len;
    t->imethods = arena_alloc(c->a, sizeof(Obj *) * (size_t)(n ? n : 1));
    t->embeds = arena_alloc(c->a, sizeof(Type *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        Node *f = e->list.items[i];
        if (f->name) {
            Type *sig = chk_functype(c, f->type_, NULL, NULL);
            sig->recv = obj_new(c->a, OBJ_VAR, "", f->name->pos, named ? named : t);
            sig->recv->flags |= OBJF_RECV | OBJF_PARAM | OBJF_UNNAMED;
            Obj *m = obj_new(c->a, OBJ_FUNC, f->name->lit, f->name->pos, sig);
            m->flags |= OBJF_METHOD | OBJF_IMETHOD;
            m->pkg = c->pkg;
            m->decl = f;
            f->name->obj = m;
            for (int j = 0; j < t->nimethods; j++)
                if (strcmp(t->imethods[j]->name, m->name) == 0)
                    chk_errorf(c, SP(f->name), "duplicate method %s", m->name);
            t->imethods[t->nimethods++] = m;
        } else {
            if (f->type_->kind == N_BINARY || (f->type_->kind == N_UNARY && f->type_->op == T_TILDE))
                continue;   /* a type set term: check_constraint.c reads it from the syntax */
            if (f->type_->kind == N_NAME && !strcmp(f->type_->lit, "comparable") &&
                !chk_lookup(c, "comparable"))
                continue;   /* likewise the predeclared constraint comparable */
            Type *et = chk_typexpr(c, f->type_);
            if (et->kind == TY_INVALID && et->obj && et->resolving) {
                chk_errorf(c, SP(f->type_), "invalid recursive type");
                continue;
            }
            if (et->kind != TY_INTERFACE)
                continue;   /* a single-type term */
            t->embeds[t->nembeds++] = et;
        }
    }
    /* sort own methods by name as types2 prints them */
    for (int i = 1; i < t->nimethods; i++)
        for (int j = i; j > 0 && strcmp(t->imethods[j - 1]->name, t->imethods[j]->name) > 0; j--) {
            Obj *tmp = t->imethods[j];
            t->imethods[j] = t->imethods[j - 1];
            t->imethods[j - 1] = tmp;
        }
    const char *dup = NULL;
    if (!type_complete_interface(c->a, t, &dup) && dup)
        chk_errorf(c, SP(e), "duplicate method %s", dup);
    return t;
}

static Type *array_len_type(Checker *c, Node *e, Type *elem) {
    Node *l = e->x;
    chk_expr(c, l);
    int64_t n = -1;
    if (l->mode == OPM_CONST && l->val) {
        if (type_is_untyped(l->ty) || type_is_integer(type_under(l->ty))) {
            Const iv;
            if (const_to_int(c->a, *l->val, &iv) && const_get_int64(iv, &n) && n >= 0) {
                if (type_is_untyped(l->ty))
                    chk_convert_untyped(c, l, c->u->types[TY_INT]);
                return type_array(c->a, elem, n);
            }
            if (const_is_int(*l->val) && const_is_neg(*l->val)) {
                chk_errorf(c, SP(l), "invalid array length %s", expr_string(c->a, l));
                return c->u->invalid;
            }
        }
        chk_errorf(c, SP(l), "array length %s must be integer", chk_operand_str(c, l));
        return c->u->invalid;
    }
    if (l->mode != OPM_INVALID)
        chk_errorf(c, SP(l), "array length %s must be constant", chk_operand_str(c, l));
    return c->u->invalid;
}

Type *chk_typexpr(Checker *c, Node *e) {
    if (!e)
        return c->u->invalid;
    switch (e->kind) {
    case N_NAME: {
        if (is_blank(e->lit)) {
            chk_errorf(c, SP(e), "cannot use _ as value or type");
            return set_type(e, c->u->invalid);
        }
        Obj *o = chk_lookup(c, e->lit);
        if (!o) {
            chk_errorf(c, SP(e), "undefined: %s", e->lit);
            return set_type(e, c->u->invalid);
        }
        e->obj = o;
        if (o->kind != OBJ_TYPE) {
            if (o->kind == OBJ_PKG)
                obj_flag(o, OBJF_USED);
            chk_errorf(c, SP(e), "%s is not a type", e->lit);
            return set_type(e, c->u->invalid);
        }
        if (o->state == 0 && o->spec)
            chk_obj_decl(c, o);
        return set_type(e, o->type ? o->type : c->u->invalid);
    }
    case N_SELECTOR: {
        Node *x = e->x;
        if (x->kind == N_NAME) {
            Obj *po = chk_lookup(c, x->lit);
            if (po && po->kind == OBJ_PKG) {
                obj_flag(po, OBJF_USED);
                x->obj = po;
                x->mode = OPM_PKG;
                chk_pkg_load(c, po);
                Obj *o = scope_lookup_local(po->imported->scope, e->name->lit);
                chk_std_resolve(c, o);
                if (po->imported->fake)
                    return set_type(e, c->u->invalid);
                if (!o && po->imported->std && po->imported != c->u->unsafe) {
                    chk_unsupported(c, e->name->pos,
                                    arena_printf(c->a, "%s.%s (not in escapade's model of package %s)",
                                                 x->lit, e->name->lit, po->imported->path));
                    return set_type(e, c->u->invalid);
                }
                if (!o || !(e->name->lit[0] >= 'A' && e->name->lit[0] <= 'Z')) {
                    chk_errorf(c, SP(e->name), "undefined: %s.%s", x->lit, e->name->lit);
                    return set_type(e, c->u->invalid);
                }
                e->obj = o;
                e->name->obj = o;
                if (o->kind != OBJ_TYPE) {
                    chk_errorf(c, SP(e), "%s.%s is not a type", x->lit, e->name->lit);
                    return set_type(e, c->u->invalid);
                }
                return set_type(e, o->type);
            }
        }
        chk_expr(c, e);
        if (e->mode != OPM_INVALID)
            chk_errorf(c, SP(e), "%s is not a type", expr_string(c->a, e));
        return set_type(e, c->u->invalid);
    }
    case N_PAREN:
        return set_type(e, chk_typexpr(c, e->x));
    case N_STAR: {
        Type *el = chk_typexpr(c, e->x);
        return set_type(e, el->kind == TY_INVALID && !el->obj ? el : type_ptr(c->a, el));
    }
    case N_ARRAYTYPE: {
        Type *el = chk_typexpr(c, e->y);
        if (!e->x)
            return set_type(e, type_slice(c->a, el));
        if (e->x->kind == N_DOTS) {
            chk_errorf(c, SP(e->x), "invalid use of [...] array (outside a composite literal)");
            return set_type(e, c->u->invalid);
        }
        return set_type(e, array_len_type(c, e, el));
    }
    case N_MAPTYPE: {
        Type *k = chk_typexpr(c, e->x);
        Type *v = chk_typexpr(c, e->y);
        if (k->kind != TY_INVALID && !k->resolving && !type_comparable(type_under(k)))
            chk_errorf(c, SP(e->x), "invalid map key type %s", chk_type_str(c, k));
        return set_type(e, type_map(c->a, k, v));
    }
    case N_CHANTYPE:
        return set_type(e, type_chan(c->a, chk_typexpr(c, e->x), e->chandir));
    case N_FUNCTYPE:
        return set_type(e, chk_functype(c, e, NULL, NULL));
    case N_STRUCTTYPE:
        return set_type(e, struct_type(c, e));
    case N_INTERFACETYPE:
        return set_type(e, interface_type(c, e, NULL));
    case N_INDEX:
        return set_type(e, gen_typexpr_index(c, e));
    case N_DOTS:
        chk_errorf(c, SP(e), "invalid use of ...");
        return set_type(e, c->u->invalid);
    default:
        chk_expr_or_type(c, e);
        if (e->mode == OPM_TYPE)
            return e->ty;
        if (e->mode != OPM_INVALID)
            chk_errorf(c, SP(e), "%s is not a type", expr_string(c->a, e));
        return set_type(e, c->u->invalid);
    }
}

/* Build a signature; with declscope, declare the named params/results in
 * it (a function body's scope). */
static Obj *param_obj(Checker *c, Node *f, Type *t, unsigned flags, int idx,
                      bool result) {
    const char *name = f->name ? f->name->lit : "";
    Pos pos = f->name ? f->name->pos : f->type_->pos;
    if (!f->name && result)
        name = arena_printf(c->a, "~r%d", idx);
    else if (f->name && result && is_blank(name))
        name = arena_printf(c->a, "~b%d", idx);
    Obj *o = obj_new(c->a, OBJ_VAR, name, pos, t);
    o->flags |= flags;
    if (!f->name)
        o->flags |= OBJF_UNNAMED;
    if (f->name && is_blank(f->name->lit))
        o->flags |= OBJF_BLANK;
    o->index = idx;
    o->pkg = c->pkg;
    o->decl = f->name;
    if (f->name)
        f->name->obj = o;
    f->obj = o;
    return o;
}

static Obj **field_list(Checker *c, NodeList *l, unsigned flags, bool result,
                        bool *variadic) {
    Obj **vs = arena_alloc(c->a, sizeof(Obj *) * (size_t)(l->len ? l->len : 1));
    for (int i = 0; i < l->len; i++) {
        Node *f = l->items[i];
        Type *t;
        Node *te = f->type_;
        if (te && te->kind == N_DOTS) {
            if (i != l->len - 1 || result) {
                chk_errorf(c, SP(te), "can only use ... with final parameter in list");
            } else if (variadic) {
                *variadic = true;
            }
            if (i > 0 && l->items[i - 1]->type_ == te && te->ty)
                t = te->ty;
            else {
                Type *el = chk_typexpr(c, te->x);
                t = type_slice(c->a, el);
                te->ty = t;
                te->mode = OPM_TYPE;
            }
        } else if (i > 0 && l->items[i - 1]->type_ == te && te && te->ty) {
            t = te->ty;
        } else {
            t = chk_typexpr(c, te);
        }
        vs[i] = param_obj(c, f, t, flags, i, result);
        if (variadic && *variadic && i == l->len - 1)
            vs[i]->flags |= OBJF_VARIADIC;
    }
    return vs;
}

Type *chk_functype(Checker *c, Node *ft, Node *recv, Scope *declscope) {
    Type *t = type_new(c->a, TY_FUNC);
    if (!ft)
        return t;
    if (ft->tparams.len)
        chk_unsupported(c, ft->pos, "generics");
    if (recv) {
        Type *rt = chk_typexpr(c, recv->type_);
        t->recv = param_obj(c, recv, rt, OBJF_PARAM | OBJF_RECV, 0, false);
    }
    t->params = field_list(c, &ft->params, OBJF_PARAM, false, &t->variadic);
    t->nparams = ft->params.len;
    t->results = field_list(c, &ft->results, OBJF_RESULT, true, NULL);
    t->nresults = ft->results.len;
    ft->ty = t;
    ft->mode = OPM_TYPE;
    (void)declscope;
    return t;
}

/* ------------------------------------------------------ local declarations */

void chk_local_decl(Checker *c, Node *spec) {
    switch (spec->kind) {
    case N_CONSTDECL: {
        Obj *objs[64];
        int n = spec->names.len < 64 ? spec->names.len : 64;
        for (int i = 0; i < n; i++) {
            Node *id = spec->names.items[i];
            objs[i] = obj_new(c->a, OBJ_CONST, id->lit, id->pos, NULL);
            objs[i]->pkg = c->pkg;
            objs[i]->decl = id;
            obj_flag(objs[i], OBJF_USED);   /* unused constants are fine */
        }
        check_const_spec(c, spec, objs, n);
        /* scope starts after the spec */
        for (int i = 0; i < n; i++)
            chk_declare(c, c->scope, objs[i], spec->names.items[i]);
        break;
    }
    case N_VARDECL: {
        Obj *objs[64];
        int n = spec->names.len < 64 ? spec->names.len : 64;
        for (int i = 0; i < n; i++) {
            Node *id = spec->names.items[i];
            objs[i] = obj_new(c->a, OBJ_VAR, id->lit, id->pos, NULL);
            objs[i]->pkg = c->pkg;
            objs[i]->decl = id;
            objs[i]->fn = c->fn ? c->fn->fn : NULL;
            id->obj = objs[i];
        }
        check_var_spec(c, spec, objs, n);
        for (int i = 0; i < n; i++) {
            chk_declare(c, c->scope, objs[i], spec->names.items[i]);
            if (c->fn)
                ptrvec_push(c->a, &c->fn->vars, objs[i]);
        }
        break;
    }
    case N_TYPEDECL: {
        Obj *o = obj_new(c->a, OBJ_TYPE, spec->name->lit, spec->name->pos, NULL);
        o->pkg = c->pkg;
        o->decl = spec;
        spec->obj = o;
        if (gen_local_type_decl(c, o, spec))
            break;   /* a generic type or a type inside a generic function */
        /* the name is in scope inside its own definition */
        if (!spec->alias)
            type_named(c->a, o);
        chk_declare(c, c->scope, o, spec->name);
        check_type_decl(c, o, spec);
        o->state = 2;
        break;
    }
    default:
        break;
    }
}

/* ---------------------------------------------------------- function bodies */

void chk_func_body(Checker *c, Node *fn, Type *sig, Scope *outer) {
    FuncCtx fc;
    memset(&fc, 0, sizeof fc);
    fc.outer = c->fn;
    fc.fn = fn;
    fc.sig = sig;
    Scope *saved = c->scope;
    int savedbreak = c->breakok, savedcont = c->continueok;
    c->breakok = c->continueok = 0;
    c->scope = scope_new(c->a, outer ? outer : c->pkg->filescope);
    c->scope->is_func = true;
    c->scope->fn = fn;
    fc.scope = c->scope;
    c->fn = &fc;
    if (sig->recv) {
        sig->recv->fn = fn;
        if (!(sig->recv->flags & (OBJF_UNNAMED | OBJF_BLANK)))
            chk_declare(c, c->scope, sig->recv, sig->recv->decl);
    }
    for (int i = 0; i < sig->nparams; i++) {
        Obj *p = sig->params[i];
        p->fn = fn;
        if (!(p->flags & (OBJF_UNNAMED | OBJF_BLANK)))
            chk_declare(c, c->scope, p, p->decl);
    }
    for (int i = 0; i < sig->nresults; i++) {
        Obj *r = sig->results[i];
        r->fn = fn;
        if (!(r->flags & (OBJF_UNNAMED | OBJF_BLANK)) && r->decl)
            chk_declare(c, c->scope, r, r->decl);
    }
    Node *body = fn->body;
    extern void chk_func_stmts(Checker *c, Node *body);
    chk_func_stmts(c, body);
    gen_number_dicts(c, &fc);
    c->fn = fc.outer;
    c->scope = saved;
    c->breakok = savedbreak;
    c->continueok = savedcont;
}
