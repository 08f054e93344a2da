package cleaners

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/clean/pipeline"
)

// withHead returns the test article in language code with head in place of
// its title line: the lines a page shows before the article's prose.
func withHead(code string, head ...string) string {
	art := articles[code]
	return strings.Join(append(head, art.prose[:]...), "\n\n") + "\n"
}

// metaCase is an article head and the metadata that must come out of it.
type metaCase struct {
	name string
	lang string // "en" when empty
	head []string
	// tail lines go after the prose.
	tail []string

	title, site, published string
	authors, editors       []string
	// moved lines must leave the body through the metadata stage; kept
	// lines must stay in the body.
	moved, kept []string
	skip        string
}

func runMetaCases(t *testing.T, cases []metaCase) {
	t.Helper()
	for _, tc := range cases {
		code := tc.lang
		if code == "" {
			code = "en"
		}
		t.Run(code+"/"+tc.name, func(t *testing.T) {
			if tc.skip != "" {
				t.Skip("known gap: " + tc.skip)
			}
			text := withHead(code, tc.head...)
			if len(tc.tail) > 0 {
				text += "\n" + strings.Join(tc.tail, "\n\n") + "\n"
			}
			a := runText(t, text)
			m := a.Meta
			if tc.title != "" && m.Title != tc.title {
				t.Errorf("Title = %q, want %q\n%s", m.Title, tc.title, dump(a))
			}
			if m.Site != tc.site {
				t.Errorf("Site = %q, want %q", m.Site, tc.site)
			}
			if m.Published != tc.published {
				t.Errorf("Published = %q, want %q\n%s", m.Published, tc.published, dump(a))
			}
			if !slices.Equal(m.Authors, tc.authors) {
				t.Errorf("Authors = %q, want %q\n%s", m.Authors, tc.authors, dump(a))
			}
			if !slices.Equal(m.Editors, tc.editors) {
				t.Errorf("Editors = %q, want %q", m.Editors, tc.editors)
			}
			for _, line := range tc.moved {
				c := logged(a, line)
				switch {
				case hasBlock(a, line):
					t.Errorf("line %q stayed in the body\n%s", line, dump(a))
				case c == nil:
					t.Errorf("line %q left without a log entry", line)
				case c.Stage != "metadata":
					t.Errorf("line %q removed by %s/%s (%s), want the metadata stage", line, c.Stage, c.Rule, c.Reason)
				}
			}
			for _, line := range tc.kept {
				if !hasBlock(a, line) {
					t.Errorf("line %q was removed\n%s", line, dump(a))
				}
			}
			for _, p := range articles[code].prose {
				if !hasBlock(a, p) {
					t.Errorf("prose removed: %q\n%s", clip(p, 60), dump(a))
				}
			}
		})
	}
}

func TestMetadataTitle(t *testing.T) {
	const title = "Northbridge council approves repairs to the old river bridge"
	runMetaCases(t, []metaCase{
		{name: "first line", head: []string{title}, title: title, moved: []string{title}},
		{name: "repeated", head: []string{title, title}, title: title, moved: []string{title}},
		{name: "breadcrumb and site suffix",
			head:  []string{"Home » " + title + " — Northbridge Gazette", title + " — Northbridge Gazette"},
			title: title, site: "Northbridge Gazette",
			moved: []string{"Home » " + title + " — Northbridge Gazette", title + " — Northbridge Gazette"}},
		{name: "site suffix after a bar", head: []string{title + " | Northbridge Gazette"}, title: title, site: "Northbridge Gazette"},
		{name: "after an error banner", head: []string{"Page not found", title}, title: title, moved: []string{title}},
		{name: "after a section menu", head: []string{"News Politics Business Sport", title}, title: title, moved: []string{title}},
		{name: "after a breadcrumb", head: []string{"Home › Local › Transport", title}, title: title},
		{name: "before a byline and dateline", head: []string{title, "By Jane Doe", "Published February 12, 2025"},
			title: title, authors: []string{"Jane Doe"}, published: "2025-02-12"},
		{name: "lower-case suffix is not a site", head: []string{"Bridge repairs approved - at last"}, title: "Bridge repairs approved - at last"},
		{name: "title case without stopwords", head: []string{"Northbridge Council Approves Bridge Repairs"}, title: "Northbridge Council Approves Bridge Repairs"},
		{name: "ru", lang: "ru", head: []string{articles["ru"].title}, title: articles["ru"].title},
		{name: "de repeated", lang: "de", head: []string{articles["de"].title, articles["de"].title}, title: articles["de"].title, moved: []string{articles["de"].title}},
		{name: "zh", lang: "zh", head: []string{articles["zh"].title}, title: articles["zh"].title},
	})
}

