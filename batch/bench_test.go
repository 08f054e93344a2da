package batch

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/newsclean/clean/internal/testtree"
)

// benchInputs returns the folder of the evaluation's text dumps when it is
// there, or else a folder of generated articles, and its size in bytes.
func benchInputs(b *testing.B) (string, int64) {
	dir := filepath.Join("..", "..", "shared", "eval", "scrapinghub", "text")
	if _, err := os.Stat(dir); err != nil {
		dir = b.TempDir()
		files := map[string]string{}
		for i := range 100 {
			var sb strings.Builder
			sb.WriteString("Home | News | Sport | Contact\n\nA generated headline\n\n")
			for p := range 30 {
				fmt.Fprintf(&sb, "Paragraph %d of article %d, with a sentence or two of ordinary words in it.\n\n", p, i)
			}
			sb.WriteString("Share this article\n\n© 2024 Example News. All rights reserved.\n")
			files[fmt.Sprintf("%03d.txt", i)] = sb.String()
		}
		testtree.Write(b, dir, files)
	}
	var size int64
	for src := range Sources([]string{dir}) {
		if info, err := os.Stat(src.Path); err == nil {
			size += info.Size()
		}
	}
	return dir, size
}

// BenchmarkRun cleans a folder to a scratch output folder with one and two
// workers; compare the MB/s of the two to see how the batch scales.
func BenchmarkRun(b *testing.B) {
	dir, size := benchInputs(b)
	// Measure the runner as the command runs it.
	defer debug.SetGCPercent(debug.SetGCPercent(GCPercent))
	for _, j := range []int{1, 2} {
		b.Run(fmt.Sprintf("j%d", j), func(b *testing.B) {
			out := b.TempDir()
			b.SetBytes(size)
			for b.Loop() {
				sum, err := Run(context.Background(), []string{dir}, Options{Workers: j, OutDir: out, Stdout: io.Discard, Stderr: io.Discard})
				if err != nil || sum.Failed > 0 {
					b.Fatalf("%+v, %v", sum, err)
				}
			}
		})
	}
}
