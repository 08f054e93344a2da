package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsclean/clean/internal/golden"
)

var _ = golden.Update // accept -update like every test binary of the module

const page = "<html><head><title>T</title></head><body><p>Hello.</p></body></html>"

// site is a test server with a robots.txt and counters of hits per path.
type site struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
	uas  []string
}

// newSite serves robots (empty: allow all) at /robots.txt and the handlers
// at their paths, counting every request.
func newSite(t *testing.T, robots string, handlers map[string]http.HandlerFunc) *site {
	t.Helper()
	s := &site{hits: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, robots)
	})
	for path, h := range handlers {
		mux.HandleFunc(path, h)
	}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.uas = append(s.uas, r.UserAgent())
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func htmlPage(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
}

// newFetcher returns a fetcher with test-friendly timings, changed by opts.
func newFetcher(t *testing.T, opts ...Option) *Fetcher {
	t.Helper()
	base := []Option{WithDelay(0), WithBackoff(5 * time.Millisecond), WithTimeout(5 * time.Second)}
	f, err := New(append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func fetchOne(t *testing.T, f *Fetcher, url string) Result {
	t.Helper()
	rs := f.FetchAll(context.Background(), []string{url})
	if len(rs) != 1 {
		t.Fatalf("got %d results, want 1", len(rs))
	}
	return rs[0]
}

func TestFetchPage(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{"/a": htmlPage(page)})
	r := fetchOne(t, newFetcher(t), s.URL+"/a")
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if string(r.Body) != page || r.Status != 200 || r.ContentType != "text/html" ||
		r.Charset != "utf-8" || r.FinalURL != s.URL+"/a" || r.Attempts != 1 || r.FromCache {
		t.Errorf("got %+v", r)
	}
	for _, ua := range s.uas {
		if ua != DefaultUserAgent {
			t.Errorf("User-Agent %q, want %q", ua, DefaultUserAgent)
		}
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", n)
	}
}

func TestUserAgentOption(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{"/a": htmlPage(page)})
	fetchOne(t, newFetcher(t, WithUserAgent("tester/1.0")), s.URL+"/a")
	if len(s.uas) != 2 || s.uas[0] != "tester/1.0" || s.uas[1] != "tester/1.0" {
		t.Errorf("User-Agents %q, want tester/1.0 for robots.txt and the page", s.uas)
	}
}

func TestRobots(t *testing.T) {
	tests := []struct {
		name, robots, path string
		disallowed         bool
	}{
		{"all agents", "User-agent: *\nDisallow: /private/\n", "/private/a", true},
		{"all agents, other path", "User-agent: *\nDisallow: /private/\n", "/public", false},
		{"our agent", "User-agent: *\nDisallow:\n\nUser-agent: newsclean-clean\nDisallow: /\n", "/public", true},
		{"another agent", "User-agent: otherbot\nDisallow: /\n", "/public", false},
		{"our group overrides *", "User-agent: *\nDisallow: /\n\nUser-agent: newsclean-clean\nAllow: /\n", "/public", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t, tt.robots, map[string]http.HandlerFunc{"/": htmlPage(page)})
			r := fetchOne(t, newFetcher(t), s.URL+tt.path)
			if !tt.disallowed {
				if r.Err != nil {
					t.Fatal(r.Err)
				}
				return
			}
			if !errors.Is(r.Err, ErrRobots) || r.Err.(*Error).Reason() != "robots" {
				t.Fatalf("err %v, want ErrRobots", r.Err)
			}
			if n := s.count(tt.path); n != 0 {
				t.Errorf("disallowed page requested %d times", n)
			}
		})
	}
}

