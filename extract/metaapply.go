package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsclean/clean/pipeline"
)

// Sources in order of trust, per field.
var fieldSources = map[string][]string{
	"title":       {"json-ld", "opengraph", "title"},
	"authors":     {"json-ld", "meta", "opengraph"},
	"published":   {"json-ld", "opengraph", "meta", "time"},
	"site":        {"json-ld", "opengraph", "meta"},
	"lang":        {"json-ld", "html-lang", "meta", "opengraph"},
	"url":         {"canonical", "opengraph", "json-ld"},
	"description": {"json-ld", "opengraph", "meta"},
}

// best returns the candidates of field from its most trusted source.
func (f *metaFinder) best(field string) []candidate {
	for _, src := range fieldSources[field] {
		var out []candidate
		for _, c := range f.fields[field] {
			if c.source == src {
				out = append(out, c)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// apply sets the empty fields of m from the candidates.
func (f *metaFinder) apply(m *pipeline.Meta, l *pipeline.Ledger) {
	set := func(field string, dst *string, c candidate) {
		*dst = c.value
		m.SetSource(field, c.source)
		l.SetMeta(field, c.value, c.source, c.reason)
	}
	// Normalize dates first, dropping the ones that do not parse.
	var dates []candidate
	for _, c := range f.fields["published"] {
		if v, ok := normalizeDate(c.value); ok {
			c.value = v
			dates = append(dates, c)
		}
	}
	f.fields["published"] = dates

	if m.Site == "" {
		if c := f.best("site"); c != nil {
			set("site", &m.Site, c[0])
		}
	}
	if m.Title == "" {
		if c := f.best("title"); c != nil {
			c[0].value = stripSite(c[0].value, m.Site)
			set("title", &m.Title, c[0])
		}
	}
	if len(m.Authors) == 0 {
		seen := map[string]bool{}
		for _, c := range f.best("authors") {
			for _, a := range splitAuthors(c.value) {
				if k := strings.ToLower(a); !seen[k] {
					seen[k] = true
					m.Authors = append(m.Authors, a)
					l.SetMeta("authors", a, c.source, c.reason)
					m.SetSource("authors", c.source)
				}
			}
		}
	}
	if m.Published == "" {
		if c := f.best("published"); c != nil {
			set("published", &m.Published, c[0])
			m.Conflicts = append(m.Conflicts, dateConflicts(c[0], dates)...)
		}
	}
	if m.Lang == "" {
		if c := f.best("lang"); c != nil {
			set("lang", &m.Lang, c[0])
		}
	}
	if m.URL == "" {
		if c := f.best("url"); c != nil && strings.Contains(c[0].value, "://") {
			set("url", &m.URL, c[0])
		}
	}
	if m.Description == "" {
		if c := f.best("description"); c != nil {
			set("description", &m.Description, c[0])
		}
	}
}

// dateConflicts lists the sources whose day differs from chosen's.
func dateConflicts(chosen candidate, dates []candidate) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range dates {
		if day(c.value) == day(chosen.value) || seen[c.source+c.value] {
			continue
		}
		seen[c.source+c.value] = true
		out = append(out, fmt.Sprintf("published: %s %s (%s) differs from %s %s (%s)",
			chosen.source, chosen.value, chosen.reason, c.source, c.value, c.reason))
	}
	return out
}

func day(date string) string { return date[:min(len(date), 10)] }

// dateLayouts are the forms of dates found in page metadata, with a time
// zone first.
var dateLayouts = []struct {
	layout string
	zoned  bool
}{
	{time.RFC3339, true},
	{"2006-01-02T15:04:05.999999999Z0700", true},
	{"2006-01-02T15:04:05Z0700", true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05 -0700", true},
	{"2006-01-02 15:04:05 -0700 MST", true},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true},
	{"2006-01-02T15:04:05.999999999", false},
	{"2006-01-02T15:04:05", false},
	{"2006-01-02T15:04", false},
	{"2006-01-02 15:04:05", false},
	{"2006-01-02 15:04", false},
	{"2006-01-02", false},
	{"2006/01/02", false},
	{"20060102", false},
	{"January 2, 2006", false},
	{"Jan 2, 2006", false},
	{"2 January 2006", false},
	{"02.01.2006", false},
}

// normalizeDate returns s as RFC 3339 when it has a time zone, else as
// YYYY-MM-DD.
func normalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, d := range dateLayouts {
		t, err := time.Parse(d.layout, s)
		if err != nil {
			continue
		}
		if t.Year() < 1990 || t.Year() > 2100 {
			return "", false
		}
		if d.zoned {
			return t.Format(time.RFC3339), true
		}
		return t.Format("2006-01-02"), true
	}
	return "", false
}

// titleSeparators divide a page title from the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " // ", " » "}

// stripSite removes the site's name from the start or end of a title.
func stripSite(title, site string) string {
	if site == "" {
		return title
	}
	key := simplify(site)
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && simplify(title[i+len(sep):]) == key {
			return strings.TrimSpace(title[:i])
		}
		if i := strings.Index(title, sep); i > 0 && simplify(title[:i]) == key {
			return strings.TrimSpace(title[i+len(sep):])
		}
	}
	return title
}

// simplify lower-cases s and drops everything but letters and digits.
func simplify(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// splitAuthors splits "A, B and C" into names and drops a leading "By".
func splitAuthors(s string) []string {
	s = strings.TrimSpace(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = s[3:]
	}
	var out []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(s, " and ", ","), func(r rune) bool { return r == ',' || r == ';' || r == '&' }) {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}
