package fetch_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/newsclean/clean/fetch"
	"github.com/newsclean/clean/internal/golden"
)

var _ = golden.Update

func ExampleFetcher_Fetch() {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		fmt.Fprint(w, "<p>Story</p>")
	})
	mux.HandleFunc("/logo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	f, err := fetch.New(fetch.WithDelay(10 * time.Millisecond))
	if err != nil {
		fmt.Println(err)
		return
	}
	urls := []string{srv.URL + "/story", srv.URL + "/private/memo", srv.URL + "/logo.png", srv.URL + "/gone"}
	f.Fetch(context.Background(), urls, func(r fetch.Result) {
		if fe, ok := r.Err.(*fetch.Error); ok {
			fmt.Println("failed:", fe.Reason())
			return
		}
		fmt.Printf("%d %s %s %q\n", r.Status, r.ContentType, r.Charset, r.Body)
	})
	// Output:
	// 200 text/html windows-1251 "<p>Story</p>"
	// failed: robots
	// failed: not-html
	// failed: http-404
}
