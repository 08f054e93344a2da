package cleaners

import (
	"regexp"
	"strings"
	"unicode"
)

// Credits standing alone where a photo was: "Source: Photo", "Photo: AP".
var imageCredit = &rule{
	name:   "image-credit",
	reason: "photo credit",
	match: func(d *docView, i int) bool {
		return d.short(i, 10) && creditRe.MatchString(d.feat[i].lower)
	},
}

var creditRe = regexp.MustCompile(`^(?:` + creditPhrases.compile("", "").String() + `)\s*(?:[:：/|]|by\b|courtesy\b)\s*\S`)

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
