/* parse_stmt.c - statements, after syntax/parser.go. */
#include "parse_int.h"

#include "exprfmt.h"

#include <string.h>

static Node *p_stmt_or_nil(Parser *p);

/* A simple statement's result: gc returns either a RangeClause (only
 * after "for") or a SimpleStmt; here a RangeClause is an N_RANGE with no
 * body yet. */
static Node *new_assign(Parser *p, Pos pos, TokKind op, NodeList lhs, NodeList rhs) {
    Node *a = new_node(p, N_ASSIGN, pos);
    a->op = op;
    a->lhs = lhs;
    a->rhs = rhs;
    return a;
}

static Node *new_range_clause(Parser *p, NodeList lhs, bool def) {
    Node *r = new_node(p, N_RANGE, POS(p));
    r->pos2 = POS(p);
    p_next(p); /* consume range */
    r->lhs = lhs;
    r->op = lhs.len == 0 ? 0 : def ? T_DEFINE : T_ASSIGN;
    r->x = p_expr(p);
    return r;
}

static Node *expr_stmt(Parser *p, Node *x) {
    Node *s = new_node(p, N_EXPRSTMT, x->pos);
    s->x = x;
    return s;
}

/* keyword is T_FOR, T_SWITCH or 0; lhs may be given (lhs.len > 0). */
static Node *p_simple_stmt(Parser *p, NodeList lhs, TokKind keyword) {
    if (keyword == T_FOR && TOK(p) == T_RANGE)
        return new_range_clause(p, (NodeList){0}, false); /* for range x */
    if (lhs.len == 0)
        lhs = p_expr_list(p);

    if (lhs.len == 1 && TOK(p) != T_ASSIGN && TOK(p) != T_DEFINE) {
        /* expr */
        Pos pos = POS(p);
        Node *x = lhs.items[0];
        TokKind op;
        if (lex_is_assign_op(TOK(p), &op)) {
            /* lhs op= rhs */
            TokKind t = TOK(p);
            p_next(p);
            return new_assign(p, pos, t, lhs, list1(p->a, p_expr(p)));
        }
        switch (TOK(p)) {
        case T_INC: case T_DEC: {
            /* lhs++ or lhs-- */
            Node *s = new_node(p, N_INCDEC, pos);
            s->op = TOK(p);
            p_next(p);
            s->x = x;
            return s;
        }
        case T_ARROW: {
            /* lhs <- rhs */
            Node *s = new_node(p, N_SEND, pos);
            p_next(p);
            s->x = x;
            s->y = p_expr(p);
            return s;
        }
        default:
            return expr_stmt(p, x);
        }
    }

    /* expr_list */
    switch (TOK(p)) {
    case T_ASSIGN: case T_DEFINE: {
        Pos pos = POS(p);
        TokKind op = TOK(p);
        p_next(p);
        if (keyword == T_FOR && TOK(p) == T_RANGE)
            /* expr_list op= _Range expr */
            return new_range_clause(p, lhs, op == T_DEFINE);
        /* expr_list op= expr_list */
        NodeList rhs = p_expr_list(p);
        if (rhs.len == 1 && rhs.items[0]->kind == N_TYPEASSERT &&
            !rhs.items[0]->type_ && keyword == T_SWITCH && op == T_DEFINE &&
            lhs.len == 1 && lhs.items[0]->kind == N_NAME) {
            /* switch x := y.(type): the guard carries the name */
            Node *s = expr_stmt(p, rhs.items[0]);
            s->name = lhs.items[0];
            return s;
        }
        return new_assign(p, pos, op, lhs, rhs);
    }
    default:
        p_syntax_error(p, "expecting := or = or comma");
        P_ADVANCE(p, T_SEMICOLON, T_RBRACE);
        /* make the best of what we have */
        return expr_stmt(p, lhs.items[0]);
    }
}

