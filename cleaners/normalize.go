package cleaners

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsclean/clean/pipeline"
)

// Normalize repairs and normalizes text, one named rule at a time, in this
// order:
//
//   - line-endings: CRLF, CR, U+2028, U+2029 and NEL become "\n";
//   - mojibake: UTF-8 read as windows-1252 or Latin-1 ("Ã©", "â€™") is
//     read again as UTF-8, sequence by sequence, where that is unambiguous;
//   - invisible: zero-width characters, soft hyphens, bidi marks and
//     control characters are dropped (tabs and "\n" are kept);
//   - nfc: text is put in Unicode normalization form C;
//   - spaces: no-break and other odd spaces and tabs inside a line become
//     one space, runs of spaces collapse, line ends are trimmed;
//   - glued-words: a label glued to the next word by extraction is split
//     ("PublishedFebruary 12" becomes "Published February 12").
//
// Before segmentation it works on a.Text and keeps its lines: the text has
// as many lines after as before (after line-endings), and blank lines stay.
// Each rule that changes something records one change for the text, with
// the first line it changed. Once there are blocks (HTML input) it rewrites
// each block instead, leaving the spacing of preformatted blocks alone.
type Normalize struct{}

// Name returns "normalize".
func (Normalize) Name() string { return "normalize" }

// normRule is one normalization: fix rewrites text and counts what it
// fixed, reason says it in words.
type normRule struct {
	name   string
	fix    func(s string) (string, counts)
	reason func(c counts) string
	// pre says whether the rule also applies to preformatted blocks.
	pre bool
}

// counts are the numbers a rule reports; their meaning is the rule's.
type counts [4]int

func (c counts) total() int { return c[0] + c[1] + c[2] + c[3] }

var normRules = []normRule{
	{"line-endings", fixLineEndings, func(c counts) string {
		return listCounts("replaced", c, "CRLF line ending", "CR line ending", "Unicode line or paragraph separator", "NEL character") + " with \\n"
	}, true},
	{"mojibake", repairMojibake, func(c counts) string {
		return "re-read " + plural(c[0], "sequence|sequences") + " of UTF-8 bytes mis-decoded as windows-1252 or Latin-1"
	}, true},
	{"invisible", dropInvisible, func(c counts) string {
		return listCounts("removed", c, "zero-width character", "soft hyphen", "control character", "bidirectional mark")
	}, true},
	{"nfc", toNFC, func(c counts) string {
		return "put " + plural(c[0], "line") + " in Unicode normalization form C"
	}, true},
	{"spaces", fixSpaces, func(c counts) string {
		return listCounts("fixed", c, "non-breaking or odd space", "tab", "run of spaces|runs of spaces", "line end with trailing spaces|line ends with trailing spaces")
	}, false},
	{"glued-words", splitGlued, func(c counts) string {
		return "split " + plural(c[0], "label") + " glued to the next word"
	}, false},
}

// plural says "1 tab" or "2 tabs"; name is "singular" or "singular|plural".
func plural(n int, name string) string {
	one, many, ok := strings.Cut(name, "|")
	if !ok {
		many = one + "s"
	}
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// listCounts says "verb 3 xs, 2 ys" for the non-zero counts.
func listCounts(verb string, c counts, names ...string) string {
	var parts []string
	for i, n := range c {
		if n > 0 && i < len(names) {
			parts = append(parts, plural(n, names[i]))
		}
	}
	return verb + " " + strings.Join(parts, ", ")
}

// Apply normalizes a.Text, or a's blocks once it has some.
func (Normalize) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	if len(a.Blocks) > 0 {
		for _, b := range a.Blocks {
			if b.Removed() {
				continue
			}
			for _, r := range normRules {
				if b.Kind == pipeline.Preformatted && !r.pre {
					continue
				}
				text, c := r.fix(b.Text)
				if r.name == "spaces" {
					text = strings.TrimLeft(text, " \t")
				}
				if text != b.Text {
					l.Rewrite(b, text, r.name, r.reason(c))
				}
			}
		}
		return nil
	}
	for _, r := range normRules {
		text, c := r.fix(a.Text)
		if c.total() == 0 || text == a.Text {
			continue
		}
		before, after := firstChangedLine(a.Text, text)
		l.RewriteText(showInvisible(excerpt(before, 120)), excerpt(after, 120), r.name, r.reason(c))
		a.Text = text
	}
	return nil
}

