package cleaners

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/newsclean/clean/pipeline"
)

// Decode turns a.Raw into a.Text, valid UTF-8 without a byte order mark.
//
// A byte order mark decides first (UTF-8, UTF-16 LE or BE); then a declared
// a.Charset (a flag, an HTTP header); then the bytes themselves: valid UTF-8
// stays as it is, UTF-16 without a mark is recognised by its zero bytes,
// UTF-8 with a few stray bytes has them read as windows-1252, and anything
// else is decoded with the most plausible of windows-1252, windows-1251,
// KOI8-R, windows-1250 and ISO-8859-2. Input with zero bytes or mostly
// control characters is refused as binary. a.Charset is set to the
// encoding used, and every conversion is recorded with rule "charset".
// Decode does nothing when a.Text is already set, e.g. by an HTML extractor.
type Decode struct{}

// Name returns "decode".
func (Decode) Name() string { return "decode" }

// ErrBinary is returned (wrapped) for input that is not text.
var ErrBinary = errors.New("binary data, not text")

// Apply decodes a.Raw into a.Text.
func (Decode) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	if a.Text != "" {
		return nil
	}
	raw := a.Raw
	// A byte order mark overrides any declaration.
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		reason := "removed the UTF-8 byte order mark"
		if a.Charset != "" && !isUTF8Name(a.Charset) {
			reason += ", which overrides the declared charset " + a.Charset
		}
		l.RemoveText("\ufeff", "", "bom", reason)
		return decodeUTF8(a, l, raw[3:], "utf-8")
	case bytes.HasPrefix(raw, []byte("\xff\xfe")):
		return decodeWith(a, l, raw[2:], utf16le, "utf-16le", "UTF-16 LE byte order mark")
	case bytes.HasPrefix(raw, []byte("\xfe\xff")):
		return decodeWith(a, l, raw[2:], utf16be, "utf-16be", "UTF-16 BE byte order mark")
	}
	if a.Charset != "" {
		enc, name, err := lookupCharset(a.Charset)
		if err != nil {
			return err
		}
		if name == "utf-8" {
			return decodeUTF8(a, l, raw, "utf-8")
		}
		return decodeWith(a, l, raw, enc, name, "declared charset "+a.Charset)
	}
	if le, ok := utf16WithoutBOM(raw); ok {
		if le {
			return decodeWith(a, l, raw, utf16le, "utf-16le", "zero bytes in every other position")
		}
		return decodeWith(a, l, raw, utf16be, "utf-16be", "zero bytes in every other position")
	}
	if err := checkText(raw); err != nil {
		return err
	}
	if utf8.Valid(raw) {
		a.Text = string(raw)
		a.Charset = "utf-8"
		return nil
	}
	if mostlyUTF8(raw) {
		return decodeUTF8(a, l, raw, "utf-8")
	}
	c := guessCharset(raw)
	return decodeWith(a, l, raw, c.enc, c.name, "invalid UTF-8; "+c.name+" reads as the most plausible text")
}

// DetectCharset returns the name of raw's most likely encoding, as Decode
// would choose it without a declaration: "utf-8" (also for a UTF-8 byte
// order mark or a few stray bytes), "utf-16le", "utf-16be", or one of
// windows-1252, windows-1251, koi8-r, windows-1250 and iso-8859-2. Other
// decoders (an HTML extractor) can use it when a page declares nothing.
func DetectCharset(raw []byte) string {
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		return "utf-8"
	case bytes.HasPrefix(raw, []byte("\xff\xfe")):
		return "utf-16le"
	case bytes.HasPrefix(raw, []byte("\xfe\xff")):
		return "utf-16be"
	}
	if le, ok := utf16WithoutBOM(raw); ok {
		if le {
			return "utf-16le"
		}
		return "utf-16be"
	}
	if utf8.Valid(raw) || mostlyUTF8(raw) {
		return "utf-8"
	}
	return guessCharset(raw).name
}

var (
	utf16le = xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	utf16be = xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
)

// isUTF8Name reports whether a charset label means UTF-8.
func isUTF8Name(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	return n == "utf-8" || n == "utf8" || n == "unicode-1-1-utf-8"
}

// lookupCharset finds an encoding by any of its WHATWG or IANA names and
// returns it with its canonical lower-case name.
func lookupCharset(label string) (encoding.Encoding, string, error) {
	if isUTF8Name(label) {
		return encoding.Nop, "utf-8", nil
	}
	if enc, err := htmlindex.Get(label); err == nil {
		name, err := htmlindex.Name(enc)
		if err != nil {
			name = strings.ToLower(label)
		}
		return enc, name, nil
	}
	enc, err := ianaindex.IANA.Encoding(label)
	if err != nil || enc == nil {
		return nil, "", fmt.Errorf("unknown charset %q", label)
	}
	name, err := ianaindex.IANA.Name(enc)
	if err != nil {
		name = label
	}
	return enc, strings.ToLower(name), nil
}

