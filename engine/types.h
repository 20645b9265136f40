/* types.h - Go types, declared entities (Obj), scopes, and the universe.
 *
 * Representation follows gc (cmd/compile/internal/types) rather than
 * types2: a defined type has the kind of its underlying type (a
 * `type Celsius float64` is a TY_FLOAT64 whose obj names it), so later
 * stages switch on t->kind without unwrapping.  Two types are identical when
 * they are the same pointer, or both unnamed and structurally identical
 * (type_identical).  Predeclared types (int, string, error...) are named
 * too: their obj lives in the universe scope.
 *
 * Sizes and alignments are gc's for amd64 (types/size.go): int and
 * pointers 8 bytes, string 16, slice 24, interface 16, map/chan/func one
 * pointer, structs laid out in order with padding and a trailing pad byte
 * when the last field has size 0 (a zero-size final field must not point
 * past the object).  Escape analysis compares these with 64 KiB / 10 MiB /
 * 128 bytes.
 *
 * Everything lives in the Arena of one analysis; the universe is built per
 * analysis too (engine/ has no global mutable state).
 */
#ifndef ESC_TYPES_H
#define ESC_TYPES_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "const.h"

typedef struct Scope Scope;
typedef struct Package Package;
typedef struct Universe Universe;

typedef enum TypeKind {
    TY_INVALID,        /* an error was reported; absorbs further errors */
    /* basic types: order matters (integer range, then floats...) */
    TY_BOOL,
    TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
    TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
    TY_FLOAT32, TY_FLOAT64,
    TY_COMPLEX64, TY_COMPLEX128,
    TY_STRING,
    TY_UNSAFEPTR,
    /* untyped constant kinds (types of untyped expressions) */
    TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
    TY_UNTYPED_COMPLEX, TY_UNTYPED_STRING, TY_UNTYPED_NIL,
    /* composite */
    TY_PTR,            /* elem */
    TY_ARRAY,          /* elem, len */
    TY_SLICE,          /* elem */
    TY_MAP,            /* key, elem */
    TY_CHAN,           /* elem, chandir */
    TY_STRUCT,         /* fields */
    TY_FUNC,           /* recv, params, results, variadic */
    TY_INTERFACE,      /* methods (all, incl. embedded, sorted by name) */
    TY_TUPLE,          /* multiple results of a call: fields */
    TY_NKINDS
} TypeKind;

enum { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 };  /* as Node.chandir */

struct Type {
    TypeKind kind;
    Obj *obj;          /* OBJ_TYPE naming a defined/predeclared type, else NULL */
    Type *elem;        /* PTR ARRAY SLICE MAP(value) CHAN */
    Type *key;         /* MAP */
    int64_t len;       /* ARRAY; -1 while [...]T is being resolved */
    int chandir;       /* CHAN */

    /* STRUCT fields, FUNC params/results, TUPLE elements: OBJ_VAR objs
     * (struct fields have OBJF_FIELD and an offset). */
    Obj **fields;  int nfields;
    Obj **params;  int nparams;
    Obj **results; int nresults;
    Obj *recv;         /* FUNC: method receiver (OBJ_VAR) or NULL */
    bool variadic;     /* FUNC: last param is ...T (its type is []T) */

    /* Methods: for a defined type, the methods declared on it (OBJ_FUNC,
     * in declaration order); for an interface, its whole method set
     * (OBJ_FUNC with no body, sorted by name as gc sorts them).
     * Use type_lookup_method / selection_lookup, not these directly. */
    Obj **methods; int nmethods; int capmethods;
    Obj **imethods; int nimethods; /* INTERFACE: explicitly declared, sorted */
    Type **embeds; int nembeds;   /* INTERFACE: embedded interfaces */
    bool complete;                /* INTERFACE: methods computed */

    /* A defined type's underlying type (for unnamed types: itself).  For a
     * defined type the fields above are copies of the underlying's. */
    Type *under;

    /* Layout, computed on demand by type_size/type_align. */
    int64_t size;
    int64_t align;
    int8_t sizestate;  /* 0 = not yet, 1 = computing (cycle), 2 = done */
    int8_t haspointers;  /* 0 unknown, 1 no, 2 yes */
    bool resolving;    /* defined type whose declaration is being checked */
    bool broke;        /* invalid recursive type; reported once */
    bool isany;        /* the universe's `any` (printed "any", not "interface{}") */

