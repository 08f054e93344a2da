package cleaners

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/newsclean/clean/lang"
	"github.com/newsclean/clean/pipeline"
)

// Language sets a.Meta.Lang. A language already set (a flag, the HTML lang
// attribute) is kept in its canonical BCP 47 form ("EN-us" becomes
// "en-US"). An invalid tag is an error when the caller gave it; when a
// stage found it in the page (it has a provenance), it is dropped with a
// record and the language detected instead. Otherwise the language is
// detected from the body with lang.Detect and recorded as a metadata
// change with field "lang"; when detection is unsure, Lang stays empty.
type Language struct{}

// Name returns "language".
func (Language) Name() string { return "language" }

// detectSample is how much body text detection reads at most.
const detectSample = 2 << 10

// sampleParagraph is the length from which a block counts as a paragraph
// when sampling text for detection.
const sampleParagraph = 120

// Apply sets a.Meta.Lang.
func (Language) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	if a.Meta.Lang != "" {
		tag, err := language.Parse(a.Meta.Lang)
		if err == nil {
			a.Meta.Lang = tag.String()
			return nil
		}
		src := a.Meta.Provenance["lang"]
		if src == "" {
			// Given by the caller: a mistake to report, not to guess around.
			return fmt.Errorf("language %q: %w", a.Meta.Lang, err)
		}
		// Found in the page: ignore it and detect.
		l.SetMeta("lang", "", "invalid-tag", fmt.Sprintf("ignored the invalid language tag %q from %s", a.Meta.Lang, src))
		a.Meta.Lang = ""
		delete(a.Meta.Provenance, "lang")
	}
	// Sample the paragraphs first: on a whole page the first lines are
	// menus, whose words say little about the language.
	var b strings.Builder
	b.Grow(min(len(a.Text)+len(a.Blocks), detectSample+512))
	for _, long := range []bool{true, false} {
		for _, blk := range a.Blocks {
			if b.Len() >= detectSample {
				break
			}
			if (len(blk.Text) >= sampleParagraph) != long {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(blk.Text)
		}
	}
	text := b.String()
	if text == "" {
		text = a.Text[:min(len(a.Text), detectSample)]
	}
	g := lang.DetectGuess(text)
	if g.Code == "" {
		return nil
	}
	a.Meta.Lang = g.Code
	a.Meta.SetSource("lang", "detected")
	reason := fmt.Sprintf("%s script", g.Script)
	if g.Hits > 0 {
		reason += fmt.Sprintf("; %d of %d sampled words are %s stopwords", g.Hits, g.Words, g.Code)
	}
	l.SetMeta("lang", g.Code, "detect", reason)
	return nil
}
