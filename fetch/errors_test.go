package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"testing"

	"github.com/gocolly/colly/v2"
	"github.com/newsclean/clean/internal/golden"
)

var _ = golden.Update

func TestErrorMessageAndReason(t *testing.T) {
	const u = "https://example.com/a"
	tests := []struct {
		err         *Error
		msg, reason string
		is          error
		retryable   bool
	}{
		{&Error{URL: u, Kind: ErrStatus, Status: 404, Attempts: 1}, "fetch " + u + ": HTTP 404 Not Found", "http-404", ErrStatus, false},
		{&Error{URL: u, Kind: ErrStatus, Status: 503, Attempts: 3}, "fetch " + u + ": HTTP 503 Service Unavailable (after 3 attempts)", "http-503", ErrStatus, true},
		{&Error{URL: u, Kind: ErrStatus, Status: 429}, "fetch " + u + ": HTTP 429 Too Many Requests", "http-429", ErrStatus, true},
		{&Error{URL: u, Kind: ErrRobots}, "fetch " + u + ": disallowed by robots.txt", "robots", ErrRobots, false},
		{&Error{URL: u, Kind: ErrTooLarge, Err: errors.New("more than 10 bytes")}, "fetch " + u + ": body too large: more than 10 bytes", "too-large", ErrTooLarge, false},
		{&Error{URL: u, Kind: ErrTimeout, Err: os.ErrDeadlineExceeded}, "fetch " + u + ": timed out: i/o timeout", "timeout", ErrTimeout, true},
		{&Error{URL: u, Err: context.Canceled}, "fetch " + u + ": context canceled", "canceled", context.Canceled, false},
		{&Error{URL: u, Err: errors.New("connection refused")}, "fetch " + u + ": connection refused", "network", nil, false},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.msg {
			t.Errorf("Error() = %q, want %q", got, tt.msg)
		}
		if got := tt.err.Reason(); got != tt.reason {
			t.Errorf("%s: Reason() = %q, want %q", tt.msg, got, tt.reason)
		}
		if tt.is != nil && !errors.Is(tt.err, tt.is) {
			t.Errorf("%s: not errors.Is %v", tt.msg, tt.is)
		}
		if got := tt.err.retryable(); got != tt.retryable {
			t.Errorf("%s: retryable() = %v", tt.msg, got)
		}
	}
}

// timeoutErr is a net.Error that timed out.
type timeoutErr struct{}

func (timeoutErr) Error() string   { return "slow" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

func TestClassify(t *testing.T) {
	const u = "https://example.com/a"
	wrap := func(err error) error { return &url.Error{Op: "Get", URL: u, Err: err} }
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		ctx  context.Context
		err  error
		kind error
	}{
		{context.Background(), wrap(&net.DNSError{Err: "no such host", Name: "example.com"}), ErrDNS},
		{context.Background(), wrap(timeoutErr{}), ErrTimeout},
		{context.Background(), wrap(context.DeadlineExceeded), ErrTimeout},
		{context.Background(), colly.ErrRobotsTxtBlocked, ErrRobots},
		{context.Background(), wrap(&Error{Kind: ErrRedirectLoop}), ErrRedirectLoop},
		{context.Background(), wrap(&Error{Kind: ErrTooManyRedirects}), ErrTooManyRedirects},
		{context.Background(), wrap(errors.New("connection reset")), nil},
		{canceled, wrap(timeoutErr{}), nil},
	}
	for _, tt := range tests {
		got := classify(tt.ctx, u, tt.err)
		if got.Kind != tt.kind || got.URL != u {
			t.Errorf("classify(%v) = kind %v, URL %q; want %v", tt.err, got.Kind, got.URL, tt.kind)
		}
	}
	if got := classify(canceled, u, fmt.Errorf("x")); !errors.Is(got, context.Canceled) {
		t.Errorf("after cancellation: %v, want context.Canceled", got)
	}
}
