// embedded_ifaces.go - an in-memory file system whose files satisfy
// interfaces built by embedding (ReadWriteCloser, ReadSeeker), with struct
// embedding for shared behaviour and promoted methods.
package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Reader interface {
	Read(p []byte) (int, error)
}

type Writer interface {
	Write(p []byte) (int, error)
}

type Closer interface{ Close() error }

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type Namer interface{ Name() string }

type File interface {
	ReadWriteCloser
	Namer
	Size() int
}

var ErrClosed = errors.New("file already closed")

type base struct {
	name   string
	closed bool
}

func (b *base) Name() string { return b.name }

func (b *base) Close() error {
	if b.closed {
		return ErrClosed
	}
	b.closed = true
	return nil
}

type memFile struct {
	base
	data []byte
	off  int
}

func (f *memFile) Read(p []byte) (int, error) {
	if f.closed {
		return 0, ErrClosed
	}
	if f.off >= len(f.data) {
		return 0, io.EOF
	}
	n := copy(p, f.data[f.off:])
	f.off += n
	return n, nil
}

func (f *memFile) Write(p []byte) (int, error) {
	if f.closed {
		return 0, ErrClosed
	}
	f.data = append(f.data, p...)
	return len(p), nil
}

func (f *memFile) Size() int { return len(f.data) }

// upperFile embeds a File interface and overrides Read.
type upperFile struct {
	File
}

func (u upperFile) Read(p []byte) (int, error) {
	n, err := u.File.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type FS struct {
	files map[string]File
}

func (fs *FS) Create(name string, upper bool) File {
	var f File = &memFile{base: base{name: name}}
	if upper {
		f = upperFile{f}
	}
	fs.files[name] = f
	return f
}

func (fs *FS) List() []string {
	var names []string
	for n, f := range fs.files {
		names = append(names, fmt.Sprintf("%s(%d)", n, f.Size()))
	}
	sort.Strings(names)
	return names
}

func copyAll(dst Writer, src Reader) (int, error) {
	buf := make([]byte, 4)
	total := 0
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return total, werr
			}
			total += n
		}
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

func main() {
	fs := &FS{files: map[string]File{}}
	a := fs.Create("a.txt", false)
	fmt.Fprintf(a, "hello %s\n", "gopher")
	b := fs.Create("b.txt", true)
	n, err := copyAll(b, a)
	fmt.Println("copied", n, err)
	var sb strings.Builder
	n, err = copyAll(&sb, b)
	fmt.Printf("%d %v %q\n", n, err, sb.String())
	fmt.Println(a.Close(), a.Close(), b.Name())
	_, err = a.Write([]byte("x"))
	fmt.Println(errors.Is(err, ErrClosed), fs.List())
	var rc ReadWriteCloser = b
	if nm, ok := rc.(Namer); ok {
		fmt.Println("named", nm.Name())
	}
}
