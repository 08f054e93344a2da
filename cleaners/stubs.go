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

// Normalize normalizes text. STUB.
type Normalize struct{}

// Name returns "normalize".
func (Normalize) Name() string { return "normalize" }

// Apply normalizes a.Text.
func (Normalize) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	a.Text = strings.ReplaceAll(a.Text, "\r\n", "\n")
	return nil
}

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

// Language detects the language. STUB.
type Language struct{}

// Name returns "language".
func (Language) Name() string { return "language" }

// Apply sets a.Meta.Lang.
func (Language) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error { return nil }

// Metadata STUB.
type Metadata struct{}

// Name returns "metadata".
func (Metadata) Name() string { return "metadata" }

// Apply finds metadata.
func (Metadata) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error { return nil }

// Boilerplate STUB.
type Boilerplate struct{}

// Name returns "boilerplate".
func (Boilerplate) Name() string { return "boilerplate" }

// Apply removes boilerplate.
func (Boilerplate) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	return nil
}

// Dedupe STUB.
type Dedupe struct{}

// Name returns "dedupe".
func (Dedupe) Name() string { return "dedupe" }

// Apply removes duplicates.
func (Dedupe) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error { return nil }
