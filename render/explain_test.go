package render

import (
	"strings"
	"testing"

	"github.com/newsclean/clean/pipeline"
)

func TestExplain(t *testing.T) {
	a := &pipeline.Article{Log: []pipeline.Change{
		{Stage: "boilerplate", Rule: "share-prompt", Reason: "asks to share", Action: pipeline.Removed, Text: "Share this", Line: 7, Lines: 1},
		{Stage: "metadata", Rule: "byline", Reason: "names the author", Action: pipeline.Moved, Field: "authors", Text: "By Jane Roe", Line: 2, Lines: 2},
		{Stage: "normalize", Rule: "quotes", Reason: "straight quotes", Action: pipeline.Changed, Text: "\u201chi\u201d", New: "\"hi\""},
		{Stage: "boilerplate", Rule: "footer", Reason: "long\tfooter", Action: pipeline.Removed, Text: strings.Repeat("word ", 40)},
	}}
	var sb strings.Builder
	if err := Explain(&sb, a); err != nil {
		t.Fatal(err)
	}
	want := `LINE  STAGE        RULE          ACTION   REASON            TEXT
7     boilerplate  share-prompt  removed  asks to share     Share this
2-3   metadata     byline        moved    names the author  authors: By Jane Roe
-     normalize    quotes        changed  straight quotes   “hi” => "hi"
-     boilerplate  footer        removed  long footer       ` + strings.Repeat("word ", 14) + "w…\n"
	if sb.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", sb.String(), want)
	}
	sb.Reset()
	Explain(&sb, &pipeline.Article{})
	if sb.String() != "(no changes)\n" {
		t.Errorf("empty log: got %q", sb.String())
	}
}