static Node *p_labeled_stmt_or_nil(Parser *p, Node *label) {
    Node *s = new_node(p, N_LABELED, POS(p));
    s->name = label;
    p_want(p, T_COLON);
    if (TOK(p) == T_RBRACE) {
        /* We expect a statement (incl. an empty statement), which must be
         * terminated by a semicolon - we may omit the semicolon if the
         * statement is followed by a '}'. */
        s->x = new_node(p, N_EMPTY, POS(p));
        return s;
    }
    s->x = p_stmt_or_nil(p);
    if (s->x)
        return s;
    /* report error at line of ':' token */
    p_syntax_error_at(p, s->pos, "missing statement after label");
    return NULL;
}

Node *p_block_stmt(Parser *p, const char *context) {
    Node *s = new_node(p, N_BLOCK, POS(p));
    if (!p_enter(p)) {
        p_leave(p);
        return s;
    }
    /* people coming from C may forget that braces are mandatory in Go */
    if (!p_got(p, T_LBRACE)) {
        p_syntax_error(p, arena_printf(p->a, "expecting { after %s", context));
        P_ADVANCE(p, T_IDENT, T_RBRACE);
        s->end = POS(p); /* in case we found "}" */
        if (p_got(p, T_RBRACE)) {
            p_leave(p);
            return s;
        }
    }
    s->list = p_stmt_list(p);
    s->end = POS(p);
    p_want(p, T_RBRACE);
    p_leave(p);
    return s;
}

static Node *p_decl_stmt(Parser *p, DeclFn f) {
    Node *s = new_node(p, N_DECLSTMT, POS(p));
    p_next(p); /* _Const, _Type, or _Var */
    NVec decls = {0};
    p_append_group(p, &decls, f);
    s->list = nvec_list(&decls);
    s->decl = decls.len ? decls.items[0] : NULL;
    return s;
}

/* A short printed form of a simple statement for "cannot use ... as
 * value" (gc's syntax.String). */
/* (expr_fmt_syntax: exprfmt.h) */

static const char *stmt_string(Parser *p, const Node *s) {
    switch (s->kind) {
    case N_ASSIGN: {
        const char *l = "", *r = "";
        for (int i = 0; i < s->lhs.len; i++)
            l = arena_printf(p->a, "%s%s%s", l, i ? ", " : "",
                             expr_fmt_syntax(p->a, s->lhs.items[i]));
        for (int i = 0; i < s->rhs.len; i++)
            r = arena_printf(p->a, "%s%s%s", r, i ? ", " : "",
                             expr_fmt_syntax(p->a, s->rhs.items[i]));
        if (s->op == T_ASSIGN)
            return arena_printf(p->a, "assignment (%s) = (%s)", l, r);
        return arena_printf(p->a, "%s %s %s", l, tok_str(s->op), r);
    }
    case N_INCDEC:
        return arena_printf(p->a, "%s%s", expr_fmt_syntax(p->a, s->x), tok_str(s->op));
    case N_SEND:
        return arena_printf(p->a, "%s <- %s", expr_fmt_syntax(p->a, s->x),
                            expr_fmt_syntax(p->a, s->y));
    default:
        return "statement";
    }
}

/* header parses "init; cond; post" of if/for/switch.  For a range clause
 * *init is the N_RANGE. */
