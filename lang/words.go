package lang

import (
	"unicode"
	"unicode/utf8"
)

// wordByte says which ASCII bytes belong to words: letters and digits.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	return t
}()

// isSolo reports whether r is a character of a script written without
// spaces, which counts as a word of its own: a Han ideograph, a kana or a
// hangul syllable.
func isSolo(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r <= 0x11FF: // Hangul Jamo
		return true
	case r < 0x3040:
		return r == 0x3005 || r == 0x3007 // 々 〇
	case r <= 0x30FF: // Hiragana, Katakana
		return r != 0x30FB // ・ is punctuation
	case r >= 0x3130 && r <= 0x318F: // Hangul compatibility jamo
		return true
	case r >= 0x31F0 && r <= 0x31FF: // Katakana phonetic extensions
		return true
	case r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF: // Han
		return true
	case r >= 0xAC00 && r <= 0xD7AF: // Hangul syllables
		return true
	case r >= 0xF900 && r <= 0xFAFF: // Han compatibility
		return true
	case r >= 0xFF66 && r <= 0xFF9F: // half-width katakana
		return true
	case r >= 0x20000 && r <= 0x3FFFF: // Han extensions
		return true
	}
	return false
}

// decodeRune decodes the non-ASCII rune at s[i], quickly when it takes two
// bytes (Latin accents, Greek, Cyrillic).
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isWordRune reports whether r belongs to a word: a letter, a digit, or a
// combining mark (which continues the word it follows).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return wordByte[r]
	}
	if 0x400 <= r && r <= 0x45F { // basic Cyrillic letters
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

// nextWord returns the bounds of the first word of s at or after byte i, or
// start == -1 when there is none. It never allocates.
func nextWord(s string, i int) (start, end int) {
	// Skip to the start of a word.
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if wordByte[c] {
				break
			}
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if isSolo(r) {
			return i, i + size
		}
		if 0x400 <= r && r <= 0x45F || unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i += size
	}
	if i >= len(s) {
		return -1, -1
	}
	start = i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !wordByte[c] {
				break
			}
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if isSolo(r) || !isWordRune(r) {
			break
		}
		i += size
	}
	return start, i
}

// EachWord calls fn with each word of text in order, as a substring of text
// (nothing is copied), and stops early when fn returns false. Words are as
// in Words.
func EachWord(text string, fn func(word string) bool) {
	for i := 0; ; {
		start, end := nextWord(text, i)
		if start < 0 || !fn(text[start:end]) {
			return
		}
		i = end
	}
}

// Words splits text into words: runs of letters and digits (with any
// combining marks), and each Han ideograph, kana or hangul syllable as a
// word of its own, since those scripts are written without spaces.
func Words(text string) []string {
	var out []string
	for i := 0; ; {
		start, end := nextWord(text, i)
		if start < 0 {
			return out
		}
		out = append(out, text[start:end])
		i = end
	}
}

// CountWords returns len(Words(text)) without allocating the words.
func CountWords(text string) int {
	n := 0
	for i := 0; ; n++ {
		start, end := nextWord(text, i)
		if start < 0 {
			return n
		}
		i = end
	}
}
