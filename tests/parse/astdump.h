/* astdump.h - print an AST the way tests/parse/gcdump prints gc's syntax
 * tree ("Type extra@line:col" per node, in syntax.Walk order), so node
 * positions can be compared with gc's on any file.  Our tree is mapped
 * back to gc's node types: N_RANGE is a ForStmt with a RangeClause, lists
 * of several expressions are ListExprs, N_STAR/N_UNARY/N_BINARY are
 * Operations, and so on. */
#ifndef ESC_TESTS_ASTDUMP_H
#define ESC_TESTS_ASTDUMP_H

#include <stdio.h>
#include <string.h>

#include "ast.h"
#include "lex.h"

static void astdump_node(FILE *out, const Node *n);

static void astdump_line(FILE *out, const char *type, const char *extra, Pos pos) {
    fprintf(out, "%s%s%s@%d:%d\n", type, extra ? " " : "", extra ? extra : "", pos.line,
            pos.col);
}

/* gc's exprList result: a ListExpr when there are several. */
static void astdump_exprs(FILE *out, NodeList l) {
    if (l.len > 1)
        astdump_line(out, "ListExpr", NULL, l.items[0]->pos);
    for (int i = 0; i < l.len; i++)
        astdump_node(out, l.items[i]);
}

static void astdump_each(FILE *out, NodeList l) {
    for (int i = 0; i < l.len; i++)
        astdump_node(out, l.items[i]);
}

static const char *astdump_op(TokKind op, char *buf) {
    TokKind base;
    if (op == T_ASSIGN)
        return "Operator(0)";
    if (op == T_DEFINE)
        return ":";
    if (op == T_INC)
        return "+";
    if (op == T_DEC)
        return "-";
    if (lex_is_assign_op(op, &base))
        op = base;
    strcpy(buf, tok_str(op));
    return buf;
}

