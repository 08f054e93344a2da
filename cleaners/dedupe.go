package cleaners

import (
	"context"

	"github.com/newsclean/clean/pipeline"
)

// Dedupe STUB.
type Dedupe struct{}

// Name returns "dedupe".
func (Dedupe) Name() string { return "dedupe" }

// Apply removes duplicates.
func (Dedupe) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error { return nil }
