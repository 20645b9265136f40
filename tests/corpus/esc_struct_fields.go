package main

type inner struct {
	p *int
}

type outer struct {
	in    inner
	ptr   *inner
	items []*int
	label string
}

var globalOuter *outer

func fieldAddr() *int {
	o := outer{}
	x := 1
	o.in.p = &x
	return o.in.p
}

func heapStruct(v int) {
	o := &outer{}
	o.in.p = &v
	globalOuter = o
}

func nestedLocal() int {
	x := 5
	in := inner{p: &x}
	o := outer{ptr: &in}
	return *o.ptr.p
}

func fieldOfParam(o *outer) *int {
	return o.in.p
}

func setField(o *outer, v *int) {
	o.items = append(o.items, v)
}

func addrOfField(o *outer) *inner {
	return &o.in
}

func copyStruct(o outer) outer {
	o.label = "copy"
	return o
}

func arrayOfStructs() int {
	var arr [3]inner
	a, b := 1, 2
	arr[0].p = &a
	arr[1].p = &b
	return *arr[0].p + *arr[1].p
}

func main() {
	heapStruct(3)
	o := &outer{label: "x"}
	y := 4
	setField(o, &y)
	c := copyStruct(*o)
	println(*fieldAddr(), nestedLocal(), fieldOfParam(globalOuter) != nil, addrOfField(o) != nil, c.label, arrayOfStructs())
}
