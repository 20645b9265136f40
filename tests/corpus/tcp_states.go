package main

import (
	"fmt"
	"strings"
)

type TCPState int

const (
	Closed TCPState = iota
	Listen
	SynSent
	SynReceived
	Established
	FinWait1
	FinWait2
	CloseWait
	LastAck
	TimeWait
)

var stateNames = []string{"CLOSED", "LISTEN", "SYN_SENT", "SYN_RCVD", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT"}

func (s TCPState) String() string { return stateNames[s] }

type key struct {
	from  TCPState
	event string
}

var transitions = map[key]TCPState{
	{Closed, "passive_open"}:   Listen,
	{Closed, "active_open"}:    SynSent,
	{Listen, "rcv_syn"}:        SynReceived,
	{SynSent, "rcv_syn_ack"}:   Established,
	{SynReceived, "rcv_ack"}:   Established,
	{Established, "close"}:     FinWait1,
	{Established, "rcv_fin"}:   CloseWait,
	{FinWait1, "rcv_ack"}:      FinWait2,
	{FinWait2, "rcv_fin"}:      TimeWait,
	{CloseWait, "close"}:       LastAck,
	{LastAck, "rcv_ack"}:       Closed,
	{TimeWait, "timeout"}:      Closed,
}

type Conn struct {
	state TCPState
	trace []string
}

func (c *Conn) Handle(events ...string) error {
	for _, e := range events {
		next, ok := transitions[key{c.state, e}]
		if !ok {
			return fmt.Errorf("%v: invalid event %q", c.state, e)
		}
		c.trace = append(c.trace, fmt.Sprintf("%v -%s-> %v", c.state, e, next))
		c.state = next
	}
	return nil
}

func main() {
	client := &Conn{}
	err := client.Handle("active_open", "rcv_syn_ack", "close", "rcv_ack", "rcv_fin", "timeout")
	fmt.Println(strings.Join(client.trace, "\n"), err)
	server := &Conn{}
	err = server.Handle("passive_open", "rcv_syn", "rcv_ack", "rcv_fin", "close", "rcv_ack")
	fmt.Println(server.state, err)
	bad := &Conn{}
	fmt.Println(bad.Handle("close"))
}
