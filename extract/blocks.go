package extract

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/newsclean/clean/pipeline"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxLinkShare is the share of a block's text in links above which the
// block is made of links.
const maxLinkShare = 0.5

// minLinkRun is how many blocks made of links in a row make a link list
// inside the body; fewer are content, such as a link to a product in a
// list of recommendations.
const minLinkRun = 3

// blockWriter turns the chosen elements into blocks, in reading order.
type blockWriter struct {
	l      *pipeline.Ledger
	blocks []*pipeline.Block
	dense  []float64 // per block, the share of its text in links
	buf    textBuf
	link   int        // bytes of buf that came from links
	owner  *html.Node // the block element the text in buf belongs to
	kind   pipeline.Kind
}

// blocks returns the blocks under roots. Text inside inline elements joins
// as a browser shows it; every block element, and every <br>, ends a block.
// Blocks made mostly of links are dropped and recorded.
func blocks(roots []*html.Node, l *pipeline.Ledger) []*pipeline.Block {
	w := &blockWriter{l: l}
	for _, r := range roots {
		w.element(r, pipeline.Paragraph, false)
		w.flush()
	}
	w.dropLinkLists()
	w.dropTrailingHeadings()
	return w.blocks
}

func (w *blockWriter) walk(n *html.Node, kind pipeline.Kind, inLink bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if w.owner == nil {
				w.owner, w.kind = n, kind
			}
			before := w.buf.len()
			w.buf.write(c.Data)
			if inLink {
				w.link += w.buf.len() - before
			}
		case html.ElementNode:
			w.element(c, kind, inLink)
		}
	}
}

func (w *blockWriter) element(n *html.Node, kind pipeline.Kind, inLink bool) {
	switch {
	case skipTags[n.DataAtom]:
		return
	case n.DataAtom == atom.Br || n.DataAtom == atom.Hr:
		w.flush()
		return
	case n.DataAtom == atom.Pre:
		w.flush()
		w.pre(n)
		return
	case n.DataAtom == atom.Table && isDataTable(n):
		w.flush()
		w.table(n)
		return
	case !blockTags[n.DataAtom]:
		w.walk(n, kind, inLink || n.DataAtom == atom.A)
		return
	}
	w.flush()
	w.walk(n, kindOf(n, kind), inLink)
	w.flush()
}

// kindOf returns the kind of the blocks inside n, whose parent's is kind.
func kindOf(n *html.Node, kind pipeline.Kind) pipeline.Kind {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return pipeline.Heading
	case atom.Li, atom.Dd, atom.Dt:
		if kind == pipeline.Quote {
			return kind
		}
		return pipeline.ListItem
	case atom.Blockquote:
		return pipeline.Quote
	case atom.Tr:
		return pipeline.TableRow
	}
	return kind
}

// flush ends the current block.
func (w *blockWriter) flush() {
	text, link, owner, kind := w.buf.String(), w.link, w.owner, w.kind
	w.buf.reset()
	w.link, w.owner = 0, nil
	if text == "" {
		return
	}
	w.add(text, link, owner, kind)
}

func (w *blockWriter) add(text string, link int, owner *html.Node, kind pipeline.Kind) {
	w.blocks = append(w.blocks, &pipeline.Block{Text: text, Kind: kind, Path: pathOf(owner)})
	w.dense = append(w.dense, float64(link)/float64(len(text)))
}

