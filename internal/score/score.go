// Package score computes the article-body metric of the scrapinghub
// article-extraction benchmark, as ../shared/eval/score.py does: each text is
// a multiset of token 4-grams, per-page true and false positives are
// normalised, precision is averaged over pages with output and recall over
// all pages, and F1 is their harmonic mean. Tests use it to guard the
// cleaner's accuracy without Python.
package score

import (
	"strings"
	"unicode"
)

const ngram = 4

// Tokens splits text into runs of word characters, like Python's \w+.
func Tokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r))
	})
}

// shingles returns the multiset of token 4-grams; a text of one to four
// tokens is one shorter shingle.
func shingles(tokens []string) map[string]int {
	bag := map[string]int{}
	if len(tokens) == 0 {
		return bag
	}
	if len(tokens) <= ngram {
		bag[strings.Join(tokens, "\x00")]++
		return bag
	}
	for i := 0; i+ngram <= len(tokens); i++ {
		bag[strings.Join(tokens[i:i+ngram], "\x00")]++
	}
	return bag
}

// Case is one page's normalised counts.
type Case struct {
	TP, FP, FN       float64
	EmptyPrediction  bool
	ExactTokenOutput bool
}

// Compare scores one predicted body against its truth.
func Compare(truth, pred string) Case {
	tt, pt := Tokens(truth), Tokens(pred)
	tb, pb := shingles(tt), shingles(pt)
	var tp, fp, fn float64
	for k, n := range pb {
		m := tb[k]
		tp += float64(min(n, m))
		fp += float64(max(n-m, 0))
	}
	for k, m := range tb {
		fn += float64(max(m-pb[k], 0))
	}
	if total := tp + fp + fn; total > 0 {
		tp, fp, fn = tp/total, fp/total, fn/total
	}
	return Case{TP: tp, FP: fp, FN: fn, EmptyPrediction: len(pb) == 0,
		ExactTokenOutput: strings.Join(tt, " ") == strings.Join(pt, " ")}
}

// Summary is the benchmark's score over many pages.
type Summary struct {
	F1, Precision, Recall, Accuracy float64
	Cases, EmptyPredictions         int
}

// Summarize averages cases as the benchmark does.
func Summarize(cases []Case) Summary {
	var s Summary
	var pSum, rSum float64
	pN, rN, exact := 0, 0, 0
	for _, c := range cases {
		if c.EmptyPrediction {
			s.EmptyPredictions++
		}
		if c.TP+c.FP > 0 {
			pSum += c.TP / (c.TP + c.FP)
			pN++
		}
		if c.TP+c.FN > 0 {
			rSum += c.TP / (c.TP + c.FN)
			rN++
		}
		if c.ExactTokenOutput {
			exact++
		}
	}
	s.Cases = len(cases)
	if pN > 0 {
		s.Precision = pSum / float64(pN)
	}
	if rN > 0 {
		s.Recall = rSum / float64(rN)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	if s.Cases > 0 {
		s.Accuracy = float64(exact) / float64(s.Cases)
	}
	return s
}
