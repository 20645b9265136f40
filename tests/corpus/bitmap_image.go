// Drawing into an image.RGBA with image/color: lines (Bresenham), filled circles,
// a gradient and a palette-quantized copy, encoded as PNG into a buffer.
package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
)

type Canvas struct {
	img *image.RGBA
}

func NewCanvas(w, h int) *Canvas {
	return &Canvas{img: image.NewRGBA(image.Rect(0, 0, w, h))}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (c *Canvas) Line(x0, y0, x1, y1 int, col color.Color) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := 1, 1
	if x0 > x1 {
		sx = -1
	}
	if y0 > y1 {
		sy = -1
	}
	err := dx + dy
	for {
		c.img.Set(x0, y0, col)
		if x0 == x1 && y0 == y1 {
			return
		}
		e2 := 2 * err
		if e2 >= dy {
			err += dy
			x0 += sx
		}
		if e2 <= dx {
			err += dx
			y0 += sy
		}
	}
}

func (c *Canvas) Circle(cx, cy, r int, col color.RGBA) {
	for y := -r; y <= r; y++ {
		for x := -r; x <= r; x++ {
			if x*x+y*y <= r*r {
				c.img.SetRGBA(cx+x, cy+y, col)
			}
		}
	}
}

func (c *Canvas) Gradient(from, to color.RGBA) {
	b := c.img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		t := float64(y-b.Min.Y) / float64(b.Dy()-1)
		lerp := func(a, b uint8) uint8 { return uint8(float64(a) + t*(float64(b)-float64(a))) }
		row := color.RGBA{lerp(from.R, to.R), lerp(from.G, to.G), lerp(from.B, to.B), 255}
		for x := b.Min.X; x < b.Max.X; x++ {
			c.img.SetRGBA(x, y, row)
		}
	}
}

func (c *Canvas) Quantize(p color.Palette) *image.Paletted {
	b := c.img.Bounds()
	out := image.NewPaletted(b, p)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			out.Set(x, y, c.img.At(x, y))
		}
	}
	return out
}

func histogram(img image.Image) map[color.Color]int {
	h := make(map[color.Color]int)
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			h[img.At(x, y)]++
		}
	}
	return h
}

func encodePNG(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func ascii(img image.Image, step int) string {
	ramp := []byte(" .:-=+*#%@")
	b := img.Bounds()
	var out bytes.Buffer
	for y := b.Min.Y; y < b.Max.Y; y += step {
		for x := b.Min.X; x < b.Max.X; x += step / 2 {
			g := color.GrayModel.Convert(img.At(x, y)).(color.Gray)
			out.WriteByte(ramp[int(g.Y)*(len(ramp)-1)/255])
		}
		out.WriteByte('\n')
	}
	return out.String()
}

func main() {
	c := NewCanvas(64, 32)
	c.Gradient(color.RGBA{10, 10, 40, 255}, color.RGBA{200, 120, 60, 255})
	c.Circle(44, 12, 7, color.RGBA{255, 240, 180, 255})
	c.Line(0, 31, 63, 20, color.White)
	c.Line(0, 20, 63, 31, color.RGBA{0, 0, 0, 255})

	data, err := encodePNG(c.img)
	fmt.Println("png:", len(data) > 0, err, "crc", crc32.ChecksumIEEE(data) != 0)

	pal := color.Palette{color.Black, color.White, color.RGBA{200, 120, 60, 255}, color.RGBA{10, 10, 40, 255}}
	q := c.Quantize(pal)
	fmt.Println("palette colors used:", len(histogram(q)))
	fmt.Print(ascii(c.img, 4))

	img, err := png.Decode(bytes.NewReader(data))
	fmt.Println("decoded:", img.Bounds(), err)
}
