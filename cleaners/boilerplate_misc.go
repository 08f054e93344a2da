package cleaners

import (
	"strings"
	"unicode"
)

// Credits standing alone where a photo was: "Source: Photo", "Photo: AP".
var imageCredit = &rule{
	name:   "image-credit",
	reason: "photo credit",
	match: func(d *docView, i int) bool {
		if !d.short(i, 10) {
			return false
		}
		t := d.feat[i].lower
		if strings.HasPrefix(t, "fot. ") {
			return true
		}
		if cut := strings.IndexAny(t, ":：/|"); cut > 0 {
			return cut+1 < len(t) && creditSet.match(strings.TrimSpace(t[:cut]))
		}
		return d.hasKey(i, keyCredit) && creditRe.MatchString(t)
	},
}

var (
	creditSet = creditPhrases.set()
	creditRe  = creditPhrases.compile(`^`, `\s+(?:by|courtesy)\b\s*\S`)
)

// Labels left where an advertisement was ("Advertisement", "Anzeige").
var adLabel = &rule{
	name:   "ad-label",
	reason: "advertisement label",
	match: func(d *docView, i int) bool {
		return d.short(i, 6) && d.bareIs(i, adRe)
	},
}

var adRe = adPhrases.set()

// Lone separators ("*", "***", "___").
var separator = &rule{
	name:   "separator",
	reason: "separator line without words",
	match: func(d *docView, i int) bool {
		t := strings.TrimSpace(d.a.Blocks[i].Text)
		return t != "" && !strings.ContainsFunc(t, func(r rune) bool {
			return unicode.IsLetter(r) || unicode.IsDigit(r)
		})
	},
}
