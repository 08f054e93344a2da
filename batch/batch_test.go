package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsclean/clean/fetch"
	"github.com/newsclean/clean/internal/golden"
	"github.com/newsclean/clean/internal/testtree"
)

var _ = golden.Update

func TestSize(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "0 B"}, {999, "999 B"}, {1000, "1.0 kB"}, {1_234_567, "1.2 MB"}, {-2500, "-2.5 kB"}, {3e12, "3000.0 GB"},
	}
	for _, tt := range tests {
		if got := Size(tt.n); got != tt.want {
			t.Errorf("Size(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestSummaryString(t *testing.T) {
	s := Summary{Files: 181, Cleaned: 180, Failed: 1, In: 2_000_000, Out: 780_000, Elapsed: 840 * time.Millisecond}
	if got, want := s.String(), "181 files, 180 cleaned, 1 failed, 1.2 MB removed (61%), 0.84s"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	s.Compared, s.Differ = true, 3
	if got := s.String(); !strings.Contains(got, " 3 differ, ") {
		t.Errorf("compared summary %q lacks the differ count", got)
	}
}

func TestCheckText(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want error
	}{
		{"text", "hello\n", nil},
		{"empty", "", nil},
		{"binary", "GIF89a\x00\x01", ErrBinary},
		{"utf-16le", "\xff\xfeh\x00i\x00", nil},
		{"utf-16be", "\xfe\xff\x00h\x00i", nil},
	}
	for _, tt := range tests {
		if got := checkText([]byte(tt.raw)); !errors.Is(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSources(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	testtree.Write(t, dir, map[string]string{
		"in/b.txt": "b", "in/a.html": "a", "in/sub/c.txt": "c", "in/.x.txt": "x", "in/.git/d.txt": "d", "one.txt": "1",
	})
	if err := os.Symlink("missing", "in/broken.txt"); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("sub", "in/link"); err != nil {
		t.Fatal(err)
	}
	var got []string
	for src := range Sources([]string{"one.txt", "in", "https://example.com/x.html", "nope.txt"}) {
		s := src.Name + " -> " + src.Rel
		if src.Err != nil {
			s += " (" + src.Err.Error() + ")"
		}
		got = append(got, s)
	}
	want := []string{
		"one.txt -> one",
		"in/a.html -> a",
		"in/b.txt -> b",
		"in/broken.txt -> broken (broken symbolic link)",
		filepath.Join("in", "sub", "c.txt") + " -> " + filepath.Join("sub", "c"),
		"https://example.com/x.html -> " + fetch.FileName("https://example.com/x.html"),
		"nope.txt -> nope (no such file or folder)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var stdin []Source
	for src := range Sources(nil) {
		stdin = append(stdin, src)
	}
	if len(stdin) != 1 || stdin[0].Name != "-" || stdin[0].Path != "" {
		t.Errorf("no args: got %+v, want standard input", stdin)
	}
}

func TestGuard(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	testtree.Write(t, dir, map[string]string{"in/a.txt": "a", "in/sub/b.txt": "b", "f.txt": "f"})
	tests := []struct {
		out  string
		args []string
		ok   bool
	}{
		{"out", []string{"in"}, true},
		{"out/new/deeper", []string{"in", "f.txt"}, true},
		{"in", []string{"in"}, false},
		{"in/out", []string{"in"}, false},
		{"in/sub", []string{"in"}, false},
		{".", []string{"in"}, false},
		{".", []string{"f.txt"}, true}, // refused per file, see below
		{"out", []string{"https://example.com/"}, true},
	}
	for _, tt := range tests {
		_, err := newGuard(tt.out, tt.args)
		if (err == nil) != tt.ok {
			t.Errorf("newGuard(%q, %q): err = %v, want ok %v", tt.out, tt.args, err, tt.ok)
		}
	}
	g, err := newGuard(".", []string{"f.txt", "in/a.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if err := g.check("f.txt", "f.txt"); err == nil {
		t.Error("writing f.txt over itself: no error")
	}
	if err := g.check("in/a.txt", "other/a.txt"); err == nil {
		t.Error("writing over the input in/a.txt: no error")
	}
	if err := g.check("a.txt", "in/a.txt"); err != nil {
		t.Errorf("writing a.txt: %v", err)
	}
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "x.txt")
	for _, content := range []string{"first\n", "second\n"} {
		if err := writeAtomic(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != content {
			t.Fatalf("read back %q, %v; want %q", got, err, content)
		}
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only x.txt", len(entries))
	}
	// A folder where the output should be makes the rename fail; the
	// temporary file must go.
	if err := os.Mkdir(filepath.Join(dir, "sub", "d.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := writeAtomic(filepath.Join(dir, "sub", "d.txt"), []byte("x")); err == nil {
		t.Error("writing over a folder: no error")
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 2 {
		t.Errorf("after a failed write the folder holds %d entries, want 2", len(entries))
	}
}

// TestRunWorkersAgree checks that the output does not depend on the number
// of workers: same bytes, same order.
func TestRunWorkersAgree(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 30 {
		files[fmt.Sprintf("%02d.txt", i)] = strings.Repeat(fmt.Sprintf("Paragraph %d.\n\n", i), i%5+1)
	}
	testtree.Write(t, dir, files)
	var outs []string
	for _, j := range []int{1, 2, 8} {
		var stdout, stderr bytes.Buffer
		sum, err := Run(context.Background(), []string{dir}, Options{Workers: j, Format: "json", Stdout: &stdout, Stderr: &stderr})
		if err != nil || sum.Failed != 0 || sum.Files != 30 {
			t.Fatalf("-j %d: %+v, %v, %s", j, sum, err, &stderr)
		}
		outs = append(outs, stdout.String())
	}
	if outs[0] != outs[1] || outs[0] != outs[2] {
		t.Error("outputs differ between -j 1, 2 and 8")
	}
}

// TestRunURLs checks URL inputs with a fake fetcher: the raw page is kept
// beside the output, and a failed fetch fails only its URL.
func TestRunURLs(t *testing.T) {
	dir := t.TempDir()
	fetcher := func(_ context.Context, urls []string, fn func(Fetched)) {
		for _, url := range urls {
			if strings.Contains(url, "gone") {
				fn(Fetched{Err: errors.New("fetch " + url + ": 404 Not Found")})
				continue
			}
			if strings.Contains(url, "menu") {
				fn(Fetched{Body: []byte(`<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>`), URL: url})
				continue
			}
			fn(Fetched{Body: []byte("<html><body><p>A paragraph from " + url + "</p></body></html>"), URL: url + "?final"})
		}
	}
	var stdout, stderr bytes.Buffer
	out := filepath.Join(dir, "out")
	a := "https://example.com/a.html"
	sum, err := Run(context.Background(), []string{a, dir + "/none.txt", "https://example.com/gone", "https://example.com/menu"},
		Options{OutDir: out, Format: "json", Fetch: fetcher, Stdout: &stdout, Stderr: &stderr})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Files != 4 || sum.Cleaned != 1 || sum.Failed != 3 {
		t.Errorf("summary %+v, want 4 files, 1 cleaned, 3 failed", sum)
	}
	want := "clean: " + dir + "/none.txt: no such file or folder\nclean: https://example.com/gone: 404 Not Found\n" +
		"clean: https://example.com/menu: " + ErrNotArticle.Error() + "\n"
	if got := stderr.String(); got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
	raw, err := os.ReadFile(filepath.Join(out, fetch.FileName(a)+RawSuffix))
	if err != nil || !bytes.Contains(raw, []byte("A paragraph from https://example.com/a.html")) {
		t.Errorf("raw page: %q, %v", raw, err)
	}
	doc, err := os.ReadFile(filepath.Join(out, fetch.FileName(a)+".json"))
	if err != nil || !bytes.Contains(doc, []byte(`"url":"https://example.com/a.html?final"`)) {
		t.Errorf("output: %s, %v", doc, err)
	}
}

// TestRunProgress runs with the progress bar on, which counts the inputs
// concurrently with the run; the bar is cleared before the end.
func TestRunProgress(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 20 {
		files[fmt.Sprintf("%02d.txt", i)] = fmt.Sprintf("Paragraph %d.\n", i)
	}
	testtree.Write(t, filepath.Join(dir, "in"), files)
	var stderr bytes.Buffer
	sum, err := Run(context.Background(), []string{filepath.Join(dir, "in")},
		Options{Workers: 3, OutDir: filepath.Join(dir, "out"), Progress: true, Stdout: io.Discard, Stderr: &stderr})
	if err != nil || sum.Cleaned != 20 {
		t.Fatalf("%+v, %v", sum, err)
	}
	if !strings.Contains(stderr.String(), "clean") {
		t.Errorf("no progress bar on stderr: %q", stderr.String())
	}
}

// TestRawDiffOfHTML checks that the review diff of an HTML page compares
// its visible text, not its markup, with the article.
func TestRawDiffOfHTML(t *testing.T) {
	dir := t.TempDir()
	testtree.Write(t, dir, map[string]string{"page.html": `<!DOCTYPE html><html><head><title>A page</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><p>The council voted on Monday to repair the old bridge, which engineers say is rusting faster than expected.</p>
<p>Work should begin in the spring and take about eight months, the mayor told reporters after the meeting.</p></article>
</body></html>`})
	var stdout, stderr bytes.Buffer
	if _, err := Run(context.Background(), []string{filepath.Join(dir, "page.html")}, Options{Diff: true, Format: "text", Stdout: &stdout, Stderr: &stderr}); err != nil {
		t.Fatal(err)
	}
	out := stdout.String()
	if strings.Contains(out, "<html") || strings.Contains(out, "<p>") {
		t.Errorf("diff shows markup:\n%s", out)
	}
	if !strings.Contains(out, "-Home News") || !strings.Contains(out, "extract/nav") {
		t.Errorf("diff does not show the menu removed by extract/nav:\n%s", out)
	}
}

// TestRunEmptyAndNotArticle checks that an empty file and a file left with
// no article each fail with their own problem while the rest of the batch
// is cleaned.
func TestRunEmptyAndNotArticle(t *testing.T) {
	dir := t.TempDir()
	testtree.Write(t, dir, map[string]string{
		"a.txt":     "A headline\n\nThe council voted on Monday to repair the old bridge, which engineers say is rusting faster than expected.\n",
		"empty.txt": " \n\n",
		"menu.html": `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>`,
	})
	var stdout, stderr bytes.Buffer
	sum, err := Run(context.Background(), []string{dir}, Options{Format: "text", Stdout: &stdout, Stderr: &stderr})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Cleaned != 1 || sum.Failed != 2 {
		t.Errorf("summary %+v, want 1 cleaned, 2 failed", sum)
	}
	for _, want := range []string{"empty.txt: " + ErrEmpty.Error(), "menu.html: " + ErrNotArticle.Error()} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr %q lacks %q", stderr.String(), want)
		}
	}
}
