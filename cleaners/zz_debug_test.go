package cleaners

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsclean/clean/pipeline"
)

func TestZZDebug(t *testing.T) {
	id := os.Getenv("DBG")
	if id == "" {
		t.Skip()
	}
	m, _ := filepath.Glob("../../shared/eval/scrapinghub/text/" + id + "*")
	raw, _ := os.ReadFile(m[0])
	a := &pipeline.Article{Raw: raw}
	p := pipeline.New("x", Decode{}, Normalize{}, Segment{}, Language{})
	p.Run(context.Background(), a)
	d := newDocView(a)
	v := d.analyze()
	fmt.Println("lang", d.lang, d.hasStops, d.first, d.last)
	for i, b := range a.Blocks {
		r := ""
		if v[i] != nil {
			r = v[i].rule.name
		}
		in := " "
		if d.inRegion(i) {
			in = "*"
		}
		fmt.Printf("%s%3d %6.0f %-14s %3dw %.2f %-70.70s\n", in, i, d.blockScore(i, v[i]), r, d.feat[i].words, d.feat[i].stopDensity(), b.Text)
	}
}
