package cleaners

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/newsclean/clean/internal/golden"
	"github.com/newsclean/clean/pipeline"
)

var _ = golden.Update

// encode returns s in enc, failing the test if it cannot be encoded.
func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func runDecode(raw []byte, charset string) (*pipeline.Article, error) {
	a := &pipeline.Article{Raw: raw, Charset: charset}
	err := Decode{}.Apply(context.Background(), a, pipeline.NewLedger("decode", a))
	return a, err
}

const (
	ruText = "Президент России Владимир Путин провёл телефонный разговор с американским коллегой.\nСтороны обсудили ситуацию на Украине и договорились о прекращении ударов по энергетике."
	frText = "Le président a déclaré mercredi que les négociations reprendraient « très bientôt », a-t-il précisé à la presse.\nÉlysée, février"
	deText = "Die Bundesregierung hält an ihren Plänen fest, sagte der Sprecher am Dienstag in Berlin; für Änderungen gebe es „keinen Grund“."
	plText = "Prezydent powiedział w środę, że rozmowy zostaną wznowione już wkrótce. Źródło: Polska Agencja Prasowa, żółć gęślą jaźń."
	enText = "Trump said the call was “productive” — and that he’d speak to Zelensky next. It’s a start."
)

func TestDecodeDetectsLegacyCharsets(t *testing.T) {
	tests := []struct {
		name, text, charset string
		enc                 encoding.Encoding
	}{
		{"russian windows-1251", ruText, "windows-1251", charmap.Windows1251},
		{"russian koi8-r", ruText, "koi8-r", charmap.KOI8R},
		{"short russian windows-1251", "Привет, мир! Как дела?", "windows-1251", charmap.Windows1251},
		{"short russian koi8-r", "Привет, мир! Как дела?", "koi8-r", charmap.KOI8R},
		{"ukrainian windows-1251", "Міністр заявив у вівторок, що переговори продовжаться наступного тижня. Її їжа є ґанок.", "windows-1251", charmap.Windows1251},
		{"russian and english windows-1251", "Компания Apple представила новый iPhone 16 Pro на презентации в Купертино.", "windows-1251", charmap.Windows1251},
		{"french windows-1252", frText, "windows-1252", charmap.Windows1252},
		{"german windows-1252", deText, "windows-1252", charmap.Windows1252},
		{"english smart quotes windows-1252", enText, "windows-1252", charmap.Windows1252},
		{"polish windows-1250", plText, "windows-1250", charmap.Windows1250},
		{"polish iso-8859-2", plText, "iso-8859-2", charmap.ISO8859_2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := runDecode(encode(t, tt.enc, tt.text), "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.text {
				t.Errorf("Text = %q, want %q", a.Text, tt.text)
			}
			if a.Charset != tt.charset {
				t.Errorf("Charset = %q, want %q", a.Charset, tt.charset)
			}
			if len(a.Log) != 1 || a.Log[0].Rule != "charset" || !strings.Contains(a.Log[0].Reason, tt.charset) {
				t.Errorf("Log = %+v, want one charset change naming %s", a.Log, tt.charset)
			}
		})
	}
}

func TestDetectCharset(t *testing.T) {
	tests := []struct {
		raw  []byte
		want string
	}{
		{[]byte("plain"), "utf-8"},
		{[]byte(ruText), "utf-8"},
		{[]byte("\xef\xbb\xbfx"), "utf-8"},
		{[]byte("\xff\xfex\x00"), "utf-16le"},
		{encode(t, charmap.Windows1251, ruText), "windows-1251"},
		{encode(t, charmap.KOI8R, ruText), "koi8-r"},
		{encode(t, charmap.Windows1252, frText), "windows-1252"},
		{encode(t, charmap.Windows1250, plText), "windows-1250"},
	}
	for _, tt := range tests {
		if got := DetectCharset(tt.raw); got != tt.want {
			t.Errorf("DetectCharset(%.20q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestDecodeUTF8(t *testing.T) {
	tests := []struct {
		name    string
		raw     string
		charset string
		want    string
		log     []string // rules recorded
	}{
		{"ascii", "Hello\nworld\n", "", "Hello\nworld\n", nil},
		{"utf-8 as is", ruText, "", ruText, nil},
		{"utf-8 bom", "\xef\xbb\xbfHello", "", "Hello", []string{"bom"}},
		{"bom wins over declared", "\xef\xbb\xbfПривет", "windows-1251", "Привет", []string{"bom"}},
		{"stray windows-1252 quote", "Trump\x92s call – “productive”, он сказал", "", "Trump’s call – “productive”, он сказал", []string{"charset"}},
		{"declared utf-8", "café", "UTF-8", "café", nil},
		{"declared utf8 with bad byte", "caf\xe9 au lait, très bon", "utf8", "café au lait, très bon", []string{"charset"}},
		{"empty", "", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := runDecode([]byte(tt.raw), tt.charset)
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.want {
				t.Errorf("Text = %q, want %q", a.Text, tt.want)
			}
			if !utf8.ValidString(a.Text) {
				t.Errorf("Text is not valid UTF-8")
			}
			if tt.raw != "" && a.Charset != "utf-8" {
				t.Errorf("Charset = %q, want utf-8", a.Charset)
			}
			var rules []string
			for _, c := range a.Log {
				rules = append(rules, c.Rule)
			}
			if strings.Join(rules, ",") != strings.Join(tt.log, ",") {
				t.Errorf("rules = %q, want %q (%+v)", rules, tt.log, a.Log)
			}
		})
	}
}

func TestDecodeUTF16(t *testing.T) {
	text := "Заголовок\nBody text, “quoted”.\n"
	le := xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	be := xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
	ascii := "Plain English text in UTF-16.\nSecond line.\n"
	tests := []struct {
		name, charset string
		raw           []byte
		want          string
	}{
		{"le bom", "utf-16le", append([]byte{0xff, 0xfe}, encode(t, le, text)...), text},
		{"be bom", "utf-16be", append([]byte{0xfe, 0xff}, encode(t, be, text)...), text},
		{"le no bom", "utf-16le", encode(t, le, ascii), ascii},
		{"be no bom", "utf-16be", encode(t, be, ascii), ascii},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := runDecode(tt.raw, "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.want || a.Charset != tt.charset {
				t.Errorf("got %q as %q, want %q as %q", a.Text, a.Charset, tt.want, tt.charset)
			}
		})
	}
}

