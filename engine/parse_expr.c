/* parse_expr.c - expressions and types, after syntax/parser.go. */
#include "parse_int.h"

#include <string.h>

Node *unparen(Node *x) {
    while (x && x->kind == N_PAREN)
        x = x->x;
    return x;
}

Node *p_name(Parser *p) {
    if (TOK(p) == T_IDENT) {
        Node *n = new_node(p, N_NAME, POS(p));
        n->lit = p->lx.tok.lit;
        n->litlen = p->lx.tok.len;
        p_next(p);
        return n;
    }
    Node *n = new_name(p, POS(p), "_");
    p_syntax_error(p, "expecting name");
    p_advance1(p);
    return n;
}

Node *p_oliteral(Parser *p) {
    switch (TOK(p)) {
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING: {
        Node *b = new_node(p, N_BASICLIT, POS(p));
        b->lit = p->lx.tok.lit;
        b->litlen = p->lx.tok.len;
        b->op = TOK(p);
        b->bad = p->lx.bad;
        p_next(p);
        return b;
    }
    default:
        return NULL;
    }
}

Node *p_expr(Parser *p) {
    return p_binary_expr(p, NULL, 0);
}

Node *p_binary_expr(Parser *p, Node *x, int prec) {
    if (!p_enter(p)) {
        p_leave(p);
        return x ? x : p_bad_expr(p);
    }
    if (!x)
        x = p_unary_expr(p);
    /* a left-leaning chain `a + b + c ...` is built by this loop, not by
     * recursion, and every pass walks the left spine of N_BINARY nodes
     * iteratively (gc takes the 7,098-term time/tzdata/zipdata.go): only the
     * right operand, of higher precedence, recurses and counts as nesting */
    for (;;) {
        TokKind t = TOK(p);
        int tprec = lex_prec(t);
        if (tprec == PREC_NONE || tprec <= prec)
            break;
        Node *b = new_node(p, N_BINARY, POS(p));
        b->op = t;
        p_next(p);
        b->x = x;
        b->y = p_binary_expr(p, NULL, tprec);
        x = b;
    }
    p_leave(p);
    return x;
}

Node *p_unary_expr(Parser *p) {
    if (!p_enter(p)) {
        p_leave(p);
        return p_bad_expr(p);
    }
    Node *r;
    switch (TOK(p)) {
    case T_MUL: {
        r = new_node(p, N_STAR, POS(p));
        p_next(p);
        r->x = p_unary_expr(p);
        break;
    }
    case T_ADD: case T_SUB: case T_NOT: case T_XOR: case T_TILDE: {
        r = new_node(p, N_UNARY, POS(p));
        r->op = TOK(p);
        p_next(p);
        r->x = p_unary_expr(p);
        break;
    }
    case T_AND: {
        r = new_node(p, N_UNARY, POS(p));
        r->op = T_AND;
        p_next(p);
        /* unaryExpr may have returned a parenthesized composite literal
         * (see comment in operand) - remove parentheses if any */
        r->x = unparen(p_unary_expr(p));
        break;
    }
    case T_ARROW: {
        Pos pos = POS(p);
        p_next(p);
        /* <-x may be a receive or a receive-only channel type <-chan T. */
        Node *x = p_unary_expr(p);
        if (x->kind == N_CHANTYPE) {
            /* <-chan T: re-associate the arrow with the chan types */
            int dir = 1; /* SendOnly */
            Node *t = x;
            while (dir == 1) {
                if (t->kind != N_CHANTYPE)
                    break;
                dir = t->chandir;
                if (dir == 2)
                    p_syntax_error(p, "unexpected <-, expecting chan");
                t->chandir = 2;
                t = t->x;
            }
            if (dir == 1)
                p_syntax_error(p, "unexpected <-, expecting chan"); /* approx. */
            r = x;
            break;
        }
        r = new_node(p, N_UNARY, pos);
        r->op = T_ARROW;
        r->x = x;
        break;
    }
    default:
        r = p_pexpr(p, NULL, true);
        break;
    }
    p_leave(p);
    return r;
}

Node *p_func_body(Parser *p) {
    p->fnest++;
    int errcnt = p->errcnt;
    Node *body = p_block_stmt(p, "");
    p->fnest--;
    if (errcnt == p->errcnt && !p->stop)
        p_check_branches(p, body);
    return body;
}