// firstChangedLine returns the first line of before that differs from the
// line at the same place in after, and that line of after.
func firstChangedLine(before, after string) (string, string) {
	for before != "" || after != "" {
		var b, a string
		b, before, _ = strings.Cut(before, "\n")
		a, after, _ = strings.Cut(after, "\n")
		if a != b {
			return b, a
		}
	}
	return "", ""
}

// showInvisible spells out characters that would not show in a log: tabs,
// carriage returns, odd spaces, zero-width and control characters.
func showInvisible(s string) string {
	if !strings.ContainsFunc(s, isInvisibleForLog) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case isInvisibleForLog(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isInvisibleForLog(r rune) bool {
	return r == '\t' || r == '\r' || r != ' ' && (unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r))
}

// fixLineEndings turns CRLF, CR, U+2028, U+2029 and NEL into "\n". A NEL
// right after a mojibake lead (Ä\u0085 is "ą" read as Latin-1) is left for
// the mojibake rule.
func fixLineEndings(s string) (string, counts) {
	if strings.IndexByte(s, '\r') < 0 && !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029") && !strings.Contains(s, "\u0085") {
		return s, counts{}
	}
	var c counts
	var b strings.Builder
	b.Grow(len(s))
	last := 0 // s[last:i] is still to be written
	prev := rune(0)
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		drop := 0 // bytes replaced by \n
		switch {
		case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
			c[0]++
			b.WriteString(s[last:i])
			last = i + 1 // the \n follows
		case r == '\r':
			c[1]++
			drop = size
		case r == '\u2028' || r == '\u2029':
			c[2]++
			drop = size
		case r == '\u0085' && !isMojibakeLead(prev):
			c[3]++
			drop = size
		}
		if drop > 0 {
			b.WriteString(s[last:i])
			b.WriteByte('\n')
			last = i + drop
		}
		prev = r
		i += size
	}
	b.WriteString(s[last:])
	return b.String(), c
}

// dropInvisible removes zero-width characters, soft hyphens, bidi marks and
// control characters other than "\n" and "\t". Zero-width joiners and
// non-joiners are kept after a letter of a script that needs them
// (Arabic, Persian, Indic scripts, emoji), that is after U+0590.
func dropInvisible(s string) (string, counts) {
	if !hasInvisible(s) {
		return s, counts{}
	}
	var c counts
	var b strings.Builder
	b.Grow(len(s))
	last := 0 // s[last:i] is still to be written
	prev := rune(0)
	for i, r := range s {
		if !isInvisible(r) {
			prev = r
			continue
		}
		switch {
		case (r == '\u200C' || r == '\u200D') && prev >= 0x590:
			continue // kept
		case r >= '\u200B' && r <= '\u200D' || r == '\u2060' || r == '\uFEFF':
			c[0]++
		case r == '\u00AD':
			c[1]++
		case r < 0x20 || r >= 0x7F && r <= 0x9F:
			c[2]++
		default:
			c[3]++
		}
		b.WriteString(s[last:i])
		last = i + utf8.RuneLen(r)
	}
	if c.total() == 0 {
		return s, c
	}
	b.WriteString(s[last:])
	return b.String(), c
}

// invisibleStart marks the bytes that may start a character hasInvisible
// looks for.
var invisibleStart = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c != '\n' && c != '\t'
	}
	for _, c := range []byte{0x7F, 0xC2, 0xD8, 0xE2, 0xEF} {
		t[c] = true
	}
	return t
}()

