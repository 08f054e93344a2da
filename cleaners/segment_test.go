package cleaners

import (
	"context"
	"strings"
	"testing"

	"github.com/newsclean/clean/pipeline"
)

// segment runs the segment stage alone on text.
func segment(t *testing.T, text string) []*pipeline.Block {
	t.Helper()
	a := &pipeline.Article{Text: text}
	if err := (Segment{}).Apply(context.Background(), a, pipeline.NewLedger("segment", a)); err != nil {
		t.Fatal(err)
	}
	return a.Blocks
}

// wrap breaks text into lines of at most width bytes at spaces, as a
// hard-wrapped plain-text page does.
func wrap(text string, width int) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return strings.Join(append(lines, line), "\n")
}

// wantBlock is a block's expected text, kind and raw lines.
type wantBlock struct {
	text        string
	kind        pipeline.Kind
	line, lines int
}

func TestSegment(t *testing.T) {
	p := articles["en"].prose
	wrapped0, wrapped1 := wrap(p[0], 64), wrap(p[1], 64)
	n0, n1 := strings.Count(wrapped0, "\n")+1, strings.Count(wrapped1, "\n")+1
	tests := []struct {
		name string
		text string
		want []wantBlock
	}{
		{"one block per line", "Title of the story\nFirst paragraph.\nSecond paragraph.\n", []wantBlock{
			{"Title of the story", pipeline.Paragraph, 1, 1},
			{"First paragraph.", pipeline.Paragraph, 2, 1},
			{"Second paragraph.", pipeline.Paragraph, 3, 1},
		}},
		{"blank lines ignored", "\n\nFirst.\n\n\n\n   \n\t\nSecond.\n\n", []wantBlock{
			{"First.", pipeline.Paragraph, 3, 1},
			{"Second.", pipeline.Paragraph, 9, 1},
		}},
		{"spaces trimmed", "   Indented line.   \n", []wantBlock{{"Indented line.", pipeline.Paragraph, 1, 1}}},
		{"bullets", "• First item\n- Second item\n* Third item\n– Fourth item\n▪ Fifth item\n● Sixth item\n", []wantBlock{
			{"First item", pipeline.ListItem, 1, 1},
			{"Second item", pipeline.ListItem, 2, 1},
			{"Third item", pipeline.ListItem, 3, 1},
			{"Fourth item", pipeline.ListItem, 4, 1},
			{"Fifth item", pipeline.ListItem, 5, 1},
			{"Sixth item", pipeline.ListItem, 6, 1},
		}},
		{"indented bullet", "  •  PublishedFebruary 12, 2025\n", []wantBlock{{"PublishedFebruary 12, 2025", pipeline.ListItem, 1, 1}}},
		{"not bullets", "-5 degrees overnight\n*** \n—\n- \n", []wantBlock{
			{"-5 degrees overnight", pipeline.Paragraph, 1, 1},
			{"***", pipeline.Paragraph, 2, 1},
			{"—", pipeline.Paragraph, 3, 1},
			{"-", pipeline.Paragraph, 4, 1},
		}},
		{"capitals heading", "NISSAN SENTRA\nNATO\nUSA AND EU AGREE.\nA normal line\n", []wantBlock{
			{"NISSAN SENTRA", pipeline.Heading, 1, 1},
			{"NATO", pipeline.Paragraph, 2, 1},
			{"USA AND EU AGREE.", pipeline.Paragraph, 3, 1},
			{"A normal line", pipeline.Paragraph, 4, 1},
		}},
		{"capitals heading in Cyrillic", "МИРОВЫЕ НОВОСТИ\n", []wantBlock{{"МИРОВЫЕ НОВОСТИ", pipeline.Heading, 1, 1}}},
		{"hard-wrapped paragraphs joined", wrapped0 + "\n\n" + wrapped1 + "\n", []wantBlock{
			{p[0], pipeline.Paragraph, 1, n0},
			{p[1], pipeline.Paragraph, n0 + 2, n1},
		}},
		{"hard-wrapped with a hyphen", wrapped0 + "\n\n" +
			"The mayor said the recon-\nstruction of the bridge would begin in the spring and\nshould take about eight months, while buses follow a\ntemporary route across the industrial district for now.\n", []wantBlock{
			{p[0], pipeline.Paragraph, 1, n0},
			{"The mayor said the reconstruction of the bridge would begin in the spring and should take about eight months, while buses follow a temporary route across the industrial district for now.", pipeline.Paragraph, n0 + 2, 4},
		}},
		{"hard-wrapped heading and list", "REPAIRS APPROVED\n" + wrapped0 + "\n\n" +
			"- a first item of the list that runs on to a second\nline of text\n", []wantBlock{
			{"REPAIRS APPROVED", pipeline.Heading, 1, 1},
			{p[0], pipeline.Paragraph, 2, n0},
			{"a first item of the list that runs on to a second line of text", pipeline.ListItem, n0 + 3, 2},
		}},
		{"short lines are not wrapped", "One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nNine.\n", []wantBlock{
			{"One.", 0, 1, 1}, {"Two.", 0, 2, 1}, {"Three.", 0, 3, 1}, {"Four.", 0, 4, 1}, {"Five.", 0, 5, 1},
			{"Six.", 0, 6, 1}, {"Seven.", 0, 7, 1}, {"Eight.", 0, 8, 1}, {"Nine.", 0, 9, 1},
		}},
		{"long lines are not wrapped", p[0] + "\n" + p[1] + "\n" + p[2] + "\n" + p[3] + "\n", []wantBlock{
			{p[0], 0, 1, 1}, {p[1], 0, 2, 1}, {p[2], 0, 3, 1}, {p[3], 0, 4, 1},
		}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := segment(t, tt.text)
			if len(got) != len(tt.want) {
				var texts []string
				for _, b := range got {
					texts = append(texts, b.Text)
				}
				t.Fatalf("%d blocks, want %d: %q", len(got), len(tt.want), texts)
			}
			for i, w := range tt.want {
				b := got[i]
				if b.Text != w.text || b.Kind != w.kind || b.Line != w.line || b.Lines != w.lines {
					t.Errorf("block %d = %q %s line %d+%d, want %q %s line %d+%d", i, b.Text, b.Kind, b.Line, b.Lines, w.text, w.kind, w.line, w.lines)
				}
			}
		})
	}
}

// TestSegmentKeepsBlocks checks that segment leaves alone an article that
// already has blocks (made by an HTML extractor).
func TestSegmentKeepsBlocks(t *testing.T) {
	a := &pipeline.Article{Text: "one\ntwo\n", Blocks: []*pipeline.Block{{Text: "from html", Path: "body>p"}}}
	if err := (Segment{}).Apply(context.Background(), a, pipeline.NewLedger("segment", a)); err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) != 1 || a.Blocks[0].Text != "from html" {
		t.Errorf("blocks changed: %+v", a.Blocks)
	}
}

func TestJoinWrapped(t *testing.T) {
	tests := []struct{ prev, next, want string }{
		{"the recon-", "struction", "the reconstruction"},
		{"the old", "bridge", "the old bridge"},
		{"Russia-", "Ukraine talks", "Russia- Ukraine talks"}, // a capital after the hyphen: not a split word
		{"in 2024-", "25", "in 2024- 25"},
		{"-", "next", "- next"},
		{"о рекон-", "струкции", "о реконструкции"},
	}
	for _, tt := range tests {
		if got := joinWrapped([]string{tt.prev, tt.next}); got != tt.want {
			t.Errorf("joinWrapped(%q, %q) = %q, want %q", tt.prev, tt.next, got, tt.want)
		}
	}
}