static Node *p_complitexpr(Parser *p);

static Node *p_operand(Parser *p, bool keep_parens) {
    switch (TOK(p)) {
    case T_IDENT:
        return p_name(p);
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
        return p_oliteral(p);
    case T_LPAREN: {
        Pos pos = POS(p);
        p_next(p);
        p->xnest++;
        Node *x = p_expr(p);
        p->xnest--;
        p_want(p, T_RPAREN);
        /* Keep the parentheses of (T){...} so the composite literal check
         * in pexpr can report them. */
        if (TOK(p) == T_LBRACE)
            keep_parens = true;
        if (keep_parens) {
            Node *px = new_node(p, N_PAREN, pos);
            px->x = x;
            x = px;
        }
        return x;
    }
    case T_FUNC: {
        Pos pos = POS(p);
        p_next(p);
        Node *ftyp = p_func_type(p, "function type", NULL);
        if (TOK(p) == T_LBRACE) {
            p->xnest++;
            Node *f = new_node(p, N_FUNCLIT, pos);
            f->type_ = ftyp;
            f->body = p_func_body(p);
            p->xnest--;
            return f;
        }
        return ftyp;
    }
    case T_LBRACK: case T_CHAN: case T_MAP: case T_STRUCT: case T_INTERFACE:
        return p_type_(p);
    default: {
        Node *x = p_bad_expr(p);
        p_syntax_error(p, "expecting expression");
        P_ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
        return x;
    }
    }
}

/* typeList: x or x, T2, ... (generic instantiation); *comma tells whether
 * a comma was seen. */
static Node *p_type_list(Parser *p, bool *comma, NodeList *all) {
    p->xnest++;
    Node *x = p_expr(p);
    *comma = false;
    all->len = 0;
    all->items = NULL;
    if (p_got(p, T_COMMA)) {
        *comma = true;
        Node *t = p_type_or_nil(p);
        if (t) {
            NVec v = {0};
            nvec_push(p->a, &v, x);
            nvec_push(p->a, &v, t);
            while (p_got(p, T_COMMA)) {
                t = p_type_or_nil(p);
                if (!t)
                    break;
                nvec_push(p->a, &v, t);
            }
            *all = nvec_list(&v);
        }
    }
    p->xnest--;
    return x;
}

static bool is_value(const Node *x) {
    switch (x->kind) {
    case N_BASICLIT: case N_COMPOSITE: case N_FUNCLIT: case N_SLICE:
    case N_TYPEASSERT: case N_CALL:
        return true;
    case N_UNARY: case N_BINARY:
        return true; /* *T may be a type, but that is N_STAR */
    case N_PAREN:
        return is_value(x->x);
    case N_INDEX:
        if (is_value(x->x))
            return true;
        if (x->list.len)
            return false; /* a ListExpr is not a value */
        return is_value(x->y);
    default:
        return false;
    }
}

static void arg_list(Parser *p, Node *call) {
    p->xnest++;
    NVec args = {0};
    /* p.list("argument list", _Comma, _Rparen, ...) */
    bool done = false;
    while (TOK(p) != T_EOF && TOK(p) != T_RPAREN && !done) {
        nvec_push(p->a, &args, p_expr(p));
        call->hasdots = p_got(p, T_ELLIPSIS);
        done = call->hasdots;
        if (!p_got(p, T_COMMA) && TOK(p) != T_RPAREN) {
            p_syntax_error(p, "in argument list; possibly missing comma or )");
            P_ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
            if (TOK(p) != T_RPAREN) {
                call->end = POS(p);
                goto out;
            }
        }
    }
    call->end = POS(p);
    p_want(p, T_RPAREN);
out:
    call->list = nvec_list(&args);
    p->xnest--;
}

