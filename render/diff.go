package render

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsclean/clean/pipeline"
	"github.com/rogpeppe/go-internal/diff"
)

// hunkHeader matches a unified diff's hunk header and captures the first
// old line number.
var hunkHeader = regexp.MustCompile(`^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@`)

// minContained is how many runes the shorter of a raw line and a logged
// text needs before one containing the other counts as a match.
const minContained = 12

// LabelledDiff returns a unified diff from raw, the decoded input, to
// cleaned, its output, or nil when they are equal. Each hunk header is
// followed, git-style, by the stage/rule of every log entry that touched
// the hunk's removed lines, in log order:
//
//	@@ -3,4 +3,1 @@ boilerplate/share-prompt, dedupe/repeat
//
// Entries are matched by raw line (Change.Line and Lines) when they have
// one, and otherwise (HTML) by text: a removed line matches an entry whose
// text, spaces collapsed, equals it or contains it or is contained in it.
func LabelledDiff(rawName, raw, cleanName, cleaned string, log []pipeline.Change) []byte {
	d := diff.Diff(rawName, []byte(raw), cleanName, []byte(cleaned))
	if d == nil {
		return nil
	}
	idx := newLogIndex(log)
	var out strings.Builder
	var hunk []string // the current hunk's lines, header first
	labels := map[int]bool{}
	old := 0
	flush := func() {
		if len(hunk) == 0 {
			return
		}
		out.WriteString(hunk[0])
		if l := idx.labels(labels); l != "" {
			out.WriteString(" ")
			out.WriteString(l)
		}
		out.WriteString("\n")
		for _, line := range hunk[1:] {
			out.WriteString(line)
			out.WriteString("\n")
		}
		hunk = hunk[:0]
		clear(labels)
	}
	lines := strings.Split(strings.TrimSuffix(string(d), "\n"), "\n")
	for _, line := range lines {
		if m := hunkHeader.FindStringSubmatch(line); m != nil {
			flush()
			old, _ = strconv.Atoi(m[1])
			hunk = append(hunk, line)
			continue
		}
		if len(hunk) == 0 { // file header
			out.WriteString(line)
			out.WriteString("\n")
			continue
		}
		hunk = append(hunk, line)
		switch {
		case strings.HasPrefix(line, " "):
			old++
		case strings.HasPrefix(line, "-"):
			idx.match(old, line[1:], labels)
			old++
		}
	}
	flush()
	return []byte(out.String())
}

// logIndex finds the log entries that explain a raw line.
type logIndex struct {
	log    []pipeline.Change
	byLine map[int][]int // raw line -> entries covering it
	byText []int         // entries without a line
	texts  []string      // normalized Text of byText entries
}

func newLogIndex(log []pipeline.Change) *logIndex {
	x := &logIndex{log: log, byLine: map[int][]int{}}
	for i, c := range log {
		if c.Line > 0 {
			for n := c.Line; n < c.Line+max(c.Lines, 1); n++ {
				x.byLine[n] = append(x.byLine[n], i)
			}
			continue
		}
		// A change to the whole input (a normalization of all its text)
		// would match every line; it explains none in particular.
		if c.Action == pipeline.Changed && strings.Contains(strings.TrimSpace(c.Text), "\n") {
			continue
		}
		if t := collapse(c.Text); t != "" {
			x.byText = append(x.byText, i)
			x.texts = append(x.texts, t)
		}
	}
	return x
}

// match adds to found the entries that explain raw line n with text line.
func (x *logIndex) match(n int, line string, found map[int]bool) {
	if ids, ok := x.byLine[n]; ok {
		for _, i := range ids {
			found[i] = true
		}
		return
	}
	l := collapse(line)
	if l == "" {
		return
	}
	for k, t := range x.texts {
		if l == t || contains(l, t) || contains(t, l) {
			found[x.byText[k]] = true
		}
	}
}

// contains reports whether long contains short and short is long enough
// for that to mean something.
func contains(long, short string) bool {
	return utf8.RuneCountInString(short) >= minContained && strings.Contains(long, short)
}

// labels returns the distinct stage/rule names of the found entries, in
// log order, separated by commas.
func (x *logIndex) labels(found map[int]bool) string {
	if len(found) == 0 {
		return ""
	}
	var out []string
	seen := map[string]bool{}
	for i, c := range x.log {
		if !found[i] {
			continue
		}
		l := c.Stage + "/" + c.Rule
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return strings.Join(out, ", ")
}

// collapse trims s and turns every run of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
