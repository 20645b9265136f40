package main

type node struct {
	val  int
	next *node
}

var head *node
var cache = map[int]*node{}
var last interface{}
var buf [4]*int
var counter int

func push(v int) {
	n := &node{val: v}
	n.next = head
	head = n
}

func remember(v int) {
	n := node{val: v}
	cache[v] = &n
}

func setLast(x int) { last = x }

func setBuf(i int) {
	v := i * 2
	buf[i%4] = &v
}

func incr() int {
	counter++
	return counter
}

func readHead() int {
	if head == nil {
		return -1
	}
	return head.val
}

func localShadow() int {
	head := &node{val: 99}
	return head.val
}

func main() {
	push(1)
	push(2)
	remember(3)
	setLast(4)
	setBuf(5)
	incr()
	println(readHead(), len(cache), incr(), localShadow(), *buf[1])
}
