package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/newsclean/clean/batch"
	"github.com/newsclean/clean/render"
	"golang.org/x/term"
)

const usage = `usage: clean [flags] [PATH|URL ...]

Clean raw news articles (text or HTML). A PATH is a file or a folder, walked
recursively; with no PATH, clean reads standard input. Results go to standard
output in input order, or with -o one file per input under a folder.

Flags:
`

func main() {
	if os.Getenv("GOGC") == "" {
		// Articles are small and the workers few, so memory stays low
		// either way; collecting less often leaves the cores to the
		// workers. GOGC, when set, still decides.
		debug.SetGCPercent(batch.GCPercent)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run runs the command with args and returns its exit status: 0 when all
// went well, 1 when -l or -d found outputs that differ from the stored
// ones, 2 when an input failed or the command could not start.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("clean", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	var opt batch.Options
	fs.StringVar(&opt.Format, "format", "text", "output `format`: "+strings.Join(render.Formats, ", "))
	fs.StringVar(&opt.Lang, "lang", "", "article language as an ISO 639-1 `code` (default: detect)")
	fs.StringVar(&opt.Charset, "charset", "", "input character encoding `name`, e.g. windows-1251 (default: detect)")
	fs.StringVar(&opt.Input, "input", "auto", "input `format`: text, html, or auto to detect from the content")
	fs.StringVar(&opt.OutDir, "o", "", "write one output per input under `DIR`, mirroring the input paths")
	fs.IntVar(&opt.Workers, "j", runtime.NumCPU(), "clean `N` inputs at once")
	fs.BoolVar(&opt.Diff, "d", false, "print diffs: raw input to output, or with -o stored output to fresh output (writes nothing)")
	fs.BoolVar(&opt.List, "l", false, "with -o, list inputs whose fresh output differs from the stored one (writes nothing)")
	fs.BoolVar(&opt.Explain, "explain", false, "print each input's removal log (with -o, besides writing)")
	urls := fs.String("urls", "", "also fetch and clean the URLs listed in `FILE`, one a line")
	cache := fs.String("cache", "", "keep fetched pages in `DIR` and reuse them instead of fetching again")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	inputs := fs.Args()
	if *urls != "" {
		list, err := readURLs(*urls)
		if err != nil {
			fmt.Fprintf(stderr, "clean: %v\n", err)
			return 2
		}
		inputs = append(inputs, list...)
	}
	if opt.List && opt.OutDir == "" {
		fmt.Fprintln(stderr, "clean: -l needs -o DIR, the folder of stored outputs to compare with")
		return 2
	}
	if opt.Explain && opt.OutDir != "" && (opt.List || opt.Diff) {
		fmt.Fprintln(stderr, "clean: -explain cannot be combined with -l or -d and -o")
		return 2
	}
	if opt.OutDir != "" && len(inputs) == 0 {
		fmt.Fprintln(stderr, "clean: -o needs inputs named as arguments, not standard input")
		return 2
	}
	opt.Stdin, opt.Stdout, opt.Stderr = stdin, stdout, stderr
	opt.Progress = isTerminal(stderr)
	if slices.ContainsFunc(inputs, batch.IsURL) {
		f, err := newFetcher(*cache)
		if err != nil {
			fmt.Fprintf(stderr, "clean: %v\n", err)
			return 2
		}
		opt.Fetch = f
	}

	sum, err := batch.Run(ctx, inputs, opt)
	if err != nil {
		fmt.Fprintf(stderr, "clean: %v\n", err)
		return 2
	}
	if opt.OutDir != "" {
		fmt.Fprintf(stderr, "clean: %s\n", sum)
	}
	switch {
	case sum.Failed > 0 || ctx.Err() != nil:
		return 2
	case sum.Differ > 0:
		return 1
	}
	return 0
}

// readURLs returns the URLs listed in the file at path, one a line;
// blank lines and lines starting with # are skipped.
func readURLs(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read URL list: %w", err)
	}
	defer f.Close()
	var urls []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !batch.IsURL(line) {
			return nil, fmt.Errorf("%s:%d: not an http or https URL: %q", path, n, line)
		}
		urls = append(urls, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read URL list %s: %w", path, err)
	}
	return urls, nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
