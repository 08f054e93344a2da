// Package cleaners holds the stages of the cleaning pipeline, one file per
// family: decoding and normalization, segmentation, language, metadata,
// boilerplate and duplicate repair. Text returns them as the default
// pipeline for text input; HTML input shares every stage after extraction.
package cleaners
