package cleaners

import (
	"context"

	"github.com/newsclean/clean/pipeline"
)

// Language detects the language. STUB.
type Language struct{}

// Name returns "language".
func (Language) Name() string { return "language" }

// Apply sets a.Meta.Lang.
func (Language) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error { return nil }
