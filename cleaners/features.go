package cleaners

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/clean/lang"
	"github.com/newsclean/clean/pipeline"
)

// features are the language-independent measurements of one block that the
// metadata and boilerplate rules decide by: length, words, stopword
// density, punctuation and case.
type features struct {
	runes     int
	words     int
	stops     int
	capsWords int  // words starting with an upper-case letter
	sentences int  // sentence-ending punctuation marks followed by space or end
	endsStop  bool // ends with sentence punctuation (or a closing quote after it)
	endsColon bool
	lower     string // the text in lower case, for phrase rules; "" past maxPhraseWords
	text      string // the text measured, to notice a rewrite
	// bare is lower without surrounding space and punctuation, for rules
	// that match a whole block, and bareZero the same with numbers zeroed.
	bare, bareZero string
	// keys are the classes of blockKeys the lower-cased text holds, once
	// keysDone.
	keys     uint32
	keysDone bool
	// matched remembers the first rule of each rule set (by its slot) the
	// block matched, once ruled says it was judged.
	matched [2]*rule
	ruled   [2]bool
}

// maxRuleWords is the length past which no boilerplate rule looks at a block:
// longer blocks are judged by the region alone.
const maxRuleWords = 120

// maxPhraseWords is the length past which no phrase rule looks at a block's
// lower-cased text, except the late rules, which lower it themselves.
const maxPhraseWords = 40

// stopDensity returns the share of words that are stopwords.
func (f *features) stopDensity() float64 {
	if f.words == 0 {
		return 0
	}
	return float64(f.stops) / float64(f.words)
}

// measure computes the features of text in language code.
func measure(code, text string) features {
	f := features{text: text}
	f.words, f.stops = lang.StopwordRatio(code, text)
	if f.words <= maxPhraseWords {
		f.lower = strings.ToLower(text)
		f.bare = strings.Trim(f.lower, bareCutset)
		f.bareZero = zeroDigits(f.bare)
	}
	last := strings.TrimRight(text, "\"'”’»)]\u00a0 ")
	if r, _ := utf8.DecodeLastRuneInString(last); isSentenceEnd(r) {
		f.endsStop = true
		f.sentences++
	}
	f.endsColon = strings.HasSuffix(text, ":")
	if f.endsStop && f.words > maxPhraseWords {
		// A long paragraph ending a sentence: no rule needs its capitals
		// or its other sentences.
		f.runes = utf8.RuneCountInString(text)
		return f
	}
	inWord := false
	var prev rune
	for _, r := range text {
		f.runes++
		var isWord, isSpace bool
		if r < utf8.RuneSelf { // ASCII without table lookups
			c := byte(r)
			isWord = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
			isSpace = c == ' ' || '\t' <= c && c <= '\r'
			if isWord && !inWord && 'A' <= c && c <= 'Z' {
				f.capsWords++
			}
		} else {
			isWord = unicode.IsLetter(r) || unicode.IsDigit(r)
			isSpace = unicode.IsSpace(r)
			if isWord && !inWord && unicode.IsUpper(r) {
				f.capsWords++
			}
		}
		if isSpace && isSentenceEnd(prev) {
			f.sentences++
		}
		inWord = isWord
		prev = r
	}
	return f
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', ';':
		return true
	}
	return false
}

// isProse reports whether a block reads as article prose: enough words, a
// normal share of stopwords for its language, and sentence punctuation.
// Prose is never removed by a phrase rule.
func (f *features) isProse(hasStopwords bool) bool {
	if f.words < 10 {
		return false
	}
	if hasStopwords && f.stopDensity() < 0.15 {
		return false
	}
	return f.endsStop || f.sentences > 0
}

// docView is the analysis of an article's blocks shared by the rules of one
// stage: the features of every block and the bounds of the article proper.
type docView struct {
	a        *pipeline.Article
	lang     string
	hasStops bool // the language has a stopword list
	// extracted is set when the blocks come from an HTML extractor, which
	// has already cut the article out of its page.
	extracted bool
	feat      []*features // shared with the article's note, see measured
	// first and last are the indexes of the first and last block of the
	// main article region; first > last when the article has no prose.
	first, last int
}

// measuredKey is the note key of the blocks' measurements.
type measuredKey struct{}

// measured holds the measurements of an article's blocks in one language,
// and which boilerplate rules they match, in the blocks' order. Stages
// between two analyses only remove blocks, so a later one finds each
// survivor by walking both lists together.
type measured struct {
	lang     string
	hasStops bool
	blocks   []*pipeline.Block
	feat     []*features
}

// lookup returns the measurements of b, which stands at or after position
// *at of the list, advancing *at past it; nil when b was not measured.
func (m *measured) lookup(b *pipeline.Block, at *int) *features {
	for ; *at < len(m.blocks); *at++ {
		if m.blocks[*at] == b {
			f := m.feat[*at]
			*at++
			if f.text != b.Text {
				return nil // rewritten since
			}
			return f
		}
	}
	return nil
}