static void astdump_node(FILE *out, const Node *n) {
    char buf[64];
    if (!n)
        return;
    switch (n->kind) {
    case N_FILE:
        astdump_line(out, "File", NULL, n->pos);
        astdump_node(out, n->name);
        astdump_each(out, n->list);
        break;
    case N_IMPORT:
        astdump_line(out, "ImportDecl", NULL, n->pos);
        astdump_node(out, n->name);
        astdump_node(out, n->x);
        break;
    case N_CONSTDECL: case N_VARDECL:
        astdump_line(out, n->kind == N_CONSTDECL ? "ConstDecl" : "VarDecl", NULL, n->pos);
        astdump_each(out, n->names);
        if (!n->implicit) {
            astdump_node(out, n->type_);
            astdump_exprs(out, n->values);
        }
        break;
    case N_TYPEDECL:
        astdump_line(out, "TypeDecl", NULL, n->pos);
        astdump_node(out, n->name);
        astdump_each(out, n->tparams);
        astdump_node(out, n->type_);
        break;
    case N_FUNCDECL:
        astdump_line(out, "FuncDecl", NULL, n->pos);
        astdump_node(out, n->recv);
        astdump_node(out, n->name);
        astdump_each(out, n->tparams);
        astdump_node(out, n->type_);
        astdump_node(out, n->body);
        break;
    case N_BAD: astdump_line(out, "BadExpr", NULL, n->pos); break;
    case N_NAME: astdump_line(out, "Name", n->lit, n->pos); break;
    case N_BASICLIT: astdump_line(out, "BasicLit", n->lit, n->pos); break;
    case N_COMPOSITE:
        astdump_line(out, "CompositeLit", NULL, n->pos);
        astdump_node(out, n->x);
        astdump_each(out, n->list);
        break;
    case N_KEYVALUE:
        astdump_line(out, "KeyValueExpr", NULL, n->pos);
        astdump_node(out, n->x);
        astdump_node(out, n->y);
        break;
    case N_FUNCLIT:
        astdump_line(out, "FuncLit", NULL, n->pos);
        astdump_node(out, n->type_);
        astdump_node(out, n->body);
        break;
    case N_PAREN:
        astdump_line(out, "ParenExpr", NULL, n->pos);
        astdump_node(out, n->x);
        break;
    case N_SELECTOR:
        astdump_line(out, "SelectorExpr", NULL, n->pos);
        astdump_node(out, n->x);
        astdump_node(out, n->name);
        break;
    case N_INDEX:
        astdump_line(out, "IndexExpr", NULL, n->pos);
        astdump_node(out, n->x);
        if (n->list.len > 1)
            astdump_exprs(out, n->list);
        else
            astdump_node(out, n->y);
        break;
    case N_SLICE:
        astdump_line(out, "SliceExpr", NULL, n->pos);
        astdump_node(out, n->x);
        astdump_node(out, n->y);
        astdump_node(out, n->z);
        astdump_node(out, n->w);
        break;
    case N_TYPEASSERT:
        astdump_line(out, n->type_ ? "AssertExpr" : "TypeSwitchGuard", NULL, n->pos);
        astdump_node(out, n->x);
        astdump_node(out, n->type_);
        break;
    case N_CALL:
        astdump_line(out, "CallExpr", NULL, n->pos);
        astdump_node(out, n->x);
        astdump_each(out, n->list);
        break;
    case N_STAR:
        astdump_line(out, "Operation", "*", n->pos);
        astdump_node(out, n->x);
        break;
    case N_UNARY: case N_BINARY:
        astdump_line(out, "Operation", tok_str(n->op), n->pos);
        astdump_node(out, n->x);
        astdump_node(out, n->y);
        break;
    case N_ARRAYTYPE:
        astdump_line(out, n->x ? "ArrayType" : "SliceType", NULL, n->pos);
        if (n->x && n->x->kind != N_DOTS)
            astdump_node(out, n->x);
        astdump_node(out, n->y);
        break;
    case N_DOTS:
        astdump_line(out, "DotsType", NULL, n->pos);
        astdump_node(out, n->x);
        break;
    case N_STRUCTTYPE:
        astdump_line(out, "StructType", NULL, n->pos);
        astdump_each(out, n->list);
        for (int i = 0; i < n->list.len; i++)
            astdump_node(out, n->list.items[i]->tag);
        break;
    case N_FIELD:
        astdump_line(out, "Field", NULL, n->pos);
        astdump_node(out, n->name);
        astdump_node(out, n->type_);
        break;
    case N_INTERFACETYPE:
        astdump_line(out, "InterfaceType", NULL, n->pos);
        astdump_each(out, n->list);
        break;
    case N_FUNCTYPE:
        astdump_line(out, "FuncType", NULL, n->pos);
        astdump_each(out, n->params);
        astdump_each(out, n->results);
        break;
    case N_MAPTYPE:
        astdump_line(out, "MapType", NULL, n->pos);
        astdump_node(out, n->x);
        astdump_node(out, n->y);
        break;
    case N_CHANTYPE:
        astdump_line(out, "ChanType", NULL, n->pos);
        astdump_node(out, n->x);
        break;
    case N_EMPTY: astdump_line(out, "EmptyStmt", NULL, n->pos); break;
    case N_LABELED:
        astdump_line(out, "LabeledStmt", NULL, n->pos);
        astdump_node(out, n->name);
        astdump_node(out, n->x);
        break;
    case N_BLOCK:
        astdump_line(out, "BlockStmt", NULL, n->pos);
        astdump_each(out, n->list);
        break;
    case N_EXPRSTMT:
        astdump_line(out, "ExprStmt", NULL, n->pos);
        astdump_node(out, n->x);
        break;
    case N_SEND:
        astdump_line(out, "SendStmt", NULL, n->pos);
        astdump_node(out, n->x);
        astdump_node(out, n->y);
        break;
    case N_DECLSTMT:
        astdump_line(out, "DeclStmt", NULL, n->pos);
        astdump_each(out, n->list);
        break;
    case N_ASSIGN:
        astdump_line(out, "AssignStmt", astdump_op(n->op, buf), n->pos);
        astdump_exprs(out, n->lhs);
        astdump_exprs(out, n->rhs);
        break;
    case N_INCDEC:
        astdump_line(out, "AssignStmt", astdump_op(n->op, buf), n->pos);
        astdump_node(out, n->x);
        break;
    case N_BRANCH:
        astdump_line(out, "BranchStmt", NULL, n->pos);
        astdump_node(out, n->name);
        break;
    case N_GO: case N_DEFER:
        astdump_line(out, "CallStmt", NULL, n->pos);
        astdump_node(out, n->x);
        break;
    case N_RETURN:
        astdump_line(out, "ReturnStmt", NULL, n->pos);
        astdump_exprs(out, n->list);
        break;
    case N_IF:
        astdump_line(out, "IfStmt", NULL, n->pos);
        astdump_node(out, n->init);
        astdump_node(out, n->cond);
        astdump_node(out, n->body);
        astdump_node(out, n->els);
        break;
    case N_FOR:
        astdump_line(out, "ForStmt", NULL, n->pos);
        astdump_node(out, n->init);
        astdump_node(out, n->cond);
        astdump_node(out, n->post);
        astdump_node(out, n->body);
        break;
    case N_RANGE:
        astdump_line(out, "ForStmt", NULL, n->pos);
        astdump_line(out, "RangeClause", NULL, n->pos2);
        astdump_exprs(out, n->lhs);
        astdump_node(out, n->x);
        astdump_node(out, n->body);
        break;
    case N_SWITCH:
        astdump_line(out, "SwitchStmt", NULL, n->pos);
        astdump_node(out, n->init);
        astdump_node(out, n->tag);
        astdump_each(out, n->list);
        break;
    case N_TYPESWITCH:
        astdump_line(out, "SwitchStmt", NULL, n->pos);
        astdump_node(out, n->init);
        astdump_line(out, "TypeSwitchGuard", NULL, n->pos2);
        astdump_node(out, n->name);
        astdump_node(out, n->x);
        astdump_each(out, n->list);
        break;
    case N_SELECT:
        astdump_line(out, "SelectStmt", NULL, n->pos);
        astdump_each(out, n->list);
        break;
    case N_CASE:
        astdump_line(out, "CaseClause", NULL, n->pos);
        astdump_exprs(out, n->list);
        if (n->body)
            astdump_each(out, n->body->list);
        break;
    case N_COMM:
        astdump_line(out, "CommClause", NULL, n->pos);
        astdump_node(out, n->x);
        if (n->body)
            astdump_each(out, n->body->list);
        break;
    default:
        astdump_line(out, "?", NULL, n->pos);
        break;
    }
}

#endif
