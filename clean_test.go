package clean_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/rogpeppe/go-internal/txtar"

	clean "github.com/newsclean/clean"
	"github.com/newsclean/clean/internal/golden"
	"github.com/newsclean/clean/render"
)

// seeds returns the paths of the raw seed articles.
func seeds(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds in seeds/: %v", err)
	}
	return paths
}

// TestGolden cleans every seed and compares the article, its metadata and
// its removal log with fixtures/<seed>.txtar (go test ./... -update
// rewrites them).
func TestGolden(t *testing.T) {
	for _, path := range seeds(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := clean.Bytes(context.Background(), raw, clean.WithSource(path))
			if err != nil {
				t.Fatal(err)
			}
			meta, err := json.MarshalIndent(a.Meta, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Archive(t, filepath.Join("fixtures", name+".txtar"),
				"Expected cleaning of seeds/"+filepath.Base(path)+".\nRewrite with: go test ./... -update\n",
				[]txtar.File{
					{Name: "article.txt", Data: []byte(render.Text(a))},
					{Name: "meta.json", Data: append(meta, '\n')},
					{Name: "removed.txt", Data: []byte(render.Log(a))},
				})
		})
	}
}

// TestIdempotent cleans each seed's cleaned text again: nothing changes.
func TestIdempotent(t *testing.T) {
	for _, path := range seeds(t) {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		once, err := clean.Bytes(context.Background(), raw)
		if err != nil {
			t.Fatal(err)
		}
		first := render.Text(once)
		twice, err := clean.String(first)
		if err != nil {
			t.Fatal(err)
		}
		if second := render.Text(twice); second != first {
			t.Errorf("%s: cleaning the cleaned article changed it:\nfirst:\n%s\nsecond:\n%s\nlog:\n%s", path, first, second, render.Log(twice))
		}
	}
}

// TestInputUnmodified checks that cleaning never writes into its input.
func TestInputUnmodified(t *testing.T) {
	for _, path := range seeds(t) {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		keep := bytes.Clone(raw)
		if _, err := clean.Bytes(context.Background(), raw); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(raw, keep) {
			t.Errorf("%s: input bytes modified", path)
		}
	}
}

// FuzzClean runs the whole pipeline on arbitrary input: it must not panic,
// must emit valid UTF-8, and never more letters and digits than it read.
func FuzzClean(f *testing.F) {
	for _, path := range seeds(f) {
		raw, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte("<html><body><article><p>Hello, world. Subscribe!</p></article></body></html>"))
	f.Add([]byte("\xff\xfeH\x00i\x00"))
	f.Add([]byte("Ã©tÃ© â€™ \u00ad\u200b x"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := clean.Bytes(context.Background(), raw)
		if err != nil {
			return // rejected input is fine; a panic is not
		}
		for _, format := range render.Formats {
			var buf bytes.Buffer
			if err := render.Write(&buf, a, format); err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(buf.Bytes()) {
				t.Fatalf("%s output is not valid UTF-8: %q", format, buf.Bytes())
			}
		}
		if in, out := letters(a.Text), letters(render.Text(a)); out > in && a.Format == "text" {
			t.Fatalf("more letters out (%d) than in (%d)", out, in)
		}
	})
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
