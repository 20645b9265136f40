package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
}

type Config struct {
	Name    string `cfg:"name"`
	Port    int    `cfg:"port"`
	Verbose bool   `cfg:"verbose"`
}

func sizes() (uintptr, uintptr, uintptr) {
	var h header
	return unsafe.Sizeof(h), unsafe.Alignof(h.Version), unsafe.Offsetof(h.Flags)
}

func bytesOf(h *header) []byte {
	return (*[unsafe.Sizeof(header{})]byte)(unsafe.Pointer(h))[:]
}

func stringNoCopy(b []byte) string {
	return *(*string)(unsafe.Pointer(&b))
}

func tags(v interface{}) map[string]string {
	out := map[string]string{}
	t := reflect.TypeOf(v)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		out[f.Name] = f.Tag.Get("cfg")
	}
	return out
}

func setField(v interface{}, name string, val interface{}) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer {
		return fmt.Errorf("need pointer, got %v", rv.Kind())
	}
	f := rv.Elem().FieldByName(name)
	if !f.IsValid() {
		return fmt.Errorf("no field %s", name)
	}
	f.Set(reflect.ValueOf(val))
	return nil
}

func kinds(vals ...interface{}) []string {
	var out []string
	for _, v := range vals {
		out = append(out, reflect.ValueOf(v).Kind().String())
	}
	return out
}

func main() {
	a, b, c := sizes()
	h := header{Magic: 0xCAFEBABE, Version: 1}
	fmt.Println(a, b, c, len(bytesOf(&h)), stringNoCopy([]byte("nocopy")))
	cfg := Config{}
	fmt.Println(tags(cfg))
	fmt.Println(setField(&cfg, "Port", 8080), setField(cfg, "Port", 1), setField(&cfg, "X", 1), cfg.Port)
	fmt.Println(kinds(1, "s", []int{}, map[int]int{}, &cfg, cfg))
}