func TestRedirects(t *testing.T) {
	redirect := func(to string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, http.StatusFound) }
	}
	handlers := map[string]http.HandlerFunc{
		"/old":   redirect("/older"),
		"/older": redirect("/new"),
		"/new":   htmlPage(page),
		"/ping":  redirect("/pong"),
		"/pong":  redirect("/ping"),
	}
	for i := range 5 {
		handlers[fmt.Sprintf("/chain/%d", i)] = redirect(fmt.Sprintf("/chain/%d", i+1))
	}
	handlers["/chain/5"] = htmlPage(page)
	s := newSite(t, "", handlers)

	tests := []struct {
		path, final string
		max         int
		want        error
	}{
		{"/old", "/new", 10, nil},
		{"/ping", "", 10, ErrRedirectLoop},
		{"/chain/0", "/chain/5", 5, nil},
		{"/chain/0", "", 4, ErrTooManyRedirects},
		{"/old", "", 0, ErrTooManyRedirects},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/max%d", tt.path, tt.max), func(t *testing.T) {
			r := fetchOne(t, newFetcher(t, WithMaxRedirects(tt.max)), s.URL+tt.path)
			if tt.want != nil {
				if !errors.Is(r.Err, tt.want) {
					t.Fatalf("err %v, want %v", r.Err, tt.want)
				}
				return
			}
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			if r.FinalURL != s.URL+tt.final {
				t.Errorf("final URL %s, want %s", r.FinalURL, s.URL+tt.final)
			}
		})
	}
	if n := s.count("/ping"); n > 3 {
		t.Errorf("loop followed %d times", n)
	}
}

func TestStatus(t *testing.T) {
	var calls atomic.Int32
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/missing": http.NotFound,
		"/flaky": func(w http.ResponseWriter, r *http.Request) {
			if calls.Add(1) == 1 {
				http.Error(w, "try again", http.StatusInternalServerError)
				return
			}
			htmlPage(page)(w, r)
		},
		"/down": func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "down", http.StatusServiceUnavailable)
		},
	})
	f := newFetcher(t, WithRetries(2))
	rs := f.FetchAll(context.Background(), []string{s.URL + "/missing", s.URL + "/flaky", s.URL + "/down"})

	missing := rs[0]
	if !errors.Is(missing.Err, ErrStatus) || missing.Status != 404 || missing.Body != nil {
		t.Errorf("404: got status %d, err %v", missing.Status, missing.Err)
	}
	if reason := missing.Err.(*Error).Reason(); reason != "http-404" {
		t.Errorf("404: reason %q", reason)
	}
	if n := s.count("/missing"); n != 1 {
		t.Errorf("404 requested %d times, want 1 (no retry)", n)
	}

	flaky := rs[1]
	if flaky.Err != nil || flaky.Attempts != 2 || string(flaky.Body) != page {
		t.Errorf("500 then 200: attempts %d, err %v", flaky.Attempts, flaky.Err)
	}

	down := rs[2]
	var fe *Error
	if !errors.As(down.Err, &fe) || fe.Kind != ErrStatus || fe.Status != 503 || fe.Attempts != 3 {
		t.Errorf("503: err %v", down.Err)
	}
	if n := s.count("/down"); n != 3 {
		t.Errorf("503 requested %d times, want 3", n)
	}
}

func TestTimeout(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		},
	})
	r := fetchOne(t, newFetcher(t, WithTimeout(100*time.Millisecond), WithRetries(1)), s.URL+"/slow")
	if !errors.Is(r.Err, ErrTimeout) {
		t.Fatalf("err %v, want ErrTimeout", r.Err)
	}
	if r.Attempts != 2 || s.count("/slow") != 2 {
		t.Errorf("attempts %d, hits %d, want 2", r.Attempts, s.count("/slow"))
	}
}