func TestMetadataByline(t *testing.T) {
	const title = "Northbridge council approves repairs to the old river bridge"
	prose := "By Tuesday, the council had received more than two hundred letters from residents asking for the bridge to be repaired."
	runMetaCases(t, []metaCase{
		{name: "By Jane Doe", head: []string{title, "By Jane Doe"}, title: title, authors: []string{"Jane Doe"}, moved: []string{"By Jane Doe"}},
		{name: "two authors", head: []string{title, "by Jane Doe and John Roe"}, title: title, authors: []string{"Jane Doe", "John Roe"}, moved: []string{"by Jane Doe and John Roe"}},
		{name: "three authors", head: []string{title, "By Jane Doe, John Roe and Ann Lee"}, title: title, authors: []string{"Jane Doe", "John Roe", "Ann Lee"}},
		{name: "capitals", head: []string{title, "By JANE DOE"}, title: title, authors: []string{"Jane Doe"}, moved: []string{"By JANE DOE"}},
		{name: "author's name", head: []string{title, "Author's name Jane Doe"}, title: title, authors: []string{"Jane Doe"}, moved: []string{"Author's name Jane Doe"}},
		{name: "written by", head: []string{title, "Written by Jane Doe"}, title: title, authors: []string{"Jane Doe"}},
		{name: "label alone", head: []string{title, "By", "Jane Doe"}, title: title, authors: []string{"Jane Doe"}, moved: []string{"By", "Jane Doe"}},
		{name: "editor", head: []string{title, "By Jane Doe", "Editor John Roe"}, title: title, authors: []string{"Jane Doe"}, editors: []string{"John Roe"}, moved: []string{"Editor John Roe"}},
		{name: "edited by", head: []string{title, "Edited by John Roe"}, title: title, editors: []string{"John Roe"}},
		{name: "particle", head: []string{title, "By Anna van der Berg"}, title: title, authors: []string{"Anna van der Berg"}},
		{name: "at the end", head: []string{title}, tail: []string{"By Jane Doe"}, title: title, authors: []string{"Jane Doe"}, moved: []string{"By Jane Doe"}},
		{name: "ru", lang: "ru", head: []string{articles["ru"].title, "Автор: Иван Петров"}, title: articles["ru"].title, authors: []string{"Иван Петров"}},
		{name: "de", lang: "de", head: []string{articles["de"].title, "Von Anna Schmidt"}, title: articles["de"].title, authors: []string{"Anna Schmidt"}},
		{name: "fr", lang: "fr", head: []string{articles["fr"].title, "Par Marie Dupont et Paul Martin"}, title: articles["fr"].title, authors: []string{"Marie Dupont", "Paul Martin"}},
		{name: "es", lang: "es", head: []string{articles["es"].title, "Por Juan García"}, title: articles["es"].title, authors: []string{"Juan García"}},
		{name: "pl", lang: "pl", head: []string{articles["pl"].title, "Autor: Jan Kowalski"}, title: articles["pl"].title, authors: []string{"Jan Kowalski"}},
		// Keep: sentences that open with a label are prose.
		{name: "By Tuesday", head: []string{title, prose}, title: title, kept: []string{prose}},
		{name: "short By sentence", head: []string{title, "By noon the bridge was closed."}, title: title, kept: []string{"By noon the bridge was closed."}},
		// A short label between title and prose is not the title (the
		// region may still drop it as a line of three words).
		{name: "By lower-case words", head: []string{title, "By the river"}, title: title},
	})
}

