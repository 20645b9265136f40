// md_to_html.go - a small Markdown to HTML converter: headings, paragraphs,
// unordered and ordered lists, fenced code, emphasis, inline code and links.
package main

import (
	"bufio"
	"fmt"
	"html"
	"strings"
)

type converter struct {
	out    strings.Builder
	para   []string
	list   string // "ul", "ol" or ""
	inCode bool
}

func (c *converter) flushPara() {
	if len(c.para) == 0 {
		return
	}
	c.out.WriteString("<p>")
	c.out.WriteString(inline(strings.Join(c.para, " ")))
	c.out.WriteString("</p>\n")
	c.para = c.para[:0]
}

func (c *converter) closeList() {
	if c.list != "" {
		fmt.Fprintf(&c.out, "</%s>\n", c.list)
		c.list = ""
	}
}

func (c *converter) openList(kind string) {
	if c.list == kind {
		return
	}
	c.closeList()
	fmt.Fprintf(&c.out, "<%s>\n", kind)
	c.list = kind
}

// inline handles `code`, **strong**, *em* and [text](url).
func inline(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case s[i] == '`':
			if j := strings.IndexByte(s[i+1:], '`'); j >= 0 {
				b.WriteString("<code>" + html.EscapeString(s[i+1:i+1+j]) + "</code>")
				i += j + 2
				continue
			}
		case strings.HasPrefix(s[i:], "**"):
			if j := strings.Index(s[i+2:], "**"); j >= 0 {
				b.WriteString("<strong>" + inline(s[i+2:i+2+j]) + "</strong>")
				i += j + 4
				continue
			}
		case s[i] == '*':
			if j := strings.IndexByte(s[i+1:], '*'); j >= 0 {
				b.WriteString("<em>" + inline(s[i+1:i+1+j]) + "</em>")
				i += j + 2
				continue
			}
		case s[i] == '[':
			close := strings.Index(s[i:], "](")
			end := strings.IndexByte(s[i:], ')')
			if close > 0 && end > close {
				text, url := s[i+1:i+close], s[i+close+2:i+end]
				fmt.Fprintf(&b, "<a href=%q>%s</a>", url, inline(text))
				i += end + 1
				continue
			}
		}
		b.WriteString(html.EscapeString(s[i : i+1]))
		i++
	}
	return b.String()
}

func orderedItem(line string) (string, bool) {
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && strings.HasPrefix(line[i:], ". ") {
		return line[i+2:], true
	}
	return "", false
}

func (c *converter) line(line string) {
	if strings.HasPrefix(line, "```") {
		c.flushPara()
		c.closeList()
		if c.inCode {
			c.out.WriteString("</code></pre>\n")
		} else {
			c.out.WriteString("<pre><code>")
		}
		c.inCode = !c.inCode
		return
	}
	if c.inCode {
		c.out.WriteString(html.EscapeString(line) + "\n")
		return
	}
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "":
		c.flushPara()
		c.closeList()
	case strings.HasPrefix(trimmed, "#"):
		c.flushPara()
		c.closeList()
		level := 0
		for level < len(trimmed) && trimmed[level] == '#' && level < 6 {
			level++
		}
		fmt.Fprintf(&c.out, "<h%d>%s</h%d>\n", level, inline(strings.TrimSpace(trimmed[level:])), level)
	case strings.HasPrefix(trimmed, "- "), strings.HasPrefix(trimmed, "* "):
		c.flushPara()
		c.openList("ul")
		c.out.WriteString("<li>" + inline(trimmed[2:]) + "</li>\n")
	default:
		if item, ok := orderedItem(trimmed); ok {
			c.flushPara()
			c.openList("ol")
			c.out.WriteString("<li>" + inline(item) + "</li>\n")
			return
		}
		c.closeList()
		c.para = append(c.para, trimmed)
	}
}

func Convert(md string) string {
	c := &converter{}
	sc := bufio.NewScanner(strings.NewReader(md))
	for sc.Scan() {
		c.line(sc.Text())
	}
	c.flushPara()
	c.closeList()
	return c.out.String()
}

const doc = "# Escape *analysis*\n\nGo decides where **values** live.\nSee [the docs](https://go.dev).\n\n" +
	"- stack is `cheap`\n- heap needs the GC\n\n1. write code\n2. run `go build -gcflags=-m`\n\n" +
	"```\nx := &T{} // <escapes>\n```\n## Done\n"

func main() {
	fmt.Print(Convert(doc))
}