static void p_header(Parser *p, TokKind keyword, Node **init, Node **cond, Node **post) {
    *init = *cond = *post = NULL;
    p_want(p, keyword);
    if (TOK(p) == T_LBRACE) {
        if (keyword == T_IF) {
            p_syntax_error(p, "missing condition in if statement");
            *cond = p_bad_expr(p);
        }
        return;
    }
    /* TOK(p) != T_LBRACE */
    int outer = p->xnest;
    p->xnest = -1;

    if (TOK(p) != T_SEMICOLON) {
        /* accept potential varDecl but complain */
        if (p_got(p, T_VAR))
            p_syntax_error(p, arena_printf(p->a, "var declaration not allowed in %s initializer",
                                           tokstring(keyword)));
        *init = p_simple_stmt(p, (NodeList){0}, keyword);
        /* If we have a range clause, we are done (can only happen for keyword == _For). */
        if ((*init)->kind == N_RANGE) {
            p->xnest = outer;
            return;
        }
    }

    Node *cond_stmt = NULL;
    Pos semi_pos = {0};
    const char *semi_lit = NULL;
    if (TOK(p) != T_LBRACE) {
        if (TOK(p) == T_SEMICOLON) {
            semi_pos = POS(p);
            semi_lit = p->lx.tok.lit;
            p_next(p);
        } else {
            /* asking for a '{' rather than a ';' here leads to a better error message */
            p_want(p, T_LBRACE);
            if (TOK(p) != T_LBRACE)
                P_ADVANCE(p, T_LBRACE, T_RBRACE); /* for better synchronization */
        }
        if (keyword == T_FOR) {
            if (TOK(p) != T_SEMICOLON) {
                if (TOK(p) == T_LBRACE) {
                    p_syntax_error(p, "expecting for loop condition");
                    goto done;
                }
                cond_stmt = p_simple_stmt(p, (NodeList){0}, 0);
            }
            p_want(p, T_SEMICOLON);
            if (TOK(p) != T_LBRACE) {
                *post = p_simple_stmt(p, (NodeList){0}, 0);
                if ((*post)->kind == N_ASSIGN && (*post)->op == T_DEFINE)
                    p_syntax_error_at(p, (*post)->pos,
                                      "cannot declare in post statement of for loop");
            }
        } else if (TOK(p) != T_LBRACE) {
            cond_stmt = p_simple_stmt(p, (NodeList){0}, keyword);
        }
    } else {
        cond_stmt = *init;
        *init = NULL;
    }

done:
    /* unpack cond_stmt */
    if (!cond_stmt) {
        if (keyword == T_IF && semi_pos.line) {
            if (strcmp(semi_lit, "semicolon") != 0)
                p_syntax_error_at(p, semi_pos, arena_printf(p->a,
                    "unexpected %s, expecting { after if clause", semi_lit));
            else
                p_syntax_error_at(p, semi_pos, "missing condition in if statement");
            *cond = new_node(p, N_BAD, semi_pos);
        }
    } else if (cond_stmt->kind == N_EXPRSTMT) {
        *cond = cond_stmt;   /* unwrapped by the caller (keeps a guard's name) */
    } else {
        p_syntax_error_at(p, cond_stmt->pos, arena_printf(p->a, "cannot use %s as value",
                                                          stmt_string(p, cond_stmt)));
    }
    p->xnest = outer;
}

static Node *unwrap_cond(Node *c) {
    return c && c->kind == N_EXPRSTMT ? c->x : c;
}

static Node *p_for_stmt(Parser *p) {
    Pos pos = POS(p);
    Node *init, *cond, *post;
    p_header(p, T_FOR, &init, &cond, &post);
    Node *s;
    if (init && init->kind == N_RANGE) {
        s = init;
        s->pos = pos;
    } else {
        s = new_node(p, N_FOR, pos);
        s->init = init;
        s->cond = unwrap_cond(cond);
        s->post = post;
    }
    s->body = p_block_stmt(p, "for clause");
    return s;
}

static Node *p_if_stmt(Parser *p) {
    if (!p_enter(p)) {
        p_leave(p);
        return new_node(p, N_EMPTY, POS(p));
    }
    Node *s = new_node(p, N_IF, POS(p));
    Node *post;
    p_header(p, T_IF, &s->init, &s->cond, &post);
    s->cond = unwrap_cond(s->cond);
    s->body = p_block_stmt(p, "if clause");
    if (p_got(p, T_ELSE)) {
        switch (TOK(p)) {
        case T_IF:
            s->els = p_if_stmt(p);
            break;
        case T_LBRACE:
            s->els = p_block_stmt(p, "");
            break;
        default:
            p_syntax_error(p, "else must be followed by if or statement block");
            P_ADVANCE(p, T_IDENT, T_RBRACE);
            break;
        }
    }
    p_leave(p);
    return s;
}

