package main

import (
	"fmt"
	"html"
	"strings"
)

type renderer struct {
	out    strings.Builder
	inList bool
	inPara bool
}

func (r *renderer) closeBlocks() {
	if r.inList {
		r.out.WriteString("</ul>\n")
		r.inList = false
	}
	if r.inPara {
		r.out.WriteString("</p>\n")
		r.inPara = false
	}
}

func inline(s string) string {
	s = html.EscapeString(s)
	var b strings.Builder
	bold, code := false, false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '`':
			if code {
				b.WriteString("</code>")
			} else {
				b.WriteString("<code>")
			}
			code = !code
		case !code && i+1 < len(s) && s[i] == '*' && s[i+1] == '*':
			if bold {
				b.WriteString("</b>")
			} else {
				b.WriteString("<b>")
			}
			bold = !bold
			i++
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func (r *renderer) line(l string) {
	t := strings.TrimSpace(l)
	switch {
	case t == "":
		r.closeBlocks()
	case strings.HasPrefix(t, "#"):
		r.closeBlocks()
		level := len(t) - len(strings.TrimLeft(t, "#"))
		fmt.Fprintf(&r.out, "<h%d>%s</h%d>\n", level, inline(strings.TrimSpace(t[level:])), level)
	case strings.HasPrefix(t, "- "):
		if r.inPara {
			r.closeBlocks()
		}
		if !r.inList {
			r.out.WriteString("<ul>\n")
			r.inList = true
		}
		r.out.WriteString("<li>" + inline(t[2:]) + "</li>\n")
	default:
		if r.inList {
			r.closeBlocks()
		}
		if !r.inPara {
			r.out.WriteString("<p>")
			r.inPara = true
		} else {
			r.out.WriteByte(' ')
		}
		r.out.WriteString(inline(t))
	}
}

func Render(md string) string {
	r := &renderer{}
	for _, l := range strings.Split(md, "\n") {
		r.line(l)
	}
	r.closeBlocks()
	return r.out.String()
}

const doc = "# Escape **analysis**\n\nThe compiler decides\nwhere `x` lives.\n\n- stack: fast\n- heap: <slow>\n\n## Done"

func main() {
	fmt.Print(Render(doc))
}
