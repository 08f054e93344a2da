package fetch

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
)

// maxFileName bounds the length of FileName's result.
const maxFileName = 150

// FileName maps a URL to a file name stem that is readable, safe on every
// common file system and distinct for distinct URLs, so that a caller can
// store "<stem>.raw.html" and "<stem>.txt" side by side.
//
// The stem is the lower-case host, then the path segments, then "_" and the
// first 8 hex digits of the SHA-256 of the URL, all joined by "_". In the
// host and the segments, every run of characters other than ASCII letters,
// digits, '.' and '-' becomes one '-'. The query is not spelled out (the
// hash covers it); the fragment is ignored. URLs that differ only in what
// fetching ignores (host case, a default port, a fragment) get the same
// stem. The readable part is cut so that the stem stays within 150 bytes.
// For example
//
//	https://www.example.com/news/2024/story.html  →  www.example.com_news_2024_story.html_aaec8c93
//	https://example.com/article?id=42             →  example.com_article_a8d7c7de
//	HTTPS://Example.COM:443/article?id=42#top     →  example.com_article_a8d7c7de
//
// A string that does not parse as a URL is treated as a
// path.
func FileName(rawURL string) string {
	key := rawURL
	var host, path string
	if k, _, err := normalize(rawURL); err == nil {
		key = k
	}
	if u, err := url.Parse(key); err == nil {
		host, path = u.Host, u.Path
	} else {
		path = rawURL
	}
	parts := []string{}
	if h := slugPart(strings.ToLower(host)); h != "" {
		parts = append(parts, h)
	}
	for _, seg := range strings.Split(path, "/") {
		if s := slugPart(seg); s != "" {
			parts = append(parts, s)
		}
	}
	readable := strings.Join(parts, "_")
	if max := maxFileName - 9; len(readable) > max {
		readable = strings.TrimRight(readable[:max], "_-.")
	}
	if readable == "" {
		readable = "page"
	}
	return readable + "_" + shortHash(key)
}

// slugPart keeps ASCII letters, digits, '.' and '-' of s and replaces every
// other run of characters by one '-'. Leading and trailing '-' and '.' are
// dropped, so the result never is "." or "..".
func slugPart(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-'
		if !ok {
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteRune(r)
	}
	return strings.Trim(b.String(), "-.")
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:4])
}
