package render

import (
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/newsclean/clean/pipeline"
)

// explainWidth is how many runes of an entry's text Explain shows.
const explainWidth = 72

// Explain writes a's removal log as aligned columns for people to read:
// the raw line (or "-"), stage, rule, action, reason, then the text,
// shortened to 72 characters, with "field:" before moved text and
// "=> new" after changed text. An article without changes gets
// "(no changes)".
func Explain(w io.Writer, a *pipeline.Article) error {
	if len(a.Log) == 0 {
		_, err := io.WriteString(w, "(no changes)\n")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "LINE\tSTAGE\tRULE\tACTION\tREASON\tTEXT")
	for _, c := range a.Log {
		text := shorten(oneLine(c.Text), explainWidth)
		if c.Field != "" {
			text = c.Field + ": " + text
		}
		if c.Action == pipeline.Changed {
			text += " => " + shorten(oneLine(c.New), explainWidth)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n",
			lineRange(c), oneLine(c.Stage), oneLine(c.Rule), c.Action, oneLine(c.Reason), text)
	}
	return tw.Flush()
}

// lineRange returns "12" or "12-14" for an entry with a raw line, or "-".
func lineRange(c pipeline.Change) string {
	switch {
	case c.Line <= 0:
		return "-"
	case c.Lines > 1:
		return strconv.Itoa(c.Line) + "-" + strconv.Itoa(c.Line+c.Lines-1)
	}
	return strconv.Itoa(c.Line)
}

// shorten cuts s to n runes, ending it with "…" when cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
