package pipeline

// Action says what a stage did to a piece of text.
type Action string

// Actions recorded in the ledger.
const (
	// Removed: the text left the article as boilerplate or a duplicate.
	Removed Action = "removed"
	// Changed: the text was rewritten in place (normalized, repaired).
	Changed Action = "changed"
	// Moved: the text left the body to become metadata (a title, a byline).
	Moved Action = "moved"
)

// Change is one entry of the removal log.
type Change struct {
	Stage  string `json:"stage"`
	Rule   string `json:"rule"`
	Reason string `json:"reason"`
	Action Action `json:"action"`
	// Text is the text affected: what was removed or moved, or the text
	// before a change.
	Text string `json:"text"`
	// New is the text after a change; empty for removals.
	New string `json:"new,omitempty"`
	// Field is the metadata field a moved block went to.
	Field string `json:"field,omitempty"`
	// Line and Lines locate the text in the raw input, when known.
	Line  int `json:"line,omitempty"`
	Lines int `json:"lines,omitempty"`
	// Path locates the text in an HTML document, when known.
	Path string `json:"path,omitempty"`
}

// Ledger records what one stage does to an article. It is the only way to
// remove or rewrite a block, so nothing leaves the article unexplained.
// A Ledger is made by the Pipeline for each stage it runs.
type Ledger struct {
	stage string
	a     *Article
}

// NewLedger returns a ledger that records changes made by the named stage to
// a. Pipelines make ledgers themselves; this is for running a stage alone.
func NewLedger(stage string, a *Article) *Ledger { return &Ledger{stage: stage, a: a} }

// Stage returns the name of the stage this ledger records for.
func (l *Ledger) Stage() string { return l.stage }

func (l *Ledger) add(c Change) {
	if l.a.Log == nil {
		// Most articles lose a good share of their blocks: size the log
		// once rather than growing it entry by entry.
		l.a.Log = make([]Change, 0, len(l.a.Blocks)+8)
	}
	c.Stage = l.stage
	l.a.Log = append(l.a.Log, c)
}

// Remove removes b from the article as boilerplate or a duplicate.
// Removing a block twice records it once.
func (l *Ledger) Remove(b *Block, rule, reason string) {
	if b.removed {
		return
	}
	b.removed = true
	l.add(Change{Rule: rule, Reason: reason, Action: Removed, Text: b.Text, Line: b.Line, Lines: b.Lines, Path: b.Path})
}

// Move removes b from the body because its text became the metadata field.
func (l *Ledger) Move(b *Block, field, rule, reason string) {
	if b.removed {
		return
	}
	b.removed = true
	l.add(Change{Rule: rule, Reason: reason, Action: Moved, Text: b.Text, Field: field, Line: b.Line, Lines: b.Lines, Path: b.Path})
}

// Rewrite replaces b's text with text; nothing is recorded when the text is
// unchanged.
func (l *Ledger) Rewrite(b *Block, text, rule, reason string) {
	if text == b.Text {
		return
	}
	l.add(Change{Rule: rule, Reason: reason, Action: Changed, Text: b.Text, New: text, Line: b.Line, Lines: b.Lines, Path: b.Path})
	b.Text = text
}

// RemoveText records the removal of text that never became a block, such as
// an HTML element dropped before extraction or an invisible character
// stripped from the raw input. path locates it where it has no line.
func (l *Ledger) RemoveText(text, path, rule, reason string) {
	l.add(Change{Rule: rule, Reason: reason, Action: Removed, Text: text, Path: path})
}

// RewriteText records a change made to text that is not (yet) a block, such
// as the raw input before segmentation.
func (l *Ledger) RewriteText(before, after, rule, reason string) {
	if before == after {
		return
	}
	l.add(Change{Rule: rule, Reason: reason, Action: Changed, Text: before, New: after})
}

// SetMeta records a metadata field found without moving a block, such as
// a date taken from an HTML <meta> tag.
func (l *Ledger) SetMeta(field, value, rule, reason string) {
	l.add(Change{Rule: rule, Reason: reason, Action: Moved, Text: value, Field: field})
}
