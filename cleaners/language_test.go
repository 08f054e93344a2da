package cleaners

import (
	"context"
	"strings"
	"testing"

	"github.com/newsclean/clean/internal/golden"
	"github.com/newsclean/clean/pipeline"
)

var _ = golden.Update

func TestLanguage(t *testing.T) {
	tests := []struct {
		name, given string
		source      string
		body        []string
		want        string
		wantErr     string
		logged      bool
	}{
		{name: "detect english", body: []string{"Trump said on Monday that the call with Putin was productive and that they would talk again."}, want: "en", logged: true},
		{name: "detect russian", body: []string{"Президент заявил, что переговоры будут продолжены на следующей неделе.", "Об этом сообщает агентство."}, want: "ru", logged: true},
		{name: "detect chinese", body: []string{"特朗普表示，他与普京的通话很有成效，双方同意继续进行谈判。"}, want: "zh", logged: true},
		{name: "unsure", body: []string{"Trump Putin Zelensky 2025"}, want: ""},
		{name: "no body", want: ""},
		{name: "given kept", given: "de", body: []string{"The text is English."}, want: "de"},
		{name: "given canonical", given: "EN-us", want: "en-US"},
		{name: "given underscore", given: "pt_br", want: "pt-BR"},
		{name: "given invalid", given: "not a language", wantErr: `language "not a language"`},
		{name: "given unknown", given: "english", wantErr: `language "english"`},
		{name: "invalid from page", given: "english", source: "html", body: []string{"This is the text of the article, and it is in English."}, want: "en", logged: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &pipeline.Article{}
			a.Meta.Lang = tt.given
			if tt.source != "" {
				a.Meta.SetSource("lang", tt.source)
			}
			for _, s := range tt.body {
				a.Blocks = append(a.Blocks, &pipeline.Block{Text: s})
			}
			err := (Language{}).Apply(context.Background(), a, pipeline.NewLedger("language", a))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Meta.Lang != tt.want {
				t.Errorf("Lang = %q, want %q", a.Meta.Lang, tt.want)
			}
			if logged := len(a.Log) > 0; logged != tt.logged {
				t.Errorf("log %+v, want logged %v", a.Log, tt.logged)
			}
			if tt.logged {
				c := a.Log[len(a.Log)-1]
				if c.Field != "lang" || c.Action != pipeline.Moved || c.Text != tt.want || c.Reason == "" {
					t.Errorf("change %+v", c)
				}
				if a.Meta.Provenance["lang"] != "detected" {
					t.Errorf("provenance %v", a.Meta.Provenance)
				}
			}
		})
	}
}
