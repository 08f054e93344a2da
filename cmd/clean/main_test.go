package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclean/clean/fetch"
	"github.com/newsclean/clean/internal/golden"
	"github.com/newsclean/clean/internal/testtree"
	"github.com/rogpeppe/go-internal/testscript"
)

var _ = golden.Update

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"clean": main})
}

// TestScripts runs the scripts in testdata/script, where "clean" is this
// command.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"binaryfile": binaryFile,
			"notemp":     noTemp,
		},
	})
}

// binaryFile writes a file holding NUL bytes: binaryfile PATH.
func binaryFile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: binaryfile PATH")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644))
}

// noTemp fails when a folder holds a temporary file left by a write:
// notemp DIR.
func noTemp(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: notemp DIR")
	}
	ts.Check(filepath.WalkDir(ts.MkAbs(args[0]), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.Contains(d.Name(), ".tmp-") {
			return fmt.Errorf("temporary file left behind: %s", path)
		}
		return nil
	}))
}

const article = `A headline about something

The first paragraph of the article, with enough words to be a paragraph.

Share this article

The second paragraph of the article, also with a few words in it.
`

// TestExitStatus checks the exit status of typical runs: 0 when all went
// well, 1 when -l or -d found differences with stored outputs, 2 when an
// input failed or the flags are wrong.
func TestExitStatus(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) // runs in dir before args
		args  []string
		want  int
	}{
		{"file", nil, []string{"in/a.txt"}, 0},
		{"folder", nil, []string{"in"}, 0},
		{"binary file", func(t *testing.T, dir string) {
			testtree.Write(t, dir, map[string]string{"in/c.bin": "\x00\x01\x02"})
		}, []string{"in"}, 2},
		{"missing file", nil, []string{"in/a.txt", "in/nope.txt"}, 2},
		{"write", nil, []string{"-o", "out", "in"}, 0},
		{"list, nothing stored", nil, []string{"-l", "-o", "out", "in"}, 1},
		{"list, all stored", func(t *testing.T, dir string) {
			if code := run(context.Background(), []string{"-o", "out", "in"}, nil, &bytes.Buffer{}, &bytes.Buffer{}); code != 0 {
				t.Fatalf("writing outputs: exit %d", code)
			}
		}, []string{"-l", "-o", "out", "in"}, 0},
		{"diff, one changed", func(t *testing.T, dir string) {
			if code := run(context.Background(), []string{"-o", "out", "in"}, nil, &bytes.Buffer{}, &bytes.Buffer{}); code != 0 {
				t.Fatalf("writing outputs: exit %d", code)
			}
			testtree.Write(t, dir, map[string]string{"out/sub/b.txt": "stale\n"})
		}, []string{"-d", "-o", "out", "in"}, 1},
		{"raw diff", nil, []string{"-d", "in"}, 0},
		{"explain", nil, []string{"-explain", "in"}, 0},
		{"output inside input", nil, []string{"-o", "in/out", "in"}, 2},
		{"input inside output", nil, []string{"-o", ".", "in"}, 2},
		{"list without -o", nil, []string{"-l", "in"}, 2},
		{"unknown format", nil, []string{"-format", "pdf", "in"}, 2},
		{"unknown input", nil, []string{"-input", "pdf", "in"}, 2},
		{"unknown flag", nil, []string{"-w", "in"}, 2},
		{"help", nil, []string{"-h"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			testtree.Write(t, dir, map[string]string{"in/a.txt": article, "in/sub/b.txt": article + "\nOne more paragraph here.\n"})
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			var stdout, stderr bytes.Buffer
			got := run(context.Background(), tt.args, strings.NewReader(article), &stdout, &stderr)
			if got != tt.want {
				t.Errorf("clean %s: exit %d, want %d\nstderr:\n%s", strings.Join(tt.args, " "), got, tt.want, &stderr)
			}
		})
	}
}

// TestJSONLinesOrder checks that with several workers the JSON lines come
// out in input order, one per input.
func TestJSONLinesOrder(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	var want []string
	for i := range 40 {
		name := fmt.Sprintf("in/%02d.txt", i)
		files[name] = strings.Repeat(fmt.Sprintf("Paragraph %d of a generated article.\n\n", i), i%7+1)
		want = append(want, name)
	}
	testtree.Write(t, dir, files)
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-j", "4", "-format", "json", "in"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, &stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d", len(lines), len(want))
	}
	for i, line := range lines {
		var doc struct{ Source string }
		if err := json.Unmarshal([]byte(line), &doc); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if doc.Source != want[i] {
			t.Errorf("line %d: source %q, want %q", i+1, doc.Source, want[i])
		}
	}
}

// TestURLs fetches pages from a local server: each is cleaned beside its
// raw page, and a page that cannot be fetched fails alone with its reason.
func TestURLs(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/news/story.html" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<!DOCTYPE html><html><head><title>A story</title></head><body><article><p>"+
			strings.Repeat("A sentence of the story, long enough to be kept. ", 5)+"</p></article></body></html>")
	}))
	defer srv.Close()
	dir := t.TempDir()
	t.Chdir(dir)
	good, gone := srv.URL+"/news/story.html", srv.URL+"/gone"
	testtree.Write(t, dir, map[string]string{"urls.txt": "# pages\n\n" + gone + "\n", "in/a.txt": article})

	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"-o", "out", "-cache", "cache", "-urls", "urls.txt", good, "in/a.txt"}, nil, &stdout, &stderr)
	if code != 2 {
		t.Errorf("exit %d, want 2 (one URL failed)\n%s", code, &stderr)
	}
	if !strings.Contains(stderr.String(), "clean: "+gone+": ") || !strings.Contains(stderr.String(), "404") {
		t.Errorf("stderr does not report %s with its status:\n%s", gone, &stderr)
	}
	if !strings.Contains(stderr.String(), "clean: 3 files, 2 cleaned, 1 failed,") {
		t.Errorf("stderr lacks the summary:\n%s", &stderr)
	}
	stem := filepath.Join("out", fetch.FileName(good))
	raw, err := os.ReadFile(stem + ".raw.html")
	if err != nil || !bytes.Contains(raw, []byte("A sentence of the story")) {
		t.Errorf("raw page %s.raw.html: %q, %v", stem, raw, err)
	}
	if _, err := os.Stat(stem + ".txt"); err != nil {
		t.Errorf("cleaned page: %v", err)
	}
	if _, err := os.Stat(filepath.Join("out", "a.txt")); err != nil {
		t.Errorf("cleaned file: %v", err)
	}
}

// TestBadURLList checks that a -urls file with something other than URLs
// stops the command before it starts.
func TestBadURLList(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	testtree.Write(t, dir, map[string]string{"urls.txt": "https://example.com/a\nnot a url\n"})
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"-urls", "urls.txt"}, nil, &bytes.Buffer{}, &stderr); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(stderr.String(), "urls.txt:2: not an http or https URL") {
		t.Errorf("stderr: %s", &stderr)
	}
}
