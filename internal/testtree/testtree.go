// Package testtree writes trees of files for tests.
package testtree

import (
	"os"
	"path/filepath"
	"testing"
)

// Write writes files (path -> content) under dir, making folders as needed,
// and fails t on any error.
func Write(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
