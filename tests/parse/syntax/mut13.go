package main

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"
)

type Node struct {
	name     string
	isDir    bool
	data     []byte
	children map[string]*Node
	parent   *Node
}

type FS struct {
	root *Node
}

var (
	ErrNotExist = errors.New("file does not exist")
	ErrNotDir   = errors.New("not a directory")
	ErrIsDir    = errors.New("is a directory")
)

func NewFS() *FS {
	return &FS{root: &Node{name: "/", isDir: true, children: map[string]*Node{}}}
}

func (fs *FS) walk(p string, create bool) (*Node, error) {
	n := fs.root
	for _, part := range strings.Split(strings.Trim(path.Clean(p), "/"), "/") {
		if part == "" {
			continue
		}
		if !n.isDir {
			return nil, fmt.Errorf("%s: %w", n.name, ErrNotDir)
		}
		child, ok := n.children[part]
		if !ok {
			if !create {
				return nil, fmt.Errorf("%s: %w", p, ErrNotExist)
			}
			child = &Node{name: part, isDir: true, children: map[string]*Node{}, parent: n}
			n.children[part] = child
		}
		n = child
	}
	return n, nil
}

func (fs *FS) MkdirAll(p string) error {
	_, err := fs.walk(p, true)
	return err
}

func (fs *FS) WriteFile(p string, data []byte) error {
	dir, err := fs.walk(path.Dir(p), true)
	if err != nil {
		return err
	}
	base := path.Base(p)
	if n, ok := dir.children[base]; ok && n.isDir {
		return fmt.Errorf("%s: %w", p, ErrIsDir)
	}
	dir.children[base] = &Node{name: base, data: append([]byte(nil), data...), parent: dir}
	return nil
}

func (fs *FS) ReadFile(p string) ([]byte, error) {
	n, err := fs.walk(p, false)
	if err != nil {
		return nil, err
	}
	if n.isDir {
		return nil, ErrIsDir
	}
	return n.data, nil
}

func (fs *FS) Tree() string {
	var b strings.Builder
	var rec func(n *Node, indent string)
	rec = func(n *Node, indent string) {
		names := make([]string, 0, len(n.children))
		for k := range n.children {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			c := n.children[k]
			if c.isDir {
				b.WriteString(indent + k + "/\n")
				rec(c, indent+"  ")
			} else {
				fmt.Fprintf(&b, "%s%s (%d bytes)\n", indent, k, len(c.data))
			}
		}
	}
	rec(fs.root, "")
	return b.String()
}

func (fs *FS) Du(p string) (int, error) {
	n, err := fs.walk(p, false)
	if err != nil {
		return 0, err
	}
	total := 0
	stack := []*Node{n}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		total += len(cur.data)
		for _, c := range cur.children {
			stack = append(stack, c)
		}
	}
	return total, nil
}

func main() {
	fs := NewFS()
	fs.MkdirAll("/usr/local/bin")
	fs.WriteFile("/etc/hosts", []byte("127.0.0.1 localhost\n"))
	fs.WriteFile("/usr/local/bin/escapade", make([]byte, 1024))
	fs.WriteFile("/home/gopher/notes.txt", []byte("stack vs heap"))
	fmt.Print(fs.Tree())
	data, err := fs.ReadFile("/home/gopher/notes.txt")
	fmt.Println(string(data), err)
	_, err = fs.ReadFile("/nope")
	fmt.Println(err, errors.Is(err, ErrNotExist))
	fmt.Println(fs.WriteFile("/usr/local", nil))
	fmt.Println(fs.("/usr"))
}
