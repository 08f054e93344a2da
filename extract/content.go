package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minParagraph is the text length, in non-space bytes, from which an
// element counts as a paragraph when scoring containers.
const minParagraph = 25

// Class and id names that make a container more or less likely to hold the
// article, in the manner of Readability.
var (
	positiveName = regexp.MustCompile(`(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose`)
	negativeName = regexp.MustCompile(`(?i)hidden|banner|combx|comment|contact|foot|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|card`)
)

// scorer chooses the element that holds the article.
type scorer struct {
	m      measures
	scores map[*html.Node]float64
	order  []*html.Node // candidates in the order first scored
}

// chooseContent returns the elements that hold the article body, in
// document order: the best-scoring container and those of its siblings
// that look like a continuation of it.
func chooseContent(body *html.Node, m measures) []*html.Node {
	s := &scorer{m: m, scores: map[*html.Node]float64{}}
	s.walk(body)
	var top *html.Node
	best := 0.0
	for _, c := range s.order {
		score := s.scores[c] * (1 - m.of(c).linkDensity())
		s.scores[c] = score
		if top == nil || score > best {
			top, best = c, score
		}
	}
	if top == nil {
		return []*html.Node{body}
	}
	top = narrow(top, m)
	if c := chunks(top, m); c != nil {
		return c
	}
	if ab := articleBody(body, m); ab != nil {
		switch {
		case contains(ab, top):
			return []*html.Node{ab}
		case contains(top, ab) && m.of(ab).prose*10 >= m.of(top).prose*6:
			return []*html.Node{ab}
		}
	}
	return s.withSiblings(top, best)
}

// walk scores every paragraph under n into its ancestors, and the text a
// container holds directly (between <br>s, say) into the container.
func (s *scorer) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if s.isParagraph(c) {
			s.credit(c.Parent, s.m.of(c))
			continue
		}
		if own := s.ownText(c); own.prose > 0 && own.linkDensity() < 0.5 {
			s.credit(c, own)
		}
		s.walk(c)
	}
}

// ownText measures the text of n outside its block children.
func (s *scorer) ownText(n *html.Node) stats {
	var own stats
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			own.add(textStats(c.Data))
		case c.Type == html.ElementNode && !blockTags[c.DataAtom]:
			own.add(s.m.of(c))
		}
	}
	return own
}

// credit adds the score of a paragraph with stats st to the container a
// and, less and less, to its ancestors.
func (s *scorer) credit(a *html.Node, st stats) {
	if st.text < minParagraph {
		return
	}
	score := 1 + float64(st.commas) + min(float64(st.text)/100, 3)
	for level := 0; a != nil && a.Type == html.ElementNode && level < 5; level++ {
		if _, ok := s.scores[a]; !ok {
			s.scores[a] = initialScore(a)
			s.order = append(s.order, a)
		}
		switch level {
		case 0:
			s.scores[a] += score
		case 1:
			s.scores[a] += score / 2
		default:
			s.scores[a] += score / float64(level*3)
		}
		a = a.Parent
	}
}

// isParagraph reports whether n is a unit of text: a paragraph, or a
// container with text of its own and no block children.
func (s *scorer) isParagraph(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre:
		return true
	case atom.Div, atom.Section, atom.Article, atom.Td, atom.Blockquote:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && blockTags[c.DataAtom] {
				return false
			}
		}
		return true
	}
	return false
}

// initialScore scores a container by its tag and names.
func initialScore(n *html.Node) float64 {
	score := 0.0
	switch n.DataAtom {
	case atom.Article:
		score = 10
	case atom.Div, atom.Main:
		score = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		score = 3
	case atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form, atom.Address:
		score = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		score = -5
	}
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		score += 25
	}
	return score + nameWeight(n)
}

// nameWeight is +25 for a class or id that names content, -25 for one that
// names boilerplate.
func nameWeight(n *html.Node) float64 {
	w := 0.0
	for _, key := range [...]string{"class", "id"} {
		v := attr(n, key)
		if v == "" {
			continue
		}
		if negativeName.MatchString(v) {
			w -= 25
		}
		if positiveName.MatchString(v) {
			w += 25
		}
	}
	return w
}

// narrowShare is the share of a container's prose that one of its children
// must hold to replace it: what the child leaves out is a headline, a
// byline or a caption, not the body.
const narrowShare = 0.9

// narrow descends from n to the child that holds nearly all its prose.
func narrow(n *html.Node, m measures) *html.Node {
	for {
		total := m.of(n).prose
		var next *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && float64(m.of(c).prose) >= narrowShare*float64(total) {
				next = c
				break
			}
		}
		if next == nil || total == 0 || next.DataAtom == atom.P {
			return n
		}
		n = next
	}
}

// chunks finds an article split into chunks by ads or figures: from n up
// through wrappers that add next to nothing, the first element with
// siblings of the same tag and class that hold prose, a fifth of n's or
// more between them (less is a standfirst or an author's bio). It returns them, n's
// own included, in document order, or nil.
func chunks(n *html.Node, m measures) []*html.Node {
	in := m.of(n)
	for a := n; a.Parent != nil && a.Parent.DataAtom != atom.Body && a.Parent.Type == html.ElementNode; a = a.Parent {
		var same []*html.Node
		others := 0
		for c := a.Parent.FirstChild; c != nil; c = c.NextSibling {
			if c == a {
				same = append(same, c)
			} else if c.Type == html.ElementNode && c.DataAtom == a.DataAtom &&
				attr(c, "class") == attr(a, "class") && isChunk(m.of(c)) {
				same = append(same, c)
				others += m.of(c).prose
			}
		}
		if len(same) > 1 && others*5 >= in.prose {
			return same
		}
		if m.of(a.Parent).text-in.text > in.text/10 {
			return nil
		}
	}
	return nil
}

// isChunk reports whether an element with stats s is mostly prose.
func isChunk(s stats) bool {
	return s.prose > 0 && s.prose*2 >= s.text && s.linkDensity() < 0.3
}

// withSiblings returns top with the siblings that continue it, in order.
func (s *scorer) withSiblings(top *html.Node, best float64) []*html.Node {
	parent := top.Parent
	if parent == nil || parent.DataAtom == atom.Html {
		return []*html.Node{top}
	}
	threshold := max(10, best*0.2)
	class := attr(top, "class")
	var out []*html.Node
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c == top {
			out = append(out, c)
			continue
		}
		bonus := 0.0
		if class != "" && attr(c, "class") == class {
			bonus = best * 0.2
		}
		if sc, ok := s.scores[c]; ok && sc+bonus >= threshold {
			out = append(out, c)
			continue
		}
		if c.DataAtom == atom.P {
			st := s.m.of(c)
			ld := st.linkDensity()
			if st.text > 80 && ld < 0.25 {
				out = append(out, c)
			} else if st.text > 0 && st.text <= 80 && ld == 0 && endsSentence(nodeText(c, 0)) {
				out = append(out, c)
			}
		}
	}
	return out
}

func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ".") || strings.Contains(s, ". ")
}

// articleBody returns the element marked itemprop="articleBody" with the
// most prose, or nil.
func articleBody(n *html.Node, m measures) *html.Node {
	var best *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if strings.EqualFold(attr(c, "itemprop"), "articleBody") {
				if m.of(c).prose > 0 && (best == nil || m.of(c).prose > m.of(best).prose) {
					best = c
				}
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return best
}

// contains reports whether a is n or one of its ancestors.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}