// decodeWith decodes raw with enc into a.Text, records why, and refuses
// a result that is binary.
func decodeWith(a *pipeline.Article, l *pipeline.Ledger, raw []byte, enc encoding.Encoding, name, why string) error {
	out, _, err := transform.Bytes(enc.NewDecoder(), raw)
	if err != nil {
		return fmt.Errorf("decode as %s: %w", name, err)
	}
	if err := checkText(out); err != nil {
		return fmt.Errorf("decoded as %s: %w", name, err)
	}
	text := strings.ToValidUTF8(string(out), "\uFFFD")
	a.Text = text
	a.Charset = name
	before, after := decodeExcerpt(raw, text)
	l.RewriteText(before, after, "charset", fmt.Sprintf("decoded as %s (%s)", name, why))
	return nil
}

// decodeUTF8 sets a.Text from UTF-8 raw; stray bytes that are not UTF-8
// are read as windows-1252, the usual culprit in a page pasted together.
func decodeUTF8(a *pipeline.Article, l *pipeline.Ledger, raw []byte, name string) error {
	if err := checkText(raw); err != nil {
		return err
	}
	a.Charset = "utf-8"
	if utf8.Valid(raw) {
		a.Text = string(raw)
		return nil
	}
	var b strings.Builder
	b.Grow(len(raw) + 16)
	n := 0
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(cp1252[raw[i]])
			n++
			i++
			continue
		}
		b.Write(raw[i : i+size])
		i += size
	}
	a.Text = b.String()
	before, after := decodeExcerpt(raw, a.Text)
	l.RewriteText(before, after, "charset", fmt.Sprintf("decoded as %s, reading %d invalid bytes as windows-1252", name, n))
	return nil
}

// cp1252 maps each byte to its windows-1252 character, with the five
// undefined bytes read as the C1 controls of ISO-8859-1.
var cp1252 = func() (t [256]rune) {
	for i := range t {
		t[i] = charmap.Windows1252.DecodeByte(byte(i))
		if t[i] == utf8.RuneError {
			t[i] = rune(i)
		}
	}
	return t
}()

// decodeExcerpt returns the first line of raw that is not plain ASCII, as a
// quoted string that shows its bytes, and the same line decoded.
func decodeExcerpt(raw []byte, text string) (before, after string) {
	line := 0
	rawLine := raw
	for i, s := 0, raw; len(s) > 0; i++ {
		cur, rest, _ := bytes.Cut(s, []byte("\n"))
		if bytes.ContainsFunc(cur, func(r rune) bool { return r >= utf8.RuneSelf || r == utf8.RuneError }) {
			line, rawLine = i, cur
			break
		}
		s = rest
	}
	lines := strings.SplitN(text, "\n", line+2)
	decoded := ""
	if line < len(lines) {
		decoded = lines[line]
	}
	return fmt.Sprintf("%q", rawLine[:min(len(rawLine), 60)]), excerpt(decoded, 80)
}

// excerpt returns s cut to at most n runes, marking a cut with "…".
func excerpt(s string, n int) string {
	s = strings.TrimSpace(s)
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}

// checkText returns ErrBinary when b has zero bytes or is mostly control
// characters (other than tabs, line and page breaks).
func checkText(b []byte) error {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("%w: zero byte at offset %d", ErrBinary, i)
	}
	sample := b[:min(len(b), 8192)]
	ctl := 0
	for _, c := range sample {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7f {
			ctl++
		}
	}
	if len(sample) > 0 && ctl*10 > len(sample) {
		return fmt.Errorf("%w: %d of the first %d bytes are control characters", ErrBinary, ctl, len(sample))
	}
	return nil
}

// utf16WithoutBOM reports whether raw looks like UTF-16 without a byte order
// mark: mostly text in the first 256 code points, so every other byte is
// zero; le tells the byte order.
func utf16WithoutBOM(raw []byte) (le, ok bool) {
	sample := raw[:min(len(raw), 4096)]
	if len(sample) < 4 || len(raw)%2 != 0 {
		return false, false
	}
	even, odd := 0, 0
	for i := 0; i+1 < len(sample); i += 2 {
		if sample[i] == 0 {
			even++
		}
		if sample[i+1] == 0 {
			odd++
		}
	}
	pairs := len(sample) / 2
	switch {
	case odd*10 >= pairs*4 && even*50 <= pairs:
		return true, true
	case even*10 >= pairs*4 && odd*50 <= pairs:
		return false, true
	}
	return false, false
}

