package fetch

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
	whatwg "github.com/nlnwa/whatwg-url/url"
)

// Result is the outcome of fetching one URL.
type Result struct {
	// URL is the URL as given to Fetch.
	URL string
	// FinalURL is the URL of the last response, after redirects.
	FinalURL string
	// Status is the HTTP status code of the last response, 0 if none.
	Status int
	// ContentType is the media type of the response, lower-case and
	// without parameters ("text/html"), "" if the server sent none.
	ContentType string
	// Charset is the charset parameter of the Content-Type header,
	// lower-case ("windows-1251"), "" if absent. Body is not decoded.
	Charset string
	// Body is the response body exactly as served. It is nil when Err is
	// non-nil, except when only storing it in the cache failed.
	Body []byte
	// FromCache reports that the result was read from the cache and no
	// request was made.
	FromCache bool
	// Attempts is how many requests were made for the page: 0 when served
	// from the cache, 1 plus the number of retries otherwise.
	Attempts int
	// Err is nil on success, otherwise usually an *Error that says why.
	Err error
}

// Fetcher fetches pages politely; see the package documentation. A Fetcher
// holds only settings: it is safe to call Fetch from several goroutines,
// but each call keeps its own per-host limits and robots.txt rules, so
// concurrent calls to the same host are not coordinated.
type Fetcher struct {
	cfg   config
	cache *cache
}

// New returns a Fetcher with the defaults of the package documentation,
// changed by opts. It fails on an invalid setting or a cache directory that
// cannot be created.
func New(opts ...Option) (*Fetcher, error) {
	cfg := defaults()
	for _, o := range opts {
		o(&cfg)
	}
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	f := &Fetcher{cfg: cfg}
	if cfg.cacheDir != "" {
		c, err := newCache(cfg.cacheDir)
		if err != nil {
			return nil, fmt.Errorf("fetch: %w", err)
		}
		f.cache = c
	}
	return f, nil
}

// FetchAll fetches urls and returns one Result per URL, in input order.
func (f *Fetcher) FetchAll(ctx context.Context, urls []string) []Result {
	out := make([]Result, 0, len(urls))
	f.Fetch(ctx, urls, func(r Result) { out = append(out, r) })
	return out
}

// Fetch fetches urls concurrently and calls fn once per URL, in input order,
// never concurrently, from the calling goroutine; it returns after the last
// call. Cancelling ctx stops the work: URLs not yet fetched get a Result
// whose Err matches ctx's error.
func (f *Fetcher) Fetch(ctx context.Context, urls []string, fn func(Result)) {
	r := newRun(ctx, f, urls)
	go r.submit()
	for i := range r.jobs {
		j := r.jobs[i]
		<-j.done
		res := j.res
		res.URL = urls[i]
		if fe, ok := res.Err.(*Error); ok && fe.URL != urls[i] {
			copied := *fe
			copied.URL = urls[i]
			res.Err = &copied
		}
		fn(res)
	}
}

// job is one distinct URL to fetch. Duplicates share the first job.
type job struct {
	url  string // as first given
	key  string // normalized, "" if invalid
	host string
	err  error // why the URL is invalid

	mu       sync.Mutex
	finished bool
	res      Result
	done     chan struct{}
}

// finish records the job's result; later calls are ignored.
func (j *job) finish(res Result) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.finished {
		return
	}
	j.finished = true
	j.res = res
	close(j.done)
}

// run is one call of Fetch.
type run struct {
	ctx   context.Context
	f     *Fetcher
	jobs  []*job // one per input URL; duplicates point to the same job
	order []*job // distinct jobs in input order
	c     *colly.Collector
}

// state is a job's progress across attempts, kept in the colly context.
type state struct {
	job      *job
	attempts int
	failure  *Error // set when the response headers already tell why
	// retryAfter is the wait a 429 or 503 response asked for, 0 if none.
	retryAfter time.Duration
	status     int
	finalURL   string
	ctype      string
	charset    string
}

const stateKey = "fetch.state"

// contentTypeHeader is where the transport moves the Content-Type header,
// out of colly's sight: colly converts bodies to UTF-8 whenever the header
// names another charset, and the caller wants the bytes as served.
const contentTypeHeader = "X-Fetch-Content-Type"

var urlParser = whatwg.NewParser(whatwg.WithPercentEncodeSinglePercentSign())

func newRun(ctx context.Context, f *Fetcher, urls []string) *run {
	r := &run{ctx: ctx, f: f, jobs: make([]*job, len(urls))}
	seen := map[string]*job{}
	for i, u := range urls {
		key, host, err := normalize(u)
		if err == nil {
			if j, ok := seen[key]; ok {
				r.jobs[i] = j
				continue
			}
		}
		j := &job{url: u, key: key, host: host, err: err, done: make(chan struct{})}
		if err == nil {
			seen[key] = j
		}
		r.jobs[i] = j
		r.order = append(r.order, j)
	}
	r.c = r.collector()
	return r
}