    Type *ptrto;       /* cache: *T */
    Type *sliceof;     /* cache: []T */
};

typedef enum ObjKind {
    OBJ_BAD,
    OBJ_CONST,
    OBJ_TYPE,
    OBJ_VAR,           /* variable, parameter, result, struct field */
    OBJ_FUNC,          /* function or method */
    OBJ_PKG,           /* imported package name (file scope) */
    OBJ_BUILTIN,       /* len, append, ... (builtin field says which) */
    OBJ_NIL,
    OBJ_LABEL,
} ObjKind;

enum {
    OBJF_PARAM      = 1 << 0,   /* function parameter (or receiver) */
    OBJF_RESULT     = 1 << 1,   /* named or unnamed result (~r0) */
    OBJF_RECV       = 1 << 2,   /* method receiver */
    OBJF_FIELD      = 1 << 3,   /* struct field */
    OBJF_EMBEDDED   = 1 << 4,   /* embedded struct field */
    OBJF_USED       = 1 << 5,   /* referenced (for "declared but not used") */
    OBJF_GLOBAL     = 1 << 6,   /* package-level */
    OBJF_METHOD     = 1 << 7,   /* OBJ_FUNC with a receiver */
    OBJF_PTRRECV    = 1 << 8,   /* method with a pointer receiver */
    OBJF_IMETHOD    = 1 << 9,   /* interface method (no body) */
    OBJF_UNNAMED    = 1 << 10,  /* param/result declared without a name */
    OBJF_BLANK      = 1 << 11,  /* named "_" */
    OBJF_ASSIGNED   = 1 << 12,  /* assigned after declaration (x = ..., x++...) */
    OBJF_ADDRTAKEN  = 1 << 13,  /* &x appears (explicitly or implicitly) */
    OBJF_CAPTURED   = 1 << 14,  /* referenced from a closure nested in its func */
    OBJF_STD        = 1 << 15,  /* declared in a standard-library stub */
    OBJF_TYPESWITCH = 1 << 16,  /* the symbolic var of `switch v := x.(type)` */
    OBJF_VARIADIC   = 1 << 17,  /* the ...T parameter */
    OBJF_BODYDONE   = 1 << 19,  /* std func whose body has been checked (chk_std_body) */
    OBJF_INLVAR     = 1 << 18,  /* made by the inliner (params, results, locals of a copied body) */
    OBJF_AUTOTMP    = 1 << 20,  /* a compiler temporary .autotmp_N (typecheck, inliner, escape) */
};

/* Built-in functions (Obj.builtin). */
typedef enum Builtin {
    BI_NONE,
    BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG,
    BI_LEN, BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL,
    BI_RECOVER,
    /* package unsafe */
    BI_ALIGNOF, BI_OFFSETOF, BI_SIZEOF, BI_ADD, BI_SLICE,
    BI_NBUILTINS
} Builtin;

/* Fields ordered to leave no padding: an analysis makes ~1 Obj per source
 * line (and the inliner copies them). */
struct Obj {
    ObjKind kind;
    unsigned flags;      /* OBJF_* */
    const char *name;
    Pos pos;             /* position of the declaring identifier */
    Type *type;          /* OBJ_TYPE: the type it names */
    Package *pkg;        /* NULL for universe objects */

    Node *decl;          /* OBJ_FUNC: its N_FUNCDECL (body may be NULL for
                          * std stubs without inline body); OBJ_VAR/CONST:
                          * the declaring N_NAME; OBJ_TYPE: N_TYPEDECL */
    Node *fn;            /* OBJ_VAR: the N_FUNCDECL or N_FUNCLIT declaring it,
                          * NULL for globals and fields */
    Const *val;          /* OBJ_CONST: its value; NULL until known (or
                          * erroneous), read through obj_const */
    Builtin builtin;     /* OBJ_BUILTIN */
    int index;           /* field / parameter / result / method index */
    Package *imported;   /* OBJ_PKG: the package it names */
    int64_t offset;      /* struct field: byte offset */
    const char *tag;     /* struct field tag (unquoted) or NULL */
    const char *esc;     /* std OBJ_FUNC: the //esc: lines (escape tags as
                          * gc computed them), newline-separated, or NULL */
    Obj *scope_next;     /* chain inside a Scope bucket */
    Node *spec;          /* package-level: the declaring spec (checker) */
    int8_t state;        /* package-level: 0 unchecked, 1 checking, 2 done */
    int order;           /* package-level declaration order (init order) */
    PtrVec mdecls;       /* OBJ_TYPE: its N_FUNCDECL methods (checker) */
    struct GenObj *gen;  /* generics (check_generic.c): an instantiated type's
                          * or its method's origin, else NULL */
    const char *srcfile; /* a method wrapper's copy of a std method's parameter:
                          * the GOROOT file gc prints pos in
                          * ("$GOROOT/src/net/http/server.go"), else NULL */
};

