package fetch

import (
	"fmt"
	"net/http"
	"time"
)

// DefaultUserAgent names this tool and where to learn about it, so that site
// operators can tell who is fetching and write robots.txt rules for it.
const DefaultUserAgent = "newsclean-clean/0.1 (+https://github.com/newsclean/clean)"

// Defaults of the options.
const (
	DefaultParallelism  = 2
	DefaultDelay        = time.Second
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBodySize  = 10 << 20
	DefaultRetries      = 2
	DefaultBackoff      = time.Second
	DefaultMaxRedirects = 10
)

// config is what the options set.
type config struct {
	userAgent    string
	parallelism  int
	delay        time.Duration
	timeout      time.Duration
	maxBodySize  int
	retries      int
	backoff      time.Duration
	maxRedirects int
	cacheDir     string
	transport    http.RoundTripper
}

func defaults() config {
	return config{
		userAgent:    DefaultUserAgent,
		parallelism:  DefaultParallelism,
		delay:        DefaultDelay,
		timeout:      DefaultTimeout,
		maxBodySize:  DefaultMaxBodySize,
		retries:      DefaultRetries,
		backoff:      DefaultBackoff,
		maxRedirects: DefaultMaxRedirects,
	}
}

func (c *config) validate() error {
	switch {
	case c.userAgent == "":
		return fmt.Errorf("user agent is empty")
	case c.parallelism < 1:
		return fmt.Errorf("parallelism %d: must be at least 1", c.parallelism)
	case c.delay < 0:
		return fmt.Errorf("delay %v: must not be negative", c.delay)
	case c.timeout <= 0:
		return fmt.Errorf("timeout %v: must be positive", c.timeout)
	case c.maxBodySize < 0:
		return fmt.Errorf("max body size %d: must not be negative", c.maxBodySize)
	case c.retries < 0:
		return fmt.Errorf("retries %d: must not be negative", c.retries)
	case c.backoff < 0:
		return fmt.Errorf("backoff %v: must not be negative", c.backoff)
	case c.maxRedirects < 0:
		return fmt.Errorf("max redirects %d: must not be negative", c.maxRedirects)
	}
	return nil
}

// An Option changes a Fetcher's settings; see New.
type Option func(*config)

// WithUserAgent sets the User-Agent header sent with every request,
// robots.txt included, and the agent name matched against robots.txt groups.
// The default is DefaultUserAgent.
func WithUserAgent(ua string) Option { return func(c *config) { c.userAgent = ua } }

// WithParallelism sets how many requests may be in flight to one host at a
// time (default 2). Different hosts are fetched independently.
func WithParallelism(n int) Option { return func(c *config) { c.parallelism = n } }

// WithDelay sets how long a request slot for a host stays idle after each
// request before the next request to that host may use it (default 1 s).
func WithDelay(d time.Duration) Option { return func(c *config) { c.delay = d } }

// WithTimeout bounds each request, redirects and body reading included
// (default 30 s). A request that runs out of time fails with ErrTimeout.
func WithTimeout(d time.Duration) Option { return func(c *config) { c.timeout = d } }

// WithMaxBodySize sets the largest body accepted, in bytes (default 10 MiB);
// a larger body fails with ErrTooLarge. Zero means no limit.
func WithMaxBodySize(n int) Option { return func(c *config) { c.maxBodySize = n } }

// WithRetries sets how many times a request is retried after a server error
// (5xx), a 429 Too Many Requests or a timeout (default 2, so at most three
// attempts). Zero disables retries.
func WithRetries(n int) Option { return func(c *config) { c.retries = n } }

// WithBackoff sets the pause before the first retry (default 1 s); each
// further retry waits twice as long as the one before, up to 2 minutes.
func WithBackoff(d time.Duration) Option { return func(c *config) { c.backoff = d } }

// WithMaxRedirects sets how many redirects a request may follow (default
// 10); one more fails with ErrTooManyRedirects. Zero refuses all redirects.
func WithMaxRedirects(n int) Option { return func(c *config) { c.maxRedirects = n } }

// WithCacheDir keeps successful fetches in dir, created if missing, and
// serves later fetches of the same URL from it without any request.
func WithCacheDir(dir string) Option { return func(c *config) { c.cacheDir = dir } }

// WithTransport sets the HTTP transport (default: a clone of
// http.DefaultTransport), for example to go through a proxy.
func WithTransport(rt http.RoundTripper) Option { return func(c *config) { c.transport = rt } }
