package extract

import (
	"encoding/json"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/newsclean/clean/pipeline"
	"golang.org/x/net/html"
)

// Selectors compiled once.
var (
	selJSONLD    = cascadia.MustCompile(`script[type*="ld+json"]`)
	selMeta      = cascadia.MustCompile(`meta[content]`)
	selTime      = cascadia.MustCompile(`time[datetime]`)
	selTitle     = cascadia.MustCompile(`head title`)
	selCanonical = cascadia.MustCompile(`link[rel="canonical"][href]`)
	selHTML      = cascadia.MustCompile(`html[lang]`)
)

// candidate is one value for a metadata field, with where it came from.
type candidate struct {
	value  string
	source string // "json-ld", "opengraph", "meta", "time", "title", ...
	reason string // the property, tag or attribute that held it
}

// metaFinder gathers every candidate value of every field of a page.
type metaFinder struct {
	fields map[string][]candidate
}

func (f *metaFinder) add(field, value, source, reason string) {
	value = strings.Join(strings.Fields(value), " ")
	if value == "" {
		return
	}
	f.fields[field] = append(f.fields[field], candidate{value, source, reason})
}

// findMeta reads the page's metadata into m, filling only the fields that
// are still empty, recording each field set in l with its source, and
// listing in m.Conflicts the sources that disagree about the date.
func findMeta(doc *html.Node, m *pipeline.Meta, l *pipeline.Ledger) {
	f := &metaFinder{fields: map[string][]candidate{}}
	d := goquery.NewDocumentFromNode(doc)
	d.FindMatcher(selJSONLD).Each(func(_ int, s *goquery.Selection) { f.jsonLD(s.Text()) })
	d.FindMatcher(selMeta).Each(func(_ int, s *goquery.Selection) { f.metaTag(s) })
	if t := publishedTime(d.FindMatcher(selTime)); t != nil {
		f.add("published", t.AttrOr("datetime", ""), "time", "<time datetime>")
	}
	if s := d.FindMatcher(selCanonical).First(); s.Length() > 0 {
		f.add("url", s.AttrOr("href", ""), "canonical", `<link rel="canonical">`)
	}
	if s := d.FindMatcher(selHTML).First(); s.Length() > 0 {
		f.add("lang", s.AttrOr("lang", ""), "html-lang", "<html lang>")
	}
	if s := d.FindMatcher(selTitle).First(); s.Length() > 0 {
		f.add("title", s.Text(), "title", "<title>")
	}
	f.apply(m, l)
}

// metaTag reads one <meta> tag.
func (f *metaFinder) metaTag(s *goquery.Selection) {
	key := strings.ToLower(strings.TrimSpace(s.AttrOr("property", "")))
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(s.AttrOr("name", "")))
	}
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(s.AttrOr("itemprop", "")))
	}
	if key == "" {
		if he := strings.ToLower(s.AttrOr("http-equiv", "")); he == "content-language" {
			key = he
		}
	}
	content := s.AttrOr("content", "")
	reason := `<meta ` + key + `>`
	switch key {
	case "og:title":
		f.add("title", content, "opengraph", reason)
	case "og:site_name":
		f.add("site", content, "opengraph", reason)
	case "og:url":
		f.add("url", content, "opengraph", reason)
	case "og:description":
		f.add("description", content, "opengraph", reason)
	case "og:locale":
		f.add("lang", strings.ReplaceAll(content, "_", "-"), "opengraph", reason)
	case "article:published_time":
		f.add("published", content, "opengraph", reason)
	case "article:author":
		if !strings.Contains(content, "://") {
			f.add("authors", content, "opengraph", reason)
		}
	case "author", "byl", "dc.creator", "sailthru.author", "parsely-author":
		f.add("authors", content, "meta", reason)
	case "description", "dc.description":
		f.add("description", content, "meta", reason)
	case "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
		"dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
		"parsely-pub-date", "datepublished", "article.published", "original-publish-date":
		f.add("published", content, "meta", reason)
	case "content-language", "language", "dc.language":
		f.add("lang", content, "meta", reason)
	case "application-name", "apple-mobile-web-app-title":
		f.add("site", content, "meta", reason)
	}
}

