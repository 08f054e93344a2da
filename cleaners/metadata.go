package cleaners

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/clean/pipeline"
)

// Metadata takes the title, bylines and datelines out of the body into the
// article's metadata. It looks only where they live: the blocks just before
// the article's prose (and the first of it), and the last few blocks for
// bylines. Fields already known (from HTML metadata or options) are kept,
// and the blocks that repeat them are still removed from the body.
type Metadata struct{}

// Name returns "metadata".
func (Metadata) Name() string { return "metadata" }

// headWindow is how many blocks before the article's first prose paragraph
// may hold its title, byline and dateline.
const headWindow = 10

// Apply moves metadata blocks out of the body.
func (Metadata) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	if len(a.Blocks) == 0 {
		return nil
	}
	d := newDocView(a)
	verdicts := d.analyze()
	start := max(0, d.first-headWindow)
	end := min(len(a.Blocks)-1, max(d.first, 0)+2) // the head and the first blocks of prose
	for i := start; i <= end; i++ {
		d.takeDateline(i, l)
	}
	for i := start; i <= end; i++ {
		d.takeByline(i, l)
	}
	// Bylines also close articles: look just after the prose, and at the
	// very end of the text.
	for i := max(end+1, d.last-1); i < len(a.Blocks) && i <= d.last+8; i++ {
		d.takeByline(i, l)
	}
	for i := max(end+1, d.last+9, len(a.Blocks)-5); i < len(a.Blocks); i++ {
		d.takeByline(i, l)
	}
	d.takeTitle(start, end, verdicts, l)
	return nil
}

// takeDateline moves block i to Meta.Published when it is a date with at
// most a label and a time around it.
func (d *docView) takeDateline(i int, l *pipeline.Ledger) {
	b := d.a.Blocks[i]
	if b.Removed() || d.feat[i].words > 16 {
		return
	}
	if !strings.ContainsAny(b.Text, "0123456789") {
		return // every date has digits
	}
	iso, rest, ok := findDate(b.Text)
	if !ok {
		return
	}
	rest = timeRe.ReplaceAllString(strings.ToLower(rest), " ")
	rest = dateNoiseRe.ReplaceAllString(rest, " ")
	rest = datelineLabelRe.ReplaceAllString(rest, " ")
	leftover := 0
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w != "" {
			leftover++
		}
	}
	if leftover > 1 {
		return
	}
	if d.a.Meta.Published == "" {
		d.a.Meta.Published = iso
		d.a.Meta.SetSource("published", "text:dateline")
		l.Move(b, "published", "dateline", "dateline "+iso)
		return
	}
	m := &d.a.Meta
	if known := m.Published[:min(len(m.Published), 10)]; known != iso && m.Provenance["published"] != "text:dateline" {
		// The page's metadata and its visible dateline disagree: say so.
		m.Conflicts = append(m.Conflicts, fmt.Sprintf("published: %s %s differs from the visible dateline %s (%q)",
			m.Provenance["published"], m.Published, iso, clip(b.Text, 60)))
	}
	l.Move(b, "published", "dateline", "another dateline; published is "+m.Published)
}

var datelineLabelRe = datelineLabels.compile(`(?:^|\s)(?:`, `)(?:\s|:|$)`)

// takeByline moves block i to Meta.Authors (or Editors) when it is a
// labelled list of names: "By Jane Doe and John Roe", "Author's name …".
func (d *docView) takeByline(i int, l *pipeline.Ledger) {
	b := d.a.Blocks[i]
	if b.Removed() || d.feat[i].words > 14 {
		return
	}
	if !bylineStart(d.feat[i].lower) {
		return
	}
	field, rest := "authors", ""
	var label *pipeline.Block // a label alone on its line, the names on the next
	if bylineLabelRe.MatchString(b.Text) && i+1 < len(d.a.Blocks) {
		label, b = b, d.a.Blocks[i+1]
		rest = b.Text
	} else if m := bylineRe.FindStringSubmatch(b.Text); m != nil {
		rest = m[1]
	} else if m := editorRe.FindStringSubmatch(b.Text); m != nil {
		field, rest = "editors", m[1]
	} else {
		return
	}
	names := splitNames(rest)
	if names == nil {
		return
	}
	m := &d.a.Meta
	if field == "editors" {
		m.Editors = appendNew(m.Editors, names...)
	} else {
		if len(m.Authors) == 0 {
			m.SetSource("authors", "text:byline")
		}
		m.Authors = appendNew(m.Authors, names...)
	}
	if label != nil {
		l.Move(label, field, "byline", "label of the byline on the next line")
	}
	l.Move(b, field, "byline", "byline naming "+strings.Join(names, ", "))
}