// hasInvisible reports whether s has a character isInvisible reports,
// looking at bytes only.
func hasInvisible(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !invisibleStart[c] {
			continue
		}
		switch {
		case c < 0x20:
			if c != '\n' && c != '\t' {
				return true
			}
		case c == 0x7F:
			return true
		case c == 0xC2: // C1 controls, soft hyphen
			if i+1 < len(s) && (s[i+1] <= 0x9F || s[i+1] == 0xAD) {
				return true
			}
		case c == 0xD8: // Arabic letter mark
			if i+1 < len(s) && s[i+1] == 0x9C {
				return true
			}
		case c == 0xE2: // zero-width, bidi marks, word joiner, isolates
			if i+2 < len(s) {
				d, e := s[i+1], s[i+2]
				if d == 0x80 && (e >= 0x8B && e <= 0x8F || e >= 0xAA && e <= 0xAE) || d == 0x81 && (e == 0xA0 || e >= 0xA6 && e <= 0xA9) {
					return true
				}
			}
		case c == 0xEF: // BOM
			if i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF {
				return true
			}
		}
	}
	return false
}

// isInvisible reports whether dropInvisible drops r (ignoring joiners'
// context).
func isInvisible(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\n' && r != '\t'
	case r < 0x7F:
		return false
	case r <= 0x9F:
		return true
	case r == '\u00AD':
		return true
	case r >= '\u200B' && r <= '\u200F', r == '\u2060', r == '\uFEFF':
		return true
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069', r == '\u061C':
		return true
	}
	return false
}

// toNFC puts s in Unicode normalization form C, counting the lines that
// changed.
func toNFC(s string) (string, counts) {
	if surelyNFC(s) || norm.NFC.IsNormalString(s) {
		return s, counts{}
	}
	out := norm.NFC.String(s)
	n := 0
	for rb, ra := s, out; rb != "" || ra != ""; {
		var b, a string
		b, rb, _ = strings.Cut(rb, "\n")
		a, ra, _ = strings.Cut(ra, "\n")
		if a != b {
			n++
		}
	}
	return out, counts{n}
}

// surelyNFC reports, looking at bytes only, whether s has nothing but
// characters that are in NFC whatever surrounds them: ASCII, Latin up to
// U+02FF, Greek and basic Cyrillic letters, most general punctuation and
// currency signs, and CJK ideographs. It is a fast path: false means "look".
func surelyNFC(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c <= 0xCB, c == 0xCF, c == 0xD0, c == 0xD1: // U+0080-U+02FF, Greek, Cyrillic
			i += 2
		case c == 0xCE && i+1 < len(s) && s[i+1] != 0x87: // Greek but U+0387
			i += 2
		case c == 0xE2 && i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] >= 0x82 || s[i+1] == 0x81 || s[i+1] == 0x82):
			i += 3 // U+2002-U+20BF
		case c >= 0xE4 && c <= 0xE9: // U+4000-U+9FFF
			i += 3
		default:
			return false
		}
	}
	return true
}

// isOddSpace reports whether r is a space other than ' ' and '\t' that
// should read as one: no-break, fixed-width and ideographic spaces, and
// form feeds and vertical tabs inside a line.
func isOddSpace(r rune) bool {
	switch {
	case r == '\u00A0', r == '\u1680', r >= '\u2000' && r <= '\u200A', r == '\u202F', r == '\u205F', r == '\u3000', r == '\f', r == '\v':
		return true
	}
	return false
}

// fixSpaces turns odd spaces and tabs inside a line into one space,
// collapses runs of spaces, and trims the end of each line; a line's
// leading indentation is kept (odd spaces in it become spaces) unless the
// line is blank.
func fixSpaces(s string) (string, counts) {
	var c counts
	if !needsSpaceFix(s) {
		return s, c
	}
	var b strings.Builder
	b.Grow(len(s))
	for rest := s; ; {
		line, more, found := strings.Cut(rest, "\n")
		lc := fixLineSpaces(&b, line)
		for j := range c {
			c[j] += lc[j]
		}
		if !found {
			break
		}
		b.WriteByte('\n')
		rest = more
	}
	if c.total() == 0 {
		return s, c
	}
	return b.String(), c
}

