// Command stdtags generates escapade's standard-library stubs (engine/std/*.go)
// from the real GOROOT sources and the real compiler's decisions.
//
// For each package in the spec it emits the requested exported declarations
// (and, transitively, whatever they need: types of fields and signatures,
// package-level names used by inline bodies), with
//   - the real signature and struct layout,
//   - the real body when gc can inline the function (gc -m=2 says
//     "can inline F"), because the inliner inlines it across packages,
//   - "//esc:" lines: each parameter's escape tag exactly as gc computed it
//     ("parameter p leaks to {heap} with derefs=0", "p does not escape"...),
//     in the format of engine/escape.h.
//
// usage: go run tools/stdtags/main.go SPEC OUTDIR
// SPEC lines: "pkg/path Name Type Type.Method ..." (a type comes with all its
// exported methods; a trailing "+" on a type name is accepted and ignored).  Run by tools/stdtags.sh; needs Go 1.19.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

type pkgInfo struct {
	path    string
	name    string
	files   []*ast.File
	funcs   map[string]*ast.FuncDecl // "F" or "T.M"
	types   map[string]*ast.TypeSpec
	values  map[string]*ast.GenDecl // name -> its const/var group
	imports map[*ast.File]map[string]string
	fileOf  map[ast.Node]*ast.File
	inl     map[string]string // "F"/"T.M" -> cost
	tags    map[string]map[string]string
	emitted map[string]bool
	order   []string
	uses    map[string]bool // packages imported by emitted code
	methodsWanted map[string]bool
}

var (
	fset   = token.NewFileSet()
	pkgs   = map[string]*pkgInfo{}
	goroot = build.Default.GOROOT
	queue  []string // "path\x00name"
)

func load(path string) *pkgInfo {
	if p, ok := pkgs[path]; ok {
		return p
	}
	bp, err := build.Default.Import(path, "", 0)
	if err != nil {
		bp, err = build.Default.Import("vendor/"+path, "", 0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "stdtags: import", path, err)
		os.Exit(1)
	}
	p := &pkgInfo{path: path, name: bp.Name, funcs: map[string]*ast.FuncDecl{},
		types: map[string]*ast.TypeSpec{}, values: map[string]*ast.GenDecl{},
		imports: map[*ast.File]map[string]string{}, fileOf: map[ast.Node]*ast.File{},
		inl: map[string]string{}, tags: map[string]map[string]string{},
		emitted: map[string]bool{}, uses: map[string]bool{}, methodsWanted: map[string]bool{}}
	pkgs[path] = p
	for _, f := range bp.GoFiles {
		af, err := parser.ParseFile(fset, filepath.Join(bp.Dir, f), nil, 0)
		if err != nil {
			panic(err)
		}
		p.files = append(p.files, af)
		im := map[string]string{}
		for _, is := range af.Imports {
			ip := strings.Trim(is.Path.Value, `"`)
			n := ip[strings.LastIndex(ip, "/")+1:]
			if is.Name != nil {
				n = is.Name.Name
			}
			im[n] = ip
		}
		p.imports[af] = im
		for _, d := range af.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				k := d.Name.Name
				if d.Recv != nil {
					k = recvName(d) + "." + k
				}
				p.funcs[k] = d
				p.fileOf[d] = af
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						p.types[s.Name.Name] = s
						p.fileOf[s] = af
					case *ast.ValueSpec:
						for _, n := range s.Names {
							p.values[n.Name] = d
						}
						p.fileOf[d] = af
					}
				}
			}
		}
	}
	compile(p)
	return p
}

func recvName(d *ast.FuncDecl) string {
	t := d.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if ix, ok := t.(*ast.IndexExpr); ok {
		t = ix.X
	}
	return t.(*ast.Ident).Name
}

var (
	reInl  = regexp.MustCompile(`^(.*?):(\d+):(\d+): can inline (\S+) with cost (\d+)`)
	reLeak = regexp.MustCompile(`^(.*?):(\d+):(\d+): parameter (\S+) leaks to (\S+) with derefs=(-?\d+):$`)
	reNo   = regexp.MustCompile(`^(.*?):(\d+):(\d+): (\S+) does not escape$`)
	// the -m summary lines, authoritative for what gc prints
	reSum = regexp.MustCompile(`^(.*?):(\d+):(\d+): leaking param( content)?: (\S+)( to result (\S+) level=(-?\d+))?$`)
)

