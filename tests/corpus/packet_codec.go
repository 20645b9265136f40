// packet_codec.go - encodes and decodes a small binary framing protocol
// with fixed headers in arrays, checksums, and a reusable frame buffer.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

const headerLen = 10

type Header struct {
	Magic [2]byte
	Kind  uint8
	Flags uint8
	Len   uint16
	CRC   uint32
}

type Frame struct {
	Header
	Payload []byte
}

var errShort = errors.New("short frame")

func (h *Header) marshal(dst *[headerLen]byte) {
	dst[0], dst[1] = h.Magic[0], h.Magic[1]
	dst[2], dst[3] = h.Kind, h.Flags
	binary.BigEndian.PutUint16(dst[4:6], h.Len)
	binary.BigEndian.PutUint32(dst[6:], h.CRC)
}

func Encode(w io.Writer, kind uint8, payload []byte) error {
	var hdr [headerLen]byte
	h := Header{Magic: [2]byte{'P', 'K'}, Kind: kind, Len: uint16(len(payload))}
	h.CRC = crc32.ChecksumIEEE(payload)
	h.marshal(&hdr)
	if _, err := w.Write(hdr[:]); err != nil {
		return err
	}
	_, err := w.Write(payload)
	return err
}

type Decoder struct {
	r   io.Reader
	buf []byte
}

func (d *Decoder) Next() (*Frame, error) {
	var hdr [headerLen]byte
	if _, err := io.ReadFull(d.r, hdr[:]); err != nil {
		return nil, err
	}
	f := &Frame{}
	copy(f.Magic[:], hdr[:2])
	f.Kind, f.Flags = hdr[2], hdr[3]
	f.Len = binary.BigEndian.Uint16(hdr[4:6])
	f.CRC = binary.BigEndian.Uint32(hdr[6:])
	if cap(d.buf) < int(f.Len) {
		d.buf = make([]byte, f.Len)
	}
	d.buf = d.buf[:f.Len]
	if _, err := io.ReadFull(d.r, d.buf); err != nil {
		return nil, errShort
	}
	if crc32.ChecksumIEEE(d.buf) != f.CRC {
		return nil, fmt.Errorf("kind %d: bad crc %08x", f.Kind, f.CRC)
	}
	f.Payload = append([]byte(nil), d.buf...)
	return f, nil
}

func main() {
	var stream bytes.Buffer
	msgs := [][]byte{[]byte("hello"), []byte("binary"), {0, 1, 2, 3}}
	for i, m := range msgs {
		if err := Encode(&stream, uint8(i+1), m); err != nil {
			fmt.Println(err)
		}
	}
	raw := stream.Bytes()
	raw[len(raw)-1] ^= 0xff
	d := &Decoder{r: bytes.NewReader(raw)}
	for {
		f, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%c%c kind=%d len=%d %q\n", f.Magic[0], f.Magic[1], f.Kind, f.Len, f.Payload)
	}
}
