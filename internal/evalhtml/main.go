// Command evalhtml measures HTML extraction on the evaluation pages: it
// cleans every page of -data/html, writes each predicted body to a
// temporary folder, runs the scorer on it and prints the scorer's summary.
//
// Two pipelines are measured: "extract" (the extraction stage and
// normalization only, to measure extraction alone) and "full" (the
// default HTML pipeline of clean.Bytes).
//
//	go run ./internal/evalhtml [-data ../shared/eval/scrapinghub] [-mode both|extract|full] [-keep DIR] [-verbose]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsclean/clean"
	"github.com/newsclean/clean/cleaners"
	"github.com/newsclean/clean/extract"
	"github.com/newsclean/clean/pipeline"
	"github.com/newsclean/clean/render"
)

func main() {
	data := flag.String("data", "../shared/eval/scrapinghub", "evaluation folder with html/ and truth/")
	mode := flag.String("mode", "both", "pipeline to measure: extract, full or both")
	keep := flag.String("keep", "", "write predictions under this folder (one subfolder per mode) and keep them")
	verbose := flag.Bool("verbose", false, "pass --verbose to the scorer")
	page := flag.String("page", "", "instead of scoring, print the removal log and body of this page id")
	flag.Parse()
	if *page != "" {
		if err := show(*data, *mode, *page); err != nil {
			fmt.Fprintln(os.Stderr, "evalhtml:", err)
			os.Exit(1)
		}
		return
	}
	modes := []string{*mode}
	if *mode == "both" {
		modes = []string{"extract", "full"}
	}
	for _, m := range modes {
		line, err := run(*data, m, *keep, *verbose)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalhtml:", err)
			os.Exit(1)
		}
		fmt.Printf("%-8s %s\n", m, line)
	}
}

// run cleans every page with the pipeline named mode, scores the bodies and
// returns the scorer's last line followed by the speed.
func run(data, mode, keep string, verbose bool) (string, error) {
	pages, err := filepath.Glob(filepath.Join(data, "html", "*.html"))
	if err != nil || len(pages) == 0 {
		return "", fmt.Errorf("no pages in %s/html: %v", data, err)
	}
	out := filepath.Join(keep, mode)
	if keep == "" {
		if out, err = os.MkdirTemp("", "evalhtml-"); err != nil {
			return "", fmt.Errorf("temp dir: %w", err)
		}
		defer os.RemoveAll(out)
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		return "", fmt.Errorf("make %s: %w", out, err)
	}
	ctx := context.Background()
	var elapsed time.Duration
	var size int
	for _, p := range pages {
		raw, err := os.ReadFile(p)
		if err != nil {
			return "", fmt.Errorf("read %s: %w", p, err)
		}
		size += len(raw)
		start := time.Now()
		a, err := clean1(ctx, mode, p, raw)
		elapsed += time.Since(start)
		if err != nil {
			return "", err
		}
		id := strings.TrimSuffix(filepath.Base(p), ".html")
		if err := os.WriteFile(filepath.Join(out, id+".txt"), []byte(render.BodyText(a)), 0o644); err != nil {
			return "", fmt.Errorf("write prediction: %w", err)
		}
	}
	args := []string{filepath.Join(data, "..", "score.py"), "--truth", filepath.Join(data, "truth"), "--pred", out}
	if verbose {
		args = append(args, "--verbose")
	}
	cmd := exec.Command("python3", args...)
	cmd.Stderr = os.Stderr
	res, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("score: %w", err)
	}
	lines := strings.Split(strings.TrimSpace(string(res)), "\n")
	if verbose {
		fmt.Println(strings.Join(lines[:len(lines)-1], "\n"))
	}
	speed := fmt.Sprintf("  (%.0f pages/s, %.1f MB/s)", float64(len(pages))/elapsed.Seconds(), float64(size)/1e6/elapsed.Seconds())
	return lines[len(lines)-1] + speed, nil
}

// show prints the removal log and the body of one page.
func show(data, mode, id string) error {
	if mode == "both" {
		mode = "extract"
	}
	p := filepath.Join(data, "html", id+".html")
	raw, err := os.ReadFile(p)
	if err != nil {
		return fmt.Errorf("read page: %w", err)
	}
	a, err := clean1(context.Background(), mode, p, raw)
	if err != nil {
		return err
	}
	fmt.Print(render.Log(a))
	fmt.Println("----")
	for _, b := range a.Blocks {
		fmt.Printf("[%s %s] %s\n", b.Kind, b.Path, b.Text)
	}
	return nil
}

func clean1(ctx context.Context, mode, path string, raw []byte) (*pipeline.Article, error) {
	if mode == "full" {
		return clean.Bytes(ctx, raw, clean.WithSource(path), clean.WithFormat("html"))
	}
	p := pipeline.New("extract-only", extract.Stage{}, cleaners.Normalize{})
	a := &pipeline.Article{Source: path, Raw: raw, Format: "html"}
	if _, err := p.Run(ctx, a); err != nil {
		return nil, fmt.Errorf("extract %s: %w", path, err)
	}
	return a, nil
}
