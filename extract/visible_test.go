package extract

import "testing"

func TestVisibleText(t *testing.T) {
	page := `<html><head><title>T</title><style>p{}</style></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>A  headline</h1><p>First <b>bold</b> words.<br>Second line.</p>
<script>var x = 1;</script><ul><li>one</li><li>two</li></ul></article></body></html>`
	got, err := VisibleText([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	want := "Home News\nA headline\nFirst bold words.\nSecond line.\none\ntwo\n"
	if got != want {
		t.Errorf("VisibleText =\n%q\nwant\n%q", got, want)
	}
}
