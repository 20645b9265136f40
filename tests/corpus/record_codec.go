package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Count   uint16
}

type Record struct {
	ID    uint32
	Score int16
	Name  string
	Tags  []string
}

var (
	magic       = [4]byte{'R', 'E', 'C', '1'}
	ErrMagic    = errors.New("codec: bad magic")
	ErrChecksum = errors.New("codec: checksum mismatch")
)

type Encoder struct {
	w   io.Writer
	buf bytes.Buffer
}

func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

func (e *Encoder) putString(s string) {
	var tmp [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(tmp[:], uint64(len(s)))
	e.buf.Write(tmp[:n])
	e.buf.WriteString(s)
}

func (e *Encoder) Encode(recs []Record) error {
	e.buf.Reset()
	h := Header{Magic: magic, Version: 1, Count: uint16(len(recs))}
	if err := binary.Write(&e.buf, binary.LittleEndian, h); err != nil {
		return err
	}
	for i := range recs {
		r := &recs[i]
		var fixed [6]byte
		binary.LittleEndian.PutUint32(fixed[0:], r.ID)
		binary.LittleEndian.PutUint16(fixed[4:], uint16(r.Score))
		e.buf.Write(fixed[:])
		e.putString(r.Name)
		e.buf.WriteByte(byte(len(r.Tags)))
		for _, t := range r.Tags {
			e.putString(t)
		}
	}
	sum := crc32.ChecksumIEEE(e.buf.Bytes())
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], sum)
	e.buf.Write(tail[:])
	_, err := e.w.Write(e.buf.Bytes())
	return err
}

type Decoder struct {
	r *bytes.Reader
}

func (d *Decoder) str() (string, error) {
	n, err := binary.ReadUvarint(d.r)
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		return "", err
	}
	return string(b), nil
}

func Decode(data []byte) ([]Record, error) {
	if len(data) < 4 {
		return nil, io.ErrUnexpectedEOF
	}
	body, tail := data[:len(data)-4], data[len(data)-4:]
	if crc32.ChecksumIEEE(body) != binary.BigEndian.Uint32(tail) {
		return nil, ErrChecksum
	}
	d := &Decoder{r: bytes.NewReader(body)}
	var h Header
	if err := binary.Read(d.r, binary.LittleEndian, &h); err != nil {
		return nil, err
	}
	if h.Magic != magic {
		return nil, ErrMagic
	}
	recs := make([]Record, h.Count)
	for i := range recs {
		var fixed [6]byte
		if _, err := io.ReadFull(d.r, fixed[:]); err != nil {
			return nil, fmt.Errorf("record %d: %w", i, err)
		}
		recs[i].ID = binary.LittleEndian.Uint32(fixed[0:])
		recs[i].Score = int16(binary.LittleEndian.Uint16(fixed[4:]))
		name, err := d.str()
		if err != nil {
			return nil, fmt.Errorf("record %d: %w", i, err)
		}
		recs[i].Name = name
		nt, err := d.r.ReadByte()
		if err != nil {
			return nil, err
		}
		for j := 0; j < int(nt); j++ {
			t, err := d.str()
			if err != nil {
				return nil, err
			}
			recs[i].Tags = append(recs[i].Tags, t)
		}
	}
	return recs, nil
}

func main() {
	var out bytes.Buffer
	recs := []Record{{1, 90, "ada", []string{"x"}}, {2, -5, "bob", nil}, {70000, 300, "carol", []string{"a", "b"}}}
	if err := NewEncoder(&out).Encode(recs); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(out.Len(), "bytes")
	back, err := Decode(out.Bytes())
	fmt.Println(back, err)
	bad := append([]byte(nil), out.Bytes()...)
	bad[7] ^= 0xff
	_, err = Decode(bad)
	fmt.Println(errors.Is(err, ErrChecksum))
	_, err = Decode(out.Bytes()[:10])
	fmt.Println(err)
}
