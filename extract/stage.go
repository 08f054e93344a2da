package extract

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsclean/clean/pipeline"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Stage extracts an article from an HTML page: it decodes a.Raw (setting
// a.Charset), reads the page's metadata into a.Meta, removes what is not
// the article, and sets a.Blocks to the body and a.Text to the body's text.
type Stage struct{}

// Name returns "extract".
func (Stage) Name() string { return "extract" }

// Apply extracts the article in a.Raw.
func (Stage) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	text, name := Decode(a.Raw, a.Charset)
	a.Charset = name
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return fmt.Errorf("parse html: %w", err)
	}
	findMeta(doc, &a.Meta, l)
	body := findBody(doc)
	if body == nil {
		return nil
	}
	m := measure(body)
	prune(body, m, l)
	roots := chooseContent(body, m)
	logOutside(body, roots, m, l)
	a.Blocks = append(a.Blocks, blocks(roots, l)...)
	a.Text = a.BodyText()
	return nil
}

// findBody returns the document's <body>.
func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}

// logOutside records the text left outside the chosen elements, one entry
// per largest subtree that holds none of them.
func logOutside(n *html.Node, roots []*html.Node, m measures, l *pipeline.Ledger) {
	for _, r := range roots {
		if r == n {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if t := strings.TrimSpace(c.Data); t != "" {
				l.RemoveText(truncate(strings.Join(strings.Fields(t), " "), logLimit), pathOf(n), "outside-article", "text outside the chosen content")
			}
		case html.ElementNode:
			holds := false
			for _, r := range roots {
				if contains(c, r) {
					holds = true
					break
				}
			}
			if holds {
				logOutside(c, roots, m, l)
			} else if m.of(c).text > 0 {
				l.RemoveText(nodeText(c, logLimit), pathOf(c), "outside-article", "outside the chosen content "+pathOf(roots[0]))
			}
		}
	}
}
