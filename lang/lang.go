// Package lang detects an article's language and knows, per language, its
// stopwords and how to split text into words, including scripts written
// without spaces.
//
// Stopword lists cover en, ru, uk, de, fr, es, pl, el, zh, it, pt, nl and id.
// Nothing here allocates per word: words are substrings of the text, and
// lookups lower-case into a small stack buffer.
package lang

import (
	"unicode"
	"unicode/utf8"
)

// stopMask returns the set of languages for which word is a stopword,
// ignoring case. It does not allocate.
func stopMask(word string) uint32 {
	if len(word) > maxStopLen || stopShapes[word[0]&31][word[len(word)-1]&31]&(1<<len(word)) == 0 && word[0] < utf8.RuneSelf && word[len(word)-1] < utf8.RuneSelf {
		return 0
	}
	// Most words are already lower case: look them up as they are.
	lower := true
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			lower = false
			break
		}
	}
	if lower {
		return stopIndex[word]
	}
	var buf [64]byte // longer than any stopword, even after case mapping
	n := 0
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
			i++
			continue
		}
		if n+utf8.UTFMax > len(buf) {
			return 0
		}
		if c == 0xD0 && i+1 < len(word) {
			// Basic Cyrillic capitals: Ѐ-Џ and А-Я, and а-п unchanged.
			switch d := word[i+1]; {
			case d < 0x90: // Ѐ-Џ -> ѐ-џ
				buf[n], buf[n+1] = 0xD1, d+0x10
			case d < 0xA0: // А-П -> а-п
				buf[n], buf[n+1] = 0xD0, d+0x20
			case d < 0xB0: // Р-Я -> р-я
				buf[n], buf[n+1] = 0xD1, d-0x20
			default: // а-п
				buf[n], buf[n+1] = 0xD0, d
			}
			n += 2
			i += 2
			continue
		}
		if c == 0xD1 && i+1 < len(word) { // р-я, ѐ-џ and beyond: lower case
			buf[n], buf[n+1] = c, word[i+1]
			n += 2
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		i += size
		n += utf8.EncodeRune(buf[n:], unicode.ToLower(r))
	}
	return stopIndex[string(buf[:n])]
}

// IsStopword reports whether word, ignoring case, is a stopword of language
// code (an ISO 639-1 code, optionally with a region: "en-GB"). For zh the
// word is a single character or a word of a few characters. The empty code
// matches a stopword of any language; a code without a list matches none.
func IsStopword(code, word string) bool {
	return stopMask(word)&langBit(code) != 0
}

// HasStopwords reports whether language code has a stopword list. The
// empty code does: it stands for the union of every list.
func HasStopwords(code string) bool { return langBit(code) != 0 }

// Languages returns the codes of the languages with a stopword list.
func Languages() []string { return append([]string(nil), stopCodes...) }

// StopwordRatio returns the number of words in text (as counted by
// CountWords) and how many of them are stopwords of language code (see
// IsStopword). For zh, two adjacent characters that form a listed word
// (我们, 已经) count as two stopwords. It does not allocate.
func StopwordRatio(code, text string) (words, stops int) {
	bit := langBit(code)
	pairs := bit&langBit("zh") != 0
	for i := 0; ; {
		start, end := nextWord(text, i)
		if start < 0 {
			return words, stops
		}
		words++
		i = end
		if bit == 0 {
			continue
		}
		if pairs && end-start >= 3 && text[start] >= 0xE0 {
			// A CJK character: try it with the next one as one word.
			if s2, e2 := nextWord(text, end); s2 == end && e2-s2 >= 3 && stopMask(text[start:e2])&bit != 0 {
				words++
				stops += 2
				i = e2
				continue
			}
		}
		if stopMask(text[start:end])&bit != 0 {
			stops++
		}
	}
}