// mostlyUTF8 reports whether raw is UTF-8 spoilt by a few stray bytes: it
// has more valid multi-byte sequences than invalid bytes.
func mostlyUTF8(raw []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid > invalid
}

// legacyCharsets are the single-byte encodings guessed for text that is not
// UTF-8, in order of preference when they read equally well.
var legacyCharsets = []legacyCharset{
	newLegacyCharset("windows-1252", charmap.Windows1252),
	newLegacyCharset("windows-1251", charmap.Windows1251),
	newLegacyCharset("koi8-r", charmap.KOI8R),
	newLegacyCharset("windows-1250", charmap.Windows1250),
	newLegacyCharset("iso-8859-2", charmap.ISO8859_2),
}

// legacyCharset is a single-byte encoding with the class of each byte's
// character, so that guessing never decodes.
type legacyCharset struct {
	name  string
	enc   *charmap.Charmap
	class [256]byteClass
}

// byteClass is what a byte's character is, as far as plausibility cares.
type byteClass uint8

const (
	classSpace    byteClass = iota // ASCII other than letters: ends a word
	classLower                     // lower-case letter
	classUpper                     // upper-case (or caseless) letter
	classSymbol                    // non-ASCII punctuation or symbol
	classBad                       // undefined or a control character
	flagLatin     byteClass = 8    // non-ASCII Latin letter
	flagCyrillic  byteClass = 16   // Cyrillic letter
	flagASCII     byteClass = 32   // ASCII letter
	classKindMask byteClass = 7
)

func newLegacyCharset(name string, cm *charmap.Charmap) legacyCharset {
	c := legacyCharset{name: name, enc: cm}
	for i := range c.class {
		r := cm.DecodeByte(byte(i))
		var k byteClass
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z'):
			k = classLower | flagASCII
		case r < utf8.RuneSelf && ('A' <= r && r <= 'Z'):
			k = classUpper | flagASCII
		case r < utf8.RuneSelf:
			k = classSpace
		case r == utf8.RuneError || r < 0xA0:
			k = classBad
		case unicode.IsLetter(r):
			k = classUpper
			if unicode.IsLower(r) {
				k = classLower
			}
			if r >= 0x400 && r <= 0x4FF {
				k |= flagCyrillic
			} else {
				k |= flagLatin
			}
		default:
			k = classSymbol
		}
		c.class[i] = k
	}
	return c
}

// guessCharset returns the legacy encoding under which (a sample of) raw
// reads as the most plausible text.
func guessCharset(raw []byte) legacyCharset {
	sample := raw[:min(len(raw), 1<<16)]
	best, bestScore := 0, 0
	for i := range legacyCharsets {
		s := legacyCharsets[i].plausibility(sample)
		if i == 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	return legacyCharsets[best]
}

// plausibility scores how much sample, decoded with c, looks like text, by
// what it costs: undefined and control characters, symbols inside words,
// case flips inside words (пРИВЕТ, the mark of KOI8-R read as windows-1251
// and back), words mixing Latin and Cyrillic, and Latin words made mostly of
// accented letters (the mark of Cyrillic read as windows-1252). The best
// score is 0.
func (c *legacyCharset) plausibility(sample []byte) int {
	score := 0
	var ascii, latin, cyr, letters int
	lowerSeen := false
	prev := classSpace
	for i, b := range sample {
		k := c.class[b]
		switch k & classKindMask {
		case classLower, classUpper:
			letters++
			switch {
			case k&flagASCII != 0:
				ascii++
			case k&flagCyrillic != 0:
				cyr++
			default:
				latin++
			}
			if k&classKindMask == classUpper && lowerSeen && k&flagASCII == 0 {
				score -= 2
			}
			if k&classKindMask == classLower {
				lowerSeen = true
			}
			prev = k
			continue
		case classBad:
			score -= 3
		case classSymbol:
			// A symbol between two letters breaks a word that should not be.
			if p := prev & classKindMask; (p == classLower || p == classUpper) && i+1 < len(sample) {
				if n := c.class[sample[i+1]] & classKindMask; n == classLower || n == classUpper {
					score -= 3
				}
			}
		}
		// The word, if any, ends here.
		if cyr > 0 && ascii+latin > 0 {
			score -= 2 * letters
		}
		if letters >= 4 && latin*2 > letters {
			score -= latin
		}
		ascii, latin, cyr, letters, lowerSeen = 0, 0, 0, 0, false
		prev = k
	}
	return score
}