// compile runs gc on the package and records inlinability and param tags.
func compile(p *pkgInfo) {
	if p.path == "unsafe" {
		return
	}
	// the build cache replays the compiler's output, so no -a is needed
	cmd := exec.Command("go", "build", "-gcflags="+p.path+"=-m=2", "-o", os.DevNull, p.path)
	cmd.Env = append(os.Environ(), "GO111MODULE=off")
	out, _ := cmd.CombinedOutput()
	// param positions -> (func key, param name or #slot, result names)
	type prm struct{ fn, name string }
	pos := map[string]prm{}
	results := map[string][]string{}
	for k, d := range p.funcs {
		slot := 0
		add := func(fl *ast.FieldList) {
			if fl == nil {
				return
			}
			for _, f := range fl.List {
				if len(f.Names) == 0 {
					slot++
					continue
				}
				for _, n := range f.Names {
					ps := fset.Position(n.Pos())
					key := fmt.Sprintf("%s:%d:%d", ps.Filename, ps.Line, ps.Column)
					name := n.Name
					if name == "_" {
						name = fmt.Sprintf("#%d", slot)
					}
					pos[key] = prm{k, name}
					slot++
				}
			}
		}
		add(d.Recv)
		add(d.Type.Params)
		var rs []string
		if d.Type.Results != nil {
			i := 0
			for _, f := range d.Type.Results.List {
				if len(f.Names) == 0 {
					rs = append(rs, fmt.Sprintf("~r%d", i))
					i++
				}
				for _, n := range f.Names {
					rs = append(rs, n.Name)
					i++
				}
			}
		}
		results[k] = rs
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	leaks := map[string]map[string]map[string]int{} // fn -> param -> sink -> min derefs
	none := map[string]map[string]bool{}
	summary := map[string]map[string]map[string]int{}
	for sc.Scan() {
		line := sc.Text()
		if m := reInl.FindStringSubmatch(line); m != nil {
			name := m[4]
			name = strings.NewReplacer("(*", "", ")", "").Replace(name)
			p.inl[name] = m[5]
			continue
		}
		if m := reLeak.FindStringSubmatch(line); m != nil {
			pr, ok := pos[m[1]+":"+m[2]+":"+m[3]]
			if !ok || (m[4] != pr.name && !strings.HasPrefix(pr.name, "#")) {
				continue
			}
			sink := m[5]
			if sink == "{heap}" {
				sink = "heap"
			} else {
				idx := -1
				for i, r := range results[pr.fn] {
					if r == sink {
						idx = i
					}
				}
				if idx < 0 {
					continue // a local allocation, not a tag
				}
				sink = fmt.Sprintf("r%d", idx)
			}
			var d int
			fmt.Sscan(m[6], &d)
			if leaks[pr.fn] == nil {
				leaks[pr.fn] = map[string]map[string]int{}
			}
			if leaks[pr.fn][pr.name] == nil {
				leaks[pr.fn][pr.name] = map[string]int{}
			}
			if old, ok := leaks[pr.fn][pr.name][sink]; !ok || d < old {
				leaks[pr.fn][pr.name][sink] = d
			}
			continue
		}
		if m := reSum.FindStringSubmatch(line); m != nil {
			pr, ok := pos[m[1]+":"+m[2]+":"+m[3]]
			if !ok || (m[5] != pr.name && !strings.HasPrefix(pr.name, "#")) {
				continue
			}
			sink, d := "heap", 0
			if m[6] != "" {
				idx := -1
				for i, r := range results[pr.fn] {
					if r == m[7] {
						idx = i
					}
				}
				if idx < 0 {
					continue
				}
				sink = fmt.Sprintf("r%d", idx)
				fmt.Sscan(m[8], &d)
			} else if m[4] != "" {
				d = 1
			}
			if summary[pr.fn] == nil {
				summary[pr.fn] = map[string]map[string]int{}
			}
			if summary[pr.fn][pr.name] == nil {
				summary[pr.fn][pr.name] = map[string]int{}
			}
			summary[pr.fn][pr.name][sink] = d
			continue
		}
		if m := reNo.FindStringSubmatch(line); m != nil {
			pr, ok := pos[m[1]+":"+m[2]+":"+m[3]]
			if !ok || m[4] != pr.name {
				continue
			}
			if none[pr.fn] == nil {
				none[pr.fn] = map[string]bool{}
			}
			none[pr.fn][pr.name] = true
		}
	}
	for fn, ps := range none {
		for name := range ps {
			if p.tags[fn] == nil {
				p.tags[fn] = map[string]string{}
			}
			p.tags[fn][name] = "none"
		}
	}
	// the summary says which sinks a param reaches; the -m=2 explanation
	// gives the exact derefs for the heap ("content" is only >= 1)
	for fn, ps := range summary {
		for name, sinks := range ps {
			if sinks["heap"] == 1 {
				if d, ok := leaks[fn][name]["heap"]; ok && d >= 1 {
					sinks["heap"] = d
				}
			}
		}
	}
	for fn, ps := range summary {
		for name, sinks := range ps {
			var parts []string
			for s, d := range sinks {
				parts = append(parts, fmt.Sprintf("%s=%d", s, d))
			}
			sort.Strings(parts)
			tag := strings.Join(parts, ",")
			if tag == "heap=0" {
				tag = "heap"
			} else if tag == "heap=1" {
				tag = "content"
			}
			if p.tags[fn] == nil {
				p.tags[fn] = map[string]string{}
			}
			p.tags[fn][name] = tag
		}
	}
}

func want(path, name string) { queue = append(queue, path+"\x00"+name) }

// deps queues the package-level names an AST subtree refers to.
func deps(p *pkgInfo, file *ast.File, n ast.Node, bodies bool) {
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return bodies
		case *ast.BlockStmt:
			return bodies
		case *ast.SelectorExpr:
			if id, ok := x.X.(*ast.Ident); ok && id.Obj == nil {
				if ip, ok := p.imports[file][id.Name]; ok {
					want(ip, x.Sel.Name)
					p.uses[ip] = true
					return false
				}
			}
			if bodies {
				p.methodsWanted[x.Sel.Name] = true
			}
		case *ast.Ident:
			if x.Obj == nil || x.Obj.Kind != ast.Bad {
				if _, ok := p.types[x.Name]; ok {
					want(p.path, x.Name)
				} else if _, ok := p.funcs[x.Name]; ok {
					want(p.path, x.Name)
				} else if _, ok := p.values[x.Name]; ok {
					want(p.path, x.Name)
				}
			}
		}
		return true
	})
}

