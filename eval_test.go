package clean_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	clean "github.com/newsclean/clean"
	"github.com/newsclean/clean/internal/score"
	"github.com/newsclean/clean/render"
)

// evalDir is the public evaluation set, beside the project; tests that
// need it skip when it is absent.
const evalDir = "../shared/eval/scrapinghub"

// evaluate cleans every page of evalDir/<kind> and scores the bodies
// against the ground truth with the benchmark's metric.
func evaluate(t *testing.T, kind, ext string) score.Summary {
	t.Helper()
	pages, _ := filepath.Glob(filepath.Join(evalDir, kind, "*"+ext))
	if len(pages) == 0 {
		t.Skipf("evaluation set not found under %s", evalDir)
	}
	var cases []score.Case
	for _, page := range pages {
		id := strings.TrimSuffix(filepath.Base(page), ext)
		raw, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		truthJSON, err := os.ReadFile(filepath.Join(evalDir, "truth", id+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var truth struct{ Body string }
		if err := json.Unmarshal(truthJSON, &truth); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		a, err := clean.Bytes(context.Background(), raw, clean.WithFormat(kind), clean.WithSource(page))
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, score.Compare(truth.Body, render.BodyText(a)))
	}
	s := score.Summarize(cases)
	t.Logf("%s: F1 %.3f precision %.3f recall %.3f accuracy %.3f cases %d empty-preds %d",
		kind, s.F1, s.Precision, s.Recall, s.Accuracy, s.Cases, s.EmptyPredictions)
	return s
}

// TestEvalText guards the body F1 of cleaning the 181 full-page text dumps
// (no cleaning scores 0.672; the target is 0.88).
func TestEvalText(t *testing.T) {
	if s := evaluate(t, "text", ".txt"); s.F1 < 0.88 {
		t.Errorf("text F1 %.3f fell below 0.88", s.F1)
	}
}

// TestEvalHTML guards the body F1 of extracting and cleaning the 181 HTML
// pages (the target is 0.96).
func TestEvalHTML(t *testing.T) {
	if s := evaluate(t, "html", ".html"); s.F1 < 0.96 {
		t.Errorf("HTML F1 %.3f fell below 0.96", s.F1)
	}
}
