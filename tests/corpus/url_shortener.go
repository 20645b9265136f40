// A URL shortener: base62 codes from a counter, custom aliases, visit stats,
// expiring links and a redirect handler tested with httptest.
package main

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
)

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func encode(n uint64) string {
	if n == 0 {
		return string(alphabet[0])
	}
	var buf [11]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = alphabet[n%62]
		n /= 62
	}
	return string(buf[i:])
}

type Link struct {
	Code    string
	Target  string
	Visits  int
	Expires int
}

type Shortener struct {
	next   uint64
	links  map[string]*Link
	byURL  map[string]string
	day    int
}

var (
	ErrBadURL   = errors.New("invalid url")
	ErrTaken    = errors.New("alias taken")
	ErrNotFound = errors.New("not found")
)

func NewShortener() *Shortener {
	return &Shortener{next: 3844, links: map[string]*Link{}, byURL: map[string]string{}}
}

func normalize(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", ErrBadURL
	}
	u.Host = strings.ToLower(u.Host)
	u.Fragment = ""
	return u.String(), nil
}

func (s *Shortener) Shorten(raw, alias string, ttlDays int) (string, error) {
	target, err := normalize(raw)
	if err != nil {
		return "", fmt.Errorf("shorten %q: %w", raw, err)
	}
	if alias == "" {
		if code, ok := s.byURL[target]; ok {
			return code, nil
		}
		alias = encode(s.next)
		s.next++
	} else if _, ok := s.links[alias]; ok {
		return "", ErrTaken
	}
	l := &Link{Code: alias, Target: target}
	if ttlDays > 0 {
		l.Expires = s.day + ttlDays
	}
	s.links[alias] = l
	s.byURL[target] = alias
	return alias, nil
}

func (s *Shortener) Resolve(code string) (*Link, error) {
	l, ok := s.links[code]
	if !ok || (l.Expires > 0 && s.day >= l.Expires) {
		return nil, ErrNotFound
	}
	l.Visits++
	return l, nil
}

func (s *Shortener) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	code := strings.TrimPrefix(r.URL.Path, "/")
	l, err := s.Resolve(code)
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	http.Redirect(w, r, l.Target, http.StatusFound)
}

func (s *Shortener) Top(n int) []Link {
	all := make([]Link, 0, len(s.links))
	for _, l := range s.links {
		all = append(all, *l)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Visits != all[j].Visits {
			return all[i].Visits > all[j].Visits
		}
		return all[i].Code < all[j].Code
	})
	if n < len(all) {
		all = all[:n]
	}
	return all
}

func main() {
	s := NewShortener()
	a, _ := s.Shorten("https://Go.dev/doc/effective_go#names", "", 0)
	b, _ := s.Shorten("https://go.dev/doc/effective_go", "", 0)
	c, _ := s.Shorten("http://example.com/sale", "sale", 2)
	_, err := s.Shorten("ftp://files", "", 0)
	fmt.Println(a, b, c, err, errors.Is(err, ErrBadURL))
	_, err = s.Shorten("https://x.org", "sale", 0)
	fmt.Println(err)

	for _, path := range []string{"/" + a, "/" + a, "/sale", "/nope"} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		fmt.Println(path, rec.Code, rec.Header().Get("Location"))
	}
	s.day = 2
	_, err = s.Resolve("sale")
	fmt.Println("after expiry:", err)
	for _, l := range s.Top(2) {
		fmt.Printf("%s -> %s (%d)\n", l.Code, l.Target, l.Visits)
	}
	fmt.Println(encode(0), encode(61), encode(62), encode(1<<40))
}