func TestDecodeDeclaredCharset(t *testing.T) {
	tests := []struct {
		label, want, charset string
		raw                  []byte
	}{
		{"windows-1251", "Привет", "windows-1251", []byte{0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2}},
		{"CP1251", "Привет", "windows-1251", []byte{0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2}},
		{"KOI8-R", "Привет", "koi8-r", []byte{0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4}},
		{"latin1", "café", "windows-1252", []byte("caf\xe9")},
		{"ISO-8859-15", "5 €", "iso-8859-15", []byte("5 \xa4")},
		{"shift_jis", "日本", "shift_jis", []byte{0x93, 0xfa, 0x96, 0x7b}},
	}
	for _, tt := range tests {
		a, err := runDecode(tt.raw, tt.label)
		if err != nil {
			t.Errorf("%s: %v", tt.label, err)
			continue
		}
		if a.Text != tt.want || a.Charset != tt.charset {
			t.Errorf("%s: got %q as %q, want %q as %q", tt.label, a.Text, a.Charset, tt.want, tt.charset)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, charset, want string
		raw                 []byte
		binary              bool
	}{
		{"unknown charset", "klingon-8", `unknown charset "klingon-8"`, []byte("hello"), false},
		{"zero byte", "", "binary data, not text", []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00"), true},
		{"png", "", "binary data", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), true},
		{"control characters", "", "control characters", []byte("\x01\x02\x03\x04\x05abc\x06\x07\x08"), true},
	}
	for _, tt := range tests {
		_, err := runDecode(tt.raw, tt.charset)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
			continue
		}
		if errors.Is(err, ErrBinary) != tt.binary {
			t.Errorf("%s: errors.Is(err, ErrBinary) = %v, want %v", tt.name, !tt.binary, tt.binary)
		}
	}
}

func TestDecodeKeepsExtractedText(t *testing.T) {
	a := &pipeline.Article{Raw: []byte("\xff\xfe<html>"), Text: "already extracted", Charset: "windows-1251"}
	if err := (Decode{}).Apply(context.Background(), a, pipeline.NewLedger("decode", a)); err != nil {
		t.Fatal(err)
	}
	if a.Text != "already extracted" || a.Charset != "windows-1251" || len(a.Log) != 0 {
		t.Errorf("Decode changed an article with text: %+v", a)
	}
}

func TestDecodeLogExcerpt(t *testing.T) {
	raw := append([]byte("Plain first line\n"), encode(t, charmap.Windows1251, ruText)...)
	a, err := runDecode(raw, "")
	if err != nil {
		t.Fatal(err)
	}
	c := a.Log[0]
	if !strings.HasPrefix(c.Text, `"\xcf\xf0`) || !strings.HasPrefix(c.New, "Президент России") || len(c.New) > 200 {
		t.Errorf("excerpt %q -> %q, want the first non-ASCII line, short", c.Text, c.New)
	}
}

func BenchmarkDecodeUTF8(b *testing.B) {
	raw := []byte(strings.Repeat(ruText+"\n"+enText+"\n", 200))
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		runDecode(raw, "")
	}
}

func BenchmarkDecodeGuess(b *testing.B) {
	raw, _ := charmap.Windows1251.NewEncoder().Bytes([]byte(strings.Repeat(ruText+"\n", 200)))
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		runDecode(raw, "")
	}
}

// FuzzDecode checks that any input decodes to valid UTF-8 or is refused.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("\xef\xbb\xbfHello"), "")
	f.Add([]byte("\xff\xfeH\x00i\x00"), "")
	f.Add([]byte("caf\xe9 \xcf\xf0\xe8"), "")
	f.Add([]byte("\xf0\xd2\xc9\xd7\xc5\xd4"), "koi8-r")
	f.Add([]byte("a\xc3"), "utf-8")
	f.Fuzz(func(t *testing.T, raw []byte, charset string) {
		a, err := runDecode(raw, charset)
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) {
			t.Fatalf("invalid UTF-8 from %q (%s): %q", raw, charset, a.Text)
		}
		if len(raw) > 0 && a.Charset == "" {
			t.Fatalf("no charset recorded for %q", raw)
		}
	})
}
