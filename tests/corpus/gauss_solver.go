// gauss_solver.go - Gaussian elimination with partial pivoting for linear
// systems, a determinant, a matrix inverse, and a least-squares line fit
// through the normal equations.
package main

import (
	"errors"
	"fmt"
	"math"
)

type Matrix [][]float64

var ErrSingular = errors.New("matrix is singular")

func NewMatrix(rows, cols int) Matrix {
	m := make(Matrix, rows)
	cells := make([]float64, rows*cols)
	for i := range m {
		m[i] = cells[i*cols : (i+1)*cols]
	}
	return m
}

func (m Matrix) Clone() Matrix {
	c := NewMatrix(len(m), len(m[0]))
	for i := range m {
		copy(c[i], m[i])
	}
	return c
}

// Solve solves a·x = b; a and b are left untouched.
func Solve(a Matrix, b []float64) ([]float64, error) {
	n := len(a)
	aug := NewMatrix(n, n+1)
	for i := range a {
		copy(aug[i], a[i])
		aug[i][n] = b[i]
	}
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(aug[r][col]) > math.Abs(aug[pivot][col]) {
				pivot = r
			}
		}
		if math.Abs(aug[pivot][col]) < 1e-12 {
			return nil, ErrSingular
		}
		aug[col], aug[pivot] = aug[pivot], aug[col]
		for r := col + 1; r < n; r++ {
			f := aug[r][col] / aug[col][col]
			for c := col; c <= n; c++ {
				aug[r][c] -= f * aug[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := aug[i][n]
		for j := i + 1; j < n; j++ {
			s -= aug[i][j] * x[j]
		}
		x[i] = s / aug[i][i]
	}
	return x, nil
}

func Det(a Matrix) float64 {
	m := a.Clone()
	n := len(m)
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(m[r][col]) > math.Abs(m[pivot][col]) {
				pivot = r
			}
		}
		if m[pivot][col] == 0 {
			return 0
		}
		if pivot != col {
			m[col], m[pivot] = m[pivot], m[col]
			det = -det
		}
		det *= m[col][col]
		for r := col + 1; r < n; r++ {
			f := m[r][col] / m[col][col]
			for c := col; c < n; c++ {
				m[r][c] -= f * m[col][c]
			}
		}
	}
	return det
}

func Inverse(a Matrix) (Matrix, error) {
	n := len(a)
	inv := NewMatrix(n, n)
	for j := 0; j < n; j++ {
		e := make([]float64, n)
		e[j] = 1
		col, err := Solve(a, e)
		if err != nil {
			return nil, fmt.Errorf("inverse: %w", err)
		}
		for i := range col {
			inv[i][j] = col[i]
		}
	}
	return inv, nil
}

func fitLine(xs, ys []float64) (slope, intercept float64, err error) {
	var sx, sy, sxx, sxy float64
	for i := range xs {
		sx += xs[i]
		sy += ys[i]
		sxx += xs[i] * xs[i]
		sxy += xs[i] * ys[i]
	}
	n := float64(len(xs))
	sol, err := Solve(Matrix{{sxx, sx}, {sx, n}}, []float64{sxy, sy})
	if err != nil {
		return 0, 0, err
	}
	return sol[0], sol[1], nil
}

func main() {
	a := Matrix{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	x, err := Solve(a, []float64{8, -11, -3})
	fmt.Printf("x = %.3f, err = %v\n", x, err)
	fmt.Printf("det = %.3f\n", Det(a))
	inv, err := Inverse(a)
	for _, row := range inv {
		fmt.Printf("%7.3f\n", row)
	}
	_, err = Inverse(Matrix{{1, 2}, {2, 4}})
	fmt.Println(err, errors.Is(err, ErrSingular))
	m, c, _ := fitLine([]float64{0, 1, 2, 3, 4}, []float64{1.1, 2.9, 5.2, 7.1, 8.8})
	fmt.Printf("y = %.3fx + %.3f\n", m, c)
}
