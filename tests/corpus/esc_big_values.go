package main

type Matrix4 [4][4]float64

type Huge struct {
	buf [1 << 16]byte
}

type Medium struct {
	buf [1 << 12]byte
	n   int
}

func identity() Matrix4 {
	var m Matrix4
	for i := 0; i < 4; i++ {
		m[i][i] = 1
	}
	return m
}

func mul(a, b Matrix4) Matrix4 {
	var c Matrix4
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			for k := 0; k < 4; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func newHuge() *Huge { return &Huge{} }

func localHuge() int {
	var h Huge
	h.buf[0] = 1
	return int(h.buf[0])
}

func newHugeLocal() int {
	h := new(Huge)
	h.buf[1] = 2
	return int(h.buf[1])
}

func mediumLocal() int {
	m := &Medium{n: 3}
	m.buf[0] = 1
	return m.n
}

func hugeParam(h Huge) byte { return h.buf[10] }

func main() {
	m := mul(identity(), identity())
	var h Huge
	println(m[1][1], newHuge() != nil, localHuge(), newHugeLocal(), mediumLocal(), hugeParam(h))
}