var (
	bylineRe      = bylineLabels.compile(`(?i)^(?:`, `)\s*[:\-–—]?\s+(.+)$`)
	bylineLabelRe = bylineLabels.compile(`(?i)^(?:`, `):?$`)
	editorRe      = editorLabels.compile(`(?i)^(?:`, `)\s*[:\-–—]?\s+(.+)$`)
	nameSep       = regexp.MustCompile(`\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bi\b|\bи\b)\s*`)
	// nameParticles may stand in lower case inside a name.
	nameParticles = map[string]bool{"de": true, "da": true, "del": true, "der": true, "van": true, "von": true, "la": true, "le": true, "di": true, "du": true, "bin": true, "al": true, "el": true, "y": true}
)

// bylineFirstWords holds the first word of every byline and editor label,
// to rule out most blocks before the label expressions run.
var bylineFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []phrases{bylineLabels, editorLabels} {
		s := p.set()
		for phrase := range s.exact {
			m[firstWord(phrase)] = true
		}
		for _, phrase := range s.prefixes {
			m[firstWord(phrase)] = true
		}
	}
	return m
}()

func firstWord(s string) string {
	if i := strings.IndexAny(s, " :"); i >= 0 {
		return s[:i]
	}
	return s
}

// bylineStart reports whether the lower-cased text opens with the first
// word of a byline or editor label.
func bylineStart(lower string) bool {
	return bylineFirstWords[firstWord(strings.TrimSpace(lower))]
}

// splitNames returns the names in a byline, or nil when it is not a list of
// names (a word in lower case, too many words, digits).
func splitNames(s string) []string {
	s = strings.TrimSpace(strings.TrimRight(s, ".|·•"))
	var names []string
	for _, part := range nameSep.Split(s, -1) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		words := strings.Fields(part)
		if len(words) > 4 {
			return nil
		}
		for _, w := range words {
			r := []rune(w)[0]
			if nameParticles[w] || unicode.IsUpper(r) && !strings.ContainsFunc(w, unicode.IsDigit) {
				continue
			}
			if unicode.Is(unicode.Han, r) && len(words) == 1 {
				continue
			}
			return nil
		}
		names = append(names, titleCaseName(part))
	}
	if len(names) == 0 || len(names) > 6 {
		return nil
	}
	return names
}

// titleCaseName turns an all-capitals name ("LISA MASCARO") into title case.
func titleCaseName(s string) string {
	if strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		found := false
		for _, have := range list {
			if strings.EqualFold(have, it) {
				found = true
				break
			}
		}
		if !found {
			list = append(list, it)
		}
	}
	return list
}