func TestBodySize(t *testing.T) {
	const limit = 1000
	body := func(n int, announce bool) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			if announce {
				w.Header().Set("Content-Length", fmt.Sprint(n))
			}
			w.WriteHeader(200)
			for range n / 100 {
				w.Write(bytes.Repeat([]byte("x"), 100))
				if !announce {
					w.(http.Flusher).Flush() // chunked: no Content-Length
				}
			}
		}
	}
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/exact":     body(limit, false),
		"/announced": body(100*limit, true),
		"/chunked":   body(100*limit, false),
	})
	f := newFetcher(t, WithMaxBodySize(limit))
	rs := f.FetchAll(context.Background(), []string{s.URL + "/exact", s.URL + "/announced", s.URL + "/chunked"})
	if rs[0].Err != nil || len(rs[0].Body) != limit {
		t.Errorf("exact limit: %d bytes, err %v", len(rs[0].Body), rs[0].Err)
	}
	for _, r := range rs[1:] {
		if !errors.Is(r.Err, ErrTooLarge) || r.Body != nil {
			t.Errorf("%s: %d bytes, err %v, want ErrTooLarge", r.URL, len(r.Body), r.Err)
		}
	}
}

func TestCharsetKeepsRawBytes(t *testing.T) {
	// "Привет" in windows-1251.
	raw := []byte("<html><body><p>\xcf\xf0\xe8\xe2\xe5\xf2</p></body></html>")
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/ru": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=Windows-1251")
			w.Write(raw)
		},
	})
	r := fetchOne(t, newFetcher(t), s.URL+"/ru")
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if r.Charset != "windows-1251" || !bytes.Equal(r.Body, raw) {
		t.Errorf("charset %q, body %q; want windows-1251 and the raw bytes", r.Charset, r.Body)
	}
}

func TestContentType(t *testing.T) {
	typed := func(ct string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header()["Content-Type"] = []string{ct}
			fmt.Fprint(w, "data")
		}
	}
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/png":   typed("image/png"),
		"/pdf":   typed("application/pdf"),
		"/xhtml": typed("application/xhtml+xml; charset=UTF-8"),
		"/text":  typed("text/plain"),
		"/none":  typed(""),
	})
	tests := []struct {
		path, ctype string
		want        error
	}{
		{"/png", "image/png", ErrNotHTML},
		{"/pdf", "application/pdf", ErrNotHTML},
		{"/xhtml", "application/xhtml+xml", nil},
		{"/text", "text/plain", nil},
		{"/none", "", nil},
	}
	f := newFetcher(t)
	for _, tt := range tests {
		r := fetchOne(t, f, s.URL+tt.path)
		if !errors.Is(r.Err, tt.want) || (tt.want == nil && r.Err != nil) {
			t.Errorf("%s: err %v, want %v", tt.path, r.Err, tt.want)
		}
		if r.ContentType != tt.ctype {
			t.Errorf("%s: content type %q, want %q", tt.path, r.ContentType, tt.ctype)
		}
		if tt.want != nil && r.Body != nil {
			t.Errorf("%s: body kept on failure", tt.path)
		}
	}
}

func TestCache(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/a":       htmlPage(page),
		"/missing": http.NotFound,
	})
	dir := t.TempDir()
	urls := []string{s.URL + "/a", s.URL + "/missing"}
	first := newFetcher(t, WithCacheDir(dir)).FetchAll(context.Background(), urls)
	second := newFetcher(t, WithCacheDir(dir)).FetchAll(context.Background(), urls[:1])
	if first[0].Err != nil || first[0].FromCache {
		t.Fatalf("first run: %+v", first[0])
	}
	r := second[0]
	if r.Err != nil || !r.FromCache || r.Attempts != 0 || string(r.Body) != page ||
		r.Charset != "utf-8" || r.ContentType != "text/html" || r.FinalURL != s.URL+"/a" || r.Status != 200 {
		t.Errorf("second run: %+v", r)
	}
	if n := s.count("/a"); n != 1 {
		t.Errorf("page requested %d times over two runs, want 1", n)
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt requested %d times over two runs, want 1", n)
	}
	// Failures are not cached.
	newFetcher(t, WithCacheDir(dir)).FetchAll(context.Background(), urls[1:])
	if n := s.count("/missing"); n != 2 {
		t.Errorf("failed page requested %d times over two runs, want 2", n)
	}
}