// spaceStart marks the bytes that may start a character needsSpaceFix
// looks for.
var spaceStart = func() (t [256]bool) {
	for _, c := range []byte{'\t', '\f', '\v', ' ', 0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = true
	}
	return t
}()

// needsSpaceFix reports, looking at bytes only, whether fixSpaces would
// look at s: it has a tab, a form feed, an odd space, two spaces in a row,
// or a space at the end of a line.
func needsSpaceFix(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !spaceStart[c] {
			continue
		}
		switch c {
		case '\t', '\f', '\v':
			return true
		case ' ':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' {
				return true
			}
		case 0xC2: // U+00A0
			if i+1 < len(s) && s[i+1] == 0xA0 {
				return true
			}
		case 0xE1: // U+1680
			if i+2 < len(s) && s[i+1] == 0x9A && s[i+2] == 0x80 {
				return true
			}
		case 0xE2: // U+2000-U+200A, U+202F, U+205F
			if i+2 < len(s) && (s[i+1] == 0x80 && (s[i+2] <= 0x8A || s[i+2] == 0xAF) || s[i+1] == 0x81 && s[i+2] == 0x9F) {
				return true
			}
		case 0xE3: // U+3000
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
				return true
			}
		}
	}
	return false
}

// fixLineSpaces is fixSpaces for one line, which it writes to b.
func fixLineSpaces(b *strings.Builder, line string) counts {
	var c counts
	if !needsSpaceFix(line) {
		b.WriteString(line)
		return c
	}
	// The indentation.
	start := 0
	for start < len(line) {
		r, size := utf8.DecodeRuneInString(line[start:])
		if r != ' ' && r != '\t' && !isOddSpace(r) {
			break
		}
		start += size
	}
	if start == len(line) {
		if line != "" {
			c[3]++
		}
		return c
	}
	for _, r := range line[:start] {
		if isOddSpace(r) {
			c[0]++
			r = ' '
		}
		b.WriteRune(r)
	}
	run := 0      // spaces pending
	last := start // line[last:i] is text still to be written
	for i, r := range line[start:] {
		i += start
		switch {
		case r == ' ':
		case r == '\t':
			c[1]++
		case isOddSpace(r):
			c[0]++
		default:
			if run > 0 {
				if run > 1 {
					c[2]++
				}
				b.WriteByte(' ')
				run = 0
				last = i
			}
			continue
		}
		if run == 0 {
			b.WriteString(line[last:i])
		}
		run++
	}
	if run > 0 {
		c[3]++
	} else {
		b.WriteString(line[last:])
	}
	return c
}

// isMojibakeLead reports whether r, read as a windows-1252 byte, could
// start a UTF-8 sequence (Â to ô).
func isMojibakeLead(r rune) bool { return r >= 0xC2 && r <= 0xF4 }

// contByte returns the windows-1252 (or Latin-1) byte that r was decoded
// from, if that byte is a UTF-8 continuation byte (0x80-0xBF).
func contByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xBF {
		return byte(r), true // Latin-1 controls and symbols
	}
	b, ok := cp1252Specials[r]
	return b, ok
}

// cp1252Specials maps the characters windows-1252 puts at 0x80-0x9F
// (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ) to their bytes.
var cp1252Specials = func() map[rune]byte {
	m := map[rune]byte{}
	for b := 0x80; b <= 0x9F; b++ {
		if r := cp1252[b]; r != rune(b) {
			m[r] = byte(b)
		}
	}
	return m
}()

// mojibakeSeq is a run of characters that re-reads as one UTF-8 character.
type mojibakeSeq struct {
	start, end int // byte offsets in the text
	r          rune
	lead       rune
}

