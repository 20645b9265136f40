// A plugin registry: codecs register factories from init functions, are looked up
// by name or file extension, configured with options and chained in pipelines.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Codec interface {
	Name() string
	Encode(dst *bytes.Buffer, src []byte) error
}

type Factory func(opts map[string]string) (Codec, error)

type registry struct {
	mu        sync.RWMutex
	factories map[string]Factory
	exts      map[string]string
}

var plugins = &registry{factories: map[string]Factory{}, exts: map[string]string{}}

func Register(name string, f Factory, exts ...string) {
	plugins.mu.Lock()
	defer plugins.mu.Unlock()
	if _, dup := plugins.factories[name]; dup {
		panic("plugin registered twice: " + name)
	}
	plugins.factories[name] = f
	for _, e := range exts {
		plugins.exts[e] = name
	}
}

func Lookup(name string, opts map[string]string) (Codec, error) {
	plugins.mu.RLock()
	f, ok := plugins.factories[name]
	if !ok {
		if alias, isExt := plugins.exts[name]; isExt {
			f, ok = plugins.factories[alias]
		}
	}
	plugins.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("no plugin %q", name)
	}
	return f(opts)
}

func Names() []string {
	plugins.mu.RLock()
	defer plugins.mu.RUnlock()
	names := make([]string, 0, len(plugins.factories))
	for n := range plugins.factories {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

type hexCodec struct{ upper bool }

func (h hexCodec) Name() string { return "hex" }
func (h hexCodec) Encode(dst *bytes.Buffer, src []byte) error {
	s := hex.EncodeToString(src)
	if h.upper {
		s = strings.ToUpper(s)
	}
	dst.WriteString(s)
	return nil
}

type b64Codec struct{ enc *base64.Encoding }

func (b *b64Codec) Name() string { return "base64" }
func (b *b64Codec) Encode(dst *bytes.Buffer, src []byte) error {
	dst.WriteString(b.enc.EncodeToString(src))
	return nil
}

type rot13 struct{}

func (rot13) Name() string { return "rot13" }
func (rot13) Encode(dst *bytes.Buffer, src []byte) error {
	for _, c := range src {
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			c = 'A' + (c-'A'+13)%26
		}
		dst.WriteByte(c)
	}
	return nil
}

func init() {
	Register("hex", func(opts map[string]string) (Codec, error) {
		return hexCodec{upper: opts["case"] == "upper"}, nil
	}, ".hex")
	Register("base64", func(opts map[string]string) (Codec, error) {
		switch opts["variant"] {
		case "", "std":
			return &b64Codec{base64.StdEncoding}, nil
		case "url":
			return &b64Codec{base64.RawURLEncoding}, nil
		}
		return nil, fmt.Errorf("base64: unknown variant %q", opts["variant"])
	}, ".b64", ".txt64")
	Register("rot13", func(map[string]string) (Codec, error) { return rot13{}, nil })
}

type Pipeline []Codec

func Build(spec string) (Pipeline, error) {
	var p Pipeline
	for _, stage := range strings.Split(spec, "|") {
		fields := strings.Fields(stage)
		opts := map[string]string{}
		for _, kv := range fields[1:] {
			if k, v, ok := strings.Cut(kv, "="); ok {
				opts[k] = v
			}
		}
		c, err := Lookup(fields[0], opts)
		if err != nil {
			return nil, fmt.Errorf("stage %q: %w", stage, err)
		}
		p = append(p, c)
	}
	return p, nil
}

func (p Pipeline) Run(in []byte) (string, error) {
	var buf bytes.Buffer
	for _, c := range p {
		buf.Reset()
		if err := c.Encode(&buf, in); err != nil {
			return "", err
		}
		in = append(in[:0:0], buf.Bytes()...)
	}
	return string(in), nil
}

func main() {
	fmt.Println("plugins:", Names())
	for _, spec := range []string{"rot13", "rot13 | hex case=upper", ".b64 variant=url", "hex | base64", "gzip", "base64 variant=odd"} {
		p, err := Build(spec)
		if err != nil {
			fmt.Println(err)
			continue
		}
		out, err := p.Run([]byte("Hello, Gopher?"))
		fmt.Printf("%-24s %s %v\n", spec, out, err)
	}
}