// normalize returns the URL as colly will request it, and its host.
func normalize(raw string) (key, host string, err error) {
	w, err := urlParser.Parse(raw)
	if err != nil {
		return "", "", err
	}
	u, err := url.Parse(w.Href(true))
	if err != nil {
		return "", "", err
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", "", fmt.Errorf("scheme %q is not http or https", u.Scheme)
	}
	return u.String(), u.Host, nil
}

// collector configures a colly collector for the run: asynchronous,
// obeying robots.txt, one limit rule per host, our redirect policy and the
// callbacks that turn responses into results.
func (r *run) collector() *colly.Collector {
	cfg := r.f.cfg
	c := colly.NewCollector(colly.Async(true))
	// Set fields after NewCollector, which lets COLLY_* environment
	// variables override its options.
	c.UserAgent = cfg.userAgent
	c.IgnoreRobotsTxt = false
	c.AllowURLRevisit = true // duplicates and retries are handled here
	c.ParseHTTPErrorResponse = true
	c.DetectCharset = false
	c.MaxDepth = 0
	c.MaxBodySize = 0
	if cfg.maxBodySize > 0 {
		// One byte more than allowed, to tell a body of exactly the
		// limit from a longer one that colly truncated.
		c.MaxBodySize = cfg.maxBodySize + 1
	}
	c.CacheDir = ""
	c.Context = r.ctx
	c.Headers = &http.Header{"Accept": {"text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"}}
	base := cfg.transport
	if base == nil {
		base = http.DefaultTransport.(*http.Transport).Clone()
	}
	c.WithTransport(hideContentType{base})
	c.SetRequestTimeout(cfg.timeout)
	robots := newRobotsRules(&http.Client{Transport: base, Timeout: cfg.timeout}, cfg.userAgent)
	c.SetRedirectHandler(redirectPolicy(cfg.maxRedirects, robots))

	hosts := map[string]bool{}
	for _, j := range r.order {
		if j.err == nil && !hosts[j.host] {
			hosts[j.host] = true
			// colly shares one rule's slots among all the hosts it
			// matches, so each host gets its own rule.
			c.Limit(&colly.LimitRule{
				DomainRegexp: "^" + regexp.QuoteMeta(j.host) + "$",
				Parallelism:  cfg.parallelism,
				Delay:        cfg.delay,
			})
		}
	}
	// Hosts not known in advance (none today) share one more rule.
	c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: cfg.parallelism, Delay: cfg.delay})

	c.OnRequest(func(req *colly.Request) {
		if r.ctx.Err() != nil {
			req.Abort() // submit finishes the job after Wait
		}
	})
	c.OnResponseHeaders(r.onHeaders)
	c.OnResponse(r.onResponse)
	c.OnError(r.onError)
	return c
}

// submit queues every job, then waits for colly and finishes any job it left
// without a result (a request aborted after cancellation).
func (r *run) submit() {
	for _, j := range r.order {
		switch {
		case j.err != nil:
			j.finish(Result{Err: &Error{URL: j.url, Kind: ErrInvalidURL, Err: j.err}})
			continue
		case r.ctx.Err() != nil:
			j.finish(Result{Err: &Error{URL: j.url, Err: r.ctx.Err()}})
			continue
		}
		if r.f.cache != nil {
			if res, ok := r.f.cache.get(j.key); ok {
				j.finish(res)
				continue
			}
		}
		cctx := colly.NewContext()
		cctx.Put(stateKey, &state{job: j, attempts: 1})
		// In async mode Request returns once the request is queued; its
		// error is from the checks before it, robots.txt included.
		if err := r.c.Request(http.MethodGet, j.key, nil, cctx, nil); err != nil {
			j.finish(Result{Attempts: 0, Err: classify(r.ctx, j.url, err)})
		}
	}
	r.c.Wait()
	for _, j := range r.order {
		err := r.ctx.Err()
		if err == nil {
			err = errors.New("no response recorded")
		}
		j.finish(Result{Err: &Error{URL: j.url, Err: err}})
	}
}

func stateOf(c *colly.Context) *state {
	st, _ := c.GetAny(stateKey).(*state)
	return st
}

// onHeaders checks status, media type and announced length, and aborts the
// download when they already decide the outcome.
func (r *run) onHeaders(resp *colly.Response) {
	st := stateOf(resp.Ctx)
	st.status = resp.StatusCode
	st.finalURL = resp.Request.URL.String()
	st.ctype, st.charset = mediaType(resp.Headers.Get(contentTypeHeader))
	fail := func(kind error, err error) {
		st.failure = &Error{URL: st.job.url, Kind: kind, Status: resp.StatusCode, Err: err}
		resp.Request.Abort()
	}
	st.retryAfter = 0
	switch {
	case resp.StatusCode >= 300:
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			st.retryAfter = retryAfter(resp.Headers.Get("Retry-After"), time.Now())
		}
		fail(ErrStatus, nil)
	case !acceptable(st.ctype):
		fail(ErrNotHTML, fmt.Errorf("content type %s", st.ctype))
	case r.f.cfg.maxBodySize > 0:
		if n, err := strconv.ParseInt(resp.Headers.Get("Content-Length"), 10, 64); err == nil && n > int64(r.f.cfg.maxBodySize) {
			fail(ErrTooLarge, fmt.Errorf("%d bytes announced, limit %d", n, r.f.cfg.maxBodySize))
		}
	}
}

