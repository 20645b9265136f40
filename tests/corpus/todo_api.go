// A JSON to-do API with net/http handlers, exercised with net/http/httptest.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

type Store struct {
	mu     sync.Mutex
	nextID int
	todos  map[int]*Todo
}

func NewStore() *Store {
	return &Store{nextID: 1, todos: make(map[int]*Todo)}
}

func (s *Store) Add(title string) *Todo {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := &Todo{ID: s.nextID, Title: title}
	s.todos[t.ID] = t
	s.nextID++
	return t
}

func (s *Store) List() []Todo {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Todo, 0, len(s.todos))
	for _, t := range s.todos {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (s *Store) Toggle(id int) (Todo, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.todos[id]
	if !ok {
		return Todo{}, false
	}
	t.Done = !t.Done
	return *t, true
}

func writeJSON(w http.ResponseWriter, status int, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

type API struct {
	store *Store
}

func (a *API) todos(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		writeJSON(w, http.StatusOK, a.store.List())
	case http.MethodPost:
		var in struct {
			Title string `json:"title"`
		}
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Title == "" {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "title required"})
			return
		}
		writeJSON(w, http.StatusCreated, a.store.Add(in.Title))
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func (a *API) toggle(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/toggle/"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	t, ok := a.store.Toggle(id)
	if !ok {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, http.StatusOK, t)
}

func logging(next http.Handler, log *[]string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		*log = append(*log, r.Method+" "+r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

func (a *API) Routes(log *[]string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/todos", a.todos)
	mux.HandleFunc("/toggle/", a.toggle)
	return logging(mux, log)
}

func do(h http.Handler, method, path, body string) (int, string) {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, path, rd)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, strings.TrimSpace(rec.Body.String())
}

func main() {
	var log []string
	api := &API{store: NewStore()}
	h := api.Routes(&log)

	steps := []struct{ method, path, body string }{
		{"POST", "/todos", `{"title":"write corpus"}`},
		{"POST", "/todos", `{"title":"regen goldens"}`},
		{"POST", "/todos", `{}`},
		{"POST", "/toggle/1", ""},
		{"POST", "/toggle/9", ""},
		{"GET", "/todos", ""},
		{"DELETE", "/todos", ""},
	}
	for _, s := range steps {
		code, body := do(h, s.method, s.path, s.body)
		fmt.Printf("%-6s %-10s -> %d %s\n", s.method, s.path, code, body)
	}
	fmt.Println(len(log), "requests logged")
}