// newDocView measures every block of a.
func newDocView(a *pipeline.Article) *docView {
	code := a.Meta.Lang
	if i := strings.IndexByte(code, '-'); i > 0 {
		code = code[:i]
	}
	if code == "" {
		code = lang.Detect(sampleText(a.Blocks))
	}
	d := &docView{a: a, lang: code, hasStops: lang.HasStopwords(code), extracted: a.Format == "html", feat: make([]*features, len(a.Blocks))}
	// Blocks measured by an earlier stage keep their measurements: the
	// metadata and boilerplate stages look at the same blocks.
	known, _ := a.Note(measuredKey{}).(*measured)
	if known != nil && known.lang != code {
		known = nil
	}
	at, fresh := 0, []features(nil)
	for i, b := range a.Blocks {
		if known != nil {
			if f := known.lookup(b, &at); f != nil {
				d.feat[i] = f
				continue
			}
		}
		if fresh == nil {
			fresh = make([]features, 0, len(a.Blocks)-i) // one allocation for all
		}
		fresh = append(fresh, measure(code, b.Text))
		d.feat[i] = &fresh[len(fresh)-1]
	}
	hasStops := known != nil && known.hasStops
	known = &measured{lang: code, hasStops: hasStops, blocks: slices.Clone(a.Blocks), feat: d.feat}
	a.SetNote(measuredKey{}, known)
	if d.hasStops && !d.stopwordsFit() {
		d.hasStops = false
	}
	if d.hasStops != known.hasStops {
		// Whether stopwords count changes what reads as prose: judge anew.
		known.hasStops = d.hasStops
		for _, f := range d.feat {
			f.ruled = [2]bool{}
		}
	}
	return d
}

// wordCount returns the number of words of block b, measured already by an
// earlier stage when it can; at is the caller's place in that stage's list,
// for blocks asked for in order.
func wordCount(a *pipeline.Article, b *pipeline.Block, at *int) int {
	if known, _ := a.Note(measuredKey{}).(*measured); known != nil {
		if f := known.lookup(b, at); f != nil {
			return f.words
		}
	}
	return lang.CountWords(b.Text)
}

// stopwordsFit reports whether the stopword list matches the text: the long
// blocks of a document in the detected language have a normal share of
// stopwords. When they do not (a misdetected or unlisted language), the
// rules judge by length and punctuation alone.
func (d *docView) stopwordsFit() bool {
	words, stops := 0, 0
	for i := range d.feat {
		if f := d.feat[i]; f.words >= 20 {
			words += f.words
			stops += f.stops
		}
	}
	return words == 0 || float64(stops) >= 0.12*float64(words)
}

// Classes of the keys every short block is scanned for once (see blockKeys).
const (
	keyError      uint32 = 1 << iota // words of error pages
	keyBreadcrumb                    // breadcrumb separators
	keyCopyright                     // copyright signs and words
	keySubscribe                     // words of subscribing
	keyCredit                        // " by ", " courtesy "
)

// blockKeys holds the keys of the rules that look inside short blocks,
// each with its class: a block is scanned once for all of them.
var blockKeys = new(keySet).
	add(keyError, "page", "article", "content", "страниц", "seite", "página", "strona", "σελίδα", "页面").
	add(keyBreadcrumb, breadcrumbSeps...).
	add(keyCopyright, "©", "(c)", "copyright", "reserv", "защищ", "захищ", "vorbehalten", "réservés", "riservati", "zastrzeżone", "δικαιώματος", "版权").
	add(keySubscribe, "subscri", "sign up", "newsletter", "подпи", "abonn", "suscr", "subskry", "εγγραφ", "订阅").
	add(keyCredit, " by ", " courtesy ")

// hasKey reports whether block i, in lower case, holds a key of class.
func (d *docView) hasKey(i int, class uint32) bool {
	f := d.feat[i]
	if !f.keysDone {
		f.keys, f.keysDone = blockKeys.classes(f.lower), true
	}
	return f.keys&class != 0
}

// lowerText returns block i in lower case, for the few rules that read
// blocks longer than maxPhraseWords.
func (d *docView) lowerText(i int) string {
	if f := d.feat[i]; f.lower != "" || f.words <= maxPhraseWords {
		return f.lower
	}
	return strings.ToLower(d.a.Blocks[i].Text)
}

// prose reports whether block i reads as prose.
func (d *docView) prose(i int) bool { return d.feat[i].isProse(d.hasStops) }

// sampleText joins the text of the first blocks, up to about 16 KB, for
// language detection.
func sampleText(blocks []*pipeline.Block) string {
	var sb strings.Builder
	for _, b := range blocks {
		if sb.Len() > 16<<10 {
			break
		}
		sb.WriteString(b.Text)
		sb.WriteByte('\n')
	}
	return sb.String()
}