Node *p_pexpr(Parser *p, Node *x, bool keep_parens) {
    if (!x)
        x = p_operand(p, keep_parens);
    /* like binary operators, each postfix (x.f, x[i], x()) makes the tree
     * one level deeper: count it as nesting (see p_binary_expr) */
    Node *operand = x;
    int entered = 0;
    for (;;) {
        if (x != operand) {
            entered++;
            if (!p_enter(p))
                goto out;
        }
        Pos pos = POS(p);
        switch (TOK(p)) {
        case T_PERIOD:
            p_next(p);
            switch (TOK(p)) {
            case T_IDENT: {
                Node *t = new_node(p, N_SELECTOR, pos);
                t->x = x;
                t->name = p_name(p);
                x = t;
                break;
            }
            case T_LPAREN: {
                p_next(p);
                Node *t = new_node(p, N_TYPEASSERT, pos);
                t->x = x;
                if (!p_got(p, T_TYPE))
                    t->type_ = p_type_(p);
                x = t;
                p_want(p, T_RPAREN);
                break;
            }
            default:
                p_syntax_error(p, "expecting name or (");
                P_ADVANCE(p, T_SEMICOLON, T_RPAREN);
                break;
            }
            break;

        case T_LBRACK: {
            p_next(p);
            if (TOK(p) == T_RBRACK) {
                /* invalid empty instance, slice or index expression */
                p_syntax_error(p, "expecting operand");
                p_next(p);
                break;
            }
            Node *i = NULL;
            if (TOK(p) != T_COLON) {
                bool comma;
                NodeList all;
                i = p_type_list(p, &comma, &all);
                if (comma || TOK(p) == T_RBRACK) {
                    p_want(p, T_RBRACK);
                    /* x[i] or x[i, j, ...] */
                    Node *t = new_node(p, N_INDEX, pos);
                    t->x = x;
                    t->y = i;
                    t->list = all;
                    x = t;
                    break;
                }
            }
            /* x[i:... */
            if (!p_got(p, T_COLON)) {
                p_syntax_error(p, "expecting comma, : or ]");
                P_ADVANCE(p, T_COMMA, T_COLON, T_RBRACK);
            }
            p->xnest++;
            Node *t = new_node(p, N_SLICE, pos);
            t->x = x;
            t->y = i;
            if (TOK(p) != T_COLON && TOK(p) != T_RBRACK)
                t->z = p_expr(p);
            if (TOK(p) == T_COLON) {
                t->slice3 = true;
                if (!t->z) {
                    p_error_at(p, POS(p), "middle index required in 3-index slice");
                    t->z = p_bad_expr(p);
                }
                p_next(p);
                if (TOK(p) != T_RBRACK) {
                    t->w = p_expr(p);
                } else {
                    p_error_at(p, POS(p), "final index required in 3-index slice");
                    t->w = p_bad_expr(p);
                }
            }
            p->xnest--;
            p_want(p, T_RBRACK);
            x = t;
            break;
        }

        case T_LPAREN: {
            Node *t = new_node(p, N_CALL, pos);
            p_next(p);
            t->x = x;
            arg_list(p, t);
            x = t;
            break;
        }

        case T_LBRACE: {
            /* operand may have returned a parenthesized complit type */
            Node *t = unparen(x);
            bool complit_ok = false;
            switch (t->kind) {
            case N_NAME: case N_SELECTOR:
                complit_ok = p->xnest >= 0;
                break;
            case N_INDEX:
                complit_ok = p->xnest >= 0 && !is_value(t);
                break;
            case N_ARRAYTYPE: case N_STRUCTTYPE: case N_MAPTYPE:
                complit_ok = true;
                break;
            default:
                break;
            }
            if (!complit_ok)
                goto out;
            if (t != x)
                p_syntax_error(p, "cannot parenthesize type in composite literal");
            Node *n = p_complitexpr(p);
            n->x = x;
            x = n;
            break;
        }

        default:
            goto out;
        }
    }
out:
    p->depth -= entered;
    return x;
}

static Node *p_bare_complitexpr(Parser *p) {
    if (TOK(p) == T_LBRACE)
        return p_complitexpr(p); /* '{' start_complit braced_keyval_list '}' */
    return p_expr(p);
}

static Node *p_complitexpr(Parser *p) {
    Node *x = new_node(p, N_COMPOSITE, POS(p));
    if (!p_enter(p)) {
        p_leave(p);
        return x;
    }
    p->xnest++;
    p_want(p, T_LBRACE);
    NVec elts = {0};
    /* p.list("composite literal", _Comma, _Rbrace, ...) */
    while (TOK(p) != T_EOF && TOK(p) != T_RBRACE) {
        Node *e = p_bare_complitexpr(p);
        if (TOK(p) == T_COLON) {
            Node *l = new_node(p, N_KEYVALUE, POS(p));
            p_next(p);
            l->x = e;
            l->y = p_bare_complitexpr(p);
            e = l;
        }
        nvec_push(p->a, &elts, e);
        if (!p_got(p, T_COMMA) && TOK(p) != T_RBRACE) {
            p_syntax_error(p, "in composite literal; possibly missing comma or }");
            P_ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
            if (TOK(p) != T_RBRACE) {
                x->end = POS(p);
                goto out;
            }
        }
    }
    x->end = POS(p);
    p_want(p, T_RBRACE);
out:
    x->list = nvec_list(&elts);
    p->xnest--;
    p_leave(p);
    return x;
}

