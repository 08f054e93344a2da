package main

import "github.com/newsclean/clean/batch"

// newFetcher returns the function that fetches URL inputs, or nil while
// the command is built without a fetcher: URL inputs then fail one by one
// with "fetching URLs is not available".
func newFetcher() batch.FetchFunc { return nil }
