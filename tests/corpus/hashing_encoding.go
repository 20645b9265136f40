package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"strings"
)

func digest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

func streamDigest(parts []string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func fnvKey(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func crc(s string) uint32 { return crc32.ChecksumIEEE([]byte(s)) }

func b64(s string) (string, string, error) {
	enc := base64.StdEncoding.EncodeToString([]byte(s))
	url := base64.RawURLEncoding.EncodeToString([]byte(s))
	dec, err := base64.StdEncoding.DecodeString(enc)
	if err != nil {
		return "", "", err
	}
	if string(dec) != s {
		return "", "", fmt.Errorf("roundtrip mismatch")
	}
	return enc, url, nil
}

func hexDump(b []byte) string {
	var sb strings.Builder
	for i := 0; i < len(b); i += 8 {
		end := i + 8
		if end > len(b) {
			end = len(b)
		}
		fmt.Fprintf(&sb, "%04x  %-24s |%s|\n", i, hex.EncodeToString(b[i:end]), printable(b[i:end]))
	}
	return sb.String()
}

func printable(b []byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= 32 && c < 127 {
			out[i] = c
		} else {
			out[i] = '.'
		}
	}
	return string(out)
}

func consistentHash(key string, nodes []string) string {
	best, bestH := "", uint32(0)
	for _, n := range nodes {
		if h := fnvKey(n + "/" + key); best == "" || h > bestH {
			best, bestH = n, h
		}
	}
	return best
}

func main() {
	fmt.Println(digest("escape"), streamDigest([]string{"a", "b"}), fnvKey("go"), crc("go"))
	fmt.Println(b64("gophers?"))
	_, err := base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	fmt.Print(hexDump([]byte("Escape analysis\x00\x01")))
	for _, k := range []string{"user1", "user2", "user3"} {
		fmt.Print(consistentHash(k, []string{"n1", "n2", "n3"}), " ")
	}
	fmt.Println()
}
