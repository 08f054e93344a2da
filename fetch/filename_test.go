package fetch

import (
	"regexp"
	"strings"
	"testing"

	"github.com/newsclean/clean/internal/golden"
)

var _ = golden.Update

func TestFileName(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://www.example.com/news/2024/story.html", "www.example.com_news_2024_story.html_aaec8c93"},
		{"https://example.com/article?id=42", "example.com_article_a8d7c7de"},
		{"HTTPS://Example.COM:443/article?id=42#top", "example.com_article_a8d7c7de"},
		{"https://example.com/", "example.com_" + shortHash("https://example.com/")},
		{"http://localhost:8080/a b/c%2Fd", "localhost-8080_a-b_c_d_" + shortHash("http://localhost:8080/a%20b/c%2Fd")},
		{"https://ru.example/новости/статья-1", "ru.example_1_" + shortHash("https://ru.example/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F-1")},
		{"../../etc/passwd", "etc_passwd_" + shortHash("../../etc/passwd")},
		{"", "page_" + shortHash("")},
	}
	for _, tt := range tests {
		if got := FileName(tt.url); got != tt.want {
			t.Errorf("FileName(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

var safeName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

func TestFileNameIsSafeShortAndDistinct(t *testing.T) {
	urls := []string{
		"https://example.com/a_b", "https://example.com/a/b", "https://example.com/a-b",
		"https://example.com/a b", "https://example.com/A/b", "http://example.com/a/b",
		"https://example.com/a/b?x=1", "https://example.com/a/b?x=2",
		"https://example.com/" + strings.Repeat("very-long-segment/", 30) + "end",
		"https://example.com/" + strings.Repeat("very-long-segment/", 30) + "other",
		"https://example.com/..", "https://example.com/%2e%2e/x", "https://example.com/CON",
	}
	seen := map[string]string{}
	for _, u := range urls {
		name := FileName(u)
		if len(name) > maxFileName || !safeName.MatchString(name) {
			t.Errorf("FileName(%q) = %q: unsafe or longer than %d", u, name, maxFileName)
		}
		if other, ok := seen[name]; ok {
			t.Errorf("FileName(%q) = FileName(%q) = %q", u, other, name)
		}
		seen[name] = u
	}
}
