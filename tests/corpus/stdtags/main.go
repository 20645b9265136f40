// Command stdtags prints the escape tags that gc 1.19 computes for the
// parameters of standard-library functions, in escapade's `//esc:` format
// (engine/escape_leaks.c):
//
//	PKG <TAB> FUNC <TAB> //esc: NAME TAG [NAME TAG...]
//
// TAG is none (does not escape), heap (leaks, derefs 0), content (leaks
// after one dereference), or a comma list of heap=D and rI=D (result I
// receives the value after D dereferences), after gc's leaks.Optimize.
// FUNC is spelled as gc spells it: F, T.M or (*T).M.  A parameter gc says
// nothing about is left out: it has no pointers (gc does not tag scalars)
// or it was itself moved to the heap.  An unnamed parameter is #I (I counts
// the parameters, receiver excluded) and never escapes.
//
// It compiles each package with `go build -gcflags=PKG=-m=2 PKG` and maps
// the positions of gc's `leaking param` / `does not escape` lines (and the
// derefs of -m=2's `parameter X leaks to {heap} with derefs=D` lines) to the
// declarations parsed from the package's source.
//
// Usage (GO111MODULE=off, Go 1.19): go run ./stdtags PKG... > stdtags.tsv
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var lineRe = regexp.MustCompile(`^(\S+\.go):(\d+):(\d+): (.*)$`)
var derefRe = regexp.MustCompile(`^parameter (\S+) leaks to \{heap\} with derefs=(\d+):$`)
var resultRe = regexp.MustCompile(`^leaking param: (\S+) to result (\S+) level=(\d+)$`)

type info struct {
	none, heap0, content bool
	heapDerefs           int // min derefs to the heap from -m=2, -1 if none
	results              map[string]int
}

func compile(pkg string) (map[string]*info, error) {
	cmd := exec.Command("go", "build", "-gcflags="+pkg+"=-m=2", pkg)
	cmd.Env = append(os.Environ(), "GO111MODULE=off")
	var out bytes.Buffer
	cmd.Stderr = &out
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go build %s: %v\n%s", pkg, err, out.String())
	}
	m := map[string]*info{}
	get := func(pos string) *info {
		if m[pos] == nil {
			m[pos] = &info{heapDerefs: -1, results: map[string]int{}}
		}
		return m[pos]
	}
	sc := bufio.NewScanner(&out)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		sm := lineRe.FindStringSubmatch(sc.Text())
		if sm == nil {
			continue
		}
		pos, msg := filepath.Base(sm[1])+":"+sm[2]+":"+sm[3], sm[4]
		switch {
		case strings.HasSuffix(msg, " does not escape") && !strings.Contains(msg, " "+"escapes"):
			if strings.Count(msg, " ") == 3 { // "NAME does not escape"
				get(pos).none = true
			}
		case strings.HasPrefix(msg, "leaking param content: "):
			get(pos).content = true
		case resultRe.MatchString(msg):
			r := resultRe.FindStringSubmatch(msg)
			lv, _ := strconv.Atoi(r[3])
			get(pos).results[r[2]] = lv
		case strings.HasPrefix(msg, "leaking param: "):
			get(pos).heap0 = true
		case derefRe.MatchString(msg):
			d, _ := strconv.Atoi(derefRe.FindStringSubmatch(msg)[2])
			in := get(pos)
			if in.heapDerefs < 0 || d < in.heapDerefs {
				in.heapDerefs = d
			}
		}
	}
	return m, nil
}

func recvName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return "(*" + recvName(t.X) + ")"
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return recvName(t.X)
	case *ast.IndexListExpr:
		return recvName(t.X)
	}
	return "?"
}

func tagOf(in *info, resultIndex map[string]int) (string, bool) {
	if in == nil {
		return "", false
	}
	heap := -1
	switch {
	case in.heap0:
		heap = 0
	case in.content:
		heap = in.heapDerefs
		if heap < 1 {
			heap = 1
		}
	}
	var parts []string
	if heap >= 0 {
		parts = append(parts, "heap="+strconv.Itoa(heap))
	}
	var rs []string
	for name, lv := range in.results {
		if heap >= 0 && lv >= heap {
			continue
		}
		idx, ok := resultIndex[name]
		if !ok {
			return "", false
		}
		rs = append(rs, "r"+strconv.Itoa(idx)+"="+strconv.Itoa(lv))
	}
	sort.Strings(rs)
	parts = append(parts, rs...)
	switch {
	case len(parts) == 0 && in.none:
		return "none", true
	case len(parts) == 0:
		return "", false
	case len(parts) == 1 && parts[0] == "heap=0":
		return "heap", true
	case len(parts) == 1 && parts[0] == "heap=1":
		return "content", true
	}
	return strings.Join(parts, ","), true
}

func describe(pkg string, fset *token.FileSet, fd *ast.FuncDecl, tags map[string]*info) string {
	if fd.Type.TypeParams != nil && len(fd.Type.TypeParams.List) > 0 {
		return ""
	}
	name := fd.Name.Name
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		name = recvName(fd.Recv.List[0].Type) + "." + name
	}
	resultIndex := map[string]int{}
	if fd.Type.Results != nil {
		i := 0
		for _, f := range fd.Type.Results.List {
			if len(f.Names) == 0 {
				resultIndex["~r"+strconv.Itoa(i)] = i
				i++
			}
			for _, n := range f.Names {
				resultIndex[n.Name] = i
				resultIndex["~r"+strconv.Itoa(i)] = i
				i++
			}
		}
	}
	posKey := func(n *ast.Ident) string {
		p := fset.Position(n.Pos())
		return filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
	}
	var entries []string
	add := func(list *ast.FieldList, counted bool, idx *int) {
		if list == nil {
			return
		}
		for _, f := range list.List {
			if len(f.Names) == 0 {
				if counted {
					entries = append(entries, "#"+strconv.Itoa(*idx)+" none")
					*idx++
				}
				continue
			}
			for _, n := range f.Names {
				if counted {
					*idx++
				}
				if n.Name == "_" {
					continue
				}
				if t, ok := tagOf(tags[posKey(n)], resultIndex); ok {
					entries = append(entries, n.Name+" "+t)
				}
			}
		}
	}
	idx := 0
	add(fd.Recv, false, &idx)
	add(fd.Type.Params, true, &idx)
	if len(entries) == 0 {
		return ""
	}
	return pkg + "\t" + name + "\t//esc: " + strings.Join(entries, " ")
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	status := 0
	for _, pkg := range os.Args[1:] {
		tags, err := compile(pkg)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			status = 1
			continue
		}
		bp, err := build.Import(pkg, "", 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			status = 1
			continue
		}
		fset := token.NewFileSet()
		var lines []string
		for _, name := range bp.GoFiles {
			f, err := parser.ParseFile(fset, filepath.Join(bp.Dir, name), nil, 0)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				status = 1
				continue
			}
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					if l := describe(pkg, fset, fd, tags); l != "" {
						lines = append(lines, l)
					}
				}
			}
		}
		sort.Strings(lines)
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
	}
	w.Flush()
	os.Exit(status)
}
