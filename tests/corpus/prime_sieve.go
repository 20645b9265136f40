package main

import "fmt"

// The classic concurrent prime sieve.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func concurrentPrimes(n int) []int {
	ch := make(chan int)
	go generate(ch)
	primes := make([]int, 0, n)
	for i := 0; i < n; i++ {
		prime := <-ch
		primes = append(primes, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	return primes
}

// Eratosthenes on a local array: nothing escapes.
func countPrimesBelow1000() int {
	var composite [1000]bool
	count := 0
	for i := 2; i < len(composite); i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j < len(composite); j += i {
			composite[j] = true
		}
	}
	return count
}

func segmented(limit int) []int {
	sieve := make([]bool, limit+1)
	var out []int
	for i := 2; i <= limit; i++ {
		if !sieve[i] {
			out = append(out, i)
			for j := i * i; j <= limit; j += i {
				sieve[j] = true
			}
		}
	}
	return out
}

func main() {
	fmt.Println(concurrentPrimes(10))
	fmt.Println(countPrimesBelow1000(), len(segmented(10000)))
}
