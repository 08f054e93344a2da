package cleaners

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/clean/lang"
	"github.com/newsclean/clean/pipeline"
)

// Dedupe repairs text the scraper duplicated, keeping the first copy: a
// paragraph repeated exactly or with only spacing, case or punctuation
// changed, and runs of several paragraphs repeated in order. Blocks of fewer
// than minDupWords words are left alone: short lines ("Q:", "Photo") repeat
// legitimately, and boilerplate rules deal with the rest.
type Dedupe struct{}

// Name returns "dedupe".
func (Dedupe) Name() string { return "dedupe" }

const minDupWords = 5

// Apply removes the later copies of repeated blocks.
func (Dedupe) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	seen := make(map[uint64]int, len(a.Blocks)) // key -> index of the first copy
	keys := make([]uint64, len(a.Blocks))
	for i, b := range a.Blocks {
		if lang.CountWords(b.Text) < minDupWords && !hasIdeographs(b.Text) {
			continue
		}
		keys[i] = dupKey(b.Text)
	}
	for i := 0; i < len(a.Blocks); i++ {
		k := keys[i]
		if k == 0 {
			continue
		}
		first, dup := seen[k]
		if !dup {
			seen[k] = i
			continue
		}
		// Extend to the run of consecutive blocks that repeat, in order,
		// the blocks after the first copy.
		n := 1
		for i+n < len(a.Blocks) && first+n < i && keys[i+n] != 0 && keys[i+n] == keys[first+n] {
			n++
		}
		if n == 1 {
			l.Remove(a.Blocks[i], "repeat", "repeats "+where(a.Blocks, first, first))
			continue
		}
		for j := 0; j < n; j++ {
			l.Remove(a.Blocks[i+j], "repeated-run", fmt.Sprintf("%s repeat %s", where(a.Blocks, i, i+n-1), where(a.Blocks, first, first+n-1)))
		}
		i += n - 1
	}
	return nil
}

// dupKey hashes text's lower-case letters and digits, so that copies
// differing only in spacing, case or punctuation compare equal. It returns
// 0 for text with fewer than 20 of them.
func dupKey(text string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211 // FNV-1a
	h := uint64(offset)
	n := 0
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			} else if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
				continue
			}
			h = (h ^ uint64(c)) * prime
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			h = (h ^ uint64(unicode.ToLower(r))) * prime
		default:
			continue
		}
		n++
	}
	if n < 20 {
		return 0
	}
	return h | 1 // never 0
}

// hasIdeographs reports whether text contains Han, kana or hangul, scripts
// whose words are not separated by spaces.
func hasIdeographs(text string) bool {
	return strings.ContainsFunc(text, func(r rune) bool {
		return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
	})
}

// where names blocks[from..to] for a reader: by their lines in the raw
// input when known, else by their position in the body.
func where(blocks []*pipeline.Block, from, to int) string {
	if f, t := blocks[from], blocks[to]; f.Line > 0 && t.Line > 0 {
		last := t.Line + max(t.Lines, 1) - 1
		if last == f.Line {
			return fmt.Sprintf("line %d", f.Line)
		}
		return fmt.Sprintf("lines %d-%d", f.Line, last)
	}
	if from == to {
		return fmt.Sprintf("paragraph %d", from+1)
	}
	return fmt.Sprintf("paragraphs %d-%d", from+1, to+1)
}