var outDecls = map[string][]string{} // path -> decl texts

func printNode(n ast.Node) string {
	var b bytes.Buffer
	printer.Fprint(&b, fset, n)
	return b.String()
}

func emitFunc(p *pkgInfo, key string, d *ast.FuncDecl) {
	file := p.fileOf[d]
	cost, inl := p.inl[key]
	nd := *d
	nd.Doc = nil
	if d.Type.TypeParams != nil {
		return
	}
	deps(p, file, d.Type, false)
	if d.Recv != nil {
		deps(p, file, d.Recv, false)
	}
	var b strings.Builder
	if inl {
		deps(p, file, d.Body, true)
		fmt.Fprintf(&b, "// gc: can inline %s with cost %s\n", key, cost)
	} else {
		nd.Body = nil
	}
	if t := p.tags[key]; len(t) > 0 {
		var names []string
		for n := range t {
			names = append(names, n)
		}
		sort.Strings(names)
		b.WriteString("//esc:")
		for _, n := range names {
			fmt.Fprintf(&b, " %s %s", n, t[n])
		}
		b.WriteString("\n")
	}
	b.WriteString(printNode(&nd))
	outDecls[p.path] = append(outDecls[p.path], b.String())
}

func process(path, name string) {
	p := load(path)
	if p.emitted[name] {
		return
	}
	p.emitted[name] = true
	base := strings.TrimSuffix(name, "+")
	if d, ok := p.funcs[base]; ok {
		emitFunc(p, base, d)
		return
	}
	if ts, ok := p.types[base]; ok {
		if p.emitted["type "+base] {
			return
		}
		p.emitted["type "+base] = true
		file := p.fileOf[ts]
		deps(p, file, ts.Type, false)
		nts := *ts
		nts.Doc, nts.Comment = nil, nil
		outDecls[p.path] = append(outDecls[p.path], "type "+printNode(&nts))
		for _, k := range sortedKeys(p.funcs) {
			if strings.HasPrefix(k, base+".") {
				m := k[len(base)+1:]
				// every exported method (interface satisfaction needs
				// them: *os.File as an io.Writer), and the unexported
				// ones an inline body calls
				if ast.IsExported(m) || p.methodsWanted[m] {
					want(p.path, k)
				}
			}
		}
		return
	}
	if gd, ok := p.values[base]; ok {
		key := fmt.Sprintf("group %p", gd)
		// a package stdspec.txt names keeps whole const groups (a
		// learner may use math.MaxUint8); one only pulled in by others
		// keeps just what they need
		trim := gd.Tok == token.VAR || (!specRoots[p.path] && independentConsts(gd))
		if trim {
			key = "value " + base
		}
		if p.emitted[key] {
			return
		}
		p.emitted[key] = true
		file := p.fileOf[gd]
		ng := *gd
		ng.Doc = nil
		if trim {
			// only the wanted name: a var, or a constant of a group whose
			// values do not depend on their place in it (syscall's
			// ~1,300 constants would otherwise all come with O_RDONLY)
			var specs []ast.Spec
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				for _, n := range vs.Names {
					if n.Name == base {
						nvs := *vs
						nvs.Doc, nvs.Comment = nil, nil
						specs = append(specs, &nvs)
						deps(p, file, vs, true)
					}
				}
			}
			ng.Specs = specs
			ng.Lparen = 0
		} else {
			for _, s := range gd.Specs {
				s.(*ast.ValueSpec).Doc = nil
				s.(*ast.ValueSpec).Comment = nil
			}
			deps(p, file, gd, true)
		}
		outDecls[p.path] = append(outDecls[p.path], printNode(&ng))
		return
	}
	fmt.Fprintf(os.Stderr, "stdtags: %s.%s not found\n", path, name)
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: stdtags SPEC OUTDIR")
		os.Exit(2)
	}
	spec, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	for _, line := range strings.Split(string(spec), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if f := strings.Fields(line); len(f) > 0 {
			specRoots[f[0]] = true
		}
	}
	var roots []string
	for _, line := range strings.Split(string(spec), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		roots = append(roots, f[0])
		load(f[0])
		for _, n := range f[1:] {
			want(f[0], n)
		}
	}
	// run to a fixed point: methods named in inline bodies of emitted types
	for len(queue) > 0 {
		for len(queue) > 0 {
			q := queue[0]
			queue = queue[1:]
			i := strings.IndexByte(q, 0)
			process(q[:i], q[i+1:])
		}
		for _, path := range sortedKeys(pkgs) {
			p := pkgs[path]
			for _, k := range sortedKeys(p.funcs) {
				if j := strings.IndexByte(k, '.'); j > 0 && p.emitted["type "+k[:j]] &&
					p.methodsWanted[k[j+1:]] && !p.emitted[k] {
					want(p.path, k)
				}
			}
		}
	}
	for path, decls := range outDecls {
		p := pkgs[path]
		var b strings.Builder
		fmt.Fprintf(&b, "// Code generated by tools/stdtags from GOROOT %s and gc -m=2; DO NOT EDIT.\n\n", runtimeVersion())
		fmt.Fprintf(&b, "package %s\n\n", p.name)
		var ims []string
		for ip := range p.uses {
			if ip != path {
				ims = append(ims, ip)
			}
		}
		sort.Strings(ims)
		for _, ip := range ims {
			fmt.Fprintf(&b, "import %q\n", ip)
		}
		b.WriteString("\n")
		for _, d := range decls {
			b.WriteString(d)
			b.WriteString("\n\n")
		}
		b.WriteString(paramPositions(p, b.String()))
		name := strings.ReplaceAll(path, "/", "_") + ".go"
		if err := os.WriteFile(filepath.Join(os.Args[2], name), []byte(b.String()), 0o644); err != nil {
			panic(err)
		}
	}
	_ = roots
}

