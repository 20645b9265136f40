// 3D vector math with value methods, a ray-sphere intersection and a tiny
// ASCII renderer of a lit sphere.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Vec3 struct{ X, Y, Z float64 }

func (a Vec3) Add(b Vec3) Vec3      { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Sub(b Vec3) Vec3      { return Vec3{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3) Scale(s float64) Vec3 { return Vec3{a.X * s, a.Y * s, a.Z * s} }
func (a Vec3) Dot(b Vec3) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3) Len() float64         { return math.Sqrt(a.Dot(a)) }

func (a Vec3) Cross(b Vec3) Vec3 {
	return Vec3{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}

func (a Vec3) Norm() Vec3 {
	l := a.Len()
	if l == 0 {
		return a
	}
	return a.Scale(1 / l)
}

func (a *Vec3) AddInPlace(b Vec3) {
	a.X += b.X
	a.Y += b.Y
	a.Z += b.Z
}

type Ray struct{ Origin, Dir Vec3 }

func (r Ray) At(t float64) Vec3 { return r.Origin.Add(r.Dir.Scale(t)) }

type Sphere struct {
	Center Vec3
	Radius float64
}

type Hit struct {
	T      float64
	Point  Vec3
	Normal Vec3
}

func (s *Sphere) Intersect(r Ray) (Hit, bool) {
	oc := r.Origin.Sub(s.Center)
	a := r.Dir.Dot(r.Dir)
	b := 2 * oc.Dot(r.Dir)
	c := oc.Dot(oc) - s.Radius*s.Radius
	disc := b*b - 4*a*c
	if disc < 0 {
		return Hit{}, false
	}
	t := (-b - math.Sqrt(disc)) / (2 * a)
	if t < 0 {
		return Hit{}, false
	}
	p := r.At(t)
	return Hit{T: t, Point: p, Normal: p.Sub(s.Center).Norm()}, true
}

type Mat3 [3][3]float64

func RotationY(theta float64) Mat3 {
	c, s := math.Cos(theta), math.Sin(theta)
	return Mat3{{c, 0, s}, {0, 1, 0}, {-s, 0, c}}
}

func (m *Mat3) Apply(v Vec3) Vec3 {
	return Vec3{
		m[0][0]*v.X + m[0][1]*v.Y + m[0][2]*v.Z,
		m[1][0]*v.X + m[1][1]*v.Y + m[1][2]*v.Z,
		m[2][0]*v.X + m[2][1]*v.Y + m[2][2]*v.Z,
	}
}

func Centroid(points ...Vec3) Vec3 {
	var sum Vec3
	for _, p := range points {
		sum.AddInPlace(p)
	}
	if len(points) == 0 {
		return sum
	}
	return sum.Scale(1 / float64(len(points)))
}

func render(s *Sphere, light Vec3, w, h int) string {
	shades := " .:-=+*#%@"
	var sb strings.Builder
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			dir := Vec3{(float64(x) - float64(w)/2) / float64(w), (float64(h)/2 - float64(y)) / float64(h), 1}
			hit, ok := s.Intersect(Ray{Origin: Vec3{}, Dir: dir.Norm()})
			if !ok {
				sb.WriteByte(' ')
				continue
			}
			b := hit.Normal.Dot(light.Norm())
			if b < 0 {
				b = 0
			}
			sb.WriteByte(shades[int(b*float64(len(shades)-1))])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a, b := Vec3{1, 0, 0}, Vec3{0, 1, 0}
	fmt.Println("cross:", a.Cross(b), "dot:", a.Dot(b))
	rot := RotationY(math.Pi / 2)
	r := rot.Apply(a)
	fmt.Printf("rotated: (%.2f, %.2f, %.2f)\n", r.X, r.Y, r.Z)
	fmt.Println("centroid:", Centroid(a, b, Vec3{0, 0, 3}))

	s := &Sphere{Center: Vec3{0, 0, 3}, Radius: 1}
	fmt.Print(render(s, Vec3{-1, 1, -1}, 32, 14))
	if hit, ok := s.Intersect(Ray{Dir: Vec3{0, 0, 1}}); ok {
		fmt.Printf("hit at t=%.2f normal=%v\n", hit.T, hit.Normal)
	}
}
