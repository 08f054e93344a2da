package extract

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/clean/internal/golden"
	"github.com/newsclean/clean/pipeline"
	"golang.org/x/text/encoding/charmap"
)

var _ = golden.Update

// run extracts page and returns the article.
func run(t testing.TB, page string) *pipeline.Article {
	t.Helper()
	a := &pipeline.Article{Raw: []byte(page), Format: "html"}
	if err := (Stage{}).Apply(context.Background(), a, pipeline.NewLedger("extract", a)); err != nil {
		t.Fatal(err)
	}
	return a
}

// prose is a paragraph long enough to count as article text.
const prose = "The council voted on Tuesday to extend the tram line to the harbour, a project that has been debated for more than a decade, and work is due to start next spring."

func page(body string) string {
	return "<!doctype html><html><head><title>T</title></head><body>" + body + "</body></html>"
}

func article(inner string) string {
	return page(`<header><a href="/">Home</a> <a href="/news">News</a></header>
<div class="layout"><article><h1>Tram line extended</h1>` + inner +
		`<p>` + prose + `</p><p>` + prose + ` Again.</p></article></div>`)
}

func TestExtractRules(t *testing.T) {
	tests := []struct {
		name     string
		html     string
		gone     string // text that must not be in the body
		rule     string // and the rule that must have removed it
		kept     string // text that must stay
		keptKind pipeline.Kind
	}{
		{name: "hidden attribute", html: article(`<div hidden>Secret offer text</div>`), gone: "Secret offer", rule: "hidden"},
		{name: "aria-hidden", html: article(`<div aria-hidden="true">Icon label text</div>`), gone: "Icon label", rule: "hidden"},
		{name: "display none", html: article(`<div style="color:red; display: none">Invisible words</div>`), gone: "Invisible words", rule: "hidden"},
		{name: "share widget", html: article(`<div class="content-share-wrapper"><span>Share on Facebook</span></div>`), gone: "Share on Facebook", rule: "share-widget"},
		{name: "related list", html: article(`<section class="relatedStories"><h2>Read more</h2><ul><li><a href="/a">Other story</a></li></ul></section>`), gone: "Other story", rule: "related"},
		{name: "newsletter box", html: article(`<div id="newsletter-signup">Get our daily email</div>`), gone: "daily email", rule: "newsletter"},
		{name: "comments section", html: article(`<div id="comments"><p>` + strings.Repeat("I disagree with this. ", 3) + `</p></div>`), gone: "I disagree", rule: "comments"},
		{name: "nav", html: article(`<nav>Sections World Politics</nav>`), gone: "Sections World", rule: "nav"},
		{name: "aside", html: article(`<aside>Most read today</aside>`), gone: "Most read today", rule: "aside"},
		{name: "form", html: article(`<form><label>Your email address</label></form>`), gone: "email address", rule: "form"},
		{name: "header outside the article", html: article(``), gone: "Home News", rule: "header"},
		{name: "caption", html: article(`<figure><img src="x.jpg"><figcaption>A tram in the rain. Photo: Agency</figcaption></figure>`), gone: "A tram in the rain", rule: "caption"},
		{name: "footer", html: article(`<footer>Copyright 2024 The Paper</footer>`), gone: "Copyright 2024", rule: "footer"},
		{name: "link list in body", html: article(`<p><a href="/x">See also: the history of trams in the city</a></p>`), gone: "See also", rule: "link-dense"},
		{name: "teaser link in capitals", html: article(`<p>` + prose + `</p><p><strong><a href="/y">MAYOR OPENS NEW BRIDGE ACROSS THE RIVER</a></strong></p>`), gone: "MAYOR OPENS", rule: "link-dense"},
		{name: "comment thread longer than the article", html: page(`<article><h1>Tram line extended</h1><p>` + prose + `</p></article><div class="comments-area"><ol class="comment-list">` + strings.Repeat(`<li><p>`+strings.Repeat("I am not sure the tram will help anyone at all here. ", 4)+`</p></li>`, 6) + `</ol></div>`), gone: "I am not sure", rule: "comments"},
		{name: "link in a list of recommendations stays", html: article(`<p>` + prose + `</p><p>1) A book about trams<br><a href="https://ex.com/b">https://ex.com/b</a></p><p>` + prose + `</p>`), kept: "https://ex.com/b"},
		{name: "label-hidden body stays", html: page(`<h1>Tram</h1><div class="field field-label-hidden"><p>` + prose + `</p><p>Drupal body text.</p></div>`), kept: "Drupal body text."},
		{name: "article split into chunks", html: page(`<h1>Tram</h1><div class="body"><div class="chunk"><p>First chunk: ` + prose + `</p></div><div class="ad">Advertisement</div><div class="chunk"><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p></div></div><div class="more">Other news today</div>`), kept: "First chunk:"},
		{name: "opinion piece class stays", html: page(`<div class="article-comment"><p>` + prose + `</p><p>Our columnist argues the point.</p></div>`), kept: "Our columnist argues"},
		{name: "prose mentioning subscribe stays", html: article(`<p>Residents who subscribe to the monthly pass will pay less, and those who share a car will get a discount.</p>`), kept: "Residents who subscribe"},
		{name: "wordpress post classes stay", html: page(`<div class="post-7 post type-post tag-books"><p>` + prose + `</p><p>The review follows.</p></div>`), kept: "The review follows"},
		{name: "responsive hidden stays", html: page(`<div class="hidden-xs"><p>` + prose + `</p><p>Shown on big screens.</p></div>`), kept: "Shown on big screens"},
		{name: "heading", html: article(`<h2>Costs</h2><p>` + prose + `</p>`), kept: "Costs", keptKind: pipeline.Heading},
		{name: "list item", html: article(`<ul><li>First stop at the station</li></ul>`), kept: "First stop at the station", keptKind: pipeline.ListItem},
		{name: "quote", html: article(`<blockquote><p>We are delighted, said the mayor.</p></blockquote>`), kept: "We are delighted", keptKind: pipeline.Quote},
		{name: "table row", html: article(`<table><tr><th>Stop</th><th>Minutes</th></tr><tr><td>Harbour</td><td>12</td></tr></table>`), kept: "Harbour | 12", keptKind: pipeline.TableRow},
		{name: "inline spacing", html: article(`<p>The <b>new</b> line<i>s</i> open <a href="/x">in May</a>, officials said at a long press conference today.</p>`), kept: "The new lines open in May, officials said"},
		{name: "br splits blocks", html: article(`<p>First line of the poem here<br>Second line of the poem here</p>`), kept: "Second line of the poem here"},
		{name: "text between br in a div", html: page(`<div class="col">` + prose + `<br><br>` + prose + `<br>Last words of the story.</div>`), kept: "Last words of the story."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := run(t, tt.html)
			body := a.BodyText()
			if tt.gone != "" {
				if strings.Contains(body, tt.gone) {
					t.Errorf("body keeps %q:\n%s", tt.gone, body)
				}
				i := slices.IndexFunc(a.Log, func(c pipeline.Change) bool { return strings.Contains(c.Text, tt.gone) })
				if i < 0 {
					t.Fatalf("no ledger entry for %q; log: %+v", tt.gone, a.Log)
				}
				if c := a.Log[i]; c.Rule != tt.rule || c.Action != pipeline.Removed || c.Path == "" || c.Stage != "extract" {
					t.Errorf("entry = %+v, want rule %q with a path", c, tt.rule)
				}
			}
			if tt.kept != "" {
				i := slices.IndexFunc(a.Blocks, func(b *pipeline.Block) bool { return strings.Contains(b.Text, tt.kept) })
				if i < 0 {
					t.Fatalf("body lost %q:\n%s\nlog: %+v", tt.kept, body, a.Log)
				}
				if b := a.Blocks[i]; b.Kind != tt.keptKind || b.Path == "" || b.Line != 0 {
					t.Errorf("block = %+v, want kind %v with a path", b, tt.keptKind)
				}
			}
			if !strings.Contains(body, "tram line to the harbour") {
				t.Errorf("body lost the article:\n%s", body)
			}
		})
	}
}

