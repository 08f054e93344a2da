package cleaners

import "strings"

// Copyright lines ("© 2023 Example Media. All rights reserved.").
var copyright = &rule{
	name:     "copyright",
	reason:   "copyright notice",
	wall:     true,
	endsPage: true,
	match: func(d *docView, i int) bool {
		f := &d.feat[i]
		if f.words > 30 || !copyrightRe.MatchString(f.lower) {
			return false
		}
		// A sentence of the article may speak of rights reserved; the sign
		// or a leading "copyright" is never prose.
		return !d.prose(i) || strings.Contains(f.lower, "©") || strings.HasPrefix(d.bare(i), "copyright")
	},
}

var copyrightRe = copyrightPhrases.compile(`(?:`, `)`)

// A "Legal Disclaimer" heading, with the disclaimer after it.
var disclaimer = &rule{
	name:   "disclaimer",
	reason: "legal disclaimer",
	wall:   true,
	match: func(d *docView, i int) bool {
		return d.short(i, 6) && disclaimerHeadingRe.MatchString(d.bare(i))
	},
	follow: func(d *docView, j int) bool {
		return disclaimerRe.MatchString(d.feat[j].lower)
	},
}

// The sentences a disclaimer is made of ("provides the information as is
// without warranty"), at the article's edges only.
var disclaimerText = &rule{
	name:   "disclaimer",
	reason: "legal disclaimer outside the article",
	scope:  edges,
	match: func(d *docView, i int) bool {
		return d.feat[i].words <= 120 && disclaimerRe.MatchString(d.feat[i].lower)
	},
}

var (
	disclaimerHeadingRe = disclaimerHeadings.compile(`^(?:`, `)$`)
	disclaimerRe        = disclaimerPhrases.compile(`(?:`, `)`)
)
