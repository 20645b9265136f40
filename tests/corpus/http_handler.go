package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type Store struct {
	mu    sync.RWMutex
	items map[int]Item
	next  int
}

func NewStore() *Store {
	return &Store{items: make(map[int]Item), next: 1}
}

func (s *Store) Add(name string) Item {
	s.mu.Lock()
	defer s.mu.Unlock()
	it := Item{ID: s.next, Name: name}
	s.items[it.ID] = it
	s.next++
	return it
}

func (s *Store) List() []Item {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]Item, 0, len(s.items))
	for i := 1; i < s.next; i++ {
		if it, ok := s.items[i]; ok {
			out = append(out, it)
		}
	}
	return out
}

func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(s.List()); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	case http.MethodPost:
		var req struct {
			Name string `json:"name"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Name == "" {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		it := s.Add(req.Name)
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "created %d\n", it.ID)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "world"
	}
	io.WriteString(w, "hello, "+name+"\n")
}

func do(h http.Handler, method, target, body string) string {
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return fmt.Sprintf("%d %s", rec.Code, strings.TrimSpace(rec.Body.String()))
}

func main() {
	mux := http.NewServeMux()
	store := NewStore()
	mux.Handle("/items", store)
	mux.HandleFunc("/hello", hello)
	fmt.Println(do(mux, "POST", "/items", `{"name":"apple"}`))
	fmt.Println(do(mux, "POST", "/items", `{}`))
	fmt.Println(do(mux, "GET", "/items", ""))
	fmt.Println(do(mux, "DELETE", "/items", ""))
	fmt.Println(do(mux, "GET", "/hello?name=gopher", ""))
}