static Node *p_case_clause(Parser *p) {
    Node *c = new_node(p, N_CASE, POS(p));
    switch (TOK(p)) {
    case T_CASE:
        p_next(p);
        c->list = p_expr_list(p);
        break;
    case T_DEFAULT:
        p_next(p);
        c->isdefault = true;
        break;
    default:
        p_syntax_error(p, "expecting case or default or }");
        P_ADVANCE(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
        break;
    }
    c->body = new_node(p, N_BLOCK, POS(p));
    p_want(p, T_COLON);
    c->body->list = p_stmt_list(p);
    c->body->end = POS(p);
    return c;
}

static Node *p_comm_clause(Parser *p) {
    Node *c = new_node(p, N_COMM, POS(p));
    switch (TOK(p)) {
    case T_CASE:
        p_next(p);
        c->x = p_simple_stmt(p, (NodeList){0}, 0);
        /* The syntax restricts the possible simple statements here to:
         *     lhs <- x (send statement)
         *     <-x
         *     lhs = <-x
         *     lhs := <-x
         * All these (and more) are recognized by simpleStmt and invalid
         * syntax trees are flagged later, during type checking. */
        break;
    case T_DEFAULT:
        p_next(p);
        c->isdefault = true;
        break;
    default:
        p_syntax_error(p, "expecting case or default or }");
        P_ADVANCE(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
        break;
    }
    c->body = new_node(p, N_BLOCK, POS(p));
    p_want(p, T_COLON);
    c->body->list = p_stmt_list(p);
    c->body->end = POS(p);
    return c;
}

static Node *p_switch_stmt(Parser *p) {
    Node *s = new_node(p, N_SWITCH, POS(p));
    Node *init, *tag, *post;
    p_header(p, T_SWITCH, &init, &tag, &post);
    s->init = init;
    if (tag && tag->kind == N_EXPRSTMT) {
        Node *x = tag->x;
        if (x->kind == N_TYPEASSERT && !x->type_) {
            s->kind = N_TYPESWITCH;
            s->name = tag->name;
            s->x = x->x;
            s->pos2 = x->pos;
        } else {
            s->tag = x;
        }
    } else {
        s->tag = tag;
    }
    if (!p_got(p, T_LBRACE)) {
        p_syntax_error(p, "missing { after switch clause");
        P_ADVANCE(p, T_CASE, T_DEFAULT, T_RBRACE);
    }
    NVec cases = {0};
    while (TOK(p) != T_EOF && TOK(p) != T_RBRACE)
        nvec_push(p->a, &cases, p_case_clause(p));
    s->list = nvec_list(&cases);
    s->end = POS(p);
    p_want(p, T_RBRACE);
    return s;
}

static Node *p_select_stmt(Parser *p) {
    Node *s = new_node(p, N_SELECT, POS(p));
    p_want(p, T_SELECT);
    if (!p_got(p, T_LBRACE)) {
        p_syntax_error(p, "missing { after select clause");
        P_ADVANCE(p, T_CASE, T_DEFAULT, T_RBRACE);
    }
    NVec cases = {0};
    while (TOK(p) != T_EOF && TOK(p) != T_RBRACE)
        nvec_push(p->a, &cases, p_comm_clause(p));
    s->list = nvec_list(&cases);
    s->end = POS(p);
    p_want(p, T_RBRACE);
    return s;
}

static Node *p_call_stmt(Parser *p) {
    Node *s = new_node(p, TOK(p) == T_GO ? N_GO : N_DEFER, POS(p));
    const char *kw = tok_str(TOK(p));
    p_next(p);
    Node *x = p_pexpr(p, NULL, TOK(p) == T_LPAREN); /* keep_parens so we can report error below */
    Node *t = unparen(x);
    if (t != x) {
        p_error_at(p, x->pos, arena_printf(p->a, "expression in %s must not be parenthesized", kw));
        /* already progressed, no need to advance */
        x = t;
    }
    if (x->kind != N_CALL) {
        p_error_at(p, x->pos, arena_printf(p->a, "expression in %s must be function call", kw));
        /* already progressed, no need to advance */
        Node *cx = new_node(p, N_CALL, x->pos);
        cx->x = x; /* assume common error of missing parentheses (function invocation) */
        x = cx;
    }
    s->x = x;
    return s;
}

/* Statement or nil: nil means "no statement here" (an empty statement is
 * an N_EMPTY). */
static Node *stmt_or_nil(Parser *p) {
    /* Most statements (assignments) start with an identifier; look for
     * it first before doing anything more expensive. */
    if (TOK(p) == T_IDENT) {
        p_clear_pragma(p);
        NodeList lhs = p_expr_list(p);
        if (lhs.len == 1 && lhs.items[0]->kind == N_NAME && TOK(p) == T_COLON)
            return p_labeled_stmt_or_nil(p, lhs.items[0]);
        return p_simple_stmt(p, lhs, 0);
    }
    switch (TOK(p)) {
    case T_VAR: return p_decl_stmt(p, p_var_decl);
    case T_CONST: return p_decl_stmt(p, p_const_decl);
    case T_TYPE: return p_decl_stmt(p, p_type_decl);
    default: break;
    }
    p_clear_pragma(p);
    switch (TOK(p)) {
    case T_LBRACE:
        return p_block_stmt(p, "");
    case T_ADD: case T_SUB: case T_MUL: case T_AND: case T_XOR: case T_NOT:
        return p_simple_stmt(p, (NodeList){0}, 0); /* unary operators */
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
    case T_FUNC: case T_LPAREN: /* operands */
    case T_LBRACK: case T_STRUCT: case T_MAP: case T_CHAN: case T_INTERFACE: /* composite types */
    case T_ARROW: /* receive operator */
        return p_simple_stmt(p, (NodeList){0}, 0);
    case T_FOR:
        return p_for_stmt(p);
    case T_SWITCH:
        return p_switch_stmt(p);
    case T_SELECT:
        return p_select_stmt(p);
    case T_IF:
        return p_if_stmt(p);
    case T_FALLTHROUGH: {
        Node *s = new_node(p, N_BRANCH, POS(p));
        p_next(p);
        s->op = T_FALLTHROUGH;
        return s;
    }
    case T_BREAK: case T_CONTINUE: {
        Node *s = new_node(p, N_BRANCH, POS(p));
        s->op = TOK(p);
        p_next(p);
        if (TOK(p) == T_IDENT)
            s->name = p_name(p);
        return s;
    }
    case T_GO: case T_DEFER:
        return p_call_stmt(p);
    case T_GOTO: {
        Node *s = new_node(p, N_BRANCH, POS(p));
        s->op = T_GOTO;
        p_next(p);
        s->name = p_name(p);
        return s;
    }
    case T_RETURN: {
        Node *s = new_node(p, N_RETURN, POS(p));
        p_next(p);
        if (TOK(p) != T_SEMICOLON && TOK(p) != T_RBRACE)
            s->list = p_expr_list(p);
        return s;
    }
    case T_SEMICOLON:
        return new_node(p, N_EMPTY, POS(p));
    default:
        return NULL;
    }
}

static Node *p_stmt_or_nil(Parser *p) {
    if (!p_enter(p)) {
        p_leave(p);
        return NULL;
    }
    Node *s = stmt_or_nil(p);
    p_leave(p);
    return s;
}

NodeList p_stmt_list(Parser *p) {
    NVec l = {0};
    while (TOK(p) != T_EOF && TOK(p) != T_RBRACE && TOK(p) != T_CASE &&
           TOK(p) != T_DEFAULT) {
        Node *s = p_stmt_or_nil(p);
        p_clear_pragma(p);
        if (!s)
            break;
        /* A guard statement outside a switch header is an ExprStmt whose
         * name was set only in a switch header; nothing else to fix. */
        nvec_push(p->a, &l, s);
        /* ";" is optional before "}" */
        if (!p_got(p, T_SEMICOLON) && TOK(p) != T_RBRACE) {
            p_syntax_error(p, "at end of statement");
            P_ADVANCE(p, T_SEMICOLON, T_RBRACE, T_CASE, T_DEFAULT);
            p_got(p, T_SEMICOLON); /* avoid spurious empty statement */
        }
    }
    return nvec_list(&l);
}