// sortedKeys keeps the generated stubs byte-for-byte reproducible.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func runtimeVersion() string {
	out, _ := exec.Command("go", "env", "GOVERSION").Output()
	return strings.TrimSpace(string(out))
}

// specRoots holds the packages tools/stdspec.txt names.
var specRoots = map[string]bool{}

// independentConsts reports whether every spec of a const group declares
// one name with its own value and none uses iota, so that one spec can be emitted alone.
func independentConsts(gd *ast.GenDecl) bool {
	if gd.Tok != token.CONST {
		return false
	}
	for _, s := range gd.Specs {
		vs := s.(*ast.ValueSpec)
		if len(vs.Values) == 0 || len(vs.Names) != 1 {
			return false
		}
		iota := false
		for _, v := range vs.Values {
			ast.Inspect(v, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
					iota = true
				}
				return !iota
			})
		}
		if iota {
			return false
		}
	}
	return true
}

// paramPositions maps the stub positions of method parameters (of concrete
// methods and interface methods, the ones a method wrapper of an embedding
// type copies) to their GOROOT positions, which gc prints for a wrapper's
// parameter ($GOROOT/src/net/http/server.go:139:8: parameter .anon0 leaks
// ...): one "//pos: LINE:COL FILE:LINE:COL" comment line each, appended
// after the declarations so that their lines stay as printed.
func paramPositions(p *pkgInfo, stub string) string {
	sfs := token.NewFileSet()
	sf, err := parser.ParseFile(sfs, "stub.go", stub, 0)
	if err != nil {
		panic(err)
	}
	var out []string
	pair := func(s, r *ast.FuncType) {
		lists := [][2]*ast.FieldList{{s.Params, r.Params}, {s.Results, r.Results}}
		for _, l := range lists {
			if l[0] == nil || l[1] == nil || len(l[0].List) != len(l[1].List) {
				continue
			}
			for i, sfld := range l[0].List {
				rfld := l[1].List[i]
				var sp, rp []token.Pos
				if len(sfld.Names) == 0 {
					sp, rp = []token.Pos{sfld.Type.Pos()}, []token.Pos{rfld.Type.Pos()}
				} else if len(sfld.Names) == len(rfld.Names) {
					for j := range sfld.Names {
						sp = append(sp, sfld.Names[j].Pos())
						rp = append(rp, rfld.Names[j].Pos())
					}
				}
				for j := range sp {
					if j >= len(rp) {
						break
					}
					a, r := sfs.Position(sp[j]), fset.Position(rp[j])
					file := strings.TrimPrefix(filepath.ToSlash(r.Filename), filepath.ToSlash(goroot)+"/src/")
					out = append(out, fmt.Sprintf("//pos: %d:%d %s:%d:%d\n", a.Line, a.Column, file, r.Line, r.Column))
				}
			}
		}
	}
	for _, d := range sf.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				continue
			}
			if r, ok := p.funcs[recvName(d)+"."+d.Name.Name]; ok {
				pair(d.Type, r.Type)
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				ts, ok := sp.(*ast.TypeSpec)
				if !ok {
					continue
				}
				it, ok := ts.Type.(*ast.InterfaceType)
				rs := p.types[ts.Name.Name]
				if !ok || rs == nil {
					continue
				}
				rit, ok := rs.Type.(*ast.InterfaceType)
				if !ok {
					continue
				}
				for _, m := range it.Methods.List {
					ft, ok := m.Type.(*ast.FuncType)
					if !ok || len(m.Names) != 1 {
						continue
					}
					for _, rm := range rit.Methods.List {
						if rft, ok := rm.Type.(*ast.FuncType); ok && len(rm.Names) == 1 &&
							rm.Names[0].Name == m.Names[0].Name {
							pair(ft, rft)
						}
					}
				}
			}
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "// GOROOT positions of method parameters (tools/stdtags: stub line:col, then gc's)\n" +
		strings.Join(out, "")
}
