package main

import (
	"fmt"
	"math/cmplx"
	"strings"
)

func escapeTime(c complex128, maxIter int) int {
	z := complex(0, 0)
	for i := 0; i < maxIter; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return maxIter
}

func Render(w, h, maxIter int) string {
	const palette = " .:-=+*#%@"
	var b strings.Builder
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			re := -2.2 + 3.0*float64(x)/float64(w)
			im := -1.2 + 2.4*float64(y)/float64(h)
			n := escapeTime(complex(re, im), maxIter)
			b.WriteByte(palette[n*(len(palette)-1)/maxIter])
		}
		b.WriteByte('\n')
	}
	return b.String()
}

type Image struct {
	W, H int
	Pix  []uint8
}

func NewImage(w, h int) *Image { return &Image{W: w, H: h, Pix: make([]uint8, w*h*3)} }

func (im *Image) Set(x, y int, r, g, b uint8) {
	i := (y*im.W + x) * 3
	im.Pix[i], im.Pix[i+1], im.Pix[i+2] = r, g, b
}

func (im *Image) PPMHeader() string { return fmt.Sprintf("P6\n%d %d\n255\n", im.W, im.H) }

func colorize(n, max int) (uint8, uint8, uint8) {
	if n == max {
		return 0, 0, 0
	}
	t := float64(n) / float64(max)
	return uint8(9 * (1 - t) * t * t * t * 255), uint8(15 * (1 - t) * (1 - t) * t * t * 255), uint8(8.5 * (1 - t) * (1 - t) * (1 - t) * t * 255)
}

func main() {
	fmt.Print(Render(60, 20, 30))
	im := NewImage(32, 16)
	sum := 0
	for y := 0; y < im.H; y++ {
		for x := 0; x < im.W; x++ {
			r, g, b := colorize(escapeTime(complex(-2+3*float64(x)/32, -1+2*float64(y)/16), 50), 50)
			im.Set(x, y, r, g, b)
			sum += int(r) + int(g) + int(b)
		}
	}
	fmt.Printf("%q %d\n", im.PPMHeader(), sum)
}
