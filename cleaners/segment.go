package cleaners

import (
	"context"
	"strings"

	"github.com/newsclean/clean/pipeline"
)

// Segment splits text into blocks. STUB.
type Segment struct{}

// Name returns "segment".
func (Segment) Name() string { return "segment" }

// Apply splits a.Text into one block per non-blank line.
func (Segment) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	for i, line := range strings.Split(a.Text, "\n") {
		if t := strings.TrimSpace(line); t != "" {
			a.Blocks = append(a.Blocks, &pipeline.Block{Text: t, Line: i + 1, Lines: 1})
		}
	}
	return nil
}
