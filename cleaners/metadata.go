package cleaners

import (
	"context"

	"github.com/newsclean/clean/pipeline"
)

// Metadata STUB.
type Metadata struct{}

// Name returns "metadata".
func (Metadata) Name() string { return "metadata" }

// Apply finds metadata.
func (Metadata) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error { return nil }
