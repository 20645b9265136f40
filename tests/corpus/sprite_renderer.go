// sprite_renderer.go - ASCII sprites on a fixed-size canvas: sprites as
// [8]uint8 bitmaps blitted with clipping, transparent and XOR modes, a
// bounding-box collision test, and rendering rows into a strings.Builder.
package main

import (
	"fmt"
	"strings"
)

const (
	W = 40
	H = 12
)

type Canvas struct {
	px [H][W]byte
}

type Sprite struct {
	Name string
	Bits [8]uint8
	X, Y int
	Ink  byte
}

type BlitMode int

const (
	Opaque BlitMode = iota
	Transparent
	Xor
)

func (c *Canvas) Clear(b byte) {
	for y := range c.px {
		for x := range c.px[y] {
			c.px[y][x] = b
		}
	}
}

func (c *Canvas) Blit(s *Sprite, mode BlitMode) (drawn int) {
	for row, bits := range s.Bits {
		y := s.Y + row
		if y < 0 || y >= H {
			continue
		}
		for col := 0; col < 8; col++ {
			x := s.X + col
			if x < 0 || x >= W {
				continue
			}
			on := bits&(0x80>>col) != 0
			switch mode {
			case Opaque:
				if on {
					c.px[y][x] = s.Ink
				} else {
					c.px[y][x] = ' '
				}
			case Transparent:
				if on {
					c.px[y][x] = s.Ink
				}
			case Xor:
				if on {
					if c.px[y][x] == s.Ink {
						c.px[y][x] = '.'
					} else {
						c.px[y][x] = s.Ink
					}
				}
			}
			if on {
				drawn++
			}
		}
	}
	return drawn
}

func (s *Sprite) Bounds() (x0, y0, x1, y1 int) { return s.X, s.Y, s.X + 8, s.Y + 8 }

func Collide(a, b *Sprite) bool {
	ax0, ay0, ax1, ay1 := a.Bounds()
	bx0, by0, bx1, by1 := b.Bounds()
	if ax1 <= bx0 || bx1 <= ax0 || ay1 <= by0 || by1 <= ay0 {
		return false
	}
	for row := 0; row < 8; row++ {
		by := a.Y + row - b.Y
		if by < 0 || by >= 8 {
			continue
		}
		shift := b.X - a.X
		var bb uint8
		if shift >= 0 {
			bb = b.Bits[by] >> shift
		} else {
			bb = b.Bits[by] << -shift
		}
		if a.Bits[row]&bb != 0 {
			return true
		}
	}
	return false
}

func (c *Canvas) String() string {
	var sb strings.Builder
	sb.Grow((W + 3) * (H + 2))
	sb.WriteString("+" + strings.Repeat("-", W) + "+\n")
	for y := range c.px {
		sb.WriteByte('|')
		sb.Write(c.px[y][:])
		sb.WriteString("|\n")
	}
	sb.WriteString("+" + strings.Repeat("-", W) + "+\n")
	return sb.String()
}

func main() {
	invader := Sprite{"invader", [8]uint8{0x18, 0x3C, 0x7E, 0xDB, 0xFF, 0x24, 0x5A, 0xA5}, 3, 2, '#'}
	ship := Sprite{"ship", [8]uint8{0x00, 0x18, 0x18, 0x3C, 0x7E, 0xFF, 0xFF, 0x66}, 30, 6, '@'}
	ghost := ship
	ghost.X, ghost.Ink = 36, '%'
	c := &Canvas{}
	c.Clear('.')
	n := c.Blit(&invader, Opaque) + c.Blit(&ship, Transparent) + c.Blit(&ghost, Xor)
	fmt.Print(c)
	fmt.Println("pixels", n, "collide", Collide(&invader, &ship), Collide(&ship, &ghost))
	ghost.X = 31
	fmt.Println("after move", Collide(&ship, &ghost))
}
