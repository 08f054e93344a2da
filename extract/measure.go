package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// proseRun is the length, in non-space bytes, from which a single text node
// counts as prose rather than a label, a menu entry or a date.
const proseRun = 50

// stats measures the visible text under an element, in non-space bytes.
type stats struct {
	text   int // all visible text
	link   int // text inside links
	prose  int // text in runs of at least proseRun, outside links
	commas int // commas in the text, a sign of sentences
}

func (s *stats) add(o stats) {
	s.text += o.text
	s.link += o.link
	s.prose += o.prose
	s.commas += o.commas
}

func (s *stats) sub(o stats) {
	s.text -= o.text
	s.link -= o.link
	s.prose -= o.prose
	s.commas -= o.commas
}

// linkDensity is the share of the text that sits in links.
func (s stats) linkDensity() float64 {
	if s.text == 0 {
		return 0
	}
	return float64(s.link) / float64(s.text)
}

// measures holds the stats of every element of a document.
type measures map[*html.Node]*stats

// measure computes the stats of every element under n.
func measure(n *html.Node) measures {
	m := measures{}
	m.walk(n, false)
	return m
}

func (m measures) walk(n *html.Node, inLink bool) stats {
	var s stats
	switch n.Type {
	case html.TextNode:
		s = textStats(n.Data)
		if inLink {
			s.link, s.prose = s.text, 0
		}
		return s
	case html.ElementNode:
		if skipTags[n.DataAtom] {
			m[n] = &stats{}
			return s
		}
		inLink = inLink || n.DataAtom == atom.A
	case html.DocumentNode:
	default:
		return s
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.add(m.walk(c, inLink))
	}
	if n.Type == html.ElementNode {
		st := s
		m[n] = &st
	}
	return s
}

// textStats measures one text node outside links.
func textStats(t string) stats {
	var s stats
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case ' ', '\n', '\t', '\r', '\f':
		case ',':
			s.commas++
			s.text++
		default:
			s.text++
		}
	}
	if s.text >= proseRun {
		s.prose = s.text
	}
	return s
}

// of returns the stats of element n (zero for unknown nodes).
func (m measures) of(n *html.Node) stats {
	if s := m[n]; s != nil {
		return *s
	}
	return stats{}
}

// remove detaches n from the tree and takes its text off its ancestors.
func (m measures) remove(n *html.Node) {
	s := m.of(n)
	for p := n.Parent; p != nil; p = p.Parent {
		if ps := m[p]; ps != nil {
			ps.sub(s)
		}
	}
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}