// takeTitle finds the title among blocks start..end: a line that appears
// twice (once perhaps behind a breadcrumb or before a site name), else the
// title-like line nearest the article's prose. It moves the title, removes
// its repeats, and splits off a site name suffix into Meta.Site.
func (d *docView) takeTitle(start, end int, verdicts []*match, l *pipeline.Ledger) {
	blocks := d.a.Blocks
	keys := make([]string, end+1) // titleKey of each block in the window
	for i := start; i <= end; i++ {
		if d.feat[i].words <= 40 { // longer blocks neither are nor repeat a title
			keys[i] = titleKey(blocks[i].Text)
		}
	}
	title := -1
	// A repeated line is the title.
	for i := start; i <= end && title < 0; i++ {
		if blocks[i].Removed() || !d.titleLike(i, verdicts) || keys[i] == "" {
			continue
		}
		key := keys[i]
		for j := start; j <= end; j++ {
			if j != i && !blocks[j].Removed() && strings.HasSuffix(keys[j], key) && len(key) > 8 {
				title = i
				break
			}
		}
	}
	if title < 0 {
		// The title-like line nearest before the prose, else the prose's
		// first line itself (an article that starts with its title).
		first := max(d.first, 0)
		for i := min(end, first-1); i >= start; i-- {
			if !blocks[i].Removed() && d.titleLike(i, verdicts) && d.feat[i].words >= 3 {
				title = i
				break
			}
		}
		// A short label between the title and the prose ("By the river",
		// "Back to gallery") is no title when a longer line stands just
		// before it.
		if title >= 0 && d.feat[title].words <= 4 {
			for i := title - 1; i >= max(start, title-3); i-- {
				if !blocks[i].Removed() && d.titleLike(i, verdicts) && d.feat[i].words > d.feat[title].words {
					title = i
					break
				}
			}
		}
		if title < 0 && first < len(blocks) && !blocks[first].Removed() && d.titleLike(first, verdicts) && d.feat[first].words >= 3 {
			title = first
		}
		// A headline in capitals without stopwords reads like a menu; the
		// one right before the prose is the title when nothing else is.
		if before := first - 1; title < 0 && before >= start && !blocks[before].Removed() &&
			verdicts[before] != nil && verdicts[before].rule == sectionMenu && d.feat[before].words >= 4 {
			title = before
		}
	}
	if title < 0 || !d.othersLeft(title) {
		return // a lone line is the article, not its title
	}
	text, site := splitSiteSuffix(blocks[title].Text)
	m := &d.a.Meta
	if m.Site == "" && site != "" {
		m.Site = site
		m.SetSource("site", "text:title-suffix")
	}
	key := titleKey(text)
	if m.Title == "" {
		m.Title = text
		m.SetSource("title", "text:heading")
		l.Move(blocks[title], "title", "title", "the article's title")
	} else if key == titleKey(m.Title) {
		l.Move(blocks[title], "title", "title", "repeats the title found in the metadata")
	}
	for j := start; j <= end; j++ {
		if j != title && !blocks[j].Removed() && keys[j] != "" && strings.Contains(keys[j], key) && d.feat[j].words <= d.feat[title].words+12 {
			l.Remove(blocks[j], "title-repeat", "repeats the title")
		}
	}
}

// othersLeft reports whether a block other than i is still in the body.
func (d *docView) othersLeft(i int) bool {
	for j, b := range d.a.Blocks {
		if j != i && !b.Removed() {
			return true
		}
	}
	return false
}

// titleLike reports whether block i could be a title: a line of a few
// words that is not a sentence with a full stop and not boilerplate.
func (d *docView) titleLike(i int, verdicts []*match) bool {
	f := d.feat[i]
	if f.words < 2 || f.words > 30 || verdicts[i] != nil {
		return false
	}
	if d.extracted && d.a.Blocks[i].Kind != pipeline.Heading {
		return false // in HTML a title is marked up as one
	}
	t := strings.TrimSpace(d.a.Blocks[i].Text)
	return !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "...")
}

// titleKey reduces a title to lower-case letters and digits, without a
// leading breadcrumb, for comparing repeats.
func titleKey(s string) string {
	s = stripBreadcrumb(s)
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				b = append(b, c)
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return string(b)
}

// stripBreadcrumb returns s without a leading trail that starts at the
// home page ("Home » World » ").
func stripBreadcrumb(s string) string {
	if !breadcrumbKeys.in(s) {
		return s
	}
	if loc := breadcrumbSep.FindAllStringIndex(s, -1); len(loc) > 0 {
		first := strings.ToLower(strings.TrimSpace(s[:loc[0][0]]))
		if homeRe.MatchString(first) {
			return s[loc[len(loc)-1][1]:]
		}
	}
	return s
}

var siteSuffixRe = regexp.MustCompile(`^(.{12,}?)\s+(?:[—–|]|-|::)\s+([^—–|]{2,60})$`)

// splitSiteSuffix splits "Title — Site Name" into its parts when the suffix
// reads as a name: a few words, each capitalised or a connective.
func splitSiteSuffix(s string) (title, site string) {
	m := siteSuffixRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return strings.TrimSpace(s), ""
	}
	words := strings.Fields(m[2])
	if len(words) > 7 {
		return strings.TrimSpace(s), ""
	}
	for _, w := range words {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "&" && w != "of" && w != "the" && w != "and" && !strings.Contains(w, ".") {
			return strings.TrimSpace(s), ""
		}
	}
	return strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
}
