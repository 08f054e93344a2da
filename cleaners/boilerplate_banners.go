package cleaners

import (
	"regexp"
	"strings"
	"unicode"
)

// Error pages glued onto an article (a 403 or 404 page the scraper saved
// with it), at the article's edges only.
var errorBanner = &rule{
	name:   "error-banner",
	reason: "error-page banner outside the article",
	scope:  edges,
	match: func(d *docView, i int) bool {
		// No prose guard: error pages speak in sentences, and the rule
		// only acts outside the article.
		if d.feat[i].words > 20 {
			return false
		}
		t := d.bare(i)
		return d.bareIs(i, errorRe) || d.hasKey(i, keyError) && errorDenials.in(t) && errorSentenceRe.MatchString(t)
	},
}

var (
	errorRe         = errorPhrases.set()
	errorSentenceRe = errorSentences.compile(`(?:`, `)`)
	// errorDenials, with the keyError keys, are substrings every match of
	// errorSentenceRe contains: that something is missing, and what.
	errorDenials = newKeySet("not", "n't", "no longer", "unavailable", "sorry", "не ", "nicht", "n'existe", "no existe", "nie ", "δεν", "不存在")
)

// Breadcrumbs ("Home » World » Europe") name where a page sits in a site.
var breadcrumb = &rule{
	name:   "breadcrumb",
	reason: "breadcrumb trail",
	match: func(d *docView, i int) bool {
		if d.prose(i) {
			return false
		}
		if !d.hasKey(i, keyBreadcrumb) {
			return false
		}
		parts := breadcrumbSep.Split(strings.TrimSpace(d.feat[i].lower), -1)
		if len(parts) < 2 {
			return false
		}
		if homeRe.MatchString(strings.TrimSpace(parts[0])) {
			return true
		}
		if len(parts) < 3 {
			return false
		}
		for _, p := range parts {
			if n := len(strings.Fields(p)); n == 0 || n > 4 {
				return false
			}
		}
		return true
	},
}

var (
	breadcrumbSeps = []string{"»", "›", ">", "→", "/", "|", "\\", "::"}
	breadcrumbKeys = newKeySet(breadcrumbSeps...)
	breadcrumbSep  = regexp.MustCompile(`\s*(?:[»›>→/|\\]|::)\s*`)
	homeRe         = regexp.MustCompile(`^(?:home(?: ?page)?|main|start|главная|головна|startseite|accueil|inicio|portada|strona główna|αρχική|首页|主页)$`)
)

// Section menus left by the scraper as one line of capitalised category
// names ("Breaking News Eastern Europe Politics USA"), at the edges only.
var sectionMenu = &rule{
	name:   "section-menu",
	reason: "line of section names without sentence words",
	scope:  edges,
	match: func(d *docView, i int) bool {
		f := d.feat[i]
		if f.words < 3 || f.words > 12 || f.stops > 0 || f.endsStop || !d.hasStops {
			return false
		}
		if f.capsWords < f.words {
			return false
		}
		return !strings.ContainsFunc(d.a.Blocks[i].Text, func(r rune) bool {
			return unicode.IsPunct(r) && !strings.ContainsRune("&/|'’-", r)
		})
	},
}
