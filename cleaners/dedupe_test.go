package cleaners

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/clean/pipeline"
)

// dedupeBlocks runs the dedupe stage alone on paragraphs, one raw line each,
// and returns the article with the removed blocks still in place.
func dedupeBlocks(t *testing.T, texts ...string) *pipeline.Article {
	t.Helper()
	a := &pipeline.Article{}
	for i, s := range texts {
		a.Blocks = append(a.Blocks, &pipeline.Block{Text: s, Line: i + 1, Lines: 1})
	}
	if err := (Dedupe{}).Apply(context.Background(), a, pipeline.NewLedger("dedupe", a)); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestDedupe(t *testing.T) {
	p := articles["en"].prose
	zh := articles["zh"].prose
	tests := []struct {
		name    string
		blocks  []string
		removed []int  // indexes of the blocks that must go
		rule    string // the rule of every removal
		reason  string // the reason of the first removal
	}{
		{name: "exact repeat", blocks: []string{p[0], p[1], p[0]}, removed: []int{2}, rule: "repeat", reason: "repeats line 1"},
		{name: "repeat of the last paragraph", blocks: []string{p[0], p[1], p[1]}, removed: []int{2}, rule: "repeat", reason: "repeats line 2"},
		{name: "spacing", blocks: []string{p[0], p[1], strings.ReplaceAll(p[0], " ", "  ")}, removed: []int{2}, rule: "repeat"},
		{name: "punctuation", blocks: []string{p[0], p[1], strings.NewReplacer(",", "", ".", "!", "'", "’").Replace(p[0])}, removed: []int{2}, rule: "repeat"},
		{name: "case", blocks: []string{p[0], p[1], strings.ToUpper(p[0])}, removed: []int{2}, rule: "repeat"},
		{name: "three copies", blocks: []string{p[0], p[0], p[1], p[0]}, removed: []int{1, 3}, rule: "repeat"},
		{name: "repeated run of four", blocks: []string{p[0], p[1], p[2], p[3], p[0], p[1], p[2], p[3]},
			removed: []int{4, 5, 6, 7}, rule: "repeated-run", reason: "lines 5-8 repeat lines 1-4"},
		{name: "run of two after other text", blocks: []string{p[0], p[1], p[2], p[0], p[1], p[3]},
			removed: []int{3, 4}, rule: "repeated-run", reason: "lines 4-5 repeat lines 1-2"},
		{name: "ideographs", blocks: []string{zh[0], zh[1], zh[0]}, removed: []int{2}, rule: "repeat"},
		{name: "ideograph line without spaces", blocks: []string{"北桥市议会周一投票决定拨款四百万元修复河上旧桥", zh[0], "北桥市议会周一投票决定拨款四百万元修复河上旧桥"}, removed: []int{2}, rule: "repeat"},
		// Keep.
		{name: "different paragraphs", blocks: []string{p[0], p[1], p[2], p[3]}},
		{name: "short repeated lines", blocks: []string{"Q: Why now?", p[0], "Q: Why now?", p[1], "Photo: AP", p[2], "Photo: AP"}},
		{name: "four words", blocks: []string{"What happens next here", p[0], "What happens next here"}},
		{name: "five short words", blocks: []string{"A b c d e", p[0], "A b c d e"}},
		{name: "short ideograph line", blocks: []string{"北桥市议会批准修复河上旧桥", zh[0], "北桥市议会批准修复河上旧桥"}},
		{name: "a paragraph inside another", blocks: []string{p[0], p[0] + " " + p[1]}},
		{name: "a different number", blocks: []string{"The council will spend four million dollars on the bridge.", "The council will spend five million dollars on the bridge."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := dedupeBlocks(t, tt.blocks...)
			var removed []int
			for i, b := range a.Blocks {
				if b.Removed() {
					removed = append(removed, i)
				}
			}
			if !slices.Equal(removed, tt.removed) {
				t.Fatalf("removed blocks %v, want %v", removed, tt.removed)
			}
			if len(a.Log) != len(tt.removed) {
				t.Fatalf("%d log entries for %d removals", len(a.Log), len(tt.removed))
			}
			for _, c := range a.Log {
				if c.Stage != "dedupe" || c.Rule != tt.rule || c.Action != pipeline.Removed {
					t.Errorf("logged %s/%s %s, want dedupe/%s removed", c.Stage, c.Rule, c.Action, tt.rule)
				}
			}
			if tt.reason != "" && a.Log[0].Reason != tt.reason {
				t.Errorf("reason %q, want %q", a.Log[0].Reason, tt.reason)
			}
		})
	}
}

// TestDedupeParagraphPositions checks the reasons of blocks without lines
// (from HTML), which name paragraphs instead.
func TestDedupeParagraphPositions(t *testing.T) {
	p := articles["en"].prose
	a := &pipeline.Article{}
	for _, s := range []string{p[0], p[1], p[0], p[1]} {
		a.Blocks = append(a.Blocks, &pipeline.Block{Text: s})
	}
	if err := (Dedupe{}).Apply(context.Background(), a, pipeline.NewLedger("dedupe", a)); err != nil {
		t.Fatal(err)
	}
	if len(a.Log) != 2 || a.Log[0].Reason != "paragraphs 3-4 repeat paragraphs 1-2" {
		t.Errorf("log %+v, want two removals as paragraphs 3-4 repeat paragraphs 1-2", a.Log)
	}
}

// TestDedupePipeline runs a scraped page that holds its article twice
// through the text stages: the second copy leaves as a repeated run, the
// first stays in place.
func TestDedupePipeline(t *testing.T) {
	art := articles["en"]
	text := strings.Join(append([]string{art.title}, append(art.prose[:], art.prose[:]...)...), "\n\n") + "\n"
	a := runText(t, text)
	if got := a.Body(); !slices.Equal(got, art.prose[:]) {
		t.Fatalf("body has %d paragraphs, want the four of the first copy\n%s", len(got), dump(a))
	}
	for i, b := range a.Blocks {
		if want := 3 + 2*i; b.Line != want {
			t.Errorf("paragraph %d comes from line %d, want %d (the first copy)", i+1, b.Line, want)
		}
	}
	n := 0
	for _, c := range a.Log {
		if c.Stage == "dedupe" {
			n++
			if c.Rule != "repeated-run" {
				t.Errorf("dedupe rule %q, want repeated-run", c.Rule)
			}
		}
	}
	if n != 4 {
		t.Errorf("dedupe removed %d blocks, want 4\n%s", n, dump(a))
	}
}

// TestMergedRuns checks that a block repeating the article's paragraphs run
// together goes, wherever it stands, and that the paragraphs stay; a long
// paragraph that shares one sentence with another stays too.
func TestMergedRuns(t *testing.T) {
	prose := articles["en"].prose
	p := prose[:]
	blob := strings.Join(p, " ")
	long := p[0] + " " + strings.Repeat("The engineers added that the river had risen faster than any of their models predicted this year. ", 6)
	tests := []struct {
		name    string
		texts   []string
		removed []int
	}{
		{"copy after the paragraphs", append(slices.Clone(p), blob), []int{len(p)}},
		{"copy before the paragraphs", append([]string{blob}, p...), []int{0}},
		{"one shared sentence", []string{p[0], long}, nil},
		{"paragraphs alone", slices.Clone(p), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &pipeline.Article{}
			for i, s := range tt.texts {
				a.Blocks = append(a.Blocks, &pipeline.Block{Text: s, Line: i + 1, Lines: 1})
			}
			if err := (MergedRuns{}).Apply(context.Background(), a, pipeline.NewLedger("dedupe-merged", a)); err != nil {
				t.Fatal(err)
			}
			var got []int
			for i, b := range a.Blocks {
				if b.Removed() {
					got = append(got, i)
				}
			}
			if !slices.Equal(got, tt.removed) {
				t.Errorf("removed %v, want %v; log %+v", got, tt.removed, a.Log)
			}
		})
	}
}
