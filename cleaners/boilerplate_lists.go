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
		return d.short(i, 8) && (d.bareIs(i, relatedRe) || moreStories(d.bare(i)))
	},
	follow: func(d *docView, j int) bool {
		return !d.prose(j) && !d.feat[j].endsStop || d.a.Blocks[j].Kind == pipeline.ListItem
	},
}

var relatedRe = relatedPhrases.set()

// moreStories reports whether t is a heading like "More great Example
// stories": "more", a few words, then a word for articles.
func moreStories(t string) bool {
	if !strings.HasPrefix(t, "more ") || strings.Count(t, " ") > 4 {
		return false
	}
	for _, s := range []string{" stories", " articles", " news", " reads", " posts", " videos"} {
		if strings.HasSuffix(t, s) {
			return true
		}
	}
	return false
}

// The list of sources an article cites ("Sources:", then one citation a
// line), which closes it. Citations are not prose: titles in quotes, names
// and dates, without a sentence's full stop.
var sourceList = &rule{
	name:   "source-list",
	reason: "list of sources cited",
	wall:   true,
	match: func(d *docView, i int) bool {
		return d.short(i, 3) && d.bareIs(i, sourceListRe)
	},
	follow: func(d *docView, j int) bool {
		return !d.prose(j) || d.a.Blocks[j].Kind == pipeline.ListItem
	},
}

var sourceListRe = sourceListPhrases.set()

// A single link to another article: "Read more: …", "Also on example.com …".
var readMore = &rule{
	name:   "read-more-link",
	reason: "link to another article",
	match: func(d *docView, i int) bool {
		f := d.feat[i]
		if f.words > 30 {
			return false
		}
		if strings.HasPrefix(f.lower, "also on ") && alsoOnRe.MatchString(f.lower) {
			return true
		}
		head, colon, ok := cutLink(f.lower)
		// A sentence may open with words of a heading before a dash ("Most
		// popular – by far – was …"); after a colon it is a link.
		return ok && (colon || !d.prose(i)) && relatedRe.match(head)
	},
}

// cutLink splits "Read more: headline" at its separator: a colon, a bar, a
// guillemet, or a dash with spaces around it (not a hyphen inside a word).
// colon reports whether the separator was a colon.
func cutLink(t string) (head string, colon, ok bool) {
	for i, r := range t {
		switch r {
		case ':', '：', '|', '»':
		case '-', '–', '—':
			if i == 0 || t[i-1] != ' ' || !strings.HasPrefix(t[i+len(string(r)):], " ") {
				continue
			}
		default:
			continue
		}
		rest := strings.TrimSpace(t[i+len(string(r)):])
		if i == 0 || rest == "" {
			return "", false, false
		}
		return strings.TrimSpace(t[:i]), r == ':' || r == '：', true
	}
	return "", false, false
}

var alsoOnRe = regexp.MustCompile(`^also on [\w.-]+\.[a-z]{2,}\b`)
