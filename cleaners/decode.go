package cleaners

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/newsclean/clean/pipeline"
)

// Decode turns a.Raw into valid UTF-8 a.Text. STUB.
type Decode struct{}

// Name returns "decode".
func (Decode) Name() string { return "decode" }

// Apply decodes a.Raw.
func (Decode) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	if a.Text == "" {
		a.Text = strings.ToValidUTF8(string(a.Raw), string(utf8.RuneError))
	}
	return nil
}
