package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// logLimit is how much of a removed element's text the ledger keeps.
const logLimit = 500

// textBuf accumulates text the way a browser renders it: runs of white
// space, non-breaking spaces included, collapse to one space.
type textBuf struct {
	b     []byte
	space bool // a space is pending before the next visible character
}

// write appends s, collapsing white space.
func (t *textBuf) write(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
				t.space = true
				continue
			}
			t.flushSpace()
			t.b = append(t.b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			if r != '\u200b' && r != '\ufeff' {
				t.space = true
			}
			i += size
			continue
		}
		t.flushSpace()
		t.b = append(t.b, s[i:i+size]...)
		i += size
	}
}

// sep marks a boundary between two pieces of text that must not glue.
func (t *textBuf) sep() { t.space = true }

func (t *textBuf) flushSpace() {
	if t.space && len(t.b) > 0 {
		t.b = append(t.b, ' ')
	}
	t.space = false
}

func (t *textBuf) len() int { return len(t.b) }

func (t *textBuf) String() string { return string(t.b) }

func (t *textBuf) reset() { t.b, t.space = t.b[:0], false }

// nodeText returns n's visible text with white space collapsed, cut near
// limit characters with an ellipsis when longer (limit <= 0: no limit).
func nodeText(n *html.Node, limit int) string {
	var t textBuf
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			t.write(n.Data)
			return limit <= 0 || t.len() <= limit*4
		case html.ElementNode:
			if skipTags[n.DataAtom] {
				return true
			}
			if blockTags[n.DataAtom] || n.DataAtom == atom.Br {
				t.sep()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		if n.Type == html.ElementNode && blockTags[n.DataAtom] {
			t.sep()
		}
		return true
	}
	walk(n)
	return truncate(t.String(), limit)
}

// truncate cuts s to about limit characters at a word boundary.
func truncate(s string, limit int) string {
	if limit <= 0 || utf8.RuneCountInString(s) <= limit {
		return s
	}
	cut := 0
	for i := range s {
		if cut++; cut > limit {
			s = s[:i]
			break
		}
	}
	if j := strings.LastIndexByte(s, ' '); j > len(s)*3/4 {
		s = s[:j]
	}
	return s + "…"
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// pathOf returns a short CSS-like path to n: up to four elements, each
// named by tag and id or first class, the last with its position.
func pathOf(n *html.Node) string {
	var parts []string
	for e := n; e != nil && e.Type == html.ElementNode && len(parts) < 4; e = e.Parent {
		if e.DataAtom == atom.Html {
			break
		}
		parts = append(parts, stepOf(e, e == n))
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, " > ")
}

func stepOf(e *html.Node, last bool) string {
	s := e.Data
	if id := attr(e, "id"); id != "" && !strings.ContainsAny(id, " \t") {
		return s + "#" + id
	}
	if f := strings.Fields(attr(e, "class")); len(f) > 0 {
		s += "." + f[0]
	}
	if last && e.Parent != nil {
		i := 1
		for c := e.PrevSibling; c != nil; c = c.PrevSibling {
			if c.Type == html.ElementNode && c.Data == e.Data {
				i++
			}
		}
		if i > 1 || nextSameTag(e) {
			s += ":nth-of-type(" + strconv.Itoa(i) + ")"
		}
	}
	return s
}

func nextSameTag(e *html.Node) bool {
	for c := e.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == e.Data {
			return true
		}
	}
	return false
}

// blockTags are the elements that start a new line of text.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Li: true, atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true, atom.Ul: true,
	atom.Option: true, atom.Legend: true,
}

// skipTags hold no visible text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Head: true, atom.Title: true,
	atom.Select: true, atom.Textarea: true, atom.Button: true, atom.Input: true,
	atom.Video: true, atom.Audio: true, atom.Map: true, atom.Picture: true,
}