/* A lexical scope: hash table of Obj by name, with a parent chain.
 * Lookup is O(depth) with O(1) per scope. */
struct Scope {
    Scope *parent;
    Obj **buckets;
    int nbuckets;        /* power of two */
    int count;
    Node *fn;            /* innermost enclosing function (N_FUNCDECL/N_FUNCLIT) */
    bool is_func;        /* the outermost scope of a function body */
    bool is_file;
    bool is_pkg;
};

struct Package {
    const char *path;    /* "main", "fmt", "encoding/json" */
    const char *name;    /* "main", "fmt", "json" */
    Scope *scope;        /* package scope (parent: universe) */
    Scope *filescope;    /* imports of its (single) file */
    File *file;
    bool std;            /* a standard-library stub */
    bool checked;
    bool checking;
    bool fake;           /* stands in for an import that failed (reported) */
    bool deferred;       /* stands in for a std stub's import not loaded yet
                          * (std_import_lazy): chk_pkg_load loads it */
    PtrVec objs;         /* package-level objects in declaration order */
    PtrVec dicttypes;    /* Type*: instantiated constraint interfaces that
                          * generic dictionaries reference, and instantiated
                          * types whose itabs they hold (check_generic.c);
                          * gc writes their descriptors and wrappers */
    PtrVec dictifaces;   /* Type*: unnamed constraint interfaces mentioning
                          * type parameters (PT interface{ *T; M() }),
                          * instantiated: written after the file's types */
    PtrVec dictitabs;    /* Type*: the concrete types (T or *T) whose itabs
                          * the dictionaries hold, in the order stencil's
                          * finalizeSyms writes them (with their wrappers and
                          * type..eq functions, before inlining) */
    struct Program *prog;  /* std: the Program it was loaded into, which
                            * checks its function bodies on first use
                            * (chk_std_body) */
};

/* The predeclared world, one per analysis. */
struct Universe {
    Scope *scope;
    Type *types[TY_NKINDS];   /* basic and untyped kinds by TypeKind */
    Type *byte_, *rune_;      /* aliases: same Type as uint8 / int32 */
    Type *error_;             /* interface{ Error() string } named "error" */
    Type *any_;               /* interface{} (alias "any") */
    Type *eface_;             /* interface{} as gc's types.Types[TINTER]: panic's
                                 argument, recover's result; never printed "any" */
    Type *invalid;
    Obj *nil_;
    Package *unsafe;          /* the built-in package "unsafe" */
    Arena *arena;
};

/* ----------------------------------------------------------- universe */

Universe *universe_new(Arena *a);

/* ---------------------------------------------------------------- scopes */

Scope *scope_new(Arena *a, Scope *parent);
/* Insert; returns the existing Obj of that name in this scope (and does not
 * insert) or NULL. */
Obj *scope_insert(Arena *a, Scope *s, Obj *o);
Obj *scope_lookup_local(const Scope *s, const char *name);
Obj *scope_lookup(const Scope *s, const char *name, const Scope **found);

Obj *obj_new(Arena *a, ObjKind k, const char *name, Pos pos, Type *t);
/* An OBJ_CONST's value (CK_UNKNOWN if not known). */
static inline Const obj_const(const Obj *o) {
    return o->val ? *o->val : (Const){0};
}
/* Set flags f on o, writing only when one is missing: the checker marks
 * the std and universe objects it uses, which a StdCache (analyze.h)
 * shares read-only between analyses once they are marked. */
static inline void obj_flag(Obj *o, unsigned f) {
    if ((o->flags & f) != f)
        o->flags |= f;
}

