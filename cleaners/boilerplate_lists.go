package cleaners

import (
	"regexp"
	"strings"

	"github.com/newsclean/clean/pipeline"
)

// Headings of lists of other articles ("You may also like", "Most popular
// stories", "Market Research", "Trending now"), with the headlines that
// follow them up to the next paragraph of prose. Such a heading is a wall:
// the article does not continue past it.
var relatedList = &rule{
	name:   "related-list",
	reason: "list of links to other articles",
	wall:   true,
	match: func(d *docView, i int) bool {
		return d.short(i, 8) && relatedRe.match(d.bare(i))
	},
	follow: func(d *docView, j int) bool {
		return !d.prose(j) && !d.sentenceLike(j) || d.a.Blocks[j].Kind == pipeline.ListItem
	},
}

var relatedRe = relatedPhrases.set()

// A single link to another article: "Read more: …", "Also on example.com …".
var readMore = &rule{
	name:   "read-more-link",
	reason: "link to another article",
	match: func(d *docView, i int) bool {
		f := &d.feat[i]
		if f.words > 30 {
			return false
		}
		if cut := strings.IndexAny(f.lower, ":：-–—|»"); cut > 0 && cut+1 < len(f.lower) {
			return relatedRe.match(strings.TrimSpace(f.lower[:cut]))
		}
		return strings.HasPrefix(f.lower, "also on ") && alsoOnRe.MatchString(f.lower)
	},
}

var alsoOnRe = regexp.MustCompile(`^also on [\w.-]+\.[a-z]{2,}\b`)