// repairMojibake re-reads sequences like "Ã©" (é), "â€™" (’) and "Ð¿Ñ€"
// (пр): a lead character Â-ô followed by the characters of as many UTF-8
// continuation bytes as it announces, which decode to one valid character.
// Three- and four-byte sequences are always repaired, and so are two-byte
// ones led by Â, Ã, Ä or Å (Latin-1 and Latin Extended-A letters); other
// two-byte sequences (Greek, Cyrillic, Hebrew, ...) only where at least two
// of them are adjacent, as in a mis-decoded word, so that a real "É»" or
// "×" stays. Text mis-decoded twice is repaired twice.
func repairMojibake(s string) (string, counts) {
	var c counts
	for range 2 {
		out, n := repairMojibakeOnce(s)
		if n == 0 {
			break
		}
		c[0] += n
		s = out
	}
	return s, c
}

func repairMojibakeOnce(s string) (string, int) {
	if strings.IndexByte(s, 0xC3) < 0 { // every lead is U+00C2-U+00F4
		return s, 0
	}
	var seqs []mojibakeSeq
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], 0xC3)
		if k < 0 {
			break
		}
		i += k
		lead, size := utf8.DecodeRuneInString(s[i:])
		if !isMojibakeLead(lead) {
			i += size
			continue
		}
		need := 1
		if lead >= 0xE0 {
			need = 2
		}
		if lead >= 0xF0 {
			need = 3
		}
		var buf [4]byte
		buf[0] = byte(lead)
		j := i + size
		ok := true
		for k := 1; k <= need; k++ {
			if j >= len(s) {
				ok = false
				break
			}
			r, sz := utf8.DecodeRuneInString(s[j:])
			b, isCont := contByte(r)
			if !isCont {
				ok = false
				break
			}
			buf[k] = b
			j += sz
		}
		if ok {
			r, sz := utf8.DecodeRune(buf[:need+1])
			// C1 controls and line separators are no repair: they would
			// change the text's lines or vanish.
			if r != utf8.RuneError && sz == need+1 && !(r >= 0x80 && r <= 0x9F) && r != '\u2028' && r != '\u2029' {
				seqs = append(seqs, mojibakeSeq{start: i, end: j, r: r, lead: lead})
				i = j
				continue
			}
		}
		i += size
	}
	var b strings.Builder
	n, last := 0, 0
	for k, q := range seqs {
		adjacent := k > 0 && seqs[k-1].end == q.start || k+1 < len(seqs) && seqs[k+1].start == q.end
		if q.lead > 0xC5 && q.lead < 0xE0 && !adjacent {
			continue
		}
		if q.lead < 0xE0 && !adjacent && closesCapsWord(s, q) {
			continue
		}
		if n == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:q.start])
		b.WriteRune(q.r)
		last = q.end
		n++
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), n
}

// closesCapsWord reports whether q is an upper-case word's last letter and
// a closing quote or ellipsis rather than mojibake: "IRMÃ”", "AMANHÃ…".
func closesCapsWord(s string, q mojibakeSeq) bool {
	r, _ := utf8.DecodeRuneInString(s[q.start+utf8.RuneLen(q.lead):])
	if !strings.ContainsRune("’”“‘…»«„‚", r) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:q.start])
	after, _ := utf8.DecodeRuneInString(s[q.end:])
	return unicode.IsUpper(before) && !unicode.IsLetter(after)
}

// gluedLabels are words that introduce a byline, a date or a widget, per
// language, in lower case. Extraction often glues them to what follows
// ("PublishedFebruary 12, 2025", "CommentsNo comment", "ByJohn Smith").
var gluedLabels = strings.Split(strings.Join([]string{
	"published|updated|last updated|posted|comments|comment|share|tags|tag|source|photo|photos|by|read more|read also|advertisement|related|credit|filed under|written by|reporting by|editing by",
	"опубликовано|обновлено|комментарии|поделиться|источник|фото|теги|автор|реклама|читайте также|читать также|читать далее",
	"опубліковано|оновлено|коментарі|поділитися|джерело|теги|читайте також",
	"veröffentlicht|aktualisiert|kommentare|teilen|quelle|foto|fotos|schlagworte|anzeige|mehr lesen|von",
	"publié|publié le|mis à jour|commentaires|partager|photo|par|lire aussi|lire la suite",
	"publicado|actualizado|atualizado|comentarios|comentários|compartir|compartilhar|partilhar|fuente|fonte|foto|por|etiquetas|leer más|leia mais|leia também",
	"opublikowano|zaktualizowano|komentarze|udostępnij|źródło|zdjęcie|autor|tagi|czytaj także|czytaj więcej",
	"pubblicato|aggiornato|commenti|condividi|fonte|leggi anche",
	"gepubliceerd|bijgewerkt|reacties|delen|bron|door|lees ook",
}, "|"), "|")

