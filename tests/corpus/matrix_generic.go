package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Scalar interface {
	~int | ~int32 | ~float32 | ~float64
}

type Matrix[T Scalar] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func New[T Scalar](rows, cols int) *Matrix[T] {
	return &Matrix[T]{rows: rows, cols: cols, data: make([]T, rows*cols)}
}

func FromRows[T Scalar](rows [][]T) *Matrix[T] {
	m := New[T](len(rows), len(rows[0]))
	for i, r := range rows {
		copy(m.data[i*m.cols:], r)
	}
	return m
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("%w: %dx%d * %dx%d", ErrShape, m.rows, m.cols, o.rows, o.cols)
	}
	r := New[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix[T]) Transpose() *Matrix[T] {
	t := New[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix[T]) Apply(f func(T) T) {
	for i, v := range m.data {
		m.data[i] = f(v)
	}
}

func (m *Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6v", m.At(i, j))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func Identity[T Scalar](n int) *Matrix[T] {
	m := New[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func Norm[T Scalar](m *Matrix[T]) float64 {
	var s float64
	for _, v := range m.data {
		s += float64(v) * float64(v)
	}
	return math.Sqrt(s)
}

func main() {
	a := FromRows([][]int{{1, 2, 3}, {4, 5, 6}})
	b := a.Transpose()
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	if _, err := a.Mul(a); err != nil {
		fmt.Println(errors.Is(err, ErrShape), err)
	}
	f := FromRows([][]float64{{0.5, 1.5}, {2, -1}})
	f.Apply(func(x float64) float64 { return x * 2 })
	p, _ := f.Mul(Identity[float64](2))
	fmt.Print(p)
	fmt.Printf("%.3f %.3f\n", Norm(a), Norm(f))
}
