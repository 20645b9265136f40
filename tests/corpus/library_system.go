package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Book struct {
	ISBN   string
	Title  string
	Author string
	Copies int
}

type Loan struct {
	Book   *Book
	Member string
	Due    time.Time
}

type Library struct {
	books   map[string]*Book
	loans   map[string][]*Loan
	now     func() time.Time
	history []string
}

var (
	ErrUnknownBook = errors.New("unknown book")
	ErrNoCopies    = errors.New("no copies left")
	ErrNotBorrowed = errors.New("not borrowed")
)

func NewLibrary(now func() time.Time) *Library {
	return &Library{books: map[string]*Book{}, loans: map[string][]*Loan{}, now: now}
}

func (l *Library) AddBook(isbn, title, author string, copies int) {
	l.books[isbn] = &Book{isbn, title, author, copies}
}

func (l *Library) Borrow(member, isbn string) (*Loan, error) {
	b, ok := l.books[isbn]
	if !ok {
		return nil, fmt.Errorf("borrow %s: %w", isbn, ErrUnknownBook)
	}
	if b.Copies == 0 {
		return nil, fmt.Errorf("borrow %q: %w", b.Title, ErrNoCopies)
	}
	b.Copies--
	loan := &Loan{Book: b, Member: member, Due: l.now().AddDate(0, 0, 14)}
	l.loans[member] = append(l.loans[member], loan)
	l.history = append(l.history, member+" borrowed "+b.Title)
	return loan, nil
}

func (l *Library) Return(member, isbn string) error {
	loans := l.loans[member]
	for i, ln := range loans {
		if ln.Book.ISBN == isbn {
			ln.Book.Copies++
			l.loans[member] = append(loans[:i], loans[i+1:]...)
			l.history = append(l.history, member+" returned "+ln.Book.Title)
			return nil
		}
	}
	return ErrNotBorrowed
}

func (l *Library) Overdue(at time.Time) []string {
	var out []string
	for member, loans := range l.loans {
		for _, ln := range loans {
			if at.After(ln.Due) {
				days := int(at.Sub(ln.Due).Hours() / 24)
				out = append(out, fmt.Sprintf("%s: %s (%d days)", member, ln.Book.Title, days))
			}
		}
	}
	sort.Strings(out)
	return out
}

func (l *Library) Search(q string) []*Book {
	q = strings.ToLower(q)
	var out []*Book
	for _, b := range l.books {
		if strings.Contains(strings.ToLower(b.Title), q) || strings.Contains(strings.ToLower(b.Author), q) {
			out = append(out, b)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Title < out[j].Title })
	return out
}

func main() {
	start := time.Date(2023, 3, 1, 10, 0, 0, 0, time.UTC)
	lib := NewLibrary(func() time.Time { return start })
	lib.AddBook("111", "The Go Programming Language", "Donovan", 1)
	lib.AddBook("222", "Concurrency in Go", "Cox-Buday", 2)
	lib.AddBook("333", "Learning Go", "Bodner", 0)
	_, err := lib.Borrow("ann", "111")
	fmt.Println(err)
	_, err = lib.Borrow("bob", "111")
	fmt.Println(err, errors.Is(err, ErrNoCopies))
	_, err = lib.Borrow("bob", "999")
	fmt.Println(err)
	lib.Borrow("bob", "222")
	fmt.Println(lib.Return("ann", "222"), lib.Return("bob", "222"))
	fmt.Println(lib.Overdue(start.AddDate(0, 0, 20)))
	for _, b := range lib.Search("go") {
		fmt.Println(b.Title, b.Copies)
	}
	fmt.Println(strings.Join(lib.history, "; "))
}
