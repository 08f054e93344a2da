package lang

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// sampleWords is how many words Detect looks at: enough to be sure, few
// enough to keep detection cheap on long documents.
const sampleWords = 1000

// script is a writing system, as far as detection cares.
type script int

const (
	scriptOther script = iota
	scriptLatin
	scriptCyrillic
	scriptGreek
	scriptHan
	scriptKana
	scriptHangul
	scriptHebrew
	scriptThai
	scriptGeorgian
	scriptArmenian
	nScripts
)

var scriptNames = [nScripts]string{"other", "latin", "cyrillic", "greek", "han", "kana", "hangul", "hebrew", "thai", "georgian", "armenian"}

// scriptLang is the language of scripts that, for news text, have one.
var scriptLang = [nScripts]string{scriptGreek: "el", scriptHangul: "ko", scriptHebrew: "he", scriptThai: "th", scriptGeorgian: "ka", scriptArmenian: "hy"}

// scriptOf returns the script of a word's first rune; digits and other
// scripts are scriptOther.
func scriptOf(r rune) script {
	switch {
	case r < utf8.RuneSelf:
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return scriptLatin
		}
		return scriptOther
	case r >= 0xC0 && r <= 0x24F, r >= 0x1E00 && r <= 0x1EFF:
		return scriptLatin
	case r >= 0x370 && r <= 0x3FF, r >= 0x1F00 && r <= 0x1FFF:
		return scriptGreek
	case r >= 0x400 && r <= 0x52F:
		return scriptCyrillic
	case r >= 0x531 && r <= 0x58F:
		return scriptArmenian
	case r >= 0x590 && r <= 0x5FF:
		return scriptHebrew
	case r >= 0xE00 && r <= 0xE7F:
		return scriptThai
	case r >= 0x10A0 && r <= 0x10FF:
		return scriptGeorgian
	case r >= 0x3040 && r <= 0x30FF, r >= 0x31F0 && r <= 0x31FF, r >= 0xFF66 && r <= 0xFF9F:
		return scriptKana
	case r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F, r >= 0xAC00 && r <= 0xD7AF:
		return scriptHangul
	case isSolo(r):
		return scriptHan
	}
	return scriptOther
}

// Guess is what Detect found, with the evidence for it.
type Guess struct {
	// Code is the ISO 639-1 code of the language, or "" when unsure.
	Code string
	// Script is the dominant writing system: "latin", "cyrillic", "han", ...
	Script string
	// Words is how many words were sampled, and Hits how many of them are
	// stopwords of Code (0 when the script alone decided).
	Words, Hits int
}

// Detect returns the ISO 639-1 code of text's language, or "" when unsure.
// It looks at the first 1,000 words only.
func Detect(text string) string { return DetectGuess(text).Code }

