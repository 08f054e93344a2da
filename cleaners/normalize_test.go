package cleaners

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/clean/internal/golden"
	"github.com/newsclean/clean/pipeline"
)

var _ = golden.Update

// ruleTest is one input of a normalization rule and what must come out.
type ruleTest struct {
	in, want string
}

func testRule(t *testing.T, name string, fix func(string) (string, counts), tests []ruleTest) {
	t.Helper()
	for _, tt := range tests {
		got, c := fix(tt.in)
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", name, tt.in, got, tt.want)
		}
		if (got != tt.in) != (c.total() > 0) {
			t.Errorf("%s(%q): counts %v do not match the change", name, tt.in, c)
		}
		if again, _ := fix(got); again != got {
			t.Errorf("%s is not idempotent on %q: %q", name, got, again)
		}
	}
}

func TestFixLineEndings(t *testing.T) {
	testRule(t, "fixLineEndings", fixLineEndings, []ruleTest{
		{"a\r\nb\r\n", "a\nb\n"},
		{"a\rb\rc", "a\nb\nc"},
		{"a\r\n\r\nb", "a\n\nb"},
		{"a\u2028b\u2029c\u0085d", "a\nb\nc\nd"},
		// keep
		{"a\nb\n\n", "a\nb\n\n"},
		{"Ä\u0085 stays for the mojibake rule", "Ä\u0085 stays for the mojibake rule"},
		{"", ""},
	})
}

func TestRepairMojibake(t *testing.T) {
	testRule(t, "repairMojibake", repairMojibake, []ruleTest{
		{"cafÃ©", "café"},
		{"Itâ€™s â€œquotedâ€\u009d", "It’s “quoted”"},
		{"Itâ€™s â€œquotedâ€", "It’s “quoted”"[:len("It’s “quoted")] + "â€"}, // a cut sequence stays
		{"naÃ¯ve rÃ©sumÃ© â€” done", "naïve résumé — done"},
		{"Ð¿Ñ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", "привет мир"},
		{"Î•Î»Î»Î¬Î´Î±", "Ελλάδα"},
		{"Å›wiat Å‚Ä…ka", "świat łąka"},
		{"priceÂ\u00a0Â£5", "price\u00a0£5"},
		{"â„¢ and â‚¬", "™ and €"},
		{"Ã¢â‚¬â„¢ twice", "’ twice"}, // mis-decoded twice
		{"a latin-1 one: Ã\u00a9t\u00c3\u00a9", "a latin-1 one: été"},
		// keep
		{"SÃO PAULO, Ãgua", "SÃO PAULO, Ãgua"},
		{"JOÃO and AÇÃO", "JOÃO and AÇÃO"},
		{"« CAFÉ»", "« CAFÉ»"},
		{"3×4 and ×", "3×4 and ×"},
		{"Ñandú", "Ñandú"},
		{"Привет, мир. Ελλάδα. 北京", "Привет, мир. Ελλάδα. 北京"},
		{"It’s “quoted” — fine", "It’s “quoted” — fine"},
		{"Ã alone", "Ã alone"},
		{"“MAÇÃ” e AMANHÃ… «IRMÃ»", "“MAÇÃ” e AMANHÃ… «IRMÃ»"},
		{"SEÃ‘OR and CAFÃ‰", "SEÑOR and CAFÉ"},
		{"Â", "Â"},
	})
}

func TestDropInvisible(t *testing.T) {
	testRule(t, "dropInvisible", dropInvisible, []ruleTest{
		{"zero\u200bwidth\u200c\u200d\u2060\ufeff", "zerowidth"},
		{"soft\u00adhyphen", "softhyphen"},
		{"bell\x07 and esc\x1b and c1\u0080", "bell and esc and c1"},
		{"rtl\u200emark\u202b", "rtlmark"},
		// keep
		{"tab\tand\nnewline\n", "tab\tand\nnewline\n"},
		{"می\u200cخواهم", "می\u200cخواهم"},     // Persian non-joiner
		{"👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"}, // emoji family
		{"plain", "plain"},
	})
}

func TestToNFC(t *testing.T) {
	testRule(t, "toNFC", toNFC, []ruleTest{
		{"cafe\u0301", "café"},
		{"line\nЙ\u0306", "line\nЙ\u0306"}, // Й already composed; the breve stays combining
		{"и\u0306ти", "йти"},
		// keep
		{"café", "café"},
		{"plain\n", "plain\n"},
	})
}

