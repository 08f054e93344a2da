// Command evaltext cleans every page of a folder of text dumps and writes
// each body to an output folder, for scoring against a ground truth.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	clean "github.com/newsclean/clean"
	"github.com/newsclean/clean/render"
)

func main() {
	in := flag.String("in", "../shared/eval/scrapinghub/text", "folder of inputs")
	out := flag.String("out", "", "folder for predicted bodies")
	format := flag.String("input", "text", "input format")
	flag.Parse()
	files, _ := filepath.Glob(filepath.Join(*in, "*"))
	os.MkdirAll(*out, 0o755)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		a, err := clean.Bytes(context.Background(), raw, clean.WithSource(f), clean.WithFormat(*format))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f)) + ".txt"
		os.WriteFile(filepath.Join(*out, name), []byte(render.BodyText(a)), 0o644)
	}
}
