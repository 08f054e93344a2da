package clean

import (
	"github.com/newsclean/clean/cleaners"
	"github.com/newsclean/clean/pipeline"
)

// htmlPipeline returns the pipeline for HTML input. STUB until extraction
// lands: it treats HTML as text.
func htmlPipeline() *pipeline.Pipeline { return cleaners.Text() }
