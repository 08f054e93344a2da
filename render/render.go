// Package render writes a cleaned article as text, JSON or Markdown, and its
// removal log as tab-separated lines.
package render

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/newsclean/clean/pipeline"
)

// Formats lists the output formats Write accepts.
var Formats = []string{"text", "body", "json", "markdown"}

// Write writes a in the named format.
func Write(w io.Writer, a *pipeline.Article, format string) error {
	switch format {
	case "text":
		_, err := io.WriteString(w, Text(a))
		return err
	case "body":
		_, err := io.WriteString(w, BodyText(a))
		return err
	case "markdown":
		_, err := io.WriteString(w, Markdown(a))
		return err
	case "json":
		return JSON(w, a)
	}
	return fmt.Errorf("unknown output format %q (want text, body, json or markdown)", format)
}

// Text returns the title, a blank line, then the paragraphs separated by
// blank lines, ending in one newline.
func Text(a *pipeline.Article) string {
	var sb strings.Builder
	if a.Meta.Title != "" {
		sb.WriteString(a.Meta.Title)
		sb.WriteString("\n")
	}
	for i, b := range a.Blocks {
		if i > 0 || a.Meta.Title != "" {
			sb.WriteString("\n")
		}
		sb.WriteString(b.Text)
		sb.WriteString("\n")
	}
	return sb.String()
}

// BodyText returns the body paragraphs only, separated by blank lines and
// ending in one newline: what an evaluation compares with a ground truth.
func BodyText(a *pipeline.Article) string {
	if len(a.Blocks) == 0 {
		return ""
	}
	return a.BodyText() + "\n"
}

// Extension returns the file extension, with its dot, of outputs in format.
func Extension(format string) string {
	switch format {
	case "json":
		return ".json"
	case "markdown":
		return ".md"
	}
	return ".txt"
}

// Markdown returns the article as Markdown: the title as a level-one
// heading, a metadata line, then the blocks.
func Markdown(a *pipeline.Article) string {
	var sb strings.Builder
	if a.Meta.Title != "" {
		fmt.Fprintf(&sb, "# %s\n\n", a.Meta.Title)
	}
	var meta []string
	if len(a.Meta.Authors) > 0 {
		meta = append(meta, "By "+strings.Join(a.Meta.Authors, ", "))
	}
	if a.Meta.Published != "" {
		meta = append(meta, a.Meta.Published)
	}
	if a.Meta.Site != "" {
		meta = append(meta, a.Meta.Site)
	}
	if len(meta) > 0 {
		fmt.Fprintf(&sb, "*%s*\n\n", strings.Join(meta, " · "))
	}
	for _, b := range a.Blocks {
		switch b.Kind {
		case pipeline.Heading:
			fmt.Fprintf(&sb, "## %s\n\n", b.Text)
		case pipeline.ListItem:
			fmt.Fprintf(&sb, "- %s\n\n", b.Text)
		case pipeline.Quote:
			fmt.Fprintf(&sb, "> %s\n\n", b.Text)
		case pipeline.Preformatted:
			fmt.Fprintf(&sb, "```\n%s\n```\n\n", b.Text)
		default:
			fmt.Fprintf(&sb, "%s\n\n", b.Text)
		}
	}
	return strings.TrimRight(sb.String(), "\n") + "\n"
}

// Document is the JSON form of a cleaned article.
type Document struct {
	Source    string            `json:"source"`
	Title     string            `json:"title"`
	Authors   []string          `json:"authors"`
	Published string            `json:"published"`
	Site      string            `json:"site"`
	Lang      string            `json:"lang"`
	URL       string            `json:"url,omitempty"`
	Body      []string          `json:"body"`
	Removed   []pipeline.Change `json:"removed"`
	// Provenance and Conflicts come from the article's metadata.
	Provenance map[string]string `json:"provenance,omitempty"`
	Conflicts  []string          `json:"conflicts,omitempty"`
}

// NewDocument returns a's JSON form.
func NewDocument(a *pipeline.Article) Document {
	d := Document{
		Source: a.Source, Title: a.Meta.Title, Authors: a.Meta.Authors,
		Published: a.Meta.Published, Site: a.Meta.Site, Lang: a.Meta.Lang, URL: a.Meta.URL,
		Body: a.Body(), Removed: a.Log,
		Provenance: a.Meta.Provenance, Conflicts: a.Meta.Conflicts,
	}
	if d.Authors == nil {
		d.Authors = []string{}
	}
	if d.Removed == nil {
		d.Removed = []pipeline.Change{}
	}
	return d
}

// JSON writes a as one JSON object on one line.
func JSON(w io.Writer, a *pipeline.Article) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(NewDocument(a))
}

// Log returns the removal log, one "stage<TAB>rule<TAB>action<TAB>reason<TAB>text"
// line per entry, with tabs and newlines in fields shown as spaces.
func Log(a *pipeline.Article) string {
	var sb strings.Builder
	for _, c := range a.Log {
		text := c.Text
		if c.Action == pipeline.Changed {
			text = c.Text + " => " + c.New
		}
		if c.Field != "" {
			text = c.Field + ": " + text
		}
		fields := []string{c.Stage, c.Rule, string(c.Action), c.Reason, text}
		for i, f := range fields {
			fields[i] = oneLine(f)
		}
		sb.WriteString(strings.Join(fields, "\t"))
		sb.WriteString("\n")
	}
	return sb.String()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
