// Loading configuration from environment-style variables into a struct with
// reflect and struct tags: defaults, required fields, durations, lists, nesting.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
)

type DBConfig struct {
	URL      string        `env:"URL" required:"true"`
	MaxConns int           `env:"MAX_CONNS" default:"10"`
	Timeout  time.Duration `env:"TIMEOUT" default:"5s"`
}

type Config struct {
	Name    string   `env:"NAME" default:"app"`
	Port    int      `env:"PORT" default:"8080"`
	Debug   bool     `env:"DEBUG"`
	Origins []string `env:"ORIGINS"`
	Ratio   float64  `env:"RATIO" default:"0.5"`
	DB      DBConfig `env:"DB"`
	secret  string
}

type FieldError struct {
	Var string
	Err error
}

func (e *FieldError) Error() string { return e.Var + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

var ErrMissing = errors.New("required variable not set")

var durationType = reflect.TypeOf(time.Duration(0))

func setValue(v reflect.Value, raw string) error {
	if v.Type() == durationType {
		d, err := time.ParseDuration(raw)
		if err != nil {
			return err
		}
		v.SetInt(int64(d))
		return nil
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(raw)
	case reflect.Int, reflect.Int64:
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return err
		}
		v.SetInt(n)
	case reflect.Bool:
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return err
		}
		v.SetBool(b)
	case reflect.Float64:
		f, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return err
		}
		v.SetFloat(f)
	case reflect.Slice:
		parts := strings.Split(raw, ",")
		s := reflect.MakeSlice(v.Type(), len(parts), len(parts))
		for i, p := range parts {
			if err := setValue(s.Index(i), strings.TrimSpace(p)); err != nil {
				return err
			}
		}
		v.Set(s)
	default:
		return fmt.Errorf("unsupported kind %s", v.Kind())
	}
	return nil
}

func load(v reflect.Value, prefix string, env map[string]string, errs *[]error) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := prefix + f.Tag.Get("env")
		fv := v.Field(i)
		if f.Type.Kind() == reflect.Struct && f.Type != durationType {
			load(fv, name+"_", env, errs)
			continue
		}
		raw, ok := env[name]
		if !ok {
			raw, ok = f.Tag.Lookup("default")
		}
		if !ok {
			if f.Tag.Get("required") == "true" {
				*errs = append(*errs, &FieldError{Var: name, Err: ErrMissing})
			}
			continue
		}
		if err := setValue(fv, raw); err != nil {
			*errs = append(*errs, &FieldError{Var: name, Err: err})
		}
	}
}

func Load(dst interface{}, prefix string, env map[string]string) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Ptr || v.Elem().Kind() != reflect.Struct {
		return errors.New("Load needs a pointer to a struct")
	}
	var errs []error
	load(v.Elem(), prefix, env, &errs)
	if len(errs) == 0 {
		return nil
	}
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	sort.Strings(msgs)
	return fmt.Errorf("config: %s: %w", strings.Join(msgs, "; "), errs[0])
}

func parseEnv(lines ...string) map[string]string {
	env := make(map[string]string, len(lines))
	for _, l := range lines {
		if k, v, ok := strings.Cut(l, "="); ok {
			env[k] = v
		}
	}
	return env
}

func main() {
	env := parseEnv("APP_NAME=billing", "APP_DEBUG=true", "APP_ORIGINS=a.com, b.com",
		"APP_DB_URL=postgres://db/bill", "APP_DB_TIMEOUT=250ms")
	var cfg Config
	if err := Load(&cfg, "APP_", env); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%+v\n", cfg)

	var bad Config
	err := Load(&bad, "APP_", parseEnv("APP_PORT=eighty", "APP_DB_MAX_CONNS=3"))
	fmt.Println(err)
	fmt.Println("missing?", errors.Is(err, ErrMissing))
	fmt.Println(Load(cfg, "", nil))
}