func TestPerHostLimit(t *testing.T) {
	const delay = 30 * time.Millisecond
	type span struct{ start, end time.Time }
	var (
		mu       sync.Mutex
		spans    []span
		inFlight int
		maxIn    int
	)
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/p/": func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			inFlight++
			maxIn = max(maxIn, inFlight)
			start := time.Now()
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			htmlPage(page)(w, r)
			mu.Lock()
			inFlight--
			spans = append(spans, span{start, time.Now()})
			mu.Unlock()
		},
	})
	var urls []string
	for i := range 5 {
		urls = append(urls, fmt.Sprintf("%s/p/%d", s.URL, i))
	}
	rs := newFetcher(t, WithParallelism(1), WithDelay(delay)).FetchAll(context.Background(), urls)
	for _, r := range rs {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	if maxIn != 1 || len(spans) != len(urls) {
		t.Fatalf("%d requests, at most %d at a time; want %d, one at a time", len(spans), maxIn, len(urls))
	}
	for i := 1; i < len(spans); i++ {
		// The delay is a lower bound, so this cannot flake on a slow machine.
		if gap := spans[i].start.Sub(spans[i-1].end); gap < delay {
			t.Errorf("request %d started %v after the previous ended, want at least %v", i, gap, delay)
		}
	}
}

func TestOrderAndDuplicates(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			time.Sleep(50 * time.Millisecond)
			htmlPage("slow")(w, r)
		},
		"/fast": htmlPage("fast"),
	})
	urls := []string{s.URL + "/slow", s.URL + "/fast", s.URL + "/slow#comments", "ftp://example.com/x", s.URL + "/fast"}
	var got []string
	newFetcher(t, WithParallelism(4)).Fetch(context.Background(), urls, func(r Result) {
		got = append(got, r.URL+" "+string(r.Body))
	})
	want := []string{
		s.URL + "/slow slow", s.URL + "/fast fast", s.URL + "/slow#comments slow",
		"ftp://example.com/x ", s.URL + "/fast fast",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s.count("/slow") != 1 || s.count("/fast") != 1 {
		t.Errorf("hits %v, want each page once", s.hits)
	}
}

func TestInvalidURL(t *testing.T) {
	for _, u := range []string{"ftp://example.com/x", "mailto:a@example.com", "http://[::1", ""} {
		r := fetchOne(t, newFetcher(t), u)
		if !errors.Is(r.Err, ErrInvalidURL) || r.URL != u {
			t.Errorf("%q: err %v, want ErrInvalidURL", u, r.Err)
		}
	}
}

// failingTransport fails every request with err, without any network.
type failingTransport struct{ err error }

func (f failingTransport) RoundTrip(*http.Request) (*http.Response, error) { return nil, f.err }

func TestDNSFailure(t *testing.T) {
	dnsErr := &net.DNSError{Err: "no such host", Name: "news.invalid", IsNotFound: true}
	f := newFetcher(t, WithTransport(failingTransport{dnsErr}))
	r := fetchOne(t, f, "http://news.invalid/a")
	if !errors.Is(r.Err, ErrDNS) {
		t.Fatalf("err %v, want ErrDNS", r.Err)
	}
	if reason := r.Err.(*Error).Reason(); reason != "dns" {
		t.Errorf("reason %q", reason)
	}
}

func TestCanceled(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{"/a": htmlPage(page)})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rs := newFetcher(t).FetchAll(ctx, []string{s.URL + "/a", s.URL + "/b"})
	for _, r := range rs {
		if !errors.Is(r.Err, context.Canceled) || r.Err.(*Error).Reason() != "canceled" {
			t.Errorf("%s: err %v, want context.Canceled", r.URL, r.Err)
		}
	}
	if n := s.count("/a"); n != 0 {
		t.Errorf("page requested %d times after cancellation", n)
	}
}

