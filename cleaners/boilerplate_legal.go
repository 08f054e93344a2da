package cleaners

import (
	"regexp"
	"strings"
)

// Copyright lines ("© 2023 Example Media. All rights reserved."): a year or
// a reservation of rights makes them the page's footer, so the article does
// not go on past one.
var copyright = &rule{
	name:     "copyright",
	reason:   "copyright notice",
	wall:     true,
	endsPage: true,
	match: func(d *docView, i int) bool {
		f := d.feat[i]
		if f.words > 30 || !d.hasKey(i, keyCopyright) || !copyrightRe.MatchString(f.lower) || !copyrightFooterRe.MatchString(f.lower) {
			return false
		}
		// A sentence of the article may speak of rights reserved; the sign
		// or a leading "copyright" is never prose.
		return !d.prose(i) || strings.Contains(f.lower, "©") || strings.HasPrefix(d.bare(i), "copyright")
	},
}

// A copyright sign before a name without a year marks a photo: "© Jane Doe".
var photoCopyright = &rule{
	name:   "image-credit",
	reason: "photo credit or caption marked with a copyright sign",
	match: func(d *docView, i int) bool {
		return d.feat[i].words <= 40 && strings.HasPrefix(d.feat[i].lower, "©")
	},
}

var (
	// disclaimerKeys are substrings every phrase disclaimerFinder finds
	// contains.
	disclaimerKeys = newKeySet("warrant", "as is”", "as is\"", "any responsib", "any liabil", "not responsible", "necessarily", "purposes only", "not constitute", "may not be", "provided by", "produced by", "uses cookies", "this site", "this website", "редакции", "материалов", "ответственности", "haftung", "gewähr", "n'engage", "garantie", "responsable", "odpowiedzialności")
	copyrightRe    = copyrightPhrases.compile(`(?:`, `)`)
	// A year or a reservation of rights, in any language.
	copyrightFooterRe = regexp.MustCompile(`\b(?:19|20)\d\d\b|reserv|защищ|захищ|vorbehalten|réservés|riservati|zastrzeżone|δικαιώματος|版权所有`)
)

// A biography of the author closing an article ("Jane Doe is a staff writer
// at Example covering …"), judged at the article's edge only: inside an
// article such a sentence introduces someone quoted.
var authorBio = &rule{
	name:   "author-bio",
	reason: "biography of the author after the article",
	scope:  edges,
	late:   true,
	match: func(d *docView, i int) bool {
		f := d.feat[i]
		if f.words > 80 {
			return false
		}
		head := d.lowerText(i)
		head = head[:min(len(head), 160)] // the role comes within the first words
		return bioRoleKeys.in(head) && bioRe.MatchString(d.a.Blocks[i].Text)
	},
}

// bioRoleKeys are the stems of every role bioRoles names.
var bioRoleKeys = newKeySet("writer", "reporter", "editor", "correspondent", "contributor", "columnist", "journalist",
	"producer", "author", "blogger", "analyst", "корреспондент", "журналист", "редактор", "обозреватель", "автор",
	"redakteur", "korrespondent", "autor", "journaliste", "rédact", "correspondant", "chroniqueu", "periodista",
	"redactor", "corresponsal", "columnista", "dziennikar", "redaktor", "korespondent")

// bioRe matches a name of one to four capitalised words, perhaps a handle,
// then "is a" (or its equivalent) and a journalist's role.
var bioRe = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?: \(@\w+\))?(?:,| is| est| ist| es| jest| —| -)(?: (?:an?|the|un|une|una|ein|eine|der|die|el|la|le|une?))? (?i:` + bioRoles.pattern() + `)`)

// A "Legal Disclaimer" heading, with the disclaimer after it.
var disclaimer = &rule{
	name:   "disclaimer",
	reason: "legal disclaimer",
	wall:   true,
	match: func(d *docView, i int) bool {
		return d.short(i, 6) && d.bareIs(i, disclaimerHeadingRe)
	},
	follow: func(d *docView, j int) bool {
		lower := d.lowerText(j)
		return disclaimerKeys.in(lower) && disclaimerFinder.count(lower, 1) > 0
	},
}

// The sentences a disclaimer is made of ("provides the information as is
// without warranty"), at the article's edges only.
var disclaimerText = &rule{
	name:   "disclaimer",
	reason: "legal disclaimer outside the article",
	scope:  edges,
	late:   true,
	match: func(d *docView, i int) bool {
		f := d.feat[i]
		if f.words > maxRuleWords {
			return false
		}
		lower := d.lowerText(i)
		if !disclaimerKeys.in(lower) {
			return false
		}
		// A paragraph of prose may say someone "is not responsible"; a
		// disclaimer says such things twice or more.
		need := 1
		if d.prose(i) {
			need = 2
		}
		return disclaimerFinder.count(lower, need) >= need
	},
}

var (
	disclaimerHeadingRe = disclaimerHeadings.set()
	disclaimerFinder    = disclaimerPhrases.finder()
)
