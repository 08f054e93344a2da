package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"

	"github.com/gocolly/colly/v2"
)

// Reasons a fetch fails; an *Error matches one of them with errors.Is.
var (
	// ErrInvalidURL: the URL does not parse or is not http(s).
	ErrInvalidURL = errors.New("invalid URL")
	// ErrDNS: the host name could not be resolved.
	ErrDNS = errors.New("DNS lookup failed")
	// ErrTimeout: the request did not finish in time, after all retries.
	ErrTimeout = errors.New("timed out")
	// ErrStatus: the server answered with an error or an unfollowed
	// redirect status; Error.Status has the code.
	ErrStatus = errors.New("HTTP error status")
	// ErrRobots: the site's robots.txt disallows the URL for our agent.
	ErrRobots = errors.New("disallowed by robots.txt")
	// ErrTooLarge: the body exceeds the maximum body size.
	ErrTooLarge = errors.New("body too large")
	// ErrNotHTML: the Content-Type is neither HTML nor plain text.
	ErrNotHTML = errors.New("not HTML")
	// ErrTooManyRedirects: the redirect chain is longer than allowed.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrRedirectLoop: the redirect chain keeps coming back to one URL.
	ErrRedirectLoop = errors.New("redirect loop")
)

// Error says why fetching one URL failed.
type Error struct {
	// URL is the URL as given to Fetch.
	URL string
	// Kind is one of the sentinel errors of this package, or nil when the
	// failure is none of them (a refused connection, a cancelled context).
	Kind error
	// Status is the HTTP status code, when a response was received.
	Status int
	// Attempts is how many requests were made for the URL.
	Attempts int
	// Err is the underlying error, if any.
	Err error
}

// Error returns "fetch URL: reason[: detail]".
func (e *Error) Error() string {
	msg := "fetch " + e.URL + ": "
	switch {
	case e.Kind == ErrStatus:
		msg += fmt.Sprintf("HTTP %d %s", e.Status, http.StatusText(e.Status))
	case e.Kind != nil:
		msg += e.Kind.Error()
	}
	if e.Err != nil {
		if e.Kind != nil {
			msg += ": "
		}
		msg += e.Err.Error()
	}
	if e.Attempts > 1 {
		msg += fmt.Sprintf(" (after %d attempts)", e.Attempts)
	}
	return msg
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Is reports whether target is the error's Kind.
func (e *Error) Is(target error) bool { return e.Kind != nil && target == e.Kind }

// Reason returns a short stable code for the failure, for logs and reports:
// "invalid-url", "dns", "timeout", "http-404", "robots", "too-large",
// "not-html", "too-many-redirects", "redirect-loop", "canceled" or "network".
func (e *Error) Reason() string {
	switch e.Kind {
	case ErrInvalidURL:
		return "invalid-url"
	case ErrDNS:
		return "dns"
	case ErrTimeout:
		return "timeout"
	case ErrStatus:
		return "http-" + strconv.Itoa(e.Status)
	case ErrRobots:
		return "robots"
	case ErrTooLarge:
		return "too-large"
	case ErrNotHTML:
		return "not-html"
	case ErrTooManyRedirects:
		return "too-many-redirects"
	case ErrRedirectLoop:
		return "redirect-loop"
	}
	if errors.Is(e.Err, context.Canceled) || errors.Is(e.Err, context.DeadlineExceeded) {
		return "canceled"
	}
	return "network"
}

// retryable reports whether another attempt may succeed: server errors,
// rate limiting and timeouts are usually transient.
func (e *Error) retryable() bool {
	switch e.Kind {
	case ErrTimeout:
		return true
	case ErrStatus:
		return e.Status >= 500 || e.Status == http.StatusTooManyRequests
	}
	return false
}

// classify turns an error from colly or net/http into an *Error for rawURL.
// ctx is the caller's context: once it is done, every failure is reported as
// its cancellation, not as the timeout or reset it caused.
func classify(ctx context.Context, rawURL string, err error) *Error {
	var fe *Error
	if errors.As(err, &fe) {
		found := *fe
		if found.URL == "" {
			found.URL = rawURL
		}
		return &found
	}
	e := &Error{URL: rawURL, Err: err}
	var dnsErr *net.DNSError
	var netErr net.Error
	switch {
	case ctx.Err() != nil:
		e.Err = ctx.Err()
	case errors.Is(err, colly.ErrRobotsTxtBlocked):
		e.Kind, e.Err = ErrRobots, nil
	case errors.As(err, &dnsErr):
		e.Kind = ErrDNS
	case errors.As(err, &netErr) && netErr.Timeout(),
		errors.Is(err, os.ErrDeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		e.Kind = ErrTimeout
	}
	return e
}