NodeList p_expr_list(Parser *p) {
    Node *x = p_expr(p);
    if (!p_got(p, T_COMMA))
        return list1(p->a, x);
    NVec v = {0};
    nvec_push(p->a, &v, x);
    nvec_push(p->a, &v, p_expr(p));
    while (p_got(p, T_COMMA))
        nvec_push(p->a, &v, p_expr(p));
    return nvec_list(&v);
}

/* ------------------------------------------------------------- types */

Node *p_type_(Parser *p) {
    Node *typ = p_type_or_nil(p);
    if (!typ) {
        typ = p_bad_expr(p);
        p_syntax_error(p, "expecting type");
        P_ADVANCE(p, T_COMMA, T_COLON, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
    }
    return typ;
}

static Node *new_indirect(Parser *p, Pos pos, Node *typ) {
    Node *o = new_node(p, N_STAR, pos);
    o->x = typ;
    return o;
}

static Node *p_chan_elem(Parser *p) {
    Node *typ = p_type_or_nil(p);
    if (!typ) {
        typ = p_bad_expr(p);
        p_syntax_error(p, "missing channel element type");
        /* assume element type is simply absent - don't advance */
    }
    return typ;
}

static Node *p_struct_type(Parser *p);
static Node *p_interface_type(Parser *p);

static Node *type_or_nil(Parser *p) {
    Pos pos = POS(p);
    switch (TOK(p)) {
    case T_MUL:
        p_next(p);
        return new_indirect(p, pos, p_type_(p));
    case T_ARROW: {
        /* recvchantype */
        p_next(p);
        p_want(p, T_CHAN);
        Node *t = new_node(p, N_CHANTYPE, pos);
        t->chandir = 2;
        t->x = p_chan_elem(p);
        return t;
    }
    case T_FUNC:
        p_next(p);
        return p_func_type(p, "function type", NULL);
    case T_LBRACK:
        p_next(p);
        if (p_got(p, T_RBRACK))
            return p_slice_type(p, pos);
        return p_array_type(p, pos, NULL);
    case T_CHAN: {
        p_next(p);
        Node *t = new_node(p, N_CHANTYPE, pos);
        if (p_got(p, T_ARROW))
            t->chandir = 1;
        t->x = p_chan_elem(p);
        return t;
    }
    case T_MAP: {
        p_next(p);
        p_want(p, T_LBRACK);
        Node *t = new_node(p, N_MAPTYPE, pos);
        t->x = p_type_(p);
        p_want(p, T_RBRACK);
        t->y = p_type_(p);
        return t;
    }
    case T_STRUCT:
        return p_struct_type(p);
    case T_INTERFACE:
        return p_interface_type(p);
    case T_IDENT:
        return p_qualified_name(p, NULL);
    case T_LPAREN: {
        p_next(p);
        Node *t = p_type_(p);
        p_want(p, T_RPAREN);
        return t;
    }
    default:
        return NULL;
    }
}

Node *p_type_or_nil(Parser *p) {
    if (!p_enter(p)) {
        p_leave(p);
        return p_bad_expr(p);
    }
    Node *t = type_or_nil(p);
    p_leave(p);
    return t;
}

static Node *p_type_instance(Parser *p, Node *typ) {
    Pos pos = POS(p);
    p_want(p, T_LBRACK);
    Node *x = new_node(p, N_INDEX, pos);
    x->x = typ;
    if (TOK(p) == T_RBRACK) {
        p_syntax_error(p, "expecting type");
        x->y = p_bad_expr(p);
    } else {
        bool comma;
        x->y = p_type_list(p, &comma, &x->list);
    }
    p_want(p, T_RBRACK);
    return x;
}

Node *p_qualified_name(Parser *p, Node *name) {
    Node *x;
    if (name) {
        x = name;
    } else if (TOK(p) == T_IDENT) {
        x = p_name(p);
    } else {
        x = new_name(p, POS(p), "_");
        p_syntax_error(p, "expecting name");
        P_ADVANCE(p, T_PERIOD, T_SEMICOLON, T_RBRACE);
    }
    if (TOK(p) == T_PERIOD) {
        Node *s = new_node(p, N_SELECTOR, POS(p));
        p_next(p);
        s->x = x;
        s->name = p_name(p);
        x = s;
    }
    if (TOK(p) == T_LBRACK)
        x = p_type_instance(p, x);
    return x;
}

static NodeList p_func_result(Parser *p) {
    if (p_got(p, T_LPAREN))
        return p_param_list(p, NULL, NULL, T_RPAREN, false);
    Pos pos = POS(p);
    Node *typ = p_type_or_nil(p);
    if (typ) {
        Node *f = new_node(p, N_FIELD, pos);
        f->type_ = typ;
        return list1(p->a, f);
    }
    return (NodeList){0};
}

/* context: "" to allow type parameters, else what to call the thing in
 * the error ("function type", "method", "interface method").  tparams may
 * be NULL where none are expected. */
Node *p_func_type(Parser *p, const char *context, NodeList *tparams) {
    Node *typ = new_node(p, N_FUNCTYPE, POS(p));
    if (p_got(p, T_LBRACK)) {
        if (context[0])
            p_syntax_error_at(p, typ->pos,
                              arena_printf(p->a, "%s must have no type parameters", context));
        if (TOK(p) == T_RBRACK) {
            p_syntax_error(p, "empty type parameter list");
            p_next(p);
        } else {
            NodeList tl = p_param_list(p, NULL, NULL, T_RBRACK, true);
            if (tparams)
                *tparams = tl;
        }
    }
    p_want(p, T_LPAREN);
    typ->params = p_param_list(p, NULL, NULL, T_RPAREN, false);
    typ->results = p_func_result(p);
    return typ;
}

Node *p_array_type(Parser *p, Pos pos, Node *len) {
    if (!len) {
        Pos dpos = POS(p);
        if (p_got(p, T_ELLIPSIS)) {
            len = new_node(p, N_DOTS, dpos);
        } else {
            p->xnest++;
            len = p_expr(p);
            p->xnest--;
        }
    }
    if (TOK(p) == T_COMMA) {
        /* Trailing commas are accepted in type parameter lists but not
         * in array type declarations. */
        p_syntax_error(p, "unexpected comma; expecting ]");
        p_next(p);
    }
    p_want(p, T_RBRACK);
    Node *t = new_node(p, N_ARRAYTYPE, pos);
    t->x = len;
    t->y = p_type_(p);
    return t;
}

Node *p_slice_type(Parser *p, Pos pos) {
    Node *t = new_node(p, N_ARRAYTYPE, pos);
    t->y = p_type_(p);
    return t;
}

static void add_field(Parser *p, NVec *fields, Pos pos, Node *name, Node *typ,
                      Node *tag) {
    Node *f = new_node(p, N_FIELD, pos);
    f->name = name;
    f->type_ = typ;
    f->tag = tag;
    f->embedded = name == NULL;
    nvec_push(p->a, fields, f);
}

/* arrayOrTArgs: [n]E or a type instance's [T1, T2] after an embedded name. */
static Node *p_array_or_targs(Parser *p) {
    Pos pos = POS(p);
    p_want(p, T_LBRACK);
    if (p_got(p, T_RBRACK))
        return p_slice_type(p, pos);
    /* x [n]E or x[n,], x[n1, n2], ... */
    bool comma;
    NodeList all;
    Node *n = p_type_list(p, &comma, &all);
    p_want(p, T_RBRACK);
    if (!comma) {
        Node *elem = p_type_or_nil(p);
        if (elem) {
            Node *t = new_node(p, N_ARRAYTYPE, pos);
            t->x = n;
            t->y = elem;
            return t;
        }
    }
    /* x[n,], x[n1, n2], ... */
    Node *t = new_node(p, N_INDEX, pos);
    t->y = n;
    t->list = all;
    return t;
}

static void p_field_decl(Parser *p, NVec *fields) {
    Pos pos = POS(p);
    switch (TOK(p)) {
    case T_IDENT: {
        Node *name = p_name(p);
        TokKind t = TOK(p);
        if (t == T_PERIOD || t == T_INT || t == T_FLOAT || t == T_IMAG ||
            t == T_CHAR || t == T_STRING || t == T_SEMICOLON || t == T_RBRACE) {
            /* embedded type */
            Node *typ = p_qualified_name(p, name);
            Node *tag = p_oliteral(p);
            add_field(p, fields, pos, NULL, typ, tag);
            break;
        }
        /* name1, name2, ... Type [ tag ] */
        NVec names = {0};
        nvec_push(p->a, &names, name);
        while (p_got(p, T_COMMA))
            nvec_push(p->a, &names, p_name(p));
        Node *typ;
        if (names.len == 1 && TOK(p) == T_LBRACK) {
            typ = p_array_or_targs(p);
            if (typ->kind == N_INDEX) {
                /* embedded type T[P1, P2, ...] */
                typ->x = name;
                Node *tag = p_oliteral(p);
                add_field(p, fields, pos, NULL, typ, tag);
                break;
            }
        } else {
            typ = p_type_(p);
        }
        Node *tag = p_oliteral(p);
        for (int i = 0; i < names.len; i++)
            add_field(p, fields, names.items[i]->pos, names.items[i], typ, tag);
        break;
    }
    case T_MUL: {
        p_next(p);
        Node *typ;
        if (TOK(p) == T_LPAREN) {
            /* *(T) */
            p_syntax_error(p, "cannot parenthesize embedded type");
            p_next(p);
            typ = p_qualified_name(p, NULL);
            p_got(p, T_RPAREN);
        } else {
            typ = p_qualified_name(p, NULL);
        }
        Node *tag = p_oliteral(p);
        add_field(p, fields, pos, NULL, new_indirect(p, pos, typ), tag);
        break;
    }
    case T_LPAREN: {
        p_syntax_error(p, "cannot parenthesize embedded type");
        p_next(p);
        Node *typ;
        if (TOK(p) == T_MUL) {
            Pos spos = POS(p);
            p_next(p);
            typ = new_indirect(p, spos, p_qualified_name(p, NULL));
        } else {
            typ = p_qualified_name(p, NULL);
        }
        p_got(p, T_RPAREN);
        Node *tag = p_oliteral(p);
        add_field(p, fields, pos, NULL, typ, tag);
        break;
    }
    default:
        p_syntax_error(p, "expecting field name or embedded type");
        P_ADVANCE(p, T_SEMICOLON, T_RBRACE);
        break;
    }
}

/* p.list(context, _Semi, _Rbrace, f) for struct and interface bodies. */
static Pos semi_list(Parser *p, const char *context, void (*f)(Parser *, NVec *),
                     NVec *out) {
    while (TOK(p) != T_EOF && TOK(p) != T_RBRACE) {
        f(p, out);
        if (!p_got(p, T_SEMICOLON) && TOK(p) != T_RBRACE) {
            p_syntax_error(p, arena_printf(p->a,
                "in %s; possibly missing semicolon or newline or }", context));
            P_ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
            if (TOK(p) != T_RBRACE)
                return POS(p);
        }
    }
    Pos pos = POS(p);
    p_want(p, T_RBRACE);
    return pos;
}

static Node *p_struct_type(Parser *p) {
    Node *typ = new_node(p, N_STRUCTTYPE, POS(p));
    p_want(p, T_STRUCT);
    p_want(p, T_LBRACE);
    NVec fields = {0};
    typ->end = semi_list(p, "struct type", p_field_decl, &fields);
    typ->list = nvec_list(&fields);
    return typ;
}

static Node *p_embedded_term(Parser *p) {
    if (TOK(p) == T_TILDE) {
        Node *t = new_node(p, N_UNARY, POS(p));
        t->op = T_TILDE;
        p_next(p);
        t->x = p_type_(p);
        return t;
    }
    Node *t = p_type_or_nil(p);
    if (!t) {
        t = p_bad_expr(p);
        p_syntax_error(p, "expecting ~ term or type");
        P_ADVANCE(p, TK_OPERATOR, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
    }
    return t;
}

/* EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } . */
static Node *p_embedded_elem(Parser *p, Node *f) {
    if (!f) {
        f = new_node(p, N_FIELD, POS(p));
        f->embedded = true;
        f->type_ = p_embedded_term(p);
    }
    while (TOK(p) == T_OR) {
        Node *t = new_node(p, N_BINARY, POS(p));
        t->op = T_OR;
        p_next(p);
        t->x = f->type_;
        t->y = p_embedded_term(p);
        f->type_ = t;
    }
    return f;
}

static Node *p_method_decl(Parser *p) {
    Node *f = new_node(p, N_FIELD, POS(p));
    Node *name = p_name(p);
    const char *context = "interface method";
    switch (TOK(p)) {
    case T_LPAREN:
        f->name = name;
        f->type_ = p_func_type(p, context, NULL);
        break;
    case T_LBRACK: {
        /* Careful: not all interface elements are method declarations:
         * A[T] may be an embedded instantiated type. */
        Pos pos = POS(p);
        p_next(p);
        if (TOK(p) == T_RBRACK) {
            Pos rpos = POS(p);
            p_next(p);
            if (TOK(p) == T_LPAREN) {
                p_error_at(p, rpos, "empty type parameter list");
                f->name = name;
                f->type_ = p_func_type(p, context, NULL);
            } else {
                p_error_at(p, rpos, "empty type argument list");
                f->type_ = name;
            }
            break;
        }
        NodeList list = p_param_list(p, NULL, NULL, T_RBRACK, false);
        if (list.len == 0) {
            if (TOK(p) == T_LPAREN) {
                f->name = name;
                f->type_ = p_func_type(p, context, NULL);
            } else {
                f->type_ = name;
            }
            break;
        }
        if (list.items[0]->name) {
            /* generic method m[T any](...) */
            f->name = name;
            f->type_ = p_func_type(p, context, NULL);
            p_error_at(p, pos, "interface method must have no type parameters");
            break;
        }
        /* embedded instantiated type */
        Node *t = new_node(p, N_INDEX, pos);
        t->x = name;
        t->y = list.items[0]->type_;
        if (list.len > 1) {
            NVec v = {0};
            for (int i = 0; i < list.len; i++)
                nvec_push(p->a, &v, list.items[i]->type_);
            t->list = nvec_list(&v);
        }
        f->type_ = t;
        break;
    }
    default:
        /* embedded type */
        f->type_ = p_qualified_name(p, name);
        break;
    }
    return f;
}

static void p_interface_elem(Parser *p, NVec *out) {
    Node *f = NULL;
    if (TOK(p) == T_IDENT)
        f = p_method_decl(p);
    if (!f || !f->name)
        f = p_embedded_elem(p, f);
    f->embedded = f->name == NULL;
    nvec_push(p->a, out, f);
}

static Node *p_interface_type(Parser *p) {
    Node *typ = new_node(p, N_INTERFACETYPE, POS(p));
    p_want(p, T_INTERFACE);
    p_want(p, T_LBRACE);
    NVec elems = {0};
    typ->end = semi_list(p, "interface type", p_interface_elem, &elems);
    typ->list = nvec_list(&elems);
    return typ;
}

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type . */
static Node *p_param_decl_or_nil(Parser *p, Node *name, TokKind follow) {
    /* type set notation is ok in type parameter lists */
    bool type_sets_ok = follow == T_RBRACK;
    Pos pos = POS(p);
    if (name)
        pos = name->pos;
    else if (type_sets_ok && TOK(p) == T_TILDE)
        return p_embedded_elem(p, NULL); /* "~" ... */

    Node *f = new_node(p, N_FIELD, pos);
    if (TOK(p) == T_IDENT || name) {
        /* name */
        if (!name)
            name = p_name(p);
        if (TOK(p) == T_LBRACK) {
            /* name "[" ... */
            f->type_ = p_array_or_targs(p);
            if (f->type_->kind == N_INDEX)
                f->type_->x = name; /* name "[" ... "]" */
            else
                f->name = name;     /* name "[" n "]" E */
            if (type_sets_ok && TOK(p) == T_OR)
                f = p_embedded_elem(p, f);
            return f;
        }
        if (TOK(p) == T_PERIOD) {
            /* name "." ... */
            f->type_ = p_qualified_name(p, name);
            if (type_sets_ok && TOK(p) == T_OR)
                f = p_embedded_elem(p, f);
            return f;
        }
        if (type_sets_ok && TOK(p) == T_OR) {
            /* name "|" ... */
            f->type_ = name;
            return p_embedded_elem(p, f);
        }
        f->name = name;
    }
    if (TOK(p) == T_ELLIPSIS) {
        /* [name] "..." ... */
        Node *t = new_node(p, N_DOTS, POS(p));
        p_next(p);
        t->x = p_type_or_nil(p);
        if (!t->x) {
            t->x = p_bad_expr(p);
            p_syntax_error(p, "... is missing type");
        }
        f->type_ = t;
        return f;
    }
    if (type_sets_ok && TOK(p) == T_TILDE) {
        /* [name] "~" ... */
        f->type_ = p_embedded_elem(p, NULL)->type_;
        return f;
    }
    f->type_ = p_type_or_nil(p);
    if (type_sets_ok && TOK(p) == T_OR && f->type_)
        f = p_embedded_elem(p, f);
    if (f->name || f->type_)
        return f;
    p_syntax_error(p, arena_printf(p->a, "expecting %s", tokstring(follow)));
    P_ADVANCE(p, T_COMMA, follow);
    return NULL;
}

/* Position of the leftmost token of a type expression (gc's StartPos). */
static Pos start_pos(const Node *n) {
    for (;;) {
        switch (n->kind) {
        case N_SELECTOR: case N_INDEX: case N_SLICE: case N_TYPEASSERT:
        case N_CALL: case N_COMPOSITE:
            if (!n->x)
                return n->pos;
            n = n->x;
            break;
        case N_BINARY: case N_KEYVALUE:
            n = n->x;
            break;
        default:
            return n->pos;
        }
    }
}

/* A parameter list (a receiver, parameters, results or type parameters).
 * name and typ, when given, are the already-parsed first parameter. */
NodeList p_param_list(Parser *p, Node *name, Node *typ, TokKind close,
                      bool require_names) {
    /* p.list with ',' separators and close */
    if (name && typ && TOK(p) == close) {
        p_next(p);
        Node *par = new_node(p, N_FIELD, name->pos);
        par->name = name;
        par->type_ = typ;
        return list1(p->a, par);
    }
    NVec list = {0};
    int named = 0, typed = 0;
    Pos end;
    for (;;) {
        if (TOK(p) == T_EOF || TOK(p) == close) {
            end = POS(p);
            p_want(p, close);
            break;
        }
        Node *par;
        if (typ) {
            par = new_node(p, N_FIELD, name->pos);
            par->name = name;
            par->type_ = typ;
        } else {
            par = p_param_decl_or_nil(p, name, close);
        }
        name = NULL;
        typ = NULL;
        if (par) {
            if (par->name && par->type_)
                named++;
            if (par->type_)
                typed++;
            nvec_push(p->a, &list, par);
        }
        if (!p_got(p, T_COMMA) && TOK(p) != close) {
            p_syntax_error(p, arena_printf(p->a,
                "in parameter list; possibly missing comma or %s", tokstring(close)));
            P_ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
            if (TOK(p) != close) {
                end = POS(p);
                break;
            }
        }
    }
    if (list.len == 0)
        return (NodeList){0};

    /* distribute parameter types (len(list) > 0) */
    if (named == 0 && !require_names) {
        /* all unnamed => found names are named types */
        for (int i = 0; i < list.len; i++) {
            Node *par = list.items[i];
            if (par->name) {
                par->type_ = par->name;
                par->name = NULL;
            }
        }
    } else if (named != list.len) {
        /* some named => all must have names and types */
        Pos pos = {0};
        Node *t = NULL;
        for (int i = list.len - 1; i >= 0; i--) {
            Node *par = list.items[i];
            if (par->type_) {
                t = par->type_;
                if (!par->name) {
                    pos = start_pos(t);
                    par->name = new_name(p, pos, "_");
                }
            } else if (t) {
                par->type_ = t;
            } else {
                /* par.Type == nil && typ == nil => we only have a par.Name */
                pos = par->name->pos;
                Node *b = new_node(p, N_BAD, pos);
                par->type_ = b;
            }
        }
        if (pos.line) {
            const char *msg;
            if (require_names) {
                if (named == typed) {
                    pos = end; /* position error at closing ] */
                    msg = "missing type constraint";
                } else {
                    msg = "type parameters must be named";
                }
            } else {
                msg = "mixed named and unnamed parameters";
            }
            p_syntax_error_at(p, pos, msg);
        }
    }
    for (int i = 0; i < list.len; i++)
        list.items[i]->embedded = false;
    return nvec_list(&list);
}
