package extract

import (
	"slices"
	"strings"

	"github.com/newsclean/clean/pipeline"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// guardShare is the share of a page's prose above which an element is never
// pruned, whatever its markup says: a page's main text is not boilerplate,
// even inside a wrapper named "has-sidebar" or hidden behind a modal.
const guardShare = 0.4

// pruner drops the elements that are never article content.
type pruner struct {
	m     measures
	l     *pipeline.Ledger
	total int  // the page's prose
	hasH1 bool // whether the page has an <h1>
}

// prune walks the tree under n and removes what is never content,
// recording every removed element that had visible text.
func prune(n *html.Node, m measures, l *pipeline.Ledger) {
	p := &pruner{m: m, l: l, total: m.of(n).prose, hasH1: find(n, isHeadline) != nil}
	p.walk(n, false)
}

func (p *pruner) walk(n *html.Node, inArticle bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.CommentNode:
			n.RemoveChild(c)
		case html.ElementNode:
			if skipTags[c.DataAtom] && !controlTags[c.DataAtom] {
				p.m.remove(c) // no visible text
			} else if rule, reason := p.junk(c, inArticle); rule != "" {
				p.drop(c, rule, reason)
			} else {
				p.walk(c, inArticle || isArticle(c))
			}
		}
		c = next
	}
}

// drop removes n, recording its text.
func (p *pruner) drop(n *html.Node, rule, reason string) {
	if p.m.of(n).text > 0 {
		p.l.RemoveText(nodeText(n, logLimit), pathOf(n), rule, reason)
	}
	p.m.remove(n)
}

// guarded reports whether n must be the article or contain it: it holds
// much of the page's prose and the headline or the marked article body.
// Comment sections hold much prose too, but not the headline.
func (p *pruner) guarded(n *html.Node, rule string) bool {
	if p.total == 0 || float64(p.m.of(n).prose) < guardShare*float64(p.total) {
		return false
	}
	if rule != "comments" && rule != "related" {
		return true
	}
	return !p.hasH1 || find(n, isHeadline) != nil
}

// isHeadline reports whether n is an <h1> or the marked article body.
func isHeadline(n *html.Node) bool {
	return n.DataAtom == atom.H1 || strings.EqualFold(attr(n, "itemprop"), "articleBody")
}

// find returns the first element under n, n included, for which match is
// true, or nil.
func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, match); f != nil {
			return f
		}
	}
	return nil
}

// junk returns the rule and the reason for which n is not content, or "".
func (p *pruner) junk(n *html.Node, inArticle bool) (rule, reason string) {
	rule, reason = junkRule(n, inArticle)
	if rule == "" || p.guarded(n, rule) {
		return "", ""
	}
	return rule, reason
}

// junkRule applies the rules that do not depend on the page's text.
func junkRule(n *html.Node, inArticle bool) (rule, reason string) {
	switch n.DataAtom {
	case atom.Html, atom.Body:
		return "", ""
	}
	if controlTags[n.DataAtom] {
		return "control", "<" + n.Data + ">"
	}
	if r, why := hidden(n); r {
		return "hidden", why
	}
	switch n.DataAtom {
	case atom.Nav, atom.Menu:
		return "nav", "<" + n.Data + ">"
	case atom.Aside:
		return "aside", "<aside>"
	case atom.Form:
		return "form", "<form>"
	case atom.Dialog:
		return "modal", "<dialog>"
	case atom.Figcaption:
		return "caption", "<figcaption>"
	case atom.Footer:
		return "footer", "<footer>"
	case atom.Header:
		if !inArticle {
			return "header", "<header> outside the article"
		}
	}
	switch role := attr(n, "role"); role {
	case "navigation", "menu", "menubar":
		return "nav", `role="` + role + `"`
	case "complementary":
		return "aside", `role="complementary"`
	case "contentinfo":
		return "footer", `role="contentinfo"`
	case "dialog", "alertdialog":
		return "modal", `role="` + role + `"`
	case "search":
		return "form", `role="search"`
	case "banner":
		if !inArticle {
			return "header", `role="banner" outside the article`
		}
	}
	if r, why := classRule(n); r != "" {
		return r, why
	}
	return "", ""
}

// hidden reports whether n is hidden from readers, and by what.
func hidden(n *html.Node) (bool, string) {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true, "hidden attribute"
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true, `aria-hidden="true"`
			}
		case "style":
			s := strings.ToLower(a.Val)
			if i := strings.Index(s, "display"); i >= 0 && strings.HasPrefix(strings.TrimLeft(s[i+len("display"):], " :"), "none") {
				return true, "style display:none"
			}
			if i := strings.Index(s, "visibility"); i >= 0 && strings.HasPrefix(strings.TrimLeft(s[i+len("visibility"):], " :"), "hidden") {
				return true, "style visibility:hidden"
			}
		}
	}
	return false, ""
}

// isArticle reports whether n marks the article itself.
func isArticle(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Article, atom.Main:
		return true
	}
	switch attr(n, "role") {
	case "main", "article":
		return true
	}
	return strings.EqualFold(attr(n, "itemprop"), "articleBody")
}

// controlTags are form controls: their text is a label, not content.
var controlTags = map[atom.Atom]bool{
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
}