func TestFixSpaces(t *testing.T) {
	testRule(t, "fixSpaces", fixSpaces, []ruleTest{
		{"a\u00a0b", "a b"},
		{"a\u2009\u202fb\u3000c", "a b c"},
		{"a  b   c", "a b c"},
		{"a\tb\t\tc", "a b c"},
		{"end   \nnext\t\n", "end\nnext\n"},
		{"   \n\u00a0\n\t", "\n\n"},
		{"  indented\u00a0 text", "  indented text"},
		{"\u00a0\u00a0• item", "  • item"},
		{"page\fbreak", "page break"},
		// keep
		{"one space only\n\nand blank lines\n\n\n", "one space only\n\nand blank lines\n\n\n"},
		{"  leading indentation", "  leading indentation"},
		{"\tleading tab", "\tleading tab"},
		{"Привет мир", "Привет мир"},
		{"", ""},
	})
}

func TestSplitGlued(t *testing.T) {
	testRule(t, "splitGlued", splitGlued, []ruleTest{
		{"PublishedFebruary 12, 2025", "Published February 12, 2025"},
		{"  • PublishedFebruary 12, 2025", "  • Published February 12, 2025"},
		{"CommentsNo comment", "Comments No comment"},
		{"UpdatedMarch 3", "Updated March 3"},
		{"Updated3 March 2025", "Updated 3 March 2025"},
		{"ByJohn Smith", "By John Smith"},
		{"Last updatedMarch 3", "Last updated March 3"},
		{"Read moreThe next story", "Read more The next story"},
		{"ShareFacebookTwitter", "Share FacebookTwitter"},
		{"ОпубликованоВчера", "Опубликовано Вчера"},
		{"Опубликовано12 марта", "Опубликовано 12 марта"},
		{"Photo: AP | SourceReuters", "Photo: AP | Source Reuters"},
		{"VeröffentlichtMontag", "Veröffentlicht Montag"},
		// keep
		{"Bygone days", "Bygone days"},
		{"StandBy Me", "StandBy Me"},
		{"iPhone McDonald YouTube PlayStation JavaScript OpenAI eBay WhatsApp", "iPhone McDonald YouTube PlayStation JavaScript OpenAI eBay WhatsApp"},
		{"SharePoint and SourceForge and PhotoShop", "SharePoint and SourceForge and PhotoShop"},
		{"UnpublishedDraft", "UnpublishedDraft"},
		{"PUBLISHED February", "PUBLISHED February"},
		{"src=\"/player/?cmsID=5&videoID=s6i9&tagID=3\" path/sourceId", "src=\"/player/?cmsID=5&videoID=s6i9&tagID=3\" path/sourceId"},
		{"published on Monday", "published on Monday"},
		{"iPhone16 and COVID19", "iPhone16 and COVID19"},
		{"", ""},
	})
}

