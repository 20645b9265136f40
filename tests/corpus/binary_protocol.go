package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

const magic uint16 = 0xE5CA

type MsgType uint8

const (
	MsgPing MsgType = iota + 1
	MsgData
	MsgClose
)

type Frame struct {
	Type    MsgType
	Seq     uint32
	Payload []byte
}

var ErrChecksum = errors.New("checksum mismatch")
var ErrMagic = errors.New("bad magic")

func (f *Frame) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	hdr := struct {
		Magic uint16
		Type  MsgType
		Seq   uint32
		Len   uint16
	}{magic, f.Type, f.Seq, uint16(len(f.Payload))}
	if err := binary.Write(&buf, binary.BigEndian, hdr); err != nil {
		return nil, err
	}
	buf.Write(f.Payload)
	sum := crc32.ChecksumIEEE(buf.Bytes())
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], sum)
	buf.Write(tail[:])
	return buf.Bytes(), nil
}

func ReadFrame(r io.Reader) (*Frame, error) {
	var hdr [9]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, err
	}
	if binary.BigEndian.Uint16(hdr[0:2]) != magic {
		return nil, ErrMagic
	}
	n := binary.BigEndian.Uint16(hdr[7:9])
	payload := make([]byte, n)
	if _, err := io.ReadFull(r, payload); err != nil {
		return nil, fmt.Errorf("payload: %w", err)
	}
	var tail [4]byte
	if _, err := io.ReadFull(r, tail[:]); err != nil {
		return nil, fmt.Errorf("checksum: %w", err)
	}
	h := crc32.NewIEEE()
	h.Write(hdr[:])
	h.Write(payload)
	if h.Sum32() != binary.BigEndian.Uint32(tail[:]) {
		return nil, ErrChecksum
	}
	return &Frame{Type: MsgType(hdr[2]), Seq: binary.BigEndian.Uint32(hdr[3:7]), Payload: payload}, nil
}

func varints(vals []int64) []byte {
	buf := make([]byte, 0, len(vals)*binary.MaxVarintLen64)
	var tmp [binary.MaxVarintLen64]byte
	for _, v := range vals {
		n := binary.PutVarint(tmp[:], v)
		buf = append(buf, tmp[:n]...)
	}
	return buf
}

func main() {
	var stream bytes.Buffer
	for i, p := range []string{"", "hello", "world!"} {
		f := &Frame{Type: MsgData, Seq: uint32(i), Payload: []byte(p)}
		if i == 0 {
			f.Type = MsgPing
		}
		b, _ := f.MarshalBinary()
		stream.Write(b)
	}
	for {
		f, err := ReadFrame(&stream)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println(f.Type, f.Seq, string(f.Payload))
	}
	bad, _ := (&Frame{Type: MsgClose, Payload: []byte("x")}).MarshalBinary()
	bad[len(bad)-1] ^= 0xFF
	_, err := ReadFrame(bytes.NewReader(bad))
	fmt.Println(err, len(varints([]int64{1, -1, 300, 1 << 40})))
}