// articleTypes are the schema.org types of an article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "scholarlyarticle": true, "techarticle": true,
	"socialmediaposting": true, "liveblogposting": true, "report": true, "posting": true,
	"webpage": false,
}

// jsonLD reads the first article object of a JSON-LD script, looking
// inside arrays and @graph, and resolving @id references to the graph.
func (f *metaFinder) jsonLD(text string) {
	var v any
	if err := json.Unmarshal([]byte(text), &v); err != nil {
		// Raw line breaks inside strings are the usual fault.
		clean := strings.NewReplacer("\n", " ", "\r", " ", "\t", " ").Replace(text)
		if err := json.Unmarshal([]byte(clean), &v); err != nil {
			return
		}
	}
	ids := map[string]map[string]any{}
	var objects []map[string]any
	var collect func(any)
	collect = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				collect(e)
			}
		case map[string]any:
			if id, ok := v["@id"].(string); ok && len(v) > 1 {
				ids[id] = v
			}
			objects = append(objects, v)
			if g, ok := v["@graph"]; ok {
				collect(g)
			}
		}
	}
	collect(v)
	for _, o := range objects {
		if t := typeOf(o); articleTypes[t] {
			f.jsonLDArticle(o, t, ids)
			return
		}
	}
}

func typeOf(o map[string]any) string {
	switch t := o["@type"].(type) {
	case string:
		return strings.ToLower(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && articleTypes[strings.ToLower(s)] {
				return strings.ToLower(s)
			}
		}
	}
	return ""
}

func (f *metaFinder) jsonLDArticle(o map[string]any, typ string, ids map[string]map[string]any) {
	resolve := func(v any) any {
		if m, ok := v.(map[string]any); ok {
			if id, ok := m["@id"].(string); ok && len(m) == 1 && ids[id] != nil {
				return ids[id]
			}
		}
		return v
	}
	src := func(p string) string { return typ + " " + p }
	f.add("title", str(o["headline"]), "json-ld", src("headline"))
	if str(o["headline"]) == "" {
		f.add("title", str(o["name"]), "json-ld", src("name"))
	}
	for _, a := range names(o["author"], resolve) {
		f.add("authors", a, "json-ld", src("author"))
	}
	f.add("published", str(o["datePublished"]), "json-ld", src("datePublished"))
	if str(o["datePublished"]) == "" {
		f.add("published", str(o["dateCreated"]), "json-ld", src("dateCreated"))
	}
	if p := names(o["publisher"], resolve); len(p) > 0 {
		f.add("site", p[0], "json-ld", src("publisher.name"))
	}
	if l := names(o["inLanguage"], resolve); len(l) > 0 {
		f.add("lang", l[0], "json-ld", src("inLanguage"))
	}
	f.add("description", str(o["description"]), "json-ld", src("description"))
	f.add("url", str(o["url"]), "json-ld", src("url"))
}

// str returns v when it is a string.
func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// names returns the names in a JSON-LD value that is a string, an object
// with a name, or an array of either.
func names(v any, resolve func(any) any) []string {
	var out []string
	switch v := resolve(v).(type) {
	case string:
		if s := strings.TrimSpace(v); s != "" {
			out = append(out, s)
		}
	case map[string]any:
		if s := str(v["name"]); s != "" {
			out = append(out, s)
		} else if s := str(v["alternateName"]); s != "" {
			out = append(out, s)
		}
	case []any:
		for _, e := range v {
			out = append(out, names(e, resolve)...)
		}
	}
	return out
}

// publishedTime returns the <time> element most likely to date the
// article: one marked as the publication date, else the first.
func publishedTime(s *goquery.Selection) *goquery.Selection {
	if s.Length() == 0 {
		return nil
	}
	best := s.First()
	s.EachWithBreak(func(_ int, t *goquery.Selection) bool {
		_, pub := t.Attr("pubdate")
		prop := strings.ToLower(t.AttrOr("itemprop", "") + " " + t.AttrOr("class", ""))
		if pub || strings.Contains(prop, "datepublished") || strings.Contains(prop, "publish") {
			best = t
			return false
		}
		return true
	})
	return best
}
