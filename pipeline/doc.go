// Package pipeline defines the article model, the Stage interface, the
// Pipeline that runs stages in order, and the Ledger: the one mechanism
// through which every stage records what it removed or changed, and why.
//
// The package knows nothing of its stages: cleaners import pipeline, never
// the reverse. A pipeline is a plain ordered slice of stages.
package pipeline
