package extract

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// charsetName matches the value of a charset= parameter.
var charsetName = regexp.MustCompile(`^\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// headScan is how many bytes of a page are searched for a declaration.
const headScan = 64 << 10

// Decode returns raw as valid UTF-8 and the name of the encoding it was
// decoded from. It trusts, in order: a byte-order mark, declared (an HTTP
// Content-Type charset or a name given by the caller), a <meta> declaration,
// then detection. A declared single-byte charset loses to UTF-8 when the
// bytes are valid UTF-8 and contain non-ASCII: saved pages often keep a
// declaration that no longer matches their bytes.
func Decode(raw []byte, declared string) (text, name string) {
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		return toValid(raw[3:]), "utf-8"
	case bytes.HasPrefix(raw, []byte("\xfe\xff")):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), raw[2:]), "utf-16be"
	case bytes.HasPrefix(raw, []byte("\xff\xfe")):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), raw[2:]), "utf-16le"
	}
	enc, name := lookup(declared)
	if enc == nil {
		enc, name = lookup(declaredInMeta(raw))
	}
	if enc != nil && name != "utf-8" && looksUTF8(raw) && !isUTF16(name) {
		// A page that is valid UTF-8 with non-ASCII bytes is UTF-8 whatever
		// it says: no real text in a legacy charset is valid UTF-8.
		enc, name = nil, ""
	}
	if enc == nil {
		enc, name = detect(raw)
	}
	if name == "utf-8" {
		return toValid(raw), name
	}
	return decodeWith(enc, raw), name
}

// lookup returns the encoding for a WHATWG label, or nil.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil, ""
	}
	if i := strings.Index(strings.ToLower(label), "charset="); i >= 0 {
		label = strings.Trim(label[i+len("charset="):], `"' ;`)
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, ""
	}
	return enc, name
}

func isUTF16(name string) bool { return strings.HasPrefix(name, "utf-16") }

// declaredInMeta returns the charset named by the first <meta> declaration
// in the page's head, or "".
func declaredInMeta(raw []byte) string {
	head := raw[:min(len(raw), headScan)]
	if i := bytes.Index(head, []byte("</head")); i >= 0 {
		head = head[:i]
	}
	// Look at <meta> tags only, for <meta charset> and for http-equiv's
	// content="text/html; charset=...".
	lower := bytes.ToLower(head)
	for {
		i := bytes.Index(lower, []byte("<meta"))
		if i < 0 {
			return ""
		}
		tag := lower[i:]
		if end := bytes.IndexByte(tag, '>'); end >= 0 {
			tag = tag[:end]
		}
		if j := bytes.Index(tag, []byte("charset")); j >= 0 {
			if m := charsetName.FindSubmatch(tag[j+len("charset"):]); m != nil {
				return string(m[1])
			}
		}
		lower = lower[i+len("<meta"):]
	}
}

// looksUTF8 reports whether raw is valid UTF-8 with at least one non-ASCII
// character.
func looksUTF8(raw []byte) bool {
	ascii := true
	for _, c := range raw {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	return !ascii && utf8.Valid(raw)
}

// detect guesses the encoding of an undeclared page: UTF-8 when valid,
// windows-1251 or KOI8-R when most letters are high bytes laid out as
// Cyrillic, and otherwise what golang.org/x/net/html/charset guesses.
func detect(raw []byte) (encoding.Encoding, string) {
	if utf8.Valid(raw) {
		return encoding.Nop, "utf-8"
	}
	if enc, name := cyrillic(raw); enc != nil {
		return enc, name
	}
	_, name, _ := charset.DetermineEncoding(raw, "")
	if name == "utf-8" {
		// DetermineEncoding looks at a prefix only; the whole is not UTF-8.
		return charmap.Windows1252, "windows-1252"
	}
	return lookup(name)
}

// cyrillic recognizes single-byte Cyrillic text. Russian prose is mostly
// lower case: windows-1251 puts lower-case letters at 0xE0-0xFF, KOI8-R at
// 0xC0-0xDF. Latin-1 text has far fewer high bytes than ASCII letters.
func cyrillic(raw []byte) (encoding.Encoding, string) {
	var ascii, high, c0, e0 int
	for _, c := range raw {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			ascii++
		case c >= 0xC0:
			high++
			if c >= 0xE0 {
				e0++
			} else {
				c0++
			}
		}
	}
	// Markup is ASCII; demand that high letters are a real share of letters.
	if high < 20 || high*4 < ascii/4 {
		return nil, ""
	}
	if e0 > c0 {
		return charmap.Windows1251, "windows-1251"
	}
	return charmap.KOI8R, "koi8-r"
}

func decodeWith(enc encoding.Encoding, raw []byte) string {
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return toValid(raw)
	}
	return toValid(out)
}

func toValid(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}