// onResponse finishes a job whose body arrived.
func (r *run) onResponse(resp *colly.Response) {
	st := stateOf(resp.Ctx)
	res := Result{
		FinalURL: st.finalURL, Status: st.status, ContentType: st.ctype,
		Charset: st.charset, Attempts: st.attempts,
	}
	if limit := r.f.cfg.maxBodySize; limit > 0 && len(resp.Body) > limit {
		res.Err = &Error{URL: st.job.url, Kind: ErrTooLarge, Status: st.status,
			Attempts: st.attempts, Err: fmt.Errorf("more than %d bytes", limit)}
		st.job.finish(res)
		return
	}
	res.Body = resp.Body
	if r.f.cache != nil {
		res.Err = r.f.cache.put(st.job.key, res)
	}
	st.job.finish(res)
}

// onError finishes a failed job, or retries it after a pause when the
// failure is transient and retries remain.
func (r *run) onError(resp *colly.Response, err error) {
	st := stateOf(resp.Ctx)
	fe := st.failure
	if fe == nil || !errors.Is(err, colly.ErrAbortedAfterHeaders) {
		fe = classify(r.ctx, st.job.url, err)
	}
	fe.Attempts = st.attempts
	if fe.retryable() && st.attempts <= r.f.cfg.retries && st.retryAfter <= maxRetryAfter && r.ctx.Err() == nil {
		pause := max(backoff(r.f.cfg.backoff, st.attempts), st.retryAfter)
		select {
		case <-time.After(pause):
			*st = state{job: st.job, attempts: st.attempts + 1}
			err := resp.Request.Retry()
			if err == nil {
				return
			}
			fe = classify(r.ctx, st.job.url, err)
			fe.Attempts = st.attempts
		case <-r.ctx.Done():
			fe = &Error{URL: st.job.url, Attempts: st.attempts, Err: r.ctx.Err()}
		}
	}
	st.job.finish(Result{
		FinalURL: st.finalURL, Status: st.status, ContentType: st.ctype,
		Charset: st.charset, Attempts: st.attempts, Err: fe,
	})
}

// maxRetryAfter is the longest pause before a retry; a server asking for a
// longer one (Retry-After) gets no retry.
const maxRetryAfter = 2 * time.Minute

// backoff returns the pause before retry number n (from 1): base, doubled
// for each retry after the first, at most maxRetryAfter.
func backoff(base time.Duration, n int) time.Duration {
	d := base
	for i := 1; i < n && d < maxRetryAfter; i++ {
		d *= 2
	}
	return min(d, maxRetryAfter)
}

// retryAfter parses a Retry-After header, in seconds or as an HTTP date,
// into a wait from now; 0 when absent or invalid.
func retryAfter(header string, now time.Time) time.Duration {
	if header == "" {
		return 0
	}
	if secs, err := strconv.Atoi(header); err == nil {
		return max(time.Duration(secs)*time.Second, 0)
	}
	if t, err := http.ParseTime(header); err == nil {
		return max(t.Sub(now), 0)
	}
	return 0
}

// mediaType splits a Content-Type header into its lower-case media type and
// charset.
func mediaType(header string) (mt, charset string) {
	if header == "" {
		return "", ""
	}
	mt, params, err := mime.ParseMediaType(header)
	if err != nil {
		// Keep what precedes the first ';' of a malformed header.
		mt, _, _ = strings.Cut(header, ";")
		return strings.ToLower(strings.TrimSpace(mt)), ""
	}
	return mt, strings.ToLower(params["charset"])
}

// acceptable reports whether a page of media type mt may be an article.
func acceptable(mt string) bool {
	switch mt {
	case "", "text/html", "application/xhtml+xml", "text/plain":
		return true
	}
	return false
}

// redirectPolicy follows at most max redirects, to URLs that robots.txt
// allows, and stops a chain that visits one URL a third time (a second visit
// is allowed: sites redirect to the same page after setting a cookie).
func redirectPolicy(max int, robots *robotsRules) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		target := req.URL.String()
		seen := 0
		for _, v := range via {
			if v.URL.String() == target {
				seen++
			}
		}
		if seen >= 2 {
			return &Error{Kind: ErrRedirectLoop, Err: fmt.Errorf("back to %s after %d redirects", target, len(via))}
		}
		if len(via) > max {
			return &Error{Kind: ErrTooManyRedirects, Err: fmt.Errorf("stopped at %s after %d", target, max)}
		}
		return robots.check(req.Context(), req.URL)
	}
}

// hideContentType moves each response's Content-Type header to
// contentTypeHeader; see there.
type hideContentType struct{ base http.RoundTripper }

// RoundTrip implements http.RoundTripper.
func (h hideContentType) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := h.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if v, ok := resp.Header["Content-Type"]; ok {
		resp.Header[contentTypeHeader] = v
		delete(resp.Header, "Content-Type")
	}
	return resp, nil
}