// gluedByLast indexes gluedLabels by their last byte.
var gluedByLast = func() (t [256][]string) {
	for _, l := range gluedLabels {
		t[l[len(l)-1]] = append(t[l[len(l)-1]], l)
	}
	return t
}()

// gluedKeep are camel-case names that start with a label and must stay
// whole, in lower case.
var gluedKeep = map[string]bool{
	"sharepoint": true, "sharechat": true, "sharepoint's": true, "sourceforge": true,
	"sourcetree": true, "photoshop": true, "photokina": true, "tagheuer": true,
	"videolan": true, "imagemagick": true, "bytedance": true, "postgresql": true,
}

// splitGlued inserts a space where a label from gluedLabels, starting a
// word, is glued to the next word: an upper-case letter or a digit right
// after the label's last, lower-case letter ("UpdatedMarch 3",
// "Опубликовано12 марта"). Other camel-case words (iPhone, McDonald,
// YouTube, OpenAI, eBay) stay whole, as do names in gluedKeep.
func splitGlued(s string) (string, counts) {
	var c counts
	var b strings.Builder
	last := 0
	prevLower := false
	for i := 0; i < len(s); {
		ch := s[i]
		if ch < utf8.RuneSelf {
			if prevLower && ('A' <= ch && ch <= 'Z' || '0' <= ch && ch <= '9') && gluedAt(s, i) {
				if c[0] == 0 {
					b.Grow(len(s) + 8)
				}
				b.WriteString(s[last:i])
				b.WriteByte(' ')
				last = i
				c[0]++
			}
			prevLower = 'a' <= ch && ch <= 'z'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		upper, lower := caseOf(r)
		if prevLower && upper && gluedAt(s, i) {
			if c[0] == 0 {
				b.Grow(len(s) + 8)
			}
			b.WriteString(s[last:i])
			b.WriteByte(' ')
			last = i
			c[0]++
		}
		prevLower = lower
		i += size
	}
	if c[0] == 0 {
		return s, c
	}
	b.WriteString(s[last:])
	return b.String(), c
}

// caseOf reports whether r is an upper-case or a lower-case letter, quickly
// for Cyrillic.
func caseOf(r rune) (upper, lower bool) {
	switch {
	case r >= 0x400 && r <= 0x42F:
		return true, false
	case r >= 0x430 && r <= 0x45F:
		return false, true
	}
	return unicode.IsUpper(r), unicode.IsLower(r)
}

// gluedAt reports whether a label ends right before s[i], starting a word.
func gluedAt(s string, i int) bool {
	for _, label := range gluedByLast[s[i-1]] {
		n := len(label)
		if n > i || !strings.EqualFold(s[i-n:i], label) {
			continue
		}
		if isWordBefore(s, i-n) {
			continue // the label is the end of a longer word
		}
		if i-n > 0 && strings.IndexByte("/&=?._-#%+@\\", s[i-n-1]) >= 0 {
			continue // part of a URL, a path or an identifier
		}
		// Title case or lower case only: "Published", "published".
		first, size := utf8.DecodeRuneInString(s[i-n:])
		if !unicode.IsLetter(first) || strings.ContainsFunc(s[i-n+size:i], unicode.IsUpper) {
			continue
		}
		return !gluedKeep[strings.ToLower(s[i-n:wordEnd(s, i)])]
	}
	return false
}

// isWordBefore reports whether the character before s[i] is a letter or digit.
func isWordBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd returns the end of the run of letters and digits at s[i].
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' {
			break
		}
		i += size
	}
	return i
}
