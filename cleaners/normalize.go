package cleaners

import (
	"context"
	"strings"

	"github.com/newsclean/clean/pipeline"
)

// Normalize normalizes text. STUB.
type Normalize struct{}

// Name returns "normalize".
func (Normalize) Name() string { return "normalize" }

// Apply normalizes a.Text.
func (Normalize) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	a.Text = strings.ReplaceAll(a.Text, "\r\n", "\n")
	return nil
}
