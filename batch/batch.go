// Package batch cleans many inputs — files, folders, URLs or standard
// input — with a fixed number of workers, and prints, writes, compares or
// explains the results in input order. It is the engine of the clean
// command; cmd/clean only parses flags.
//
// Memory stays bounded by the number of workers: the list of inputs is
// streamed, at most a few inputs per worker are in flight, and outputs
// written to a folder are not kept.
package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/newsclean/clean"
	"github.com/newsclean/clean/cleaners"
	"github.com/newsclean/clean/extract"
	"github.com/newsclean/clean/pipeline"
	"github.com/newsclean/clean/render"
	"github.com/rogpeppe/go-internal/diff"
	"github.com/schollz/progressbar/v3"
)

// Fetched is a page fetched from a URL.
type Fetched struct {
	// Body is the page as received.
	Body []byte
	// Charset is the encoding the server declared, if any.
	Charset string
	// URL is the page's final URL, after redirects.
	URL string
	// Err says why the page could not be fetched; nil on success.
	Err error
}

// FetchFunc fetches all the URL inputs of a run in one call, so that it
// can be polite to each host (robots.txt, delays, limits across URLs). It
// calls fn once per URL, in the order of urls, one call at a time.
type FetchFunc func(ctx context.Context, urls []string, fn func(Fetched))

