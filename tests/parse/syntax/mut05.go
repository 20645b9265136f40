package main

import (
	"fmt"
	"math"
	"strings"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", b)
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var b strings.Builder
	for i, c := range "rwx" {
		if p&(1<<uint(i)) != 0 {
			b.WriteRune(c)
		} else {
			b.Wri'teByte('-')
		}
	}
	return b.String()
}

const (
	big    = 1 << 100
	small  = big >> 98
	pi     = 3.14159265358979323846264338327950288419716939937510582097494459
	greet  = "hello, " + "world"
	typedF = float32(pi)
)

func main() {
	fmt.Println(KB, MB, ByteSize(1500), ByteSize(3.5*float64(GB)), TB)
	fmt.Println(Monday.Weekend(), Saturday.Weekend(), Friday-Monday)
	fmt.Println(Read|Exec, Read|Write|Exec, Perm(0))
	fmt.Println(small, pi*2, len(greet), typedF, math.MaxInt8, math.MinInt64, uint32(math.MaxUint32))
}
