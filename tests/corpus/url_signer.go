package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
)

type Signer struct {
	secret []byte
	now    func() int64
}

var (
	ErrExpired   = errors.New("link expired")
	ErrSignature = errors.New("bad signature")
)

func canonical(u *url.URL) string {
	q := u.Query()
	q.Del("sig")
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	sb.WriteString(path.Clean(u.Path))
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			sb.WriteByte('&')
			sb.WriteString(url.QueryEscape(k))
			sb.WriteByte('=')
			sb.WriteString(url.QueryEscape(v))
		}
	}
	return sb.String()
}

func (s *Signer) mac(msg string) string {
	h := sha256.New()
	h.Write(s.secret)
	h.Write([]byte(msg))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func (s *Signer) Sign(raw string, ttl int64) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", err
	}
	q := u.Query()
	q.Set("exp", strconv.FormatInt(s.now()+ttl, 10))
	u.RawQuery = q.Encode()
	q.Set("sig", s.mac(canonical(u)))
	u.RawQuery = q.Encode()
	return u.String(), nil
}

func (s *Signer) Verify(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	q := u.Query()
	exp, err := strconv.ParseInt(q.Get("exp"), 10, 64)
	if err != nil {
		return fmt.Errorf("exp: %w", err)
	}
	if s.now() > exp {
		return fmt.Errorf("%w at %d", ErrExpired, exp)
	}
	if q.Get("sig") != s.mac(canonical(u)) {
		return ErrSignature
	}
	return nil
}

func main() {
	clock := int64(1000)
	s := &Signer{secret: []byte("k3y"), now: func() int64 { return clock }}
	link, err := s.Sign("https://files.example.com/a/../docs/report.pdf?user=ann&b=2&b=1", 60)
	fmt.Println(link, err)
	fmt.Println("fresh:", s.Verify(link))
	tampered := strings.Replace(link, "user=ann", "user=bob", 1)
	fmt.Println("tampered:", s.Verify(tampered))
	clock += 61
	err = s.Verify(link)
	fmt.Println("late:", err, errors.Is(err, ErrExpired))
	fmt.Println(s.Verify("https://x/?exp=soon"))
}
