package main

type grid [8][8]int

func zeroGrid() grid {
	var g grid
	return g
}

func fillGrid(g *grid, v int) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v
		}
	}
}

func gridSum(g grid) int {
	t := 0
	for _, row := range g {
		for _, v := range row {
			t += v
		}
	}
	return t
}

func pointerArray() [3]*int {
	a, b, c := 1, 2, 3
	return [3]*int{&a, &b, &c}
}

func arrayOfPtrLocal() int {
	a, b := 1, 2
	arr := [2]*int{&a, &b}
	return *arr[0] + *arr[1]
}

func sliceOfArray(g *grid) []int {
	return g[2][:]
}

func arrayCopy(src [16]byte) [16]byte {
	dst := src
	dst[0] = 'x'
	return dst
}

func bigArrayParam(a [2048]int) int { return a[0] }

func main() {
	g := zeroGrid()
	fillGrid(&g, 2)
	p := pointerArray()
	var big [2048]int
	var key [16]byte
	println(gridSum(g), *p[1], arrayOfPtrLocal(), len(sliceOfArray(&g)), arrayCopy(key)[0], bigArrayParam(big))
}