func TestNewRejectsBadSettings(t *testing.T) {
	for _, o := range []Option{
		WithParallelism(0), WithDelay(-1), WithTimeout(0), WithRetries(-1),
		WithMaxRedirects(-1), WithMaxBodySize(-1), WithUserAgent(""), WithBackoff(-1),
	} {
		if _, err := New(o); err == nil {
			t.Errorf("New accepted a bad setting")
		}
	}
}

// TestLimitsArePerHost checks that requests overlap when the limits allow it:
// the first request of each case is held until the second one arrives, so
// a limit shared by mistake shows up as a missed meeting, not as a timing.
func TestLimitsArePerHost(t *testing.T) {
	meet := func() (hold, arrive http.HandlerFunc, met func() bool) {
		arrived := make(chan struct{})
		var ok atomic.Bool
		hold = func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-arrived:
				ok.Store(true)
			case <-time.After(2 * time.Second):
			}
			htmlPage(page)(w, r)
		}
		arrive = func(w http.ResponseWriter, r *http.Request) {
			close(arrived)
			htmlPage(page)(w, r)
		}
		return hold, arrive, ok.Load
	}
	t.Run("two hosts, parallelism 1", func(t *testing.T) {
		hold, arrive, met := meet()
		a := newSite(t, "", map[string]http.HandlerFunc{"/hold": hold})
		b := newSite(t, "", map[string]http.HandlerFunc{"/arrive": arrive})
		newFetcher(t, WithParallelism(1)).FetchAll(context.Background(), []string{a.URL + "/hold", b.URL + "/arrive"})
		if !met() {
			t.Error("the second host waited for the first")
		}
	})
	t.Run("one host, parallelism 2", func(t *testing.T) {
		hold, arrive, met := meet()
		s := newSite(t, "", map[string]http.HandlerFunc{"/hold": hold, "/arrive": arrive})
		newFetcher(t, WithParallelism(2)).FetchAll(context.Background(), []string{s.URL + "/hold", s.URL + "/arrive"})
		if !met() {
			t.Error("the second request waited for the first")
		}
	})
}

func TestCacheIgnoresBrokenEntries(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{"/a": htmlPage(page)})
	dir := t.TempDir()
	c, err := newCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	key, _, _ := normalize(s.URL + "/a")
	if err := os.MkdirAll(filepath.Dir(c.path(key)), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, broken := range []string{"", "no header line", "{not json}\nbody", `{"url":"http://other/"}` + "\nbody"} {
		if err := os.WriteFile(c.path(key), []byte(broken), 0o644); err != nil {
			t.Fatal(err)
		}
		r := fetchOne(t, newFetcher(t, WithCacheDir(dir)), s.URL+"/a")
		if r.Err != nil || r.FromCache || string(r.Body) != page {
			t.Errorf("entry %q: %+v", broken, r)
		}
	}
	if r := fetchOne(t, newFetcher(t, WithCacheDir(dir)), s.URL+"/a"); !r.FromCache {
		t.Error("entry not rewritten after a broken one")
	}
	if entries, _ := filepath.Glob(filepath.Join(dir, "*", ".tmp-*")); len(entries) != 0 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestRobotsOnRedirects(t *testing.T) {
	other := newSite(t, "User-agent: *\nDisallow: /\n", map[string]http.HandlerFunc{"/": htmlPage(page)})
	s := newSite(t, "User-agent: *\nDisallow: /private/\n", map[string]http.HandlerFunc{
		"/to-private": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/private/a", http.StatusFound) },
		"/to-other":   func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, other.URL+"/a", http.StatusFound) },
		"/to-public":  func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/public", http.StatusFound) },
		"/":           htmlPage(page),
	})
	rs := newFetcher(t).FetchAll(context.Background(), []string{s.URL + "/to-private", s.URL + "/to-other", s.URL + "/to-public"})
	for _, r := range rs[:2] {
		if !errors.Is(r.Err, ErrRobots) {
			t.Errorf("%s: err %v, want ErrRobots", r.URL, r.Err)
		}
	}
	if rs[2].Err != nil || rs[2].FinalURL != s.URL+"/public" {
		t.Errorf("%s: final URL %s, err %v", rs[2].URL, rs[2].FinalURL, rs[2].Err)
	}
	if n := s.count("/private/a") + other.count("/a"); n != 0 {
		t.Errorf("disallowed redirect targets requested %d times", n)
	}
}

