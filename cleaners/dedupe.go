package cleaners

import (
	"context"
	"fmt"
	"slices"
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
	at := 0
	for i, b := range a.Blocks {
		if wordCount(a, b, &at) < minDupWords && !hasIdeographs(b.Text) {
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

// MergedRuns removes a long block that repeats other paragraphs of the
// article run together into one (a page's article text copied whole into
// its metadata, say), keeping the paragraphs, which carry the structure.
// It runs before the article region is sought, which such a block would
// otherwise stretch; Dedupe, which keeps first copies, runs after, so that
// a teaser of the lead in a page's menu does not outlive the lead itself.
type MergedRuns struct{}

// Name returns "dedupe-merged".
func (MergedRuns) Name() string { return "dedupe-merged" }

// Apply removes the merged copies.
func (MergedRuns) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	removeMergedRuns(a, l)
	return nil
}

// mergedCandidates is how many of the longest blocks are searched for
// merged runs.
const mergedCandidates = 3

// mergedMinBytes is the length from which a block may be several other
// paragraphs run together: some eighty words.
const mergedMinBytes = 480

// removeMergedRuns removes the blocks of a that repeat, run together, other
// blocks making up at least half of their text.
func removeMergedRuns(a *pipeline.Article, l *pipeline.Ledger) {
	// A merged run holds several paragraphs: it is one of the longest
	// blocks, far longer than the usual paragraph. Only the few longest
	// such blocks are searched for the others.
	var lengths []int
	for _, b := range a.Blocks {
		if len(b.Text) >= mergedMinBytes/4 {
			lengths = append(lengths, len(b.Text))
		}
	}
	if len(lengths) < 3 {
		return
	}
	slices.Sort(lengths)
	least := max(mergedMinBytes, 3*lengths[len(lengths)/2], lengths[max(0, len(lengths)-mergedCandidates)])
	var letters []string // each block's lower-case letters and digits, made on demand
	for i, b := range a.Blocks {
		if b.Removed() || len(b.Text) < least {
			continue
		}
		if letters == nil {
			letters = make([]string, len(a.Blocks))
			for j, o := range a.Blocks {
				if !o.Removed() && lang.CountWords(o.Text) >= 12 {
					letters[j] = letterKey(o.Text)
				}
			}
		}
		whole := letters[i]
		if whole == "" {
			whole = letterKey(b.Text)
		}
		covered, from, to := 0, -1, -1
		for j, part := range letters {
			if j == i || part == "" || a.Blocks[j].Removed() || len(part) >= len(whole) || !strings.Contains(whole, part) {
				continue
			}
			covered += len(part)
			if from < 0 {
				from = j
			}
			to = j
		}
		if from >= 0 && covered*2 >= len(whole) {
			l.Remove(b, "repeated-run", fmt.Sprintf("repeats %s run together in one paragraph", where(a.Blocks, from, to)))
		}
	}
}

// letterKey returns text's letters and digits in lower case.
func letterKey(text string) string {
	var sb strings.Builder
	sb.Grow(len(text))
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
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
