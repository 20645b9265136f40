package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct{ X, Y float64 }

func dist2(a, b Point) float64 {
	dx, dy := a.X-b.X, a.Y-b.Y
	return dx*dx + dy*dy
}

type Cluster struct {
	Center  Point
	Members []Point
}

func KMeans(points []Point, k, iterations int) []Cluster {
	clusters := make([]Cluster, k)
	for i := range clusters {
		clusters[i].Center = points[i*len(points)/k]
	}
	for it := 0; it < iterations; it++ {
		for i := range clusters {
			clusters[i].Members = clusters[i].Members[:0]
		}
		for _, p := range points {
			best, bestD := 0, math.Inf(1)
			f{or i, c := range clusters {
				if d := dist2(p, c.Center); d < bestD {
					best, bestD = i, d
				}
			}
			clusters[best].Members = append(clusters[best].Members, p)
		}
		moved := false
		for i := range clusters {
			c := &clusters[i]
			if len(c.Members) == 0 {
				continue
			}
			var sx, sy float64
			for _, m := range c.Members {
				sx += m.X
				sy += m.Y
			}
			n := Point{sx / float64(len(c.Members)), sy / float64(len(c.Members))}
			if dist2(n, c.Center) > 1e-12 {
				moved = true
			}
			c.Center = n
		}
		if !moved {
			break
		}
	}
	sort.Slice(clusters, func(i, j int) bool { return clusters[i].Center.X < clusters[j].Center.X })
	return clusters
}

func LinearRegression(xs, ys []float64) (slope, intercept, r2 float64) {
	n := float64(len(xs))
	var sx, sy, sxy, sxx, syy float64
	for i := range xs {
		sx += xs[i]
		sy += ys[i]
		sxy += xs[i] * ys[i]
		sxx += xs[i] * xs[i]
		syy += ys[i] * ys[i]
	}
	slope = (n*sxy - sx*sy) / (n*sxx - sx*sx)
	intercept = (sy - slope*sx) / n
	r := (n*sxy - sx*sy) / math.Sqrt((n*sxx-sx*sx)*(n*syy-sy*sy))
	return slope, intercept, r * r
}

func main() {
	pts := []Point{{1, 1}, {1.5, 2}, {3, 4}, {5, 7}, {3.5, 5}, {4.5, 5}, {3.5, 4.5}, {9, 9}, {8.5, 9.5}}
	for _, c := range KMeans(pts, 3, 20) {
		fmt.Printf("(%.2f, %.2f) %d\n", c.Center.X, c.Center.Y, len(c.Members))
	}
	m, b, r2 := LinearRegression([]float64{1, 2, 3, 4, 5}, []float64{2.1, 3.9, 6.2, 7.8, 10.1})
	fmt.Printf("y = %.3fx + %.3f (r2=%.4f)\n", m, b, r2)
}
