package fetch

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// cache keeps successful fetches on disk, one file per URL. A file holds a
// one-line JSON header, a newline, then the body bytes exactly as served.
type cache struct {
	dir string
}

// cacheHeader is the first line of a cache file.
type cacheHeader struct {
	URL         string `json:"url"`
	FinalURL    string `json:"final_url"`
	Status      int    `json:"status"`
	ContentType string `json:"content_type,omitempty"`
	Charset     string `json:"charset,omitempty"`
}

func newCache(dir string) (*cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cache dir: %w", err)
	}
	return &cache{dir: dir}, nil
}

// path returns the file for the normalized URL key.
func (c *cache) path(key string) string {
	sum := sha256.Sum256([]byte(key))
	name := hex.EncodeToString(sum[:])
	return filepath.Join(c.dir, name[:2], name)
}

// get returns the cached result for key, and false on a miss. A file that
// cannot be read or parsed is a miss: the page is fetched again and the
// file replaced.
func (c *cache) get(key string) (Result, bool) {
	data, err := os.ReadFile(c.path(key))
	if err != nil {
		return Result{}, false
	}
	line, body, ok := bytes.Cut(data, []byte("\n"))
	if !ok {
		return Result{}, false
	}
	var h cacheHeader
	if err := json.Unmarshal(line, &h); err != nil || h.URL != key {
		return Result{}, false
	}
	return Result{
		FinalURL:    h.FinalURL,
		Status:      h.Status,
		ContentType: h.ContentType,
		Charset:     h.Charset,
		Body:        body,
		FromCache:   true,
	}, true
}

// put stores r under key, atomically: readers see the old file or the new
// one, never a partial write.
func (c *cache) put(key string, r Result) error {
	line, err := json.Marshal(cacheHeader{
		URL: key, FinalURL: r.FinalURL, Status: r.Status,
		ContentType: r.ContentType, Charset: r.Charset,
	})
	if err != nil {
		return fmt.Errorf("cache %s: %w", key, err)
	}
	path := c.path(key)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("cache %s: %w", key, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return fmt.Errorf("cache %s: %w", key, err)
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	data := append(append(line, '\n'), r.Body...)
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("cache %s: %w", key, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cache %s: %w", key, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cache %s: %w", key, err)
	}
	return nil
}