// Options configures Run. The zero value prints text to Stdout.
type Options struct {
	// Workers is how many inputs are cleaned at once; 0 means runtime.NumCPU().
	Workers int
	// Format is the output format, one of render.Formats; "" means "text".
	Format string
	// Input is the input format, "text" or "html"; "" or "auto" detects it.
	Input string
	// Lang and Charset, when set, are passed to the cleaner instead of
	// being detected.
	Lang, Charset string
	// OutDir, when set, receives one output per input, at the input's
	// Source.Rel plus render.Extension(Format).
	OutDir string
	// List (with OutDir) prints the inputs whose fresh output differs from
	// the one stored in OutDir, writing nothing.
	List bool
	// Diff prints, with OutDir, a diff from the stored output to the fresh
	// one, writing nothing; without OutDir, a diff from the decoded input to
	// its output, each hunk labelled with the rules that removed its lines.
	Diff bool
	// Explain prints each input's removal log, headed by its name: instead
	// of the output without OutDir, beside the writing with it.
	Explain bool
	// Progress shows a progress bar on Stderr while writing or comparing
	// with OutDir.
	Progress bool
	// Fetch fetches URL inputs; when nil they fail.
	Fetch FetchFunc
	// Stdin is read when there are no inputs; Stdout and Stderr receive
	// results and problems. Nil means the process's own.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// Summary counts what a run did.
type Summary struct {
	// Files is the number of inputs, Cleaned how many were cleaned, Failed
	// how many could not be, Differ how many outputs differ from the stored
	// ones (with List or Diff and OutDir).
	Files, Cleaned, Failed, Differ int
	// In and Out are the bytes read from the cleaned inputs and the bytes
	// of their outputs.
	In, Out int64
	// Elapsed is the run's duration.
	Elapsed time.Duration
	// Compared says that outputs were compared, not written.
	Compared bool
}

// String returns the summary on one line, for example
// "181 files, 180 cleaned, 1 failed, 1.2 MB removed (61%), 0.84s".
func (s Summary) String() string {
	removed := s.In - s.Out
	pct := 0.0
	if s.In > 0 {
		pct = 100 * float64(removed) / float64(s.In)
	}
	if math.Abs(pct) < 0.5 {
		pct = 0 // not "-0%"
	}
	differ := ""
	if s.Compared {
		differ = fmt.Sprintf("%d differ, ", s.Differ)
	}
	return fmt.Sprintf("%d files, %d cleaned, %d failed, %s%s removed (%.0f%%), %.2fs",
		s.Files, s.Cleaned, s.Failed, differ, Size(removed), pct, s.Elapsed.Seconds())
}

// Size formats n bytes with decimal units: "512 B", "3.4 kB", "1.2 MB".
func Size(n int64) string {
	sign := ""
	if n < 0 {
		sign, n = "-", -n
	}
	if n < 1000 {
		return fmt.Sprintf("%s%d B", sign, n)
	}
	f := float64(n)
	for _, unit := range []string{"kB", "MB", "GB"} {
		f /= 1000
		if f < 1000 || unit == "GB" {
			return fmt.Sprintf("%s%.1f %s", sign, f, unit)
		}
	}
	panic("unreachable")
}

// ErrBinary is the problem of an input that holds NUL bytes without a
// UTF-16 or UTF-32 byte order mark: a binary file, not an article.
var ErrBinary = errors.New("binary file, not an article")

// inFlight is how many inputs per worker may be under way or waiting for
// an earlier one to be printed: enough that one slow page does not leave
// the other workers idle, few enough that memory stays bounded by the
// number of workers.
const inFlight = 8

// GCPercent is the garbage collector's target percentage the clean command
// runs with (see runtime/debug.SetGCPercent): cleaning allocates much and
// keeps little, so a sparser collector speeds a batch up by a third while
// memory stays bounded by the number of workers.
const GCPercent = 400

// ErrEmpty is the problem of an input with nothing in it.
var ErrEmpty = errors.New("empty input")

// ErrNotArticle is the problem of an input in which cleaning left no body
// text: a home page, a gallery, a page of links, an empty file.
var ErrNotArticle = errors.New("not an article: no body text left after cleaning")

// checkText returns ErrBinary when raw holds a NUL byte and does not start
// with a UTF-16 or UTF-32 byte order mark (text in those encodings has NULs).
func checkText(raw []byte) error {
	if bytes.IndexByte(raw, 0) < 0 {
		return nil
	}
	for _, bom := range [][]byte{{0xFF, 0xFE}, {0xFE, 0xFF}, {0, 0, 0xFE, 0xFF}} {
		if bytes.HasPrefix(raw, bom) {
			return nil
		}
	}
	return ErrBinary
}

// result is what a worker made of one input.
type result struct {
	src      Source
	page     Fetched // the fetched page of a URL input
	stdout   []byte  // what to print, in input order
	err      error
	cleaned  bool
	differs  bool
	in, out  int64
	sequence int
}

// runner holds one run's settings.
type runner struct {
	opt   Options
	guard *guard // nil without OutDir
	ext   string
}

// compare reports whether outputs are compared with stored ones.
func (r *runner) compare() bool { return r.opt.OutDir != "" && (r.opt.List || r.opt.Diff) }

// Run cleans the inputs named by args (see Sources) and returns what it
// did. Problems with single inputs are printed on Stderr as
// "clean: NAME: problem" and counted in the summary without stopping the
// run; the error is for problems that stop it before it starts, such as an
// output folder that overlaps an input folder.
func Run(ctx context.Context, args []string, opt Options) (Summary, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.Format == "" {
		opt.Format = "text"
	}
	if opt.Input == "auto" {
		opt.Input = ""
	}
	if opt.Stdin == nil {
		opt.Stdin = os.Stdin
	}
	if opt.Stdout == nil {
		opt.Stdout = os.Stdout
	}
	if opt.Stderr == nil {
		opt.Stderr = os.Stderr
	}
	if err := render.Write(io.Discard, &pipeline.Article{}, opt.Format); err != nil {
		return Summary{}, err
	}
	switch opt.Input {
	case "", "text", "html":
	default:
		return Summary{}, fmt.Errorf("unknown input format %q (want text, html or auto)", opt.Input)
	}
	if opt.List && opt.OutDir == "" {
		return Summary{}, errors.New("listing differences needs an output folder to compare with")
	}
	if opt.Explain && opt.OutDir != "" && (opt.List || opt.Diff) {
		return Summary{}, errors.New("explaining cannot be combined with comparing")
	}
	r := &runner{opt: opt, ext: render.Extension(opt.Format)}
	if opt.OutDir != "" {
		if len(args) == 0 {
			return Summary{}, errors.New("an output folder needs inputs named as arguments, not standard input")
		}
		g, err := newGuard(opt.OutDir, args)
		if err != nil {
			return Summary{}, err
		}
		r.guard = g
	}
	sum := r.run(ctx, args)
	sum.Compared = r.compare()
	sum.Elapsed = time.Since(start)
	return sum, nil
}

// run streams the inputs to the workers and emits results in input order.
func (r *runner) run(ctx context.Context, args []string) Summary {
	workers := r.opt.Workers
	jobs := make(chan result)
	results := make(chan result)
	// window bounds the inputs in flight, finished or not, so that results
	// waiting for an earlier one to be printed cannot pile up.
	window := make(chan struct{}, inFlight*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res := r.process(ctx, j.src, j.page)
				res.sequence = j.sequence
				results <- res
			}
		}()
	}
	pages := r.fetchAll(ctx, args)
	go func() {
		defer close(jobs)
		claimed := map[string]string{} // output Rel -> input, to catch two inputs sharing an output
		n := 0
		for src := range Sources(args) {
			var page Fetched
			if src.URL != "" {
				page = <-pages
			}
			if r.opt.OutDir != "" && src.Err == nil {
				key := src.Rel
				if prev, ok := claimed[key]; ok {
					src.Err = fmt.Errorf("output %s already taken by %s", filepath.Join(r.opt.OutDir, key+r.ext), prev)
				} else {
					claimed[key] = src.Name
				}
			}
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			jobs <- result{src: src, page: page, sequence: n}
			n++
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	bar := r.progress(args)
	var sum Summary
	pending := map[int]result{}
	next := 0
	for res := range results {
		pending[res.sequence] = res
		for {
			res, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			r.emit(res, &sum, bar)
			<-window
		}
	}
	if bar != nil {
		bar.Finish()
	}
	return sum
}

// fetchAll starts fetching the URLs among args and returns the channel
// on which their pages arrive in order, one per URL; without a fetcher,
// every page is a failure. The channel holds them all, so that fetching
// never waits for cleaning.
func (r *runner) fetchAll(ctx context.Context, args []string) <-chan Fetched {
	var urls []string
	for _, arg := range args {
		if IsURL(arg) {
			urls = append(urls, arg)
		}
	}
	pages := make(chan Fetched, len(urls))
	if len(urls) == 0 {
		return pages
	}
	if r.opt.Fetch == nil {
		for range urls {
			pages <- Fetched{Err: errors.New("fetching URLs is not available")}
		}
		return pages
	}
	go r.opt.Fetch(ctx, urls, func(p Fetched) { pages <- p })
	return pages
}

// progress returns a progress bar on Stderr when asked for and writing or
// comparing outputs, or nil. Its total is counted by a second, concurrent
// walk of the inputs; until then it shows a spinner.
func (r *runner) progress(args []string) *progressbar.ProgressBar {
	if !r.opt.Progress || r.opt.OutDir == "" {
		return nil
	}
	bar := progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(r.opt.Stderr),
		progressbar.OptionSetDescription("clean"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionShowIts(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	go func() {
		n := int64(0)
		for range Sources(args) {
			n++
		}
		bar.ChangeMax64(n)
	}()
	return bar
}

// emit prints one result and counts it.
func (r *runner) emit(res result, sum *Summary, bar *progressbar.ProgressBar) {
	sum.Files++
	if bar != nil {
		bar.Add(1)
	}
	if len(res.stdout) > 0 {
		if bar != nil {
			bar.Clear()
		}
		r.opt.Stdout.Write(res.stdout)
	}
	if res.err != nil {
		sum.Failed++
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintf(r.opt.Stderr, "clean: %s: %s\n", res.src.Name, problem(res.err, res.src.Name))
		return
	}
	if res.cleaned {
		sum.Cleaned++
		sum.In += res.in
		sum.Out += res.out
	}
	if res.differs {
		sum.Differ++
	}
}

// problem returns err's text without the "clean NAME: " or "fetch NAME: "
// prefix that the library and the fetcher add, since messages are already
// headed by the input's name.
func problem(err error, name string) string {
	msg := err.Error()
	for _, verb := range []string{"clean ", "fetch "} {
		msg = strings.TrimPrefix(msg, verb+name+": ")
	}
	return msg
}

// process cleans one input and does with it what the options ask.
func (r *runner) process(ctx context.Context, src Source, page Fetched) result {
	res := result{src: src}
	if src.Err != nil {
		res.err = src.Err
		return res
	}
	raw, err := r.read(src, page)
	if err != nil {
		res.err = err
		return res
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		res.err = ErrEmpty
		return res
	}
	if err := checkText(raw); err != nil {
		res.err = err
		return res
	}
	opts := []clean.Option{clean.WithSource(src.Name)}
	if r.opt.Lang != "" {
		opts = append(opts, clean.WithLang(r.opt.Lang))
	}
	charset := r.opt.Charset
	if charset == "" {
		charset = page.Charset
	}
	if charset != "" {
		opts = append(opts, clean.WithCharset(charset))
	}
	if r.opt.Input != "" {
		opts = append(opts, clean.WithFormat(r.opt.Input))
	}
	if page.URL != "" {
		opts = append(opts, clean.WithURL(page.URL))
	}
	a, err := clean.Bytes(ctx, raw, opts...)
	if err != nil {
		res.err = err
		return res
	}
	if len(a.Blocks) == 0 {
		res.err = ErrNotArticle
		return res
	}
	var out bytes.Buffer
	if err := render.Write(&out, a, r.opt.Format); err != nil {
		res.err = fmt.Errorf("render: %w", err)
		return res
	}
	res.in, res.out = int64(len(raw)), int64(out.Len())

	switch {
	case r.compare():
		err = r.compareStored(&res, out.Bytes())
	case r.opt.OutDir != "":
		err = r.write(src, raw, out.Bytes())
		if err == nil && r.opt.Explain {
			res.stdout = explain(src.Name, a)
		}
	case r.opt.Diff:
		res.stdout = r.rawDiff(ctx, src.Name, a, out.Bytes())
	case r.opt.Explain:
		res.stdout = explain(src.Name, a)
	default:
		res.stdout = out.Bytes()
	}
	if err != nil {
		res.err = err
		res.stdout = nil
		return res
	}
	res.cleaned = true
	return res
}

// read returns the input's bytes: a file's, standard input's or a
// fetched page's.
func (r *runner) read(src Source, page Fetched) ([]byte, error) {
	switch {
	case src.URL != "":
		return page.Body, page.Err
	case src.Path == "":
		raw, err := io.ReadAll(r.opt.Stdin)
		if err != nil {
			return nil, fmt.Errorf("read standard input: %w", err)
		}
		return raw, nil
	}
	raw, err := os.ReadFile(src.Path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path already heads the message
		}
		return nil, err
	}
	return raw, nil
}

// outPath returns where src's output goes.
func (r *runner) outPath(src Source) string {
	return filepath.Join(r.opt.OutDir, src.Rel+r.ext)
}

// RawSuffix ends the name of the raw page kept beside the output of a URL.
const RawSuffix = ".raw.html"

// write writes out (and, for a URL, the raw page) under OutDir.
func (r *runner) write(src Source, raw, out []byte) error {
	path := r.outPath(src)
	if err := r.guard.check(path, src.Path); err != nil {
		return err
	}
	if src.URL != "" {
		rawPath := filepath.Join(r.opt.OutDir, src.Rel+RawSuffix)
		if err := r.guard.check(rawPath, ""); err != nil {
			return err
		}
		if err := writeAtomic(rawPath, raw); err != nil {
			return err
		}
	}
	return writeAtomic(path, out)
}

// compareStored compares out with the output stored under OutDir, a
// missing one counting as different, and fills res.stdout as asked.
func (r *runner) compareStored(res *result, out []byte) error {
	path := r.outPath(res.src)
	stored, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("read stored output: %w", err)
	}
	if err == nil && bytes.Equal(stored, out) {
		return nil
	}
	res.differs = true
	var buf bytes.Buffer
	if r.opt.List {
		fmt.Fprintln(&buf, res.src.Name)
	}
	if r.opt.Diff {
		buf.Write(diff.Diff(path, stored, path+" (fresh)", out))
	}
	res.stdout = buf.Bytes()
	return nil
}

// rawDiff returns the labelled diff from the decoded input to out.
func (r *runner) rawDiff(ctx context.Context, name string, a *pipeline.Article, out []byte) []byte {
	text := a.Text
	if a.Format == "html" {
		// Markup is not what the rules remove: compare the page's visible
		// text, a line a block, with the article.
		if visible, err := extract.VisibleText(a.Raw, a.Charset); err == nil {
			text = visible
		}
	} else {
		d := &pipeline.Article{Source: a.Source, Raw: a.Raw, Charset: a.Charset, Format: a.Format}
		if err := (cleaners.Decode{}).Apply(ctx, d, pipeline.NewLedger("decode", d)); err == nil && d.Text != "" {
			text = d.Text
		}
	}
	// Line endings and trailing white space would make nearly every line
	// differ from the output; the diff is about what the rules removed.
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r\u00a0")
	}
	text = strings.Join(lines, "\n")
	cleaned := string(out)
	if a.Format == "html" {
		// The visible text has no blank lines between blocks; the output's
		// would show as added lines.
		cleaned = strings.ReplaceAll(cleaned, "\n\n", "\n")
	}
	return render.LabelledDiff(name+" (raw)", text, name+" (cleaned)", cleaned, a.Log)
}

// explain returns a's removal log headed by the input's name.
func explain(name string, a *pipeline.Article) []byte {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "== %s ==\n", name)
	render.Explain(&buf, a)
	buf.WriteString("\n")
	return buf.Bytes()
}
