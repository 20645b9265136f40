package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec        { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(f float64) Vec  { return Vec{v.X * f, v.Y * f} }
func (v *Vec) Normalize()          { l := v.X*v.X + v.Y*v.Y; v.X /= l; v.Y /= l }
func (v *Vec) Self() *Vec          { return v }
func (v *Vec) Copy() Vec           { return *v }
func (v Vec) Ptr() *Vec            { return &v }

type Big struct {
	data [64]int
	name string
}

func (b Big) First() int      { return b.data[0] }
func (b *Big) FirstPtr() int  { return b.data[0] }
func (b *Big) Name() *string  { return &b.name }
func (b *Big) Keep() { kept = b }

var kept *Big

func useVec() Vec {
	v := Vec{3, 4}
	v.Normalize()
	w := v.Add(Vec{1, 1}).Scale(2)
	return w
}

func selfReturn() *Vec {
	v := Vec{1, 2}
	return v.Self()
}

func ptrMethod() *Vec {
	v := Vec{5, 6}
	return v.Ptr()
}

func bigs() (int, int) {
	var b Big
	b.data[0] = 7
	return b.First(), b.FirstPtr()
}

func keepBig() {
	var b Big
	b.Keep()
}

func nameOf() *string {
	b := Big{name: "n"}
	return b.Name()
}

func main() {
	keepBig()
	x, y := bigs()
	fmt.Println(useVec(), selfReturn(), ptrMethod(), x, y, *nameOf())
}