func TestOneEntryPerSubtree(t *testing.T) {
	a := run(t, article(`<div class="social-share"><ul><li>Facebook</li><li>Twitter</li></ul></div>`))
	n := 0
	for _, c := range a.Log {
		if strings.Contains(c.Text, "Facebook") {
			n++
			if c.Text != "Facebook Twitter" {
				t.Errorf("text = %q, want the subtree's text", c.Text)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d entries for the widget, want 1", n)
	}
}

func TestDecode(t *testing.T) {
	const ru = "Привет, мир! Это проверка кодировки текста на русском языке."
	enc := func(e *charmap.Charmap, s string) []byte {
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name     string
		raw      []byte
		declared string
		want     string // substring of the decoded text
		charset  string
	}{
		{"utf-8 bom", []byte("\xef\xbb\xbf<p>café</p>"), "", "<p>café</p>", "utf-8"},
		{"windows-1251 declared in meta", enc(charmap.Windows1251, `<meta charset="windows-1251"><p>`+ru+`</p>`), "", ru, "windows-1251"},
		{"koi8-r declared by http-equiv", enc(charmap.KOI8R, `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>`+ru+`</p>`), "", ru, "koi8-r"},
		{"windows-1251 from the caller", enc(charmap.Windows1251, `<p>`+ru+`</p>`), "windows-1251", ru, "windows-1251"},
		{"windows-1251 undeclared", enc(charmap.Windows1251, `<p>`+ru+`</p>`), "", ru, "windows-1251"},
		{"koi8-r undeclared", enc(charmap.KOI8R, `<p>`+ru+`</p>`), "", ru, "koi8-r"},
		{"iso-8859-1 declared, utf-8 bytes", []byte(`<meta charset="iso-8859-1"><p>Café “quoted” — naïve</p>`), "", "Café “quoted” — naïve", "utf-8"},
		{"iso-8859-1 true", enc(charmap.ISO8859_1, `<meta charset="iso-8859-1"><p>Café naïve</p>`), "", "Café naïve", "windows-1252"},
		{"invalid utf-8", []byte("<p>ok \xff\xfe bytes</p>"), "utf-8", "ok \uFFFD", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, name := Decode(tt.raw, tt.declared)
			if !strings.Contains(text, tt.want) || name != tt.charset {
				t.Errorf("Decode = %q, %q; want %q in it, %q", text, name, tt.want, tt.charset)
			}
		})
	}
}

func TestCyrillicPage(t *testing.T) {
	const ru = "Городской совет во вторник проголосовал за продление трамвайной линии до гавани, проект обсуждался больше десяти лет."
	raw, err := charmap.KOI8R.NewEncoder().Bytes([]byte(page(`<article><p>` + ru + `</p><p>` + ru + `</p></article>`)))
	if err != nil {
		t.Fatal(err)
	}
	a := &pipeline.Article{Raw: raw}
	if err := (Stage{}).Apply(context.Background(), a, pipeline.NewLedger("extract", a)); err != nil {
		t.Fatal(err)
	}
	if a.Charset != "koi8-r" || len(a.Blocks) != 2 || a.Blocks[0].Text != ru {
		t.Errorf("charset %q, blocks %v", a.Charset, a.Body())
	}
}

const graphPage = `<html lang="en-GB"><head>
<title>Tram line extended | The Paper</title>
<meta property="og:title" content="Tram line extended - The Paper">
<meta property="og:site_name" content="The Paper">
<meta property="article:published_time" content="2024-03-06T08:00:00Z">
<link rel="canonical" href="https://example.com/tram">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"#site","name":"Paper site"},
 {"@type":"Organization","@id":"#org","name":"The Paper Ltd"},
 {"@type":["NewsArticle"],"headline":"Tram line extended to the harbour",
  "author":[{"@type":"Person","name":"Ann Lee"},"Bo Chan"],
  "datePublished":"2024-03-05T18:30:00+01:00","publisher":{"@id":"#org"},"inLanguage":"en"}]}
</script></head><body><time datetime="2024-03-05">5 March</time><article><p>` + prose + `</p></article></body></html>`

func TestMetadata(t *testing.T) {
	a := run(t, graphPage)
	m := a.Meta
	want := pipeline.Meta{
		Title: "Tram line extended to the harbour", Authors: []string{"Ann Lee", "Bo Chan"},
		Published: "2024-03-05T18:30:00+01:00", Site: "The Paper Ltd", Lang: "en", URL: "https://example.com/tram",
	}
	if m.Title != want.Title || !slices.Equal(m.Authors, want.Authors) || m.Published != want.Published ||
		m.Site != want.Site || m.Lang != want.Lang || m.URL != want.URL {
		t.Errorf("meta = %+v\nwant %+v", m, want)
	}
	for _, f := range []string{"title", "authors", "published", "site", "lang"} {
		if m.Provenance[f] != "json-ld" {
			t.Errorf("provenance[%s] = %q, want json-ld", f, m.Provenance[f])
		}
	}
	if m.Provenance["url"] != "canonical" {
		t.Errorf("provenance[url] = %q", m.Provenance["url"])
	}
	if len(m.Conflicts) != 1 || !strings.Contains(m.Conflicts[0], "opengraph 2024-03-06") {
		t.Errorf("conflicts = %q, want the OpenGraph date only", m.Conflicts)
	}
	if !slices.ContainsFunc(a.Log, func(c pipeline.Change) bool { return c.Field == "published" && c.Rule == "json-ld" }) {
		t.Errorf("no ledger entry for the date: %+v", a.Log)
	}
}

func TestMetadataFallbacks(t *testing.T) {
	a := run(t, `<html lang="fr"><head><title>Le tram arrive | Le Journal</title>
<meta property="og:site_name" content="Le Journal"><meta name="author" content="By Ann Lee and Bo Chan">
<meta name="date" content="2024-03-05"></head><body><p>`+prose+`</p></body></html>`)
	m := a.Meta
	if m.Title != "Le tram arrive" || m.Site != "Le Journal" || m.Published != "2024-03-05" || m.Lang != "fr" ||
		!slices.Equal(m.Authors, []string{"Ann Lee", "Bo Chan"}) {
		t.Errorf("meta = %+v", m)
	}
	if m.Provenance["title"] != "title" || m.Provenance["authors"] != "meta" || len(m.Conflicts) != 0 {
		t.Errorf("provenance %v conflicts %v", m.Provenance, m.Conflicts)
	}
}

func TestMetadataKeepsCallerFields(t *testing.T) {
	a := &pipeline.Article{Raw: []byte(graphPage), Meta: pipeline.Meta{Lang: "de", URL: "https://given"}}
	if err := (Stage{}).Apply(context.Background(), a, pipeline.NewLedger("extract", a)); err != nil {
		t.Fatal(err)
	}
	if a.Meta.Lang != "de" || a.Meta.URL != "https://given" {
		t.Errorf("meta = %+v", a.Meta)
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-11-18T10:45:00Z", "2019-11-18T10:45:00Z"},
		{"2019-11-18T10:45:00+0100", "2019-11-18T10:45:00+01:00"},
		{"2019-11-18T10:45:00.123-05:00", "2019-11-18T10:45:00-05:00"},
		{"2019-11-18 10:45:00", "2019-11-18"},
		{"2019-11-18", "2019-11-18"},
		{"Mon, 18 Nov 2019 10:45:00 +0000", "2019-11-18T10:45:00Z"},
		{"November 18, 2019", "2019-11-18"},
		{"yesterday", ""},
	}
	for _, tt := range tests {
		if got, _ := normalizeDate(tt.in); got != tt.want {
			t.Errorf("normalizeDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// BenchmarkExtract extracts every evaluation page; it reports pages/s.
func BenchmarkExtract(b *testing.B) {
	paths, _ := filepath.Glob("../../shared/eval/scrapinghub/html/*.html")
	if len(paths) == 0 {
		b.Skip("evaluation pages not found")
	}
	var pages [][]byte
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, raw)
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, raw := range pages {
			a := &pipeline.Article{Raw: raw}
			if err := (Stage{}).Apply(context.Background(), a, pipeline.NewLedger("extract", a)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}
