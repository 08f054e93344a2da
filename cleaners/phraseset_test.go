package cleaners

import (
	"regexp/syntax"
	"slices"
	"testing"
)

func TestPhraseSet(t *testing.T) {
	set := phrases{
		"en": {
			`(?:please )?share (?:this|the) (?:story|article)`, // optional word, alternatives
			`colou?r`,                   // optional letter
			`\d+ comments?`,             // digits
			`copyright \d{4}`,           // a fixed count of digits: the residual expression
			`share (?:on|via)\b.*`,      // a trailing repetition: a prefix
			`[a-zа-я]+ (?:says|wrote):`, // too many strings: the residual regexp
		},
		"ru": {`подпис\p{L}*`, `поделиться.*`},
		"zh": {`分享(?:到)?.*`, `评论(?:\d+)?`},
	}.set()
	tests := []struct {
		in   string
		want bool
	}{
		{"share this story", true},
		{"please share the article", true},
		{"please share this article", true},
		{"share story", false},
		{"share this story now", false}, // whole text only
		{"you share this story", false},
		{"color", true},
		{"colour", true},
		{"colouur", false},
		{"12 comments", true},
		{"1 comment", true},
		{"12345 comments", true},
		{"comments", false},
		{"twelve comments", false},
		{"copyright 2024", true},
		{"copyright 24", false}, // a fixed count is spelled out by Simplify and left to the residual expression, which counts
		{"share on facebook", true},
		{"share via e-mail, whatsapp or sms", true},
		{"share on", true},
		{"shared on facebook", false},
		{"jane says:", true},
		{"jane says: hello", false},
		{"иван wrote:", true},
		{"подписывайтесь", true},
		{"подпис", true},
		{"поделиться в соцсетях", true},
		{"分享到微信", true},
		{"分享", true},
		{"评论", true},
		{"评论12", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := set.match(tt.in); got != tt.want {
			t.Errorf("match(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestPhraseSetShape checks how patterns are compiled: expanded into exact
// strings, turned into prefixes, or left to the residual expression.
func TestPhraseSetShape(t *testing.T) {
	s := phrases{"en": {`(?:a|an) (?:typo|error)`, `read (?:more|also)\b.*`, `\w+ says:`}}.set()
	exact := []string{"a typo", "a error", "an typo", "an error"}
	for _, e := range exact {
		if !s.exact[e] {
			t.Errorf("%q not in the exact set %v", e, s.exact)
		}
	}
	if len(s.exact) != len(exact) {
		t.Errorf("exact set %v, want %v", s.exact, exact)
	}
	if !slices.Equal(s.prefixes, []string{"read more", "read also"}) {
		t.Errorf("prefixes %q, want read more, read also", s.prefixes)
	}
	if s.rest == nil || s.rest.String() != `^(?:\w+ says:)$` {
		t.Errorf("residual expression %v, want ^(?:\\w+ says:)$", s.rest)
	}
	if empty := (phrases{"en": {`word`}}).set(); empty.rest != nil {
		t.Errorf("a set without residual patterns has the expression %v", empty.rest)
	}
}

// TestPhraseSetLiteralDigits checks patterns with literal numbers, such as
// the "404" of an error banner.
func TestPhraseSetLiteralDigits(t *testing.T) {
	s := phrases{"en": {`(?:error )?40[34](?: error)?`}}.set()
	for _, in := range []string{"404", "error 404", "403 error"} {
		if !s.match(in) {
			t.Errorf("match(%q) = false, want true", in)
		}
	}
	// A phrase's own digits are not any number: a lone "1" or "500" (the
	// numbers of a list, an image size) is no error banner.
	for _, in := range []string{"1", "500", "error 500"} {
		if s.match(in) {
			t.Errorf("match(%q) = true, want false", in)
		}
	}
}

func TestPhraseSetBadPattern(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a bad pattern did not panic")
		}
	}()
	phrases{"en": {`(unclosed`}}.set()
}

func TestExpand(t *testing.T) {
	tests := []struct {
		pat  string
		want []string // nil when the pattern cannot be expanded
	}{
		{`abc`, []string{"abc"}},
		{`ab?c`, []string{"ac", "abc"}},
		{`(?:x|yz)w`, []string{"xw", "yzw"}},
		{`[ab]c`, []string{"ac", "bc"}},
		{`\d+ x`, []string{anyNumber + " x"}},
		{`\d{4}`, nil}, // Simplify spells it out as four classes of ten: too many strings
		{`\bword\b`, []string{"word"}},
		{`(a)(b)`, []string{"ab"}},
		{`a.*`, nil},
		{`[a-z]b`, nil}, // more than 16 characters in a class
		{`\w`, nil},
	}
	for _, tt := range tests {
		re, err := syntax.Parse(tt.pat, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := expand(re.Simplify())
		if ok != (tt.want != nil) {
			t.Errorf("expand(%q) ok = %v, want %v (%q)", tt.pat, ok, tt.want != nil, got)
			continue
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tt.want))
		if ok && !slices.Equal(got, want) {
			t.Errorf("expand(%q) = %q, want %q", tt.pat, got, want)
		}
	}
}

// TestExpandLimit checks that a pattern with too many strings is not
// expanded.
func TestExpandLimit(t *testing.T) {
	re, err := syntax.Parse(`[a-p][a-p][a-p][a-p]`, syntax.Perl) // 16^4 = 65536 strings
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := expand(re.Simplify()); ok {
		t.Errorf("expanded to %d strings, past the limit of %d", len(got), maxExpansion)
	}
}

func TestZeroDigits(t *testing.T) {
	tests := []struct{ in, want string }{
		{"no digits", "no digits"},
		{"12 comments", anyNumber + " comments"},
		{"a1b22c333", "a" + anyNumber + "b" + anyNumber + "c" + anyNumber},
		{"2025-02-12", anyNumber + "-" + anyNumber + "-" + anyNumber},
		{"٣ arabic-indic digits stay", "٣ arabic-indic digits stay"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := zeroDigits(tt.in); got != tt.want {
			t.Errorf("zeroDigits(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPhraseTablesCompile checks that every phrase table of the cleaner
// compiles both ways, and that each language it names is known.
func TestPhraseTablesCompile(t *testing.T) {
	tables := map[string]phrases{
		"error": errorPhrases, "errorSentences": errorSentences, "subscribeVerbs": subscribeVerbs, "subscribeTargets": subscribeTargets,
		"share": sharePhrases, "comment": commentPhrases, "related": relatedPhrases, "disclaimerHeadings": disclaimerHeadings,
		"disclaimer": disclaimerPhrases, "copyright": copyrightPhrases, "report": reportPhrases, "formLabels": formLabels,
		"credit": creditPhrases, "sourceLink": sourceLinkPhrases, "datelineLabels": datelineLabels, "bylineLabels": bylineLabels, "editorLabels": editorLabels,
	}
	for name, p := range tables {
		for code := range p {
			if !slices.Contains(phraseLanguages, code) {
				t.Errorf("table %s has patterns for %q, which is not in phraseLanguages and is never used", name, code)
			}
		}
		p.set()
		p.compile("", "")
	}
}
