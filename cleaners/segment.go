package cleaners

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/clean/pipeline"
)

// Segment splits the decoded text into blocks, in order. A non-blank line is
// a block, unless the text is hard-wrapped (most lines broken near one
// width), in which case the lines of a paragraph are joined. Lines starting
// with a bullet become list items without the bullet; a line of only
// separator characters keeps its text so that a boilerplate rule can remove it
// with a reason. Blocks keep the raw lines they came from.
type Segment struct{}

// Name returns "segment".
func (Segment) Name() string { return "segment" }

// Apply fills a.Blocks from a.Text, unless an earlier stage (an HTML
// extractor) made blocks already.
func (Segment) Apply(_ context.Context, a *pipeline.Article, _ *pipeline.Ledger) error {
	if len(a.Blocks) > 0 {
		return nil
	}
	lines := strings.Split(a.Text, "\n")
	wrapped := hardWrapped(lines)
	var cur *pipeline.Block
	var parts []string // the lines of a hard-wrapped paragraph, joined when it ends
	flush := func() {
		if cur != nil && len(parts) > 1 {
			cur.Text = joinWrapped(parts)
		}
		cur, parts = nil, parts[:0]
	}
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if t == "" {
			flush()
			continue
		}
		kind, text := classifyLine(t)
		if wrapped && cur != nil && kind == pipeline.Paragraph && cur.Kind != pipeline.Heading {
			parts = append(parts, text)
			cur.Lines++
			continue
		}
		flush()
		cur = &pipeline.Block{Text: text, Kind: kind, Line: i + 1, Lines: 1}
		a.Blocks = append(a.Blocks, cur)
		parts = append(parts, text)
		if !wrapped {
			flush()
		}
	}
	flush()
	return nil
}

// bullets are the characters that open a list item when followed by a space.
const bullets = "•·▪▫◦‣⁃●○■□►▸-–—*+"

// classifyLine returns the kind of a trimmed line and its text without a
// list bullet.
func classifyLine(t string) (pipeline.Kind, string) {
	r, size := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(bullets, r) && size < len(t) {
		rest := t[size:]
		if next, _ := utf8.DecodeRuneInString(rest); unicode.IsSpace(next) {
			if item := strings.TrimSpace(rest); item != "" {
				return pipeline.ListItem, item
			}
		}
	}
	if isAllCapsHeading(t) {
		return pipeline.Heading, t
	}
	return pipeline.Paragraph, t
}

// isAllCapsHeading reports whether t is a short line in capitals without
// sentence punctuation, such as "NISSAN SENTRA".
func isAllCapsHeading(t string) bool {
	if len(t) > 80 || strings.ContainsAny(t, ".!?:;") {
		return false
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 4 && strings.Contains(t, " ")
}

// joinWrapped joins the lines of a hard-wrapped paragraph, undoing a hyphen
// that split a word across a break.
func joinWrapped(lines []string) string {
	var b []byte
	for i, next := range lines {
		if i > 0 {
			if splitWord(lines[i-1], next) {
				b = b[:len(b)-1] // drop the hyphen
			} else {
				b = append(b, ' ')
			}
		}
		b = append(b, next...)
	}
	return string(b)
}

// splitWord reports whether prev ends with a hyphen that splits a word in
// lower case continued at the start of next.
func splitWord(prev, next string) bool {
	if !strings.HasSuffix(prev, "-") || len(prev) < 2 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-1])
	after, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(before) && unicode.IsLower(after)
}

// hardWrapped reports whether the text's lines were broken at a fixed width:
// at least eight lines, the longest near-full lines no wider than 100
// characters, and most lines that continue onto the next filling at least
// two thirds of that width.
func hardWrapped(lines []string) bool {
	// A histogram of the widths of non-blank lines, the last bucket holding
	// every line wider than a wrapped one can be.
	const widest = 101
	var count [widest + 1]int
	total := 0
	for _, l := range lines {
		if n := utf8.RuneCountInString(strings.TrimSpace(l)); n > 0 {
			count[min(n, widest)]++
			total++
		}
	}
	if total < 8 {
		return false
	}
	width, seen := 0, 0 // the 90th percentile of the widths
	for seen <= total*9/10 {
		seen += count[width]
		width++
	}
	width--
	if width >= widest || width < 40 {
		return false
	}
	continued, full := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		cur, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if cur == "" || next == "" {
			continue
		}
		continued++
		if utf8.RuneCountInString(cur)*3 >= width*2 {
			full++
		}
	}
	return continued >= 6 && full*4 >= continued*3
}
