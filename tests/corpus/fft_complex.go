package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func fft(a []complex128, invert bool) []complex128 {
	n := len(a)
	if n == 1 {
		return []complex128{a[0]}
	}
	even := make([]complex128, n/2)
	odd := make([]complex128, n/2)
	for i := 0; i < n/2; i++ {
		even[i] = a[2*i]
		odd[i] = a[2*i+1]
	}
	e, o := fft(even, invert), fft(odd, invert)
	sign := -1.0
	if invert {
		sign = 1
	}
	out := make([]complex128, n)
	for k := 0; k < n/2; k++ {
		w := cmplx.Exp(complex(0, sign*2*math.Pi*float64(k)/float64(n)))
		out[k] = e[k] + w*o[k]
		out[k+n/2] = e[k] - w*o[k]
	}
	return out
}

func nextPow2(n int) int {
	p := 1
	for p < n {
		p <<= 1
	}
	return p
}

// Multiply multiplies polynomials given by coefficients, low degree first.
func Multiply(a, b []float64) []float64 {
	n := nextPow2(len(a) + len(b) - 1)
	fa := make([]complex128, n)
	fb := make([]complex128, n)
	for i, x := range a {
		fa[i] = complex(x, 0)
	}
	for i, x := range b {
		fb[i] = complex(x, 0)
	}
	ta, tb := fft(fa, false), fft(fb, false)
	for i := range ta {
		ta[i] *= tb[i]
	}
	res := fft(ta, true)
	out := make([]float64, len(a)+len(b)-1)
	for i := range out {
		out[i] = math.Round(real(res[i]) / float64(n))
	}
	return out
}

type Spectrum struct {
	Bins []float64
	Peak int
}

func Analyze(signal []float64) Spectrum {
	n := nextPow2(len(signal))
	c := make([]complex128, n)
	for i, s := range signal {
		c[i] = complex(s, 0)
	}
	f := fft(c, false)
	sp := Spectrum{Bins: make([]float64, n/2)}
	for i := range sp.Bins {
		sp.Bins[i] = cmplx.Abs(f[i]) / float64(n)
		if sp.Bins[i] > sp.Bins[sp.Peak] {
			sp.Peak = i
		}
	}
	return sp
}

func main() {
	fmt.Println(Multiply([]float64{1, 2, 3}, []float64{4, 5}))
	sig := make([]float64, 64)
	for i := range sig {
		sig[i] = math.Sin(2*math.Pi*5*float64(i)/64) + 0.5*math.Sin(2*math.Pi*12*float64(i)/64)
	}
	sp := Analyze(sig)
	fmt.Printf("peak bin %d, bin12 %.3f, sqrt(-4)=%v\n", sp.Peak, sp.Bins[12], cmplx.Sqrt(-4))
}
