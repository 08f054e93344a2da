package pipeline

import "strings"

// Kind says what a block is.
type Kind int

// Block kinds.
const (
	Paragraph Kind = iota
	Heading
	ListItem
	Quote
	Preformatted
	TableRow
)

var kindNames = [...]string{"paragraph", "heading", "list-item", "quote", "pre", "table-row"}

// String returns the kind's stable lower-case name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Block is one unit of the article body: a paragraph, heading, list item,
// quote or table row, in reading order.
type Block struct {
	// Text is the block's text, on one line unless Kind is Preformatted.
	Text string
	// Kind says what the block is.
	Kind Kind
	// Line is the 1-based line of the raw input where the block starts,
	// and Lines how many raw lines it spans; both are 0 when unknown (HTML).
	Line, Lines int
	// Path locates the block in its source document when it has no line,
	// for example a CSS-like path for HTML; empty otherwise.
	Path string

	removed bool
}

// Removed reports whether a ledger has removed the block; removed blocks are
// dropped from the article once the stage that removed them returns.
func (b *Block) Removed() bool { return b.removed }

// Meta is an article's metadata.
type Meta struct {
	Title   string   `json:"title"`
	Authors []string `json:"authors"`
	// Editors are the people a byline names as editors, not authors.
	Editors   []string `json:"editors,omitempty"`
	Published string   `json:"published"` // "YYYY-MM-DD" or RFC 3339, "" if unknown
	Site      string   `json:"site"`
	Lang      string   `json:"lang"` // BCP 47 tag, "" if unknown
	URL       string   `json:"url,omitempty"`
	// Description is a summary from the page's metadata, when it had one.
	Description string `json:"description,omitempty"`
	// Provenance says where each field came from ("json-ld", "opengraph",
	// "text:byline", ...), keyed by the field's JSON name.
	Provenance map[string]string `json:"provenance,omitempty"`
	// Conflicts lists disagreements between sources, e.g. a JSON-LD date
	// that differs from the visible dateline.
	Conflicts []string `json:"conflicts,omitempty"`
}

// SetSource records where a metadata field came from.
func (m *Meta) SetSource(field, source string) {
	if m.Provenance == nil {
		m.Provenance = map[string]string{}
	}
	m.Provenance[field] = source
}

// Article is a document moving through the pipeline: its raw bytes, the
// decoded text, the body blocks and the metadata found so far.
type Article struct {
	// Source names the input: a path, a URL, or "-" for standard input.
	Source string
	// Raw is the input exactly as read. Stages never modify it.
	Raw []byte
	// Charset is the input's character encoding, if known or declared
	// (a flag, an HTTP header); decoding stages fill it in.
	Charset string
	// Format is "text" or "html"; empty means "detect".
	Format string
	// Text is the decoded input as valid UTF-8, before segmentation.
	Text string
	// Blocks is the body in reading order.
	Blocks []*Block
	// Meta is the article's metadata.
	Meta Meta
	// Log is every removal and change, in the order stages made them.
	Log []Change
	// Notes holds what a stage computed about the blocks for later stages
	// to reuse (measurements, not content), keyed by a value of the stage's
	// own unexported type, as context values are. Output never reads it.
	Notes map[any]any
}

// Note returns the note stored under key, or nil.
func (a *Article) Note(key any) any { return a.Notes[key] }

// SetNote stores a note under key.
func (a *Article) SetNote(key, value any) {
	if a.Notes == nil {
		a.Notes = map[any]any{}
	}
	a.Notes[key] = value
}

// Body returns the text of the body blocks, one paragraph each.
func (a *Article) Body() []string {
	out := make([]string, 0, len(a.Blocks))
	for _, b := range a.Blocks {
		out = append(out, b.Text)
	}
	return out
}

// BodyText returns the body paragraphs joined by blank lines.
func (a *Article) BodyText() string { return strings.Join(a.Body(), "\n\n") }

// compact drops removed blocks.
func (a *Article) compact() {
	kept := a.Blocks[:0]
	for _, b := range a.Blocks {
		if !b.removed {
			kept = append(kept, b)
		}
	}
	clear(a.Blocks[len(kept):])
	a.Blocks = kept
}
