package cleaners

import "github.com/newsclean/clean/pipeline"

// Text returns the default pipeline for raw text input, stage by stage.
func Text() *pipeline.Pipeline {
	stages := []pipeline.Stage{
		Decode{},    // raw bytes -> valid UTF-8 text
		Normalize{}, // NFC, spaces, invisible characters, mojibake, glued words
		Segment{},   // text -> blocks
	}
	return pipeline.New("text", append(stages, AfterSegment()...)...)
}

// AfterSegment returns the stages that run once an article has blocks,
// whatever its input format.
func AfterSegment() []pipeline.Stage {
	return []pipeline.Stage{
		Language{},    // detect the language unless given
		MergedRuns{},  // paragraphs repeated run together into one block
		Metadata{},    // title, bylines and datelines out of the body
		Boilerplate{}, // prompts, menus, banners, link lists, footers
		Dedupe{},      // repeated paragraphs and runs of paragraphs
	}
}
