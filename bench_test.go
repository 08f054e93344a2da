package clean_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	clean "github.com/newsclean/clean"
)

// benchFiles cleans every file matching pattern once per iteration and
// reports MB/s of raw input.
func benchFiles(b *testing.B, pattern, format string) {
	paths, _ := filepath.Glob(pattern)
	if len(paths) == 0 {
		b.Skipf("no files match %s", pattern)
	}
	var inputs [][]byte
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, raw)
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		for _, raw := range inputs {
			if _, err := clean.Bytes(ctx, raw, clean.WithFormat(format)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(inputs)*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkPipelineSeeds measures the text pipeline on the bundled seeds.
func BenchmarkPipelineSeeds(b *testing.B) { benchFiles(b, "seeds/*.txt", "text") }

// BenchmarkPipelineEvalText measures the text pipeline on the 181
// full-page text dumps of the evaluation set (skipped when absent).
func BenchmarkPipelineEvalText(b *testing.B) {
	benchFiles(b, "../shared/eval/scrapinghub/text/*.txt", "text")
}

// BenchmarkPipelineEvalHTML measures extraction plus cleaning on the 181
// HTML pages of the evaluation set (skipped when absent).
func BenchmarkPipelineEvalHTML(b *testing.B) {
	benchFiles(b, "../shared/eval/scrapinghub/html/*.html", "html")
}
