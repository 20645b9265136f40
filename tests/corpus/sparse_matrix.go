// Sparse matrices in CSR form: building from triplets, matrix-vector products,
// transpose, and a conjugate-gradient solver for a 1D Poisson problem.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Triplet struct {
	Row, Col int
	Val      float64
}

type CSR struct {
	Rows, Cols int
	RowPtr     []int
	ColIdx     []int
	Vals       []float64
}

func FromTriplets(rows, cols int, ts []Triplet) *CSR {
	sorted := make([]Triplet, len(ts))
	copy(sorted, ts)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].Row != sorted[j].Row {
			return sorted[i].Row < sorted[j].Row
		}
		return sorted[i].Col < sorted[j].Col
	})
	m := &CSR{Rows: rows, Cols: cols, RowPtr: make([]int, rows+1)}
	for i, t := range sorted {
		n := len(m.Vals)
		if i > 0 && n > 0 && sorted[i-1].Row == t.Row && sorted[i-1].Col == t.Col {
			m.Vals[n-1] += t.Val
			continue
		}
		m.ColIdx = append(m.ColIdx, t.Col)
		m.Vals = append(m.Vals, t.Val)
		m.RowPtr[t.Row+1]++
	}
	for r := 0; r < rows; r++ {
		m.RowPtr[r+1] += m.RowPtr[r]
	}
	return m
}

func (m *CSR) MulVec(x, y []float64) {
	for r := 0; r < m.Rows; r++ {
		var s float64
		for k := m.RowPtr[r]; k < m.RowPtr[r+1]; k++ {
			s += m.Vals[k] * x[m.ColIdx[k]]
		}
		y[r] = s
	}
}

func (m *CSR) Transpose() *CSR {
	ts := make([]Triplet, 0, len(m.Vals))
	m.Each(func(r, c int, v float64) { ts = append(ts, Triplet{c, r, v}) })
	return FromTriplets(m.Cols, m.Rows, ts)
}

func (m *CSR) Each(fn func(r, c int, v float64)) {
	for r := 0; r < m.Rows; r++ {
		for k := m.RowPtr[r]; k < m.RowPtr[r+1]; k++ {
			fn(r, m.ColIdx[k], m.Vals[k])
		}
	}
}

func (m *CSR) Density() float64 { return float64(len(m.Vals)) / float64(m.Rows*m.Cols) }

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func axpy(alpha float64, x, y []float64) {
	for i := range x {
		y[i] += alpha * x[i]
	}
}

// CG solves A x = b for a symmetric positive definite A.
func CG(a *CSR, b []float64, tol float64, maxIter int) ([]float64, int) {
	n := len(b)
	x := make([]float64, n)
	r := append([]float64(nil), b...)
	p := append([]float64(nil), b...)
	ap := make([]float64, n)
	rs := dot(r, r)
	for it := 1; it <= maxIter; it++ {
		a.MulVec(p, ap)
		alpha := rs / dot(p, ap)
		axpy(alpha, p, x)
		axpy(-alpha, ap, r)
		next := dot(r, r)
		if math.Sqrt(next) < tol {
			return x, it
		}
		for i := range p {
			p[i] = r[i] + next/rs*p[i]
		}
		rs = next
	}
	return x, maxIter
}

func poisson1D(n int) *CSR {
	var ts []Triplet
	for i := 0; i < n; i++ {
		ts = append(ts, Triplet{i, i, 2})
		if i > 0 {
			ts = append(ts, Triplet{i, i - 1, -1})
		}
		if i < n-1 {
			ts = append(ts, Triplet{i, i + 1, -1})
		}
	}
	return FromTriplets(n, n, ts)
}

func main() {
	m := FromTriplets(3, 4, []Triplet{{0, 1, 2}, {2, 3, 5}, {0, 1, 1}, {1, 0, -1}, {2, 0, 4}})
	fmt.Println("rowptr", m.RowPtr, "cols", m.ColIdx, "vals", m.Vals)
	y := make([]float64, 3)
	m.MulVec([]float64{1, 2, 3, 4}, y)
	fmt.Println("A*x =", y, "density", m.Density())
	mt := m.Transpose()
	fmt.Println("At rowptr", mt.RowPtr, mt.Vals)

	const n = 50
	a := poisson1D(n)
	b := make([]float64, n)
	for i := range b {
		b[i] = 1.0 / float64((n+1)*(n+1))
	}
	x, iters := CG(a, b, 1e-12, 200)
	fmt.Printf("cg: %d iterations, u(mid)=%.6f (exact %.6f)\n", iters, x[n/2], 0.5*(26.0/51)*(1-26.0/51))
}
