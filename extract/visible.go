package extract

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// VisibleText returns the text a page shows, one line per block element,
// as a scraper that keeps everything would save it: what extraction starts
// from, and what a review diff of an HTML page compares the article with.
// declared is the charset the page was served with, if known.
func VisibleText(raw []byte, declared string) (string, error) {
	text, _ := Decode(raw, declared)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return "", fmt.Errorf("parse html: %w", err)
	}
	var sb strings.Builder
	line := false // the current line has text
	newline := func() {
		if line {
			sb.WriteByte('\n')
			line = false
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			for _, w := range strings.Fields(n.Data) {
				if line {
					sb.WriteByte(' ')
				}
				sb.WriteString(w)
				line = true
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head, atom.Iframe:
				return
			case atom.Br:
				newline()
				return
			}
		}
		block := n.Type == html.ElementNode && visibleBlocks[n.DataAtom]
		if block {
			newline()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			newline()
		}
	}
	walk(doc)
	newline()
	return sb.String(), nil
}

// visibleBlocks are the elements that start and end a line of visible text.
var visibleBlocks = func() map[atom.Atom]bool {
	m := map[atom.Atom]bool{}
	for _, a := range []atom.Atom{atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Caption,
		atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Legend, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol,
		atom.Option, atom.P, atom.Pre, atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot,
		atom.Th, atom.Thead, atom.Tr, atom.Ul} {
		m[a] = true
	}
	return m
}()
