package cleaners

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// phraseSet matches whole blocks against a phrase table quickly. Patterns
// with finitely many matches (most of them: words, optional words, small
// alternatives) are expanded once into a set looked up by the whole text;
// patterns that end in a repetition become prefixes; the few left over are joined
// into one anchored regular expression.
type phraseSet struct {
	exact    map[string]bool
	prefixes []string
	byFirst  [256][]string // prefixes by their first byte
	rest     *regexp.Regexp
}

// maxExpansion bounds how many strings one pattern may expand to.
const maxExpansion = 4096

// set compiles the table for whole-text matching (as if wrapped in ^…$).
// One approximation keeps it fast: a trailing repetition ("share this.*",
// "подпис\p{L}*") matches any ending.
func (p phrases) set() *phraseSet {
	s := &phraseSet{exact: map[string]bool{}}
	var rest []string
	for _, code := range phraseLanguages {
		for _, pat := range p[code] {
			re, err := syntax.Parse(pat, syntax.Perl)
			if err != nil {
				panic("cleaners: bad phrase pattern " + pat + ": " + err.Error())
			}
			re = re.Simplify()
			if all, ok := expand(re); ok {
				for _, a := range all {
					s.exact[a] = true
				}
				continue
			}
			if re.Op == syntax.OpConcat && len(re.Sub) > 1 && re.Sub[len(re.Sub)-1].Op == syntax.OpStar {
				head := &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[:len(re.Sub)-1]}
				if all, ok := expand(head); ok {
					s.prefixes = append(s.prefixes, all...)
					continue
				}
			}
			rest = append(rest, pat)
		}
	}
	for _, p := range s.prefixes {
		if p != "" {
			s.byFirst[p[0]] = append(s.byFirst[p[0]], p)
		}
	}
	if len(rest) > 0 {
		s.rest = regexp.MustCompile(`^(?:` + strings.Join(rest, "|") + `)$`)
	}
	return s
}

// phraseFinder finds a table's phrases anywhere in a text: the patterns with
// finitely many matches as literal substrings (one pass over the text), the
// others with one regular expression.
type phraseFinder struct {
	literals *keySet
	rest     *regexp.Regexp
}

// finder compiles the table for finding phrases inside texts.
func (p phrases) finder() *phraseFinder {
	var lits, rest []string
	for _, code := range phraseLanguages {
		for _, pat := range p[code] {
			re, err := syntax.Parse(pat, syntax.Perl)
			if err != nil {
				panic("cleaners: bad phrase pattern " + pat + ": " + err.Error())
			}
			if all, ok := expand(re.Simplify()); ok && !slices.Contains(all, "") {
				lits = append(lits, all...)
				continue
			}
			rest = append(rest, pat)
		}
	}
	f := &phraseFinder{literals: newKeySet(lits...)}
	if len(rest) > 0 {
		f.rest = regexp.MustCompile(`(?:` + strings.Join(rest, "|") + `)`)
	}
	return f
}

// count returns how many phrases t holds, counting up to limit.
func (f *phraseFinder) count(t string, limit int) int {
	n := f.literals.count(t, limit)
	if n < limit && f.rest != nil {
		n += len(f.rest.FindAllStringIndex(t, limit-n))
	}
	return n
}

// match reports whether the whole of t matches one of the set's patterns.
func (s *phraseSet) match(t string) bool { return s.matchZero(zeroDigits(t), t) }

// matchZero is match for a caller that has zeroed t's digits already, as z.
// A phrase's own digits ("404") match as written; its numbers (\d+) match
// any number.
func (s *phraseSet) matchZero(z, t string) bool {
	if s.exact[t] || z != t && s.exact[z] || s.hasPrefix(t) || z != t && s.hasPrefix(z) {
		return true
	}
	return s.rest != nil && s.rest.MatchString(t)
}

func (s *phraseSet) hasPrefix(t string) bool {
	if t == "" {
		return false
	}
	for _, p := range s.byFirst[t[0]] {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// anyNumber stands for a pattern's \d+ in the expanded phrases; zeroDigits
// writes it for every number of a text.
const anyNumber = "\x00"

// zeroDigits replaces every run of ASCII digits in t with anyNumber, the
// form in which patterns' numbers (\d+) are expanded.
func zeroDigits(t string) string {
	digits := false
	for i := 0; i < len(t) && !digits; i++ {
		digits = t[i] >= '0' && t[i] <= '9'
	}
	if !digits {
		return t
	}
	b := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= '0' && c <= '9' {
			if i == 0 || t[i-1] < '0' || t[i-1] > '9' {
				b = append(b, anyNumber...)
			}
			continue
		}
		b = append(b, t[i])
	}
	return string(b)
}

// isDigits reports whether re matches one or more digits.
func isDigits(re *syntax.Regexp) bool {
	if re.Op != syntax.OpPlus && re.Op != syntax.OpRepeat {
		return false
	}
	c := re.Sub[0]
	return c.Op == syntax.OpCharClass && len(c.Rune) == 2 && c.Rune[0] == '0' && c.Rune[1] == '9'
}

// expand returns every string re matches when there are few enough.
func expand(re *syntax.Regexp) ([]string, bool) {
	if isDigits(re) {
		return []string{anyNumber}, true
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine:
		return []string{""}, true
	case syntax.OpLiteral:
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) >= 16 {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, true
	case syntax.OpCapture:
		return expand(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := expand(re.Sub[0])
		return append([]string{""}, sub...), ok
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			all, ok := expand(sub)
			if !ok || len(out)+len(all) > maxExpansion {
				return nil, false
			}
			out = append(out, all...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			all, ok := expand(sub)
			if !ok || len(out)*len(all) > maxExpansion {
				return nil, false
			}
			next := make([]string, 0, len(out)*len(all))
			for _, a := range out {
				for _, b := range all {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}
