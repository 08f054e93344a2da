package pipeline_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	_ "github.com/newsclean/clean/internal/golden" // accepts -update
	"github.com/newsclean/clean/pipeline"
)

// stage returns a stage named name that runs fn.
func stage(name string, fn func(a *pipeline.Article, l *pipeline.Ledger) error) pipeline.Stage {
	return pipeline.Func{StageName: name, Fn: func(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error { return fn(a, l) }}
}

func article(texts ...string) *pipeline.Article {
	a := &pipeline.Article{Source: "test"}
	for i, t := range texts {
		a.Blocks = append(a.Blocks, &pipeline.Block{Text: t, Line: i + 1, Lines: 1})
	}
	return a
}

func TestLedgerRecordsUnderTheStageName(t *testing.T) {
	a := article("keep", "drop", "title", "fix  me")
	p := pipeline.New("test",
		stage("first", func(a *pipeline.Article, l *pipeline.Ledger) error {
			l.Remove(a.Blocks[1], "rule-a", "because")
			l.Remove(a.Blocks[1], "rule-a", "twice is recorded once")
			l.Move(a.Blocks[2], "title", "title", "the title")
			return nil
		}),
		stage("second", func(a *pipeline.Article, l *pipeline.Ledger) error {
			if len(a.Blocks) != 2 {
				t.Errorf("the second stage sees %d blocks, want the 2 left", len(a.Blocks))
			}
			l.Rewrite(a.Blocks[1], "fix me", "spaces", "collapsed")
			l.Rewrite(a.Blocks[0], "keep", "noop", "unchanged text is not recorded")
			return nil
		}),
	)
	if _, err := p.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.Body(), "|"); got != "keep|fix me" {
		t.Errorf("body %q, want %q", got, "keep|fix me")
	}
	want := []pipeline.Change{
		{Stage: "first", Rule: "rule-a", Reason: "because", Action: pipeline.Removed, Text: "drop", Line: 2, Lines: 1},
		{Stage: "first", Rule: "title", Reason: "the title", Action: pipeline.Moved, Text: "title", Field: "title", Line: 3, Lines: 1},
		{Stage: "second", Rule: "spaces", Reason: "collapsed", Action: pipeline.Changed, Text: "fix  me", New: "fix me", Line: 4, Lines: 1},
	}
	if len(a.Log) != len(want) {
		t.Fatalf("log has %d entries, want %d: %+v", len(a.Log), len(want), a.Log)
	}
	for i := range want {
		if a.Log[i] != want[i] {
			t.Errorf("log[%d] = %+v, want %+v", i, a.Log[i], want[i])
		}
	}
}

func TestErrorsNameTheStage(t *testing.T) {
	boom := errors.New("boom")
	p := pipeline.New("test", stage("broken", func(*pipeline.Article, *pipeline.Ledger) error { return boom }))
	_, err := p.Run(context.Background(), article("x"))
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "stage broken") {
		t.Errorf("error %v, want it to wrap boom and name the stage", err)
	}
}

func TestCancelledContextStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ran := false
	p := pipeline.New("test", stage("s", func(*pipeline.Article, *pipeline.Ledger) error { ran = true; return nil }))
	if _, err := p.Run(ctx, article("x")); !errors.Is(err, context.Canceled) || ran {
		t.Errorf("err %v, ran %v: want context.Canceled before any stage", err, ran)
	}
}

func TestPipelinesNest(t *testing.T) {
	inner := pipeline.New("inner", stage("drop-first", func(a *pipeline.Article, l *pipeline.Ledger) error {
		l.Remove(a.Blocks[0], "r", "first")
		return nil
	}))
	outer := pipeline.New("outer", inner, stage("count", func(a *pipeline.Article, _ *pipeline.Ledger) error {
		if len(a.Blocks) != 1 {
			t.Errorf("after the inner pipeline %d blocks, want 1", len(a.Blocks))
		}
		return nil
	}))
	a := article("a", "b")
	if _, err := outer.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if a.Log[0].Stage != "drop-first" {
		t.Errorf("nested stage recorded as %q", a.Log[0].Stage)
	}
}

func TestNotes(t *testing.T) {
	type key struct{}
	a := article()
	if a.Note(key{}) != nil {
		t.Error("a fresh article has a note")
	}
	a.SetNote(key{}, 42)
	if a.Note(key{}) != 42 {
		t.Error("note not kept")
	}
}
