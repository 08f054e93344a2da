package cleaners

import (
	"regexp"
	"strings"
	"unicode"
)

// Prompts to subscribe, follow or join ("Subscribe to Example on Telegram",
// "Follow us on X", "Sign up for our newsletter").
var subscribePrompt = &rule{
	name:   "subscribe-prompt",
	reason: "prompt to subscribe or follow",
	match: func(d *docView, i int) bool {
		if d.feat[i].words > 25 || d.feat[i].words > 12 && d.prose(i) {
			return false
		}
		t := d.bare(i)
		if subscribeStart(t) && (subscribeTargetRe.MatchString(t) || subscribeTargetsCJK.in(t)) {
			return true
		}
		return d.hasKey(i, keySubscribe) && subscribeAnyRe.MatchString(t) && addressRe.MatchString(t)
	},
}

var (
	subscribeVerbSet = subscribeVerbs.set()
	// Scripts without spaces have no word boundaries to look for.
	subscribeTargetsCJK = newKeySet("我们", "频道", "公众号", "微信", "微博")
	subscribeLeadIns    = []string{"please ", "click here to ", "don't forget to ", "dont forget to ", "be sure to ", "make sure to ", "you can also ", "and "}
	subscribeTargetRe   = subscribeTargets.compile(`(?:^|[^\p{L}])(?:`, `)(?:[^\p{L}]|$)`)
	subscribeAnyRe      = regexp.MustCompile(`\b(?:subscribe|sign up|newsletter)\b|подпи|abonn|suscr|subskry|εγγραφ|订阅`)
	addressRe           = regexp.MustCompile(`(?:^|\P{L})(?:you|your|our|us|ваш\p{L}*|нас|unser\p{L}*|notre|nos|nuestr\p{L}*|nasz\p{L}*|μας)(?:\P{L}|$)|我们`)
)

// subscribeStart reports whether t opens with a verb of subscribing or
// following, perhaps after a lead-in such as "click here to".
func subscribeStart(t string) bool {
	for _, lead := range subscribeLeadIns {
		if strings.HasPrefix(t, lead) {
			t = t[len(lead):]
			break
		}
	}
	// Try the first one, two and three words.
	end := 0
	for n := 0; n < 3; n++ {
		next := strings.IndexAny(t[end:], " :")
		if next < 0 {
			return subscribeVerbSet.matchZero(t, t) // verbs have no digits
		}
		end += next
		if subscribeVerbSet.matchZero(t[:end], t[:end]) {
			return true
		}
		end++
	}
	return false
}

// Share prompts, share buttons and share counters.
var sharePrompt = &rule{
	name:   "share-prompt",
	reason: "prompt to share, print or e-mail the article",
	match: func(d *docView, i int) bool {
		return d.short(i, 12) && d.bareIs(i, shareRe)
	},
}

var shareRe = sharePhrases.set()

// Comment prompts and counters ("0 comments", "Leave a Comment"). A comments
// heading opens the comment section: the article does not go on past it.
var commentPrompt = &rule{
	name:     "comment-prompt",
	reason:   "comment prompt or counter",
	wall:     true,
	endsPage: true,
	match: func(d *docView, i int) bool {
		return d.short(i, 8) && d.bareIs(i, commentRe)
	},
}

var commentRe = commentPhrases.set()

// "Report a spelling error" forms and the field labels that follow them.
var reportError = &rule{
	name:   "report-error-form",
	reason: "form for reporting a mistake",
	match: func(d *docView, i int) bool {
		// No prose guard: the phrases match whole blocks only.
		return d.feat[i].words <= 12 && d.bareIs(i, reportRe)
	},
	followFirst: true,
	follow: func(d *docView, j int) bool {
		return d.short(j, 5) && (d.feat[j].endsColon || d.bareIs(j, formLabelRe))
	},
}

var (
	reportRe    = reportPhrases.set()
	formLabelRe = formLabels.set()
)

// Links to the original of a syndicated article ("Source link").
var sourceLink = &rule{
	name:   "source-link",
	reason: "link to the original article",
	match: func(d *docView, i int) bool {
		return d.short(i, 10) && d.bareIs(i, sourceLinkRe)
	},
}

var sourceLinkRe = sourceLinkPhrases.set()