func TestRetryAfterTooLongIsNotRetried(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/busy": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "busy", http.StatusTooManyRequests)
		},
	})
	r := fetchOne(t, newFetcher(t, WithRetries(2)), s.URL+"/busy")
	if !errors.Is(r.Err, ErrStatus) || r.Status != 429 {
		t.Fatalf("err %v, want HTTP 429", r.Err)
	}
	if n := s.count("/busy"); n != 1 {
		t.Errorf("requested %d times, want 1: the server asked for an hour's pause", n)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		header string
		want   time.Duration
	}{
		{"", 0},
		{"120", 2 * time.Minute},
		{"-5", 0},
		{"soon", 0},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0},
	}
	for _, tt := range tests {
		if got := retryAfter(tt.header, now); got != tt.want {
			t.Errorf("retryAfter(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

func TestCancelWhileFetching(t *testing.T) {
	// With one request at a time, requests queued behind /hold must never
	// reach the server once the context is cancelled; those served before
	// /hold succeed.
	arrived := make(chan struct{})
	var canceled, late atomic.Int32
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/hold": func(w http.ResponseWriter, r *http.Request) {
			close(arrived)
			<-r.Context().Done()
		},
		"/": func(w http.ResponseWriter, r *http.Request) {
			if canceled.Load() != 0 {
				late.Add(1)
			}
			htmlPage(page)(w, r)
		},
	})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-arrived
		canceled.Store(1)
		cancel()
	}()
	urls := []string{s.URL + "/hold", s.URL + "/a", s.URL + "/b", s.URL + "/c"}
	rs := newFetcher(t, WithParallelism(1), WithRetries(3)).FetchAll(ctx, urls)
	if !errors.Is(rs[0].Err, context.Canceled) {
		t.Errorf("/hold: err %v, want context.Canceled", rs[0].Err)
	}
	for _, r := range rs[1:] {
		if r.Err != nil && !errors.Is(r.Err, context.Canceled) {
			t.Errorf("%s: err %v, want success or context.Canceled", r.URL, r.Err)
		}
	}
	if n := late.Load(); n != 0 {
		t.Errorf("%d requests reached the server after cancellation", n)
	}
}

func TestDuplicateFailures(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{"/missing": http.NotFound})
	urls := []string{s.URL + "/missing", s.URL + "/missing#x"}
	rs := newFetcher(t).FetchAll(context.Background(), urls)
	for i, r := range rs {
		var fe *Error
		if !errors.As(r.Err, &fe) || fe.Status != 404 || fe.URL != urls[i] || r.URL != urls[i] {
			t.Errorf("result %d: URL %s, err %v", i, r.URL, r.Err)
		}
	}
	if n := s.count("/missing"); n != 1 {
		t.Errorf("requested %d times, want 1", n)
	}
}

func TestBackoff(t *testing.T) {
	tests := []struct {
		base time.Duration
		n    int
		want time.Duration
	}{
		{time.Second, 1, time.Second},
		{time.Second, 2, 2 * time.Second},
		{time.Second, 3, 4 * time.Second},
		{time.Second, 60, maxRetryAfter},
		{time.Hour, 1, maxRetryAfter},
		{0, 5, 0},
	}
	for _, tt := range tests {
		if got := backoff(tt.base, tt.n); got != tt.want {
			t.Errorf("backoff(%v, %d) = %v, want %v", tt.base, tt.n, got, tt.want)
		}
	}
}