func TestMetadataDateline(t *testing.T) {
	const title = "Northbridge council approves repairs to the old river bridge"
	date := func(name, code, line, want string) metaCase {
		t := title
		if code != "" && code != "en" {
			t = articles[code].title
		}
		return metaCase{name: name, lang: code, head: []string{t, line}, title: t, published: want, moved: []string{line}}
	}
	runMetaCases(t, []metaCase{
		date("published", "en", "Published February 12, 2025", "2025-02-12"),
		// Normalize splits the glued label before the metadata stage sees it.
		{name: "glued label", head: []string{title, "PublishedFebruary 12, 2025"}, title: title, published: "2025-02-12", moved: []string{"Published February 12, 2025"}},
		date("updated with time and weekday", "en", "Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20"),
		date("iso date and status code", "en", " date 2025-05-29 403", "2025-05-29"),
		date("day month year", "en", "Published on 12 March 2024, 10:15", "2024-03-12"),
		date("abbreviated month", "en", "Feb. 3, 2025", "2025-02-03"),
		date("dotted", "en", "12.02.2025", "2025-02-12"),
		date("iso with time", "en", "Posted 2024-11-05T08:30:00Z", "2024-11-05"),
		date("ru", "ru", "12 февраля 2025", "2025-02-12"),
		date("ru labelled", "ru", "Опубликовано: 3 марта 2024, 14:20", "2024-03-03"),
		date("de", "de", "12. Februar 2025", "2025-02-12"),
		date("de labelled", "de", "Veröffentlicht am 12.02.2025", "2025-02-12"),
		date("fr", "fr", "Publié le 12 février 2025", "2025-02-12"),
		date("es", "es", "12 de febrero de 2025", "2025-02-12"),
		date("pl", "pl", "12 lutego 2025", "2025-02-12"),
		date("el", "el", "12 Φεβρουαρίου 2025", "2025-02-12"),
		date("zh", "zh", "2025年2月12日", "2025-02-12"),
		date("zh labelled", "zh", "发布时间：2025年2月12日 10:30", "2025-02-12"),
		{name: "two datelines", head: []string{title, "Published February 12, 2025", "Updated February 13, 2025"},
			title: title, published: "2025-02-12", moved: []string{"Published February 12, 2025", "Updated February 13, 2025"}},
		// Keep: a sentence with a date is not a dateline.
		{name: "date in a sentence", head: []string{title, "On February 12, 2025, the council met again to discuss the tender and the timetable."},
			title: title, kept: []string{"On February 12, 2025, the council met again to discuss the tender and the timetable."}},
		{name: "impossible date", head: []string{title, "Published 2025-13-45"}},
	})
}

// TestDatelineConflict checks that a visible dateline that disagrees with
// the date found in the page's metadata is flagged, and one that agrees is
// not.
func TestDatelineConflict(t *testing.T) {
	for _, tt := range []struct {
		dateline string
		conflict bool
	}{
		{"Published February 12, 2025", false},
		{"Published March 3, 2025", true},
	} {
		a := &pipeline.Article{Source: t.Name(), Raw: []byte(compose("en", beforeArt, tt.dateline))}
		a.Meta.Published = "2025-02-12T09:30:00Z"
		a.Meta.SetSource("published", "json-ld")
		if _, err := textStages().Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if got := len(a.Meta.Conflicts) > 0; got != tt.conflict {
			t.Errorf("%q: conflicts %q, want a conflict: %v", tt.dateline, a.Meta.Conflicts, tt.conflict)
		}
		if hasBlock(a, tt.dateline) {
			t.Errorf("%q: dateline kept in the body", tt.dateline)
		}
	}
}