// The header of a comment section ("34 responses to …", "jane says:"):
// the article does not go on past it.
var commentSection = &rule{
	name:     "comment-section",
	reason:   "start of the comment section",
	wall:     true,
	endsPage: true,
	match: func(d *docView, i int) bool {
		f := d.feat[i]
		if !d.short(i, 14) {
			return false
		}
		t := f.lower
		switch {
		case strings.HasSuffix(t, " says:") || strings.HasSuffix(t, " wrote:") || strings.HasSuffix(t, " replied:") || strings.HasSuffix(t, " commented:"):
			return true // "jane says:"
		case strings.HasSuffix(t, " said:"):
			// "Jane on May 3, 2019 at 4:47 pm said:"; without a date it may
			// be a sentence introducing a quote.
			return strings.ContainsAny(t, "0123456789")
		case t != "" && t[0] >= '0' && t[0] <= '9':
			return commentCountRe.MatchString(t) // "34 responses to …"
		}
		return strings.Contains(t, "comments feed") || strings.Contains(t, "comment feed")
	},
}

var commentCountRe = regexp.MustCompile(`^\d+ (?:responses?|comments?|replies|thoughts|reactions?) (?:to|on)\b`)

// A comment's header split over two lines, as blogs print it: the
// commenter's name alone on a line, then the date and time. The first such
// header opens the comment section.
var commentHeader = &rule{
	name:     "comment-section",
	reason:   "name and time of a comment",
	wall:     true,
	endsPage: true,
	match: func(d *docView, i int) bool {
		return i > 0 && d.personName(i-1) && d.timestamp(i)
	},
}

// timestamp reports whether block i is a date with a time of day and
// nothing else: "August 10, 2018 at 9:51 am".
func (d *docView) timestamp(i int) bool {
	f := d.feat[i]
	if f.words > 12 || f.lower == "" || !hasYear(f.lower) || !strings.Contains(f.lower, ":") || !timeRe.MatchString(f.lower) {
		return false
	}
	_, rest, ok := findDate(f.lower)
	if !ok {
		return false
	}
	rest = timeRe.ReplaceAllString(rest, " ")
	rest = dateNoiseRe.ReplaceAllString(rest, " ")
	return !strings.ContainsFunc(rest, unicode.IsLetter)
}

// personName reports whether block i reads as a name alone on its line:
// one to four capitalised words, no stopwords, no sentence punctuation.
func (d *docView) personName(i int) bool {
	f := d.feat[i]
	if f.words < 1 || f.words > 4 || f.stops > 0 || f.capsWords < f.words || f.endsStop || f.endsColon {
		return false
	}
	return !strings.ContainsFunc(d.a.Blocks[i].Text, func(r rune) bool {
		return unicode.IsPunct(r) && !strings.ContainsRune(".'’-", r) || unicode.IsDigit(r)
	})
}

// A row of buttons or service names run together on one line
// ("Whatsapp Facebook Pint", "Subscribe Sign In").
var buttonRow = &rule{
	name:   "button-row",
	reason: "row of share, sign-in or menu buttons",
	match: func(d *docView, i int) bool {
		f := d.feat[i]
		if f.words < 2 || f.words > 12 || f.stops > f.words/2 {
			return false
		}
		for rest := f.lower; rest != ""; {
			start := strings.IndexFunc(rest, func(r rune) bool { return !isWordSep(r) })
			if start < 0 {
				break
			}
			rest = rest[start:]
			end := strings.IndexFunc(rest, isWordSep)
			if end < 0 {
				end = len(rest)
			}
			if !buttonWords[rest[:end]] {
				return false
			}
			rest = rest[end:]
		}
		return true
	},
}

// buttonWords are the words of share, sign-in and menu buttons.
var buttonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`facebook twitter x whatsapp pinterest pint linkedin reddit telegram tumblr vk vkontakte ok viber messenger flipboard pocket mix email e-mail mail print share shares tweet like pin
		copy link url sms subscribe sign in up log login logout register menu search close home more comments comment save bookmark follow download baixar compartilhar imprimir partager imprimer teilen drucken compartir поделиться печать udostępnij`) {
		m[w] = true
	}
	return m
}()

func isWordSep(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }
