// A write-ahead log: length-prefixed, CRC-checked binary records written with
// encoding/binary, replayed into a key-value map, with corruption detection.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

type OpCode uint8

const (
	OpPut OpCode = iota + 1
	OpDelete
)

type Record struct {
	LSN   uint64
	Op    OpCode
	Key   string
	Value []byte
}

type header struct {
	Length uint32
	CRC    uint32
}

var ErrCorrupt = errors.New("wal: corrupt record")

func encodeBody(r *Record) []byte {
	var body bytes.Buffer
	binary.Write(&body, binary.LittleEndian, r.LSN)
	body.WriteByte(byte(r.Op))
	var lenbuf [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(lenbuf[:], uint64(len(r.Key)))
	body.Write(lenbuf[:n])
	body.WriteString(r.Key)
	n = binary.PutUvarint(lenbuf[:], uint64(len(r.Value)))
	body.Write(lenbuf[:n])
	body.Write(r.Value)
	return body.Bytes()
}

type Writer struct {
	w   io.Writer
	lsn uint64
}

func (w *Writer) Append(op OpCode, key string, value []byte) error {
	w.lsn++
	body := encodeBody(&Record{LSN: w.lsn, Op: op, Key: key, Value: value})
	h := header{Length: uint32(len(body)), CRC: crc32.ChecksumIEEE(body)}
	if err := binary.Write(w.w, binary.BigEndian, h); err != nil {
		return err
	}
	_, err := w.w.Write(body)
	return err
}

func decodeBody(body []byte) (*Record, error) {
	if len(body) < 9 {
		return nil, ErrCorrupt
	}
	r := &Record{LSN: binary.LittleEndian.Uint64(body), Op: OpCode(body[8])}
	rest := body[9:]
	klen, n := binary.Uvarint(rest)
	if n <= 0 || uint64(len(rest)-n) < klen {
		return nil, ErrCorrupt
	}
	r.Key = string(rest[n : n+int(klen)])
	rest = rest[n+int(klen):]
	vlen, n := binary.Uvarint(rest)
	if n <= 0 || uint64(len(rest)-n) < vlen {
		return nil, ErrCorrupt
	}
	r.Value = append([]byte(nil), rest[n:n+int(vlen)]...)
	return r, nil
}

func ReadAll(rd io.Reader) ([]*Record, error) {
	var out []*Record
	for {
		var h header
		if err := binary.Read(rd, binary.BigEndian, &h); err != nil {
			if err == io.EOF {
				return out, nil
			}
			return out, fmt.Errorf("header: %w", err)
		}
		body := make([]byte, h.Length)
		if _, err := io.ReadFull(rd, body); err != nil {
			return out, fmt.Errorf("body: %w", err)
		}
		if crc32.ChecksumIEEE(body) != h.CRC {
			return out, fmt.Errorf("record %d: %w", len(out)+1, ErrCorrupt)
		}
		r, err := decodeBody(body)
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
}

func Replay(recs []*Record) map[string]string {
	state := make(map[string]string)
	for _, r := range recs {
		switch r.Op {
		case OpPut:
			state[r.Key] = string(r.Value)
		case OpDelete:
			delete(state, r.Key)
		}
	}
	return state
}

func main() {
	var log bytes.Buffer
	w := &Writer{w: &log}
	w.Append(OpPut, "user:1", []byte("ada"))
	w.Append(OpPut, "user:2", []byte("grace"))
	w.Append(OpDelete, "user:1", nil)
	w.Append(OpPut, "user:3", []byte("barbara"))
	fmt.Println("log bytes:", log.Len())

	data := log.Bytes()
	recs, err := ReadAll(bytes.NewReader(data))
	fmt.Println(len(recs), "records, err:", err)
	fmt.Println("state:", Replay(recs))

	bad := append([]byte(nil), data...)
	bad[len(bad)-2] ^= 0xff
	recs, err = ReadAll(bytes.NewReader(bad))
	fmt.Println(len(recs), "records before corruption:", err, errors.Is(err, ErrCorrupt))

	recs, err = ReadAll(bytes.NewReader(data[:len(data)-3]))
	fmt.Println(len(recs), "records from truncated log:", err)
}