/* ---------------------------------------------------------------- types */

Type *type_new(Arena *a, TypeKind k);
/* What a call of signature sig yields: NULL for no results, the result's
 * type for one, a new tuple for several (shared by the checker and the
 * wrappers the inliner builds). */
Type *type_call_result(Arena *a, const Type *sig);
Type *type_ptr(Arena *a, Type *elem);       /* cached */
Type *type_slice(Arena *a, Type *elem);     /* cached */
Type *type_array(Arena *a, Type *elem, int64_t len);
Type *type_map(Arena *a, Type *key, Type *elem);
Type *type_chan(Arena *a, Type *elem, int dir);
/* A defined type named by obj; set its underlying with type_set_underlying. */
Type *type_named(Arena *a, Obj *obj);
void type_set_underlying(Type *named, Type *under);
/* Add a method to a defined type. */
void type_add_method(Arena *a, Type *t, Obj *m);
/* Build an interface's full method set from its own methods and embeds.
 * Returns false on a duplicate method (dup set to its name). */
bool type_complete_interface(Arena *a, Type *iface, const char **dup);

static inline Type *type_under(Type *t) { return t && t->under ? t->under : t; }
static inline bool type_is_named(const Type *t) { return t && t->obj; }

bool type_is_integer(const Type *t);    /* incl. untyped int/rune */
bool type_is_unsigned(const Type *t);
bool type_is_float(const Type *t);
bool type_is_complex(const Type *t);
bool type_is_numeric(const Type *t);
bool type_is_string(const Type *t);
bool type_is_boolean(const Type *t);
/* Inline: the checker asks these of nearly every operand. */
static inline bool type_is_untyped(const Type *t) {
    return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}
static inline bool type_is_interface(const Type *t) { return t && t->kind == TY_INTERFACE; }
bool type_is_basic(const Type *t);      /* bool..unsafe.Pointer, untyped */
bool type_is_const_type(const Type *t); /* boolean, numeric or string */
bool type_is_ordered(const Type *t);    /* < <= > >= */
bool type_is_empty_interface(const Type *t);
bool type_comparable(const Type *t);    /* == on values of t */
bool type_has_nil(const Type *t);       /* ptr slice map chan func iface unsafe.Pointer */
/* The default type of an untyped kind (int, rune=int32, float64...). */
Type *type_default(const Universe *u, Type *t);

bool type_identical(const Type *x, const Type *y);
/* gc's layout for amd64. */
int64_t type_size(Type *t);
int64_t type_align(Type *t);
/* Whether values of t contain pointers (gc's HasPointers). */
bool type_has_pointers(Type *t);

/* Type as types2 prints it in messages: "int", "[]string", "*main.T"
 * (qualified unless pkg is the package being checked, then "T"),
 * "struct{x int}", "func(a int) string", "interface{M()}". */
const char *type_string(Arena *a, const Type *t, const Package *local);

/* ----------------------------------------------------------- method sets */

/* Result of looking up x.name (types2's LookupFieldOrMethod). */
typedef struct Selection {
    Obj *obj;            /* field (OBJ_VAR) or method (OBJ_FUNC); NULL if none */
    int path[16];        /* embedded field indices traversed before obj */
    int depth;           /* number of entries in path */
    bool indirect;       /* a pointer was dereferenced along the way */
    bool ambiguous;      /* ambiguous selector at the shallowest depth */
    bool ptr_recv_needed;/* method has pointer receiver but x not a pointer */
} Selection;

/* Look up field or method name in T (addressable: whether &x is allowed). */
Selection selection_lookup(Type *t, const char *name, Package *pkg);
/* Whether type t (with value or pointer receivers per t being *T) has every
 * method of interface iface.  On failure *missing names the first missing
 * method and *wrongptr tells it exists only with a pointer receiver. */
bool type_implements(Type *t, Type *iface, Obj **missing, bool *wrongptr,
                     Obj **have);
/* Method set lookup for named type (and promoted methods via embedding). */
Obj *type_lookup_method(Type *t, const char *name);

/* Assignability (spec "Assignability"); reason gets an explanation or NULL. */
bool type_assignable(const Universe *u, Type *v, Type *t, const char **reason,
                     Arena *a, const Package *local);
bool type_convertible(Type *v, Type *t);

#endif
