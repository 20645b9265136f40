package main

import (
	"errors"
	"fmt"
	"strings"
)

type Command struct {
	Args     []string
	Stdin    string
	Stdout   string
	Append   bool
	Pipe     *Command
	Background bool
}

var errUnterminated = errors.New("unterminated quote")

func splitWords(line string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else if c == '\\' && quote == '"' && i+1 < len(line) {
				i++
				cur.WriteByte(line[i])
			} else {
				cur.WriteByte(c)
			}
		case c == '\'' || c == '"':
			quote = c
			inWord = true
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '|' || c == '<' || c == '>' || c == '&':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
			if c == '>' && i+1 < len(line) && line[i+1] == '>' {
				words = append(words, ">>")
				i++
			} else {
				words = append(words, string(c))
			}
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, errUnterminated
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

func Parse(line string) (*Command, error) {
	words, err := splitWords(line)
	if err != nil {
		return nil, err
	}
	head := &Command{}
	cmd := head
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch w {
		case "|":
			if len(cmd.Args) == 0 {
				return nil, errors.New("empty command before |")
			}
			cmd.Pipe = &Command{}
			cmd = cmd.Pipe
		case "<", ">", ">>":
			if i+1 >= len(words) {
				return nil, fmt.Errorf("missing file after %s", w)
			}
			i++
			if w == "<" {
				cmd.Stdin = words[i]
			} else {
				cmd.Stdout, cmd.Append = words[i], w == ">>"
			}
		case "&":
			head.Background = true
		default:
			cmd.Args = append(cmd.Args, w)
		}
	}
	return head, nil
}

func (c *Command) String() string {
	var parts []string
	for ; c != nil; c = c.Pipe {
		s := fmt.Sprintf("%q", c.Args)
		if c.Stdin != "" {
			s += " <" + c.Stdin
		}
		if c.Stdout != "" {
			if c.Append {
				s += " >>" + c.Stdout
			} else {
				s += " >" + c.Stdout
			}
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

func main() {
	for _, l := range []string{
		`grep -i "hello world" < in.txt | sort | uniq -c >> out.txt`,
		`echo 'single quoted' "with \"escape\"" &`,
		`cat "unterminated`,
		`| wc`,
		`ls >`,
	} {
		c, err := Parse(l)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(c, c.Background)
	}
}
