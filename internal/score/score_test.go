package score

import (
	"math"
	"testing"

	_ "github.com/newsclean/clean/internal/golden" // accepts -update
)

func TestCompare(t *testing.T) {
	tests := []struct {
		name, truth, pred string
		precision, recall float64
	}{
		{"same", "one two three four five", "one two three four five", 1, 1},
		{"half", "a b c d e f g h", "a b c d e", 1, 2.0 / 5},
		{"extra", "a b c d", "a b c d. x y z w", 1.0 / 5, 1},
		{"case matters, punctuation does not", "Hello, world: a test.", "hello world a test", 0, 0},
		{"short texts are one shingle", "a b", "a b", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Summarize([]Case{Compare(tt.truth, tt.pred)})
			if math.Abs(s.Precision-tt.precision) > 1e-9 || math.Abs(s.Recall-tt.recall) > 1e-9 {
				t.Errorf("precision %.3f recall %.3f, want %.3f %.3f", s.Precision, s.Recall, tt.precision, tt.recall)
			}
		})
	}
}

func TestEmptyPredictionCountsForRecallOnly(t *testing.T) {
	s := Summarize([]Case{Compare("a b c d e", ""), Compare("a b c d e", "a b c d e")})
	if s.Precision != 1 || s.Recall != 0.5 || s.EmptyPredictions != 1 {
		t.Errorf("got %+v", s)
	}
}