// DetectGuess detects text's language like Detect and says why: the
// dominant script first (Greek is el, Han is zh, Han with kana is ja,
// hangul is ko), then, for Latin and Cyrillic, the language whose stopwords
// are most frequent, if they are frequent enough and clearly ahead of the
// runner-up. It does not allocate.
func DetectGuess(text string) Guess {
	var scripts [nScripts]int
	var hits [32]int
	var letters [2]int // words with letters only ru, only uk uses
	words := 0
	for i := 0; words < sampleWords; {
		start, end := nextWord(text, i)
		if start < 0 {
			break
		}
		i = end
		words++
		r, _ := utf8.DecodeRuneInString(text[start:end])
		sc := scriptOf(r)
		scripts[sc]++
		if sc == scriptCyrillic {
			ru, uk := cyrillicLetters(text[start:end])
			letters[0] += ru
			letters[1] += uk
		}
		m := stopMask(text[start:end])
		if m != 0 && end-start <= 2 && !apostropheAt(text, end) {
			m &^= elisionMask(text[start:end])
		}
		for ; m != 0; m &= m - 1 {
			hits[trailingZeros(m)]++
		}
	}
	g := Guess{Words: words}
	dom, n := scriptOther, 0
	for s := scriptLatin; s < nScripts; s++ {
		c := scripts[s]
		if s == scriptHan || s == scriptKana {
			c = scripts[scriptHan] + scripts[scriptKana]
		}
		if c > n {
			dom, n = s, c
		}
	}
	if n == 0 {
		return g
	}
	g.Script = scriptNames[dom]
	switch dom {
	case scriptHan, scriptKana:
		// Japanese mixes kana into Han; Chinese has none.
		if scripts[scriptKana]*10 >= n {
			g.Code, g.Script = "ja", scriptNames[scriptKana]
		} else {
			g.Code, g.Script = "zh", scriptNames[scriptHan]
			g.Hits = hits[bitIndex("zh")]
		}
		return g
	case scriptLatin, scriptCyrillic:
		// decided by stopwords below
	default:
		g.Code = scriptLang[dom]
		return g
	}
	var candidates []string
	if dom == scriptCyrillic {
		candidates = cyrillicLangs[:]
	} else {
		candidates = latinLangs[:]
	}
	best, second, bestCode := 0, 0, ""
	for j, c := range candidates {
		h := hits[bitIndex(c)]
		if dom == scriptCyrillic {
			h += letters[j]
		}
		if h > best {
			best, second, bestCode = h, best, c
		} else if h > second {
			second = h
		}
	}
	g.Hits = best
	// Running text is a third or more stopwords; require a tenth, at least
	// two hits, and a clear lead over the runner-up.
	if best < 2 || best*10 < n || best*4 < second*5 || best-second < 2 {
		return g
	}
	g.Code = bestCode
	return g
}

// Languages decided by stopwords within a script.
var (
	latinLangs    = [...]string{"en", "de", "fr", "es", "pl", "it", "pt", "nl", "id"}
	cyrillicLangs = [...]string{"ru", "uk"}
)

// bitIndex returns the stopword list index of code, which must have one.
func bitIndex(code string) int { return trailingZeros(langBit(code)) }

func trailingZeros(m uint32) int { return bits.TrailingZeros32(m) }

// cyrillicLetters returns 1 for a word with a letter that only Russian
// (ы э ё ъ) or only Ukrainian (і ї є ґ) uses.
func cyrillicLetters(w string) (ru, uk int) {
	for i := 0; i+1 < len(w); i++ {
		switch c, d := w[i], w[i+1]; {
		case c == 0xD1 && (d == 0x8B || d == 0x8D || d == 0x91 || d == 0x8A),
			c == 0xD0 && (d == 0xAB || d == 0xAD || d == 0x81 || d == 0xAA):
			ru = 1
		case c == 0xD1 && (d == 0x96 || d == 0x97 || d == 0x94),
			c == 0xD0 && (d == 0x86 || d == 0x87 || d == 0x84),
			c == 0xD2 && (d == 0x90 || d == 0x91):
			uk = 1
		}
	}
	return ru, uk
}

// elisionMask returns, for a French or Italian stopword that is an elided
// form (l', d', qu'), the languages for which it counts only before an
// apostrophe: alone, "d" and "s" are more often initials or abbreviations.
func elisionMask(w string) uint32 {
	var buf [2]byte
	n := copy(buf[:], w)
	for i := range n {
		if 'A' <= buf[i] && buf[i] <= 'Z' {
			buf[i] += 'a' - 'A'
		}
	}
	switch string(buf[:n]) {
	case "c", "l":
		return frBit | itBit
	case "d", "j", "m", "n", "s", "t", "qu":
		return frBit
	}
	return 0
}

var frBit, itBit = langBit("fr"), langBit("it")

// apostropheAt reports whether text[i] starts an apostrophe (' or ’).
func apostropheAt(text string, i int) bool {
	return i < len(text) && (text[i] == '\'' || strings.HasPrefix(text[i:], "’"))
}
