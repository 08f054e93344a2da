// Package golden compares test output with golden files and rewrites them
// when tests run with -update. Every package with tests imports it, so that
// `go test ./... -update` is accepted by every test binary.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/diff"
	"github.com/rogpeppe/go-internal/txtar"
)

// Update reports whether tests should rewrite golden files instead of
// comparing with them; set by the -update test flag.
var Update = flag.Bool("update", false, "rewrite golden files in fixtures/ instead of comparing with them")

// File compares got with the golden file at path, or rewrites the file when
// -update is set. A mismatch fails t with a unified diff.
func File(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./... -update to create it)", err)
	}
	if d := diff.Diff(path, want, "got", got); d != nil {
		t.Errorf("output differs from %s (go test ./... -update rewrites it):\n%s", path, d)
	}
}

// Archive compares files with the txtar archive at path, or rewrites it
// when -update is set. comment heads the archive.
func Archive(t testing.TB, path, comment string, files []txtar.File) {
	t.Helper()
	File(t, path, txtar.Format(&txtar.Archive{Comment: []byte(comment), Files: files}))
}
