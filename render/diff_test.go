package render

import (
	"strings"
	"testing"

	"github.com/newsclean/clean/internal/golden"
	"github.com/newsclean/clean/pipeline"
)

var _ = golden.Update

func TestLabelledDiff(t *testing.T) {
	raw := "Title\n\nMenu Home News\n\nFirst paragraph.\n\nShare this article on social networks\n\nSecond paragraph.\n\nFirst paragraph.\n"
	cleaned := "Title\n\nFirst paragraph.\n\nSecond paragraph.\n"
	tests := []struct {
		name string
		log  []pipeline.Change
		want []string // hunk headers, in order
	}{
		{
			name: "by line",
			log: []pipeline.Change{
				{Stage: "boilerplate", Rule: "menu", Action: pipeline.Removed, Text: "Menu Home News", Line: 3, Lines: 1},
				{Stage: "boilerplate", Rule: "share-prompt", Action: pipeline.Removed, Text: "Share this article on social networks", Line: 7, Lines: 1},
				{Stage: "dedupe", Rule: "repeat", Action: pipeline.Removed, Text: "First paragraph.", Line: 11, Lines: 1},
			},
			want: []string{"@@ -1,11 +1,5 @@ boilerplate/menu, boilerplate/share-prompt, dedupe/repeat"},
		},
		{
			name: "by text",
			log: []pipeline.Change{
				{Stage: "extract", Rule: "share", Action: pipeline.Removed, Text: "  Share this   article on social networks "},
				{Stage: "extract", Rule: "nav", Action: pipeline.Removed, Text: "Menu Home News"},
				{Stage: "normalize", Rule: "spaces", Action: pipeline.Changed, Text: raw, New: cleaned},
			},
			want: []string{"@@ -1,11 +1,5 @@ extract/share, extract/nav"},
		},
		{
			name: "unexplained",
			want: []string{"@@ -1,11 +1,5 @@"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := string(LabelledDiff("a (raw)", raw, "a (cleaned)", cleaned, tt.log))
			var got []string
			for _, line := range strings.Split(d, "\n") {
				if strings.HasPrefix(line, "@@") {
					got = append(got, line)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("hunk headers:\n%s\nwant:\n%s\ndiff:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"), d)
			}
			if !strings.HasPrefix(d, "diff a (raw) a (cleaned)\n--- a (raw)\n+++ a (cleaned)\n") {
				t.Errorf("diff does not start with its file header:\n%s", d)
			}
		})
	}
}

func TestLabelledDiffSeparateHunks(t *testing.T) {
	var raw, cleaned strings.Builder
	for i := 1; i <= 30; i++ {
		line := "line " + strings.Repeat("x", i) + "\n"
		raw.WriteString(line)
		if i != 2 && i != 25 {
			cleaned.WriteString(line)
		}
	}
	log := []pipeline.Change{
		{Stage: "a", Rule: "two", Line: 2, Lines: 1},
		{Stage: "b", Rule: "twenty-five", Line: 25, Lines: 1},
	}
	d := string(LabelledDiff("raw", raw.String(), "clean", cleaned.String(), log))
	for _, want := range []string{"@@ -1,5 +1,4 @@ a/two\n", "@@ -22,7 +21,6 @@ b/twenty-five\n"} {
		if !strings.Contains(d, want) {
			t.Errorf("diff lacks %q:\n%s", want, d)
		}
	}
}

func TestLabelledDiffEqual(t *testing.T) {
	if d := LabelledDiff("a", "x\n", "b", "x\n", nil); d != nil {
		t.Errorf("equal texts: got diff %q", d)
	}
}
