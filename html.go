package clean

import (
	"github.com/newsclean/clean/cleaners"
	"github.com/newsclean/clean/extract"
	"github.com/newsclean/clean/pipeline"
)

// htmlPipeline returns the pipeline for HTML input: extraction turns the
// page into blocks and metadata, then the text stages clean the blocks.
func htmlPipeline() *pipeline.Pipeline {
	stages := []pipeline.Stage{
		extract.Stage{},      // decode, metadata, prune, main content -> blocks
		cleaners.Normalize{}, // NFC, spaces, invisible characters, mojibake
	}
	return pipeline.New("html", append(stages, cleaners.AfterSegment()...)...)
}
