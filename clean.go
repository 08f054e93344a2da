// Package clean turns raw scraped news articles, as text or HTML, into clean,
// normalized articles: title, authors, date, site, language and body
// paragraphs, with the boilerplate gone and every removal explained.
//
//	a, err := clean.String(raw)
//	fmt.Println(a.Meta.Title, a.Body(), a.Log)
//
// Cleaning runs a pipeline (package pipeline) of stages (package cleaners);
// every block a stage removes or changes is recorded in the article's Log.
package clean

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/newsclean/clean/cleaners"
	"github.com/newsclean/clean/pipeline"
)

// Option configures a call to Reader, Bytes or String.
type Option func(*config)

type config struct {
	source  string
	lang    string
	charset string
	format  string
	url     string
}

// WithSource names the input (a path or URL) in the article and its errors.
func WithSource(name string) Option { return func(c *config) { c.source = name } }

// WithLang sets the article's language (an ISO 639-1 code such as "ru")
// instead of detecting it.
func WithLang(code string) Option { return func(c *config) { c.lang = code } }

// WithCharset sets the input's character encoding (e.g. "windows-1251")
// instead of detecting it.
func WithCharset(name string) Option { return func(c *config) { c.charset = name } }

// WithFormat sets the input format, "text" or "html", instead of detecting
// it from the content.
func WithFormat(format string) Option { return func(c *config) { c.format = format } }

// WithURL records the URL the input was fetched from.
func WithURL(u string) Option { return func(c *config) { c.url = u } }

// Reader reads all of r and cleans it.
func Reader(ctx context.Context, r io.Reader, opts ...Option) (*pipeline.Article, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		c := apply(opts)
		return nil, fmt.Errorf("clean %s: read: %w", c.source, err)
	}
	return Bytes(ctx, raw, opts...)
}

// String cleans s.
func String(s string, opts ...Option) (*pipeline.Article, error) {
	return Bytes(context.Background(), []byte(s), opts...)
}

// Bytes cleans raw, which it does not modify.
func Bytes(ctx context.Context, raw []byte, opts ...Option) (*pipeline.Article, error) {
	c := apply(opts)
	a := &pipeline.Article{Source: c.source, Raw: raw, Charset: c.charset, Format: c.format}
	a.Meta.Lang = c.lang
	a.Meta.URL = c.url
	if a.Format == "" {
		a.Format = DetectFormat(raw)
	}
	p, err := Pipeline(a.Format)
	if err != nil {
		return nil, fmt.Errorf("clean %s: %w", c.source, err)
	}
	if _, err := p.Run(ctx, a); err != nil {
		return nil, fmt.Errorf("clean %s: %w", c.source, err)
	}
	return a, nil
}

// Pipeline returns the default pipeline for format "text" or "html".
func Pipeline(format string) (*pipeline.Pipeline, error) {
	switch format {
	case "text":
		return cleaners.Text(), nil
	case "html":
		return htmlPipeline(), nil
	}
	return nil, fmt.Errorf("unknown format %q (want text or html)", format)
}

func apply(opts []Option) config {
	c := config{source: "-"}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// DetectFormat returns "html" when raw looks like an HTML document and
// "text" otherwise. It looks at content, not at file names.
func DetectFormat(raw []byte) string {
	head := raw[:min(len(raw), 1024)]
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	lower := bytes.ToLower(head)
	for _, p := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<?xml"), []byte("<!--")} {
		if bytes.HasPrefix(lower, p) {
			return "html"
		}
	}
	return "text"
}
