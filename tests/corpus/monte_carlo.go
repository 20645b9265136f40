package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"sync"
)

func estimatePi(samples int, seed int64) float64 {
	rng := rand.New(rand.NewSource(seed))
	inside := 0
	for i := 0; i < samples; i++ {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	return 4 * float64(inside) / float64(samples)
}

func parallelPi(workers, perWorker int) float64 {
	results := make([]float64, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			results[w] = estimatePi(perWorker, int64(w+1))
		}(w)
	}
	wg.Wait()
	sum := 0.0
	for _, r := range results {
		sum += r
	}
	return sum / float64(workers)
}

func randomWalk(steps int, rng *rand.Rand) (x, y int) {
	for i := 0; i < steps; i++ {
		switch rng.Intn(4) {
		case 0:
			x++
		case 1:
			x--
		case 2:
			y++
		default:
			y--
		}
	}
	return
}

func diceDistribution(rolls int, rng *rand.Rand) map[int]int {
	d := map[int]int{}
	for i := 0; i < rolls; i++ {
		d[rng.Intn(6)+rng.Intn(6)+2]++
	}
	return d
}

func main() {
	pi := estimatePi(100000, 42)
	fmt.Printf("%.2f %.2f\n", pi, math.Abs(parallelPi(4, 20000)-math.Pi))
	rng := rand.New(rand.NewSource(5))
	x, y := randomWalk(1000, rng)
	fmt.Println(x, y)
	d := diceDistribution(3600, rng)
	keys := make([]int, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	mode := keys[0]
	for _, k := range keys {
		if d[k] > d[mode] {
			mode = k
		}
	}
	fmt.Println(len(keys), mode)
}
