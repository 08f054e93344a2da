// Package extract turns an HTML page into an article: it decodes the page to
// UTF-8, reads its metadata (JSON-LD, OpenGraph, <meta>, <time>, <title>),
// drops the markup that is not the article (scripts, hidden elements,
// navigation, share and related widgets, comments...), chooses the main
// content by structure and text density, and returns the body as blocks in
// reading order. Every element it drops that had visible text is recorded
// in the ledger, one entry per dropped subtree.
//
// Stage is the pipeline stage; the rules sit in one file per family:
// charset.go (decoding), prune.go (what is never content), content.go
// (choosing the main content), blocks.go (blocks from the DOM) and meta.go
// (metadata with provenance).
package extract
