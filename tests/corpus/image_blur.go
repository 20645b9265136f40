// image_blur.go - 2D convolution on a grayscale image stored as [][]float32:
// box blur, Gaussian and Sobel kernels as [3][3]float32 values, edge clamping,
// and an ASCII rendering by brightness.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Kernel [3][3]float32

type Image struct {
	W, H int
	Pix  [][]float32
}

func NewImage(w, h int) *Image {
	pix := make([][]float32, h)
	for y := range pix {
		pix[y] = make([]float32, w)
	}
	return &Image{w, h, pix}
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func (img *Image) At(x, y int) float32 {
	return img.Pix[clamp(y, 0, img.H-1)][clamp(x, 0, img.W-1)]
}

func (img *Image) Convolve(k Kernel, scale float32) *Image {
	out := NewImage(img.W, img.H)
	for y := 0; y < img.H; y++ {
		for x := 0; x < img.W; x++ {
			var sum float32
			for ky := 0; ky < 3; ky++ {
				for kx := 0; kx < 3; kx++ {
					sum += k[ky][kx] * img.At(x+kx-1, y+ky-1)
				}
			}
			out.Pix[y][x] = sum * scale
		}
	}
	return out
}

func (img *Image) Magnitude(gx, gy *Image) *Image {
	out := NewImage(img.W, img.H)
	for y := range out.Pix {
		for x := range out.Pix[y] {
			a, b := float64(gx.Pix[y][x]), float64(gy.Pix[y][x])
			out.Pix[y][x] = float32(math.Hypot(a, b))
		}
	}
	return out
}

var (
	box      = Kernel{{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}
	gaussian = Kernel{{1, 2, 1}, {2, 4, 2}, {1, 2, 1}}
	sobelX   = Kernel{{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}}
)

func transpose(k Kernel) Kernel {
	var t Kernel
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			t[i][j] = k[j][i]
		}
	}
	return t
}

func (img *Image) ASCII() string {
	const ramp = " .:-=+*#%@"
	var max float32
	for _, row := range img.Pix {
		for _, v := range row {
			if v > max {
				max = v
			}
		}
	}
	var sb strings.Builder
	for _, row := range img.Pix {
		for _, v := range row {
			i := 0
			if max > 0 {
				i = int(v / max * float32(len(ramp)-1))
			}
			sb.WriteByte(ramp[i])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	img := NewImage(24, 10)
	for y := 2; y < 8; y++ {
		for x := 6; x < 18; x++ {
			img.Pix[y][x] = 1
		}
	}
	blurred := img.Convolve(gaussian, 1.0/16)
	fmt.Print(blurred.ASCII())
	edges := img.Magnitude(img.Convolve(sobelX, 1), img.Convolve(transpose(sobelX), 1))
	fmt.Print(edges.ASCII())
	soft := img.Convolve(box, 1.0/9)
	fmt.Printf("%.3f %.3f %.3f\n", soft.At(6, 2), blurred.At(12, 5), edges.At(0, 0))
}
