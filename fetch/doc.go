// Package fetch downloads news pages politely, so that the cleaner can work
// on them: it obeys robots.txt, sends one honest User-Agent, limits
// parallelism and spaces requests per host, bounds every request in time and
// size, retries transient failures a few times with exponential backoff, and
// can keep what it fetched in an on-disk cache so that a re-run fetches
// nothing.
//
// It is built on github.com/gocolly/colly/v2.
//
// # Use
//
//	f, err := fetch.New(fetch.WithCacheDir("cache"), fetch.WithDelay(2*time.Second))
//	if err != nil { ... }
//	f.Fetch(ctx, urls, func(r fetch.Result) {
//		if r.Err != nil {
//			fmt.Fprintln(os.Stderr, r.Err) // "fetch https://…: disallowed by robots.txt"
//			return
//		}
//		os.WriteFile(fetch.FileName(r.URL)+".raw.html", r.Body, 0o644)
//	})
//
// FetchAll does the same and returns the results as a slice.
//
// # Order and duplicates
//
// Pages are fetched concurrently, but Fetch calls its callback exactly once
// per input URL, in input order, one call at a time, from the goroutine that
// called Fetch: result i is delivered as soon as it and every result before it
// are ready. A URL given more than once (after normalization: the host
// lower-cased, a default port dropped) is fetched once, and every occurrence
// gets its own Result, with URL as written at that position.
//
// # Politeness defaults
//
//   - robots.txt is obeyed, for each URL and for every redirect target
//     (colly checks only the former; this package checks the latter). It is
//     fetched once per host and per Fetch call, outside the per-host delay;
//     a site whose robots.txt answers 5xx is treated as disallowing all,
//     one answering 4xx as allowing all.
//   - User-Agent: DefaultUserAgent, overridable with WithUserAgent.
//   - Per host: at most 2 requests at a time (WithParallelism) and a pause of
//     1 s after each request before its slot is reused (WithDelay).
//   - Each request, redirects and body included, must finish within 30 s
//     (WithTimeout).
//   - Bodies larger than 10 MiB fail with ErrTooLarge (WithMaxBodySize); a
//     page is never silently truncated.
//   - Server errors (5xx), 429 Too Many Requests and timeouts are retried
//     twice (WithRetries), after 1 s then 2 s (WithBackoff), or after the
//     pause a 429 or 503 response asks for in Retry-After if longer; a
//     server asking for more than 2 minutes gets no retry. Other failures
//     are not retried.
//   - At most 10 redirects are followed (WithMaxRedirects); a chain that
//     keeps returning to the same URL fails early with ErrRedirectLoop.
//
// # Results and errors
//
// A Result carries the raw body bytes exactly as served, with the charset
// declared by the Content-Type header (Result.Charset), if any: decoding is
// the caller's job, as the page may declare its charset in a <meta> tag
// instead. Only HTML (text/html, application/xhtml+xml) and plain text
// (text/plain) are accepted; a response without a Content-Type is accepted
// too and left to the caller to sniff.
//
// A failed fetch has a non-nil Result.Err, an *Error whose message says why
// and which matches one of the sentinel errors with errors.Is: ErrDNS,
// ErrTimeout, ErrStatus (the status code is in Error.Status and
// Result.Status), ErrRobots, ErrTooLarge, ErrNotHTML, ErrTooManyRedirects,
// ErrRedirectLoop or ErrInvalidURL. Error.Reason gives a short stable code
// for logs and reports ("robots", "http-404", ...). A fetch cut short by
// cancelling the context matches context.Canceled (or DeadlineExceeded).
//
// # File names
//
// FileName maps a URL to a readable, file-system-safe and distinct stem
// (host, path segments and a short hash of the URL), so that a caller can
// keep "<stem>.raw.html" beside "<stem>.txt".
//
// Deciding that a fetched page is not an article (a home page, a gallery, a
// paywall stub) is not this package's job: the caller decides after
// extraction.
//
// # Cache
//
// With WithCacheDir, every successful fetch is stored under the directory,
// one file per URL named by the SHA-256 of the normalized URL, holding the
// final URL, status, Content-Type and the body; files are written atomically
// (temporary file, then rename). A later fetch of the same URL is served from
// the file without any request, robots.txt included, and has FromCache set.
// Failures are never cached, so a re-run retries them. Entries do not expire:
// delete the directory to refetch. An unreadable entry counts as a miss.
package fetch
