package main

func main() {
	fmt.Println("no import")
	strings.ToUpper("x")
}
