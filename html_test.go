package clean

import (
	"context"
	"strings"
	"testing"

	"github.com/newsclean/clean/internal/golden"
	"github.com/newsclean/clean/pipeline"
)

var _ = golden.Update

func TestHTMLPipeline(t *testing.T) {
	const prose = "The council voted on Tuesday to extend the tram line to the harbour, a project that has been debated for more than a decade, and work is due to start next spring."
	page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tram line extended | The Paper</title>
<meta property="og:site_name" content="The Paper"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Tram line extended</h1><p>` + prose + `</p><p>Construction is expected to take three years, officials said.</p>
<div class="share-tools">Share on Facebook</div></article>
<footer>Copyright 2024 The Paper</footer></body></html>`
	a, err := Bytes(context.Background(), []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Format != "html" || a.Charset != "utf-8" {
		t.Errorf("format %q charset %q", a.Format, a.Charset)
	}
	body := a.BodyText()
	for _, want := range []string{"tram line to the harbour", "three years"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lost %q:\n%s", want, body)
		}
	}
	for _, gone := range []string{"Home World", "Share on Facebook", "Copyright"} {
		if strings.Contains(body, gone) {
			t.Errorf("body keeps %q:\n%s", gone, body)
		}
	}
	if a.Meta.Title != "Tram line extended" || a.Meta.Site != "The Paper" {
		t.Errorf("meta = %+v", a.Meta)
	}
	rules := map[string]bool{}
	for _, c := range a.Log {
		if c.Stage == "extract" && c.Action == pipeline.Removed {
			rules[c.Rule] = true
		}
	}
	for _, r := range []string{"nav", "share-widget", "footer"} {
		if !rules[r] {
			t.Errorf("no %q removal in the log: %+v", r, a.Log)
		}
	}
	names := []string{}
	for _, s := range htmlPipeline().Stages() {
		names = append(names, s.Name())
	}
	if names[0] != "extract" || strings.Contains(strings.Join(names, " "), "decode") {
		t.Errorf("html stages = %v, want extract first and no decode", names)
	}
}
