// Building and parsing DNS query/response messages: header flags, labels with
// name compression pointers, A and TXT records, all with encoding/binary.
package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"strings"
)

type Header struct {
	ID      uint16
	Flags   uint16
	QDCount uint16
	ANCount uint16
	NSCount uint16
	ARCount uint16
}

type Question struct {
	Name  string
	Type  uint16
	Class uint16
}

type RR struct {
	Name  string
	Type  uint16
	Class uint16
	TTL   uint32
	Data  []byte
}

type Message struct {
	Header    Header
	Questions []Question
	Answers   []RR
}

const (
	TypeA   = 1
	TypeTXT = 16
	ClassIN = 1
)

var ErrShort = errors.New("dns: message too short")

type builder struct {
	buf   []byte
	names map[string]int
}

func (b *builder) u16(v uint16) { b.buf = binary.BigEndian.AppendUint16(b.buf, v) }
func (b *builder) u32(v uint32) { b.buf = binary.BigEndian.AppendUint32(b.buf, v) }

func (b *builder) name(n string) {
	n = strings.TrimSuffix(n, ".")
	for n != "" {
		if off, ok := b.names[n]; ok {
			b.u16(0xC000 | uint16(off))
			return
		}
		if len(b.buf) < 0x3FFF {
			b.names[n] = len(b.buf)
		}
		label := n
		if i := strings.IndexByte(n, '.'); i >= 0 {
			label, n = n[:i], n[i+1:]
		} else {
			n = ""
		}
		b.buf = append(b.buf, byte(len(label)))
		b.buf = append(b.buf, label...)
	}
	b.buf = append(b.buf, 0)
}

func (m *Message) Pack() []byte {
	b := &builder{buf: make([]byte, 0, 512), names: map[string]int{}}
	h := m.Header
	h.QDCount, h.ANCount = uint16(len(m.Questions)), uint16(len(m.Answers))
	for _, v := range []uint16{h.ID, h.Flags, h.QDCount, h.ANCount, h.NSCount, h.ARCount} {
		b.u16(v)
	}
	for _, q := range m.Questions {
		b.name(q.Name)
		b.u16(q.Type)
		b.u16(q.Class)
	}
	for _, rr := range m.Answers {
		b.name(rr.Name)
		b.u16(rr.Type)
		b.u16(rr.Class)
		b.u32(rr.TTL)
		b.u16(uint16(len(rr.Data)))
		b.buf = append(b.buf, rr.Data...)
	}
	return b.buf
}

func readName(msg []byte, off int) (string, int, error) {
	var labels []string
	end := -1
	for hops := 0; hops < 16; hops++ {
		if off >= len(msg) {
			return "", 0, ErrShort
		}
		l := int(msg[off])
		switch {
		case l == 0:
			if end < 0 {
				end = off + 1
			}
			return strings.Join(labels, ".") + ".", end, nil
		case l&0xC0 == 0xC0:
			if off+1 >= len(msg) {
				return "", 0, ErrShort
			}
			if end < 0 {
				end = off + 2
			}
			off = int(binary.BigEndian.Uint16(msg[off:]) & 0x3FFF)
		default:
			if off+1+l > len(msg) {
				return "", 0, ErrShort
			}
			labels = append(labels, string(msg[off+1:off+1+l]))
			off += 1 + l
		}
	}
	return "", 0, errors.New("dns: too many compression pointers")
}

func Unpack(msg []byte) (*Message, error) {
	if len(msg) < 12 {
		return nil, ErrShort
	}
	m := &Message{}
	h := &m.Header
	fields := []*uint16{&h.ID, &h.Flags, &h.QDCount, &h.ANCount, &h.NSCount, &h.ARCount}
	for i, f := range fields {
		*f = binary.BigEndian.Uint16(msg[2*i:])
	}
	off := 12
	for i := 0; i < int(h.QDCount); i++ {
		name, next, err := readName(msg, off)
		if err != nil || next+4 > len(msg) {
			return nil, fmt.Errorf("question %d: %w", i, ErrShort)
		}
		m.Questions = append(m.Questions, Question{name, binary.BigEndian.Uint16(msg[next:]), binary.BigEndian.Uint16(msg[next+2:])})
		off = next + 4
	}
	for i := 0; i < int(h.ANCount); i++ {
		name, next, err := readName(msg, off)
		if err != nil || next+10 > len(msg) {
			return nil, fmt.Errorf("answer %d: %w", i, ErrShort)
		}
		rr := RR{Name: name, Type: binary.BigEndian.Uint16(msg[next:]), Class: binary.BigEndian.Uint16(msg[next+2:]),
			TTL: binary.BigEndian.Uint32(msg[next+4:])}
		n := int(binary.BigEndian.Uint16(msg[next+8:]))
		if next+10+n > len(msg) {
			return nil, ErrShort
		}
		rr.Data = msg[next+10 : next+10+n]
		m.Answers = append(m.Answers, rr)
		off = next + 10 + n
	}
	return m, nil
}

func (rr RR) String() string {
	switch rr.Type {
	case TypeA:
		return fmt.Sprintf("%s %d IN A %s", rr.Name, rr.TTL, net.IP(rr.Data))
	case TypeTXT:
		return fmt.Sprintf("%s %d IN TXT %q", rr.Name, rr.TTL, rr.Data[1:])
	}
	return fmt.Sprintf("%s type%d", rr.Name, rr.Type)
}

func main() {
	txt := "v=spf1 -all"
	resp := &Message{
		Header:    Header{ID: 0xBEEF, Flags: 0x8180},
		Questions: []Question{{"www.example.com.", TypeA, ClassIN}},
		Answers: []RR{
			{"www.example.com.", TypeA, ClassIN, 300, []byte{93, 184, 216, 34}},
			{"example.com.", TypeTXT, ClassIN, 60, append([]byte{byte(len(txt))}, txt...)},
		},
	}
	wire := resp.Pack()
	fmt.Printf("%d bytes: % x\n", len(wire), wire[:16])
	got, err := Unpack(wire)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("id=%#x qd=%d an=%d q=%+v\n", got.Header.ID, got.Header.QDCount, got.Header.ANCount, got.Questions[0])
	for _, rr := range got.Answers {
		fmt.Println(rr)
	}
	_, err = Unpack(wire[:30])
	fmt.Println(err, errors.Is(err, ErrShort))
}
