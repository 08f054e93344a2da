package fetch

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"

	"github.com/temoto/robotstxt"
)

// maxRobotsSize is the most of a robots.txt file that is read; Google
// ignores what follows 500 KiB too.
const maxRobotsSize = 512 << 10

// robotsRules checks redirect targets against their site's robots.txt,
// which colly checks only for the URL it was asked to fetch. It fetches
// each origin's robots.txt once per run.
type robotsRules struct {
	client *http.Client
	agent  string

	mu       sync.Mutex
	byOrigin map[string]*robotstxt.RobotsData
}

func newRobotsRules(client *http.Client, agent string) *robotsRules {
	return &robotsRules{client: client, agent: agent, byOrigin: map[string]*robotstxt.RobotsData{}}
}

// check returns an *Error of kind ErrRobots when robots.txt disallows u,
// and an error when robots.txt cannot be fetched.
func (r *robotsRules) check(ctx context.Context, u *url.URL) error {
	data, err := r.rules(ctx, u.Scheme+"://"+u.Host)
	if err != nil {
		return err
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !data.FindGroup(r.agent).Test(path) {
		return &Error{Kind: ErrRobots, Err: fmt.Errorf("redirected to %s", u)}
	}
	return nil
}

// rules returns the parsed robots.txt of origin, fetching it on first use.
// The lock is held while fetching, so that an origin is fetched only once.
func (r *robotsRules) rules(ctx context.Context, origin string) (*robotstxt.RobotsData, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if data, ok := r.byOrigin[origin]; ok {
		return data, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, origin+"/robots.txt", nil)
	if err != nil {
		return nil, fmt.Errorf("robots.txt of %s: %w", origin, err)
	}
	req.Header.Set("User-Agent", r.agent)
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("robots.txt of %s: %w", origin, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsSize))
	if err != nil {
		return nil, fmt.Errorf("robots.txt of %s: %w", origin, err)
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		return nil, fmt.Errorf("robots.txt of %s: %w", origin, err)
	}
	r.byOrigin[origin] = data
	return data, nil
}
