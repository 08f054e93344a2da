package main

import (
	"context"
	"fmt"

	"github.com/newsclean/clean/batch"
	"github.com/newsclean/clean/fetch"
)

// newFetcher returns the function that fetches the URL inputs of a run,
// politely (see package fetch), keeping pages in cacheDir when it is set.
func newFetcher(cacheDir string) (batch.FetchFunc, error) {
	var opts []fetch.Option
	if cacheDir != "" {
		opts = append(opts, fetch.WithCacheDir(cacheDir))
	}
	f, err := fetch.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("fetcher: %w", err)
	}
	return func(ctx context.Context, urls []string, fn func(batch.Fetched)) {
		f.Fetch(ctx, urls, func(r fetch.Result) {
			fn(batch.Fetched{Body: r.Body, Charset: r.Charset, URL: r.FinalURL, Err: r.Err})
		})
	}, nil
}
