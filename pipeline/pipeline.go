package pipeline

import (
	"context"
	"fmt"
)

// Stage is one step of cleaning. Apply may change a's text, blocks and
// metadata, but removes or rewrites blocks only through l, which records
// every change under the stage's name.
type Stage interface {
	// Name is the stage's stable, lower-case name, e.g. "dedupe".
	Name() string
	// Apply runs the stage on a.
	Apply(ctx context.Context, a *Article, l *Ledger) error
}

// Pipeline runs stages in order. It is itself a Stage, so pipelines nest.
type Pipeline struct {
	name   string
	stages []Stage
}

// New returns a pipeline named name that runs stages in order.
func New(name string, stages ...Stage) *Pipeline {
	return &Pipeline{name: name, stages: stages}
}

// Name returns the pipeline's name.
func (p *Pipeline) Name() string { return p.name }

// Stages returns the pipeline's stages in the order they run.
func (p *Pipeline) Stages() []Stage { return append([]Stage(nil), p.stages...) }

// Apply runs every stage on a, each with its own ledger, dropping the blocks
// a stage removed before the next stage starts. It stops at the first error
// or when ctx is done.
func (p *Pipeline) Apply(ctx context.Context, a *Article, _ *Ledger) error {
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Apply(ctx, a, &Ledger{stage: s.Name(), a: a}); err != nil {
			return fmt.Errorf("stage %s: %w", s.Name(), err)
		}
		a.compact()
	}
	return nil
}

// Run runs the pipeline on a and returns a.
func (p *Pipeline) Run(ctx context.Context, a *Article) (*Article, error) {
	if err := p.Apply(ctx, a, nil); err != nil {
		return a, err
	}
	return a, nil
}

// Func adapts a function to a Stage.
type Func struct {
	StageName string
	Fn        func(ctx context.Context, a *Article, l *Ledger) error
}

// Name returns the stage's name.
func (f Func) Name() string { return f.StageName }

// Apply calls the function.
func (f Func) Apply(ctx context.Context, a *Article, l *Ledger) error { return f.Fn(ctx, a, l) }
