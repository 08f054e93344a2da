package cleaners

import (
	"context"

	"github.com/newsclean/clean/pipeline"
)

// Boilerplate STUB.
type Boilerplate struct{}

// Name returns "boilerplate".
func (Boilerplate) Name() string { return "boilerplate" }

// Apply removes boilerplate.
func (Boilerplate) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	return nil
}