func normalizeText(t *testing.T, text string) *pipeline.Article {
	t.Helper()
	a := &pipeline.Article{Text: text}
	if err := (Normalize{}).Apply(context.Background(), a, pipeline.NewLedger("normalize", a)); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestNormalizeTextKeepsLines(t *testing.T) {
	in := "Title\u00a0 here\r\n\r\n  • PublishedFebruary 12, 2025\r\nBody with cafÃ© and zero\u200bwidth.\t\r\n\r\n\r\nLast\u2009line"
	a := normalizeText(t, in)
	want := "Title here\n\n  • Published February 12, 2025\nBody with café and zerowidth.\n\n\nLast line"
	if a.Text != want {
		t.Errorf("Text = %q, want %q", a.Text, want)
	}
	var rules []string
	for _, c := range a.Log {
		rules = append(rules, c.Rule)
		if c.Action != pipeline.Changed || c.Stage != "normalize" || c.Reason == "" || c.Text == c.New {
			t.Errorf("bad change %+v", c)
		}
		if len(c.Text) > 400 || len(c.New) > 400 {
			t.Errorf("change %s logs too much text", c.Rule)
		}
	}
	if got := strings.Join(rules, ","); got != "line-endings,mojibake,invisible,spaces,glued-words" {
		t.Errorf("rules = %s", got)
	}
	if a.Log[0].Reason != `replaced 6 CRLF line endings with \n` {
		t.Errorf("line-endings reason = %q", a.Log[0].Reason)
	}
	if a.Log[3].Text != `Title\u00a0 here` || a.Log[3].New != "Title here" {
		t.Errorf("spaces excerpt = %q -> %q", a.Log[3].Text, a.Log[3].New)
	}
}

func TestNormalizeTextLineCount(t *testing.T) {
	for _, in := range []string{
		"a\n\n\nb\n",
		"\u00a0\n\u200b\n \t \n",
		"x\u00ad\ny\x00\nz",
		strings.Repeat("Ð¿Ñ€Ð¸Ð²ÐµÑ‚\n\n", 5),
	} {
		a := normalizeText(t, in)
		if got, want := strings.Count(a.Text, "\n"), strings.Count(in, "\n"); got != want {
			t.Errorf("%q: %d lines after, %d before", in, got, want)
		}
	}
}

func TestNormalizeCleanTextRecordsNothing(t *testing.T) {
	in := "A clean title\n\nA clean paragraph, with “quotes” — and café.\n"
	a := normalizeText(t, in)
	if a.Text != in || len(a.Log) != 0 {
		t.Errorf("clean text changed: %q, log %+v", a.Text, a.Log)
	}
}

func TestNormalizeBlocks(t *testing.T) {
	a := &pipeline.Article{Blocks: []*pipeline.Block{
		{Text: " Title\u00a0here ", Kind: pipeline.Heading, Path: "h1"},
		{Text: "cafÃ©  au\tlait", Path: "p[1]"},
		{Text: "code\u00a0\u00a0  kept", Kind: pipeline.Preformatted},
		{Text: "clean"},
	}}
	if err := (Normalize{}).Apply(context.Background(), a, pipeline.NewLedger("normalize", a)); err != nil {
		t.Fatal(err)
	}
	want := []string{"Title here", "café au lait", "code\u00a0\u00a0  kept", "clean"}
	for i, b := range a.Blocks {
		if b.Text != want[i] {
			t.Errorf("block %d = %q, want %q", i, b.Text, want[i])
		}
	}
	var rules []string
	for _, c := range a.Log {
		rules = append(rules, c.Rule+"@"+c.Path)
	}
	if got := strings.Join(rules, ","); got != "spaces@h1,mojibake@p[1],spaces@p[1]" {
		t.Errorf("changes = %s", got)
	}
}

// TestNormalizeSeeds checks that the seed articles keep their line count.
func TestNormalizeSeeds(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(paths) == 0 {
		t.Skip("no seeds")
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a := &pipeline.Article{Raw: raw}
		l := pipeline.NewLedger("x", a)
		if err := (Decode{}).Apply(context.Background(), a, l); err != nil {
			t.Fatal(err)
		}
		n := strings.Count(a.Text, "\n")
		if err := (Normalize{}).Apply(context.Background(), a, l); err != nil {
			t.Fatal(err)
		}
		if got := strings.Count(a.Text, "\n"); got != n {
			t.Errorf("%s: %d lines after normalize, %d before", p, got, n)
		}
	}
}

func BenchmarkNormalizeText(b *testing.B) {
	text := strings.Repeat(ruText+"\n\n"+enText+"\n"+frText+"\n\n", 100)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a := &pipeline.Article{Text: text}
		Normalize{}.Apply(context.Background(), a, pipeline.NewLedger("normalize", a))
	}
}

func BenchmarkNormalizeDirtyText(b *testing.B) {
	text := strings.Repeat("Title\u00a0 here\r\n  • PublishedFebruary 12, 2025\r\nBody with cafÃ© and zero\u200bwidth.\t\r\n", 500)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a := &pipeline.Article{Text: text}
		Normalize{}.Apply(context.Background(), a, pipeline.NewLedger("normalize", a))
	}
}

// FuzzNormalize checks what must hold for any text: the result is valid
// UTF-8, has the lines it had once line endings are fixed, and does not
// change when normalized again.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"Title\u00a0 here\r\n\r\n  • PublishedFebruary 12, 2025\r\nBody cafÃ© zero\u200bwidth.\t",
		"Ð¿Ñ€Ð¸Ð²ÐµÑ‚\n\nÃ¢â‚¬â„¢\u2028x",
		"â€¨ and Â\u0085 and ÂÂ",
		"a \u200b b\u00ad\nc\x00d",
		"e\u0301\u00a0\u0301",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			return // Decode guarantees valid UTF-8
		}
		a := normalizeText(t, in)
		if !utf8.ValidString(a.Text) {
			t.Fatalf("invalid UTF-8 from %q", in)
		}
		fixed, _ := fixLineEndings(in)
		if got, want := strings.Count(a.Text, "\n"), strings.Count(fixed, "\n"); got != want {
			t.Fatalf("%q: %d lines, want %d: %q", in, got, want, a.Text)
		}
		if again := normalizeText(t, a.Text); again.Text != a.Text {
			t.Fatalf("not idempotent: %q -> %q -> %q", in, a.Text, again.Text)
		}
	})
}