// classRule matches n's class and id against the names of kinds of
// boilerplate and returns the rule and the matching name.
func classRule(n *html.Node) (rule, reason string) {
	for _, key := range [...]string{"class", "id"} {
		v := attr(n, key)
		if v == "" {
			continue
		}
		if key == "class" {
			if namesContent(v) {
				return "", ""
			}
			for _, c := range strings.Fields(v) {
				if hiddenClasses[strings.ToLower(c)] {
					return "hidden", `class "` + c + `"`
				}
			}
		}
		words := splitName(v)
		for i, w := range words {
			if r := wordRule(w, words[i+1:]); r != "" {
				return r, key + ` "` + truncate(v, 80) + `"`
			}
		}
	}
	return "", ""
}

// contentWords name the article itself in a class.
var contentWords = map[string]bool{
	"article": true, "post": true, "entry": true, "content": true, "story": true,
	"body": true, "hentry": true, "text": true, "main": true, "blog": true,
}

// namesContent reports whether one of the classes in v is made only of
// words naming the article ("post", "entry-content", "article-body"): such
// an element is the article, whatever its other classes say.
func namesContent(v string) bool {
	for _, class := range strings.Fields(v) {
		words := splitName(class)
		all := len(words) > 0
		for _, w := range words {
			if !contentWords[w] {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// splitName splits a class or id into lower-case words at every character
// that is not a letter or digit, and at lower-to-upper case changes.
func splitName(v string) []string {
	var words []string
	start := -1
	for i := 0; i <= len(v); i++ {
		var c byte
		if i < len(v) {
			c = v[i]
		}
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		camel := alnum && start >= 0 && c >= 'A' && c <= 'Z' && v[i-1] >= 'a' && v[i-1] <= 'z'
		if (!alnum || camel) && start >= 0 {
			words = append(words, strings.ToLower(v[start:i]))
			start = -1
		}
		if alnum && start < 0 {
			start = i
		}
	}
	return words
}

// kindPrefixes map the start of a class or id word to the kind of
// boilerplate it names.
var kindPrefixes = []struct{ prefix, rule string }{
	{"share", "share-widget"}, {"sharing", "share-widget"}, {"social", "share-widget"},
	{"sociallinks", "share-widget"}, {"addthis", "share-widget"}, {"sharethis", "share-widget"},
	{"related", "related"}, {"recommend", "related"}, {"popular", "related"},
	{"mostread", "related"}, {"mostpopular", "related"}, {"trending", "related"},
	{"outbrain", "related"}, {"taboola", "related"}, {"moreon", "related"},
	{"newsletter", "newsletter"}, {"subscri", "newsletter"}, {"signup", "newsletter"},
	{"paywall", "newsletter"}, {"regwall", "newsletter"},
	{"comments", "comments"}, {"disqus", "comments"}, {"commentlist", "comments"},
	{"promo", "promo"}, {"sponsor", "promo"},
	{"advert", "advert"}, {"adsense", "advert"}, {"adslot", "advert"}, {"adunit", "advert"},
	{"adwrap", "advert"}, {"adcontainer", "advert"}, {"dfp", "advert"},
	{"sidebar", "sidebar"}, {"breadcrumb", "breadcrumb"},
	{"cookie", "cookie"}, {"gdpr", "cookie"}, {"consent", "cookie"},
	{"modal", "modal"}, {"popup", "modal"}, {"lightbox", "modal"}, {"overlay", "modal"},
	{"navbar", "nav"}, {"navigation", "nav"}, {"menu", "nav"}, {"skiplink", "nav"},
	{"masthead", "header"}, {"sitefooter", "footer"}, {"pagefooter", "footer"},
}

// hiddenClasses are whole class names that hide an element; "hidden" inside
// a longer name ("field-label-hidden") hides something else.
var hiddenClasses = map[string]bool{
	"hidden": true, "is-hidden": true, "u-hidden": true, "visually-hidden": true,
	"visuallyhidden": true, "invisible": true, "d-none": true, "hide": true,
	"sr-only": true, "screen-reader-text": true, "element-invisible": true,
	"offscreen": true, "screenreader-only": true,
}

// kindWords are whole words that name a kind of boilerplate only on their
// own: "ad" but not "add", "tags" but not "tagsoup".
var kindWords = map[string]string{
	"ad": "advert", "ads": "advert", "nav": "nav", "tags": "tags",
	"toolbar": "share-widget", "byline": "", "print": "share-widget",
	"banner": "promo", "cta": "promo", "footer": "footer",
	"header": "", "also": "related", "more": "",
	"caption": "caption", "captions": "caption", "credit": "caption", "credits": "caption",
}

// commentNext are words that, after "comment", name a comment section
// rather than an opinion piece ("article-comment").
var commentNext = map[string]bool{
	"list": true, "section": true, "form": true, "area": true, "thread": true,
	"box": true, "wrapper": true, "container": true, "block": true,
	"count": true, "respond": true, "widget": true, "module": true,
}

// wordRule returns the rule a class or id word names, given the words that
// follow it, or "".
func wordRule(w string, rest []string) string {
	if r, ok := kindWords[w]; ok {
		if w == "also" && (len(rest) == 0 || rest[0] != "read" && rest[0] != "like") {
			return ""
		}
		return r
	}
	if (w == "social" || w == "share") && slices.Contains(rest, "embed") {
		return "" // an embedded post quoted by the article
	}
	if w == "comment" {
		if len(rest) > 0 && commentNext[rest[0]] {
			return "comments"
		}
		return ""
	}
	if (w == "most" || w == "more") && len(rest) > 0 && (rest[0] == "read" || rest[0] == "popular" || rest[0] == "viewed" || rest[0] == "stories") {
		return "related"
	}
	for _, k := range kindPrefixes {
		if strings.HasPrefix(w, k.prefix) {
			return k.rule
		}
	}
	return ""
}