// dropLinkLists removes the blocks made of links that sit before the first
// block of prose, after the last one, or in runs of minLinkRun or more:
// menus, "read more" lists and tag lists, not links quoted in the text.
// A link in capitals is a teaser for another story wherever it sits.
func (w *blockWriter) dropLinkLists() {
	links := func(i int) bool { return w.dense[i] > maxLinkShare }
	drop := make([]bool, len(w.blocks))
	first, last := -1, -1
	for i, b := range w.blocks {
		if !links(i) && b.Kind != pipeline.Heading {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i, b := range w.blocks {
		if links(i) && (first < 0 || i < first || i > last || w.dense[i] > 0.9 && shouting(b.Text)) {
			drop[i] = true
		}
	}
	for i := 0; i < len(w.blocks); {
		j := i
		for j < len(w.blocks) && links(j) {
			j++
		}
		if j-i >= minLinkRun {
			for k := i; k < j; k++ {
				drop[k] = true
			}
		}
		i = max(j, i+1)
	}
	kept := w.blocks[:0]
	for i, b := range w.blocks {
		if drop[i] {
			w.l.RemoveText(truncate(b.Text, logLimit), b.Path, "link-dense", fmt.Sprintf("%.0f%% of the text is links, in a list of links", w.dense[i]*100))
			continue
		}
		kept = append(kept, b)
	}
	w.blocks = kept
}

// pre adds a preformatted block, keeping its lines.
func (w *blockWriter) pre(n *html.Node) {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				sb.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				sb.WriteByte('\n')
			case c.Type == html.ElementNode && !skipTags[c.DataAtom]:
				walk(c)
			}
		}
	}
	walk(n)
	lines := strings.Split(strings.ReplaceAll(sb.String(), "\r\n", "\n"), "\n")
	for i, line := range lines {
		lines[i] = strings.TrimRight(line, " \t\u00a0")
	}
	text := strings.Trim(strings.Join(lines, "\n"), "\n")
	if strings.TrimSpace(text) != "" {
		w.blocks = append(w.blocks, &pipeline.Block{Text: text, Kind: pipeline.Preformatted, Path: pathOf(n)})
	}
}

// isDataTable reports whether t holds data (cells of short text) rather
// than laying out a page (cells holding paragraphs, lists or tables).
func isDataTable(t *html.Node) bool {
	data := true
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inCell bool) {
		for c := n.FirstChild; c != nil && data; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Td, atom.Th:
				walk(c, true)
				continue
			case atom.P, atom.Div, atom.Ul, atom.Ol, atom.Table, atom.Blockquote,
				atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Article, atom.Section:
				if inCell {
					data = false
					return
				}
			}
			walk(c, inCell)
		}
	}
	walk(t, false)
	return data
}

// table adds one block per row of a data table, cells separated by " | ".
func (w *blockWriter) table(t *html.Node) {
	var rows func(*html.Node)
	rows = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				w.row(c)
			case atom.Caption:
				w.element(c, pipeline.Paragraph, false)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				rows(c)
			}
		}
	}
	rows(t)
}

func (w *blockWriter) row(tr *html.Node) {
	var cells []string
	link := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		text, l := cellText(c)
		if text != "" {
			cells = append(cells, text)
			link += l
		}
	}
	if len(cells) == 0 {
		return
	}
	w.add(strings.Join(cells, " | "), link, tr, pipeline.TableRow)
}

// cellText returns the text of a table cell on one line and how many of its
// bytes are in links.
func cellText(n *html.Node) (string, int) {
	var t textBuf
	link := 0
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				before := t.len()
				t.write(c.Data)
				if inLink {
					link += t.len() - before
				}
			case c.Type == html.ElementNode && !skipTags[c.DataAtom]:
				if blockTags[c.DataAtom] || c.DataAtom == atom.Br {
					t.sep()
				}
				walk(c, inLink || c.DataAtom == atom.A)
			}
		}
	}
	walk(n, false)
	return t.String(), link
}

// dropTrailingHeadings removes headings left at the end with nothing under
// them, such as the title of a related-stories list that was pruned.
func (w *blockWriter) dropTrailingHeadings() {
	for len(w.blocks) > 0 {
		b := w.blocks[len(w.blocks)-1]
		if b.Kind != pipeline.Heading {
			return
		}
		w.l.RemoveText(b.Text, b.Path, "orphan-heading", "heading with no text after it")
		w.blocks = w.blocks[:len(w.blocks)-1]
	}
}

// shouting reports whether s has letters and all of them are capitals.
func shouting(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 10
}
