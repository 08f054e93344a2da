package cleaners

// Region finding: the article proper is the stretch of blocks with the most
// prose, found as a maximum-sum run over per-block scores (prose scores its
// length, boilerplate and short link-like lines score below zero). A block
// that opens a section of other content (a related-links heading, a comment
// section, a copyright line) is a wall the run cannot cross.

// blockScore is block i's contribution to the article region.
func (d *docView) blockScore(i int, verdict *match) float64 {
	f := d.feat[i]
	if verdict != nil {
		if verdict.rule.scope == anywhere {
			// Trusted inside the article too: an inline prompt or credit
			// must not cut a story of short paragraphs in two.
			return -40
		}
		return -200
	}
	switch {
	case d.prose(i) && d.teaser(i):
		return float64(min(f.runes, 500)) / 4
	case d.prose(i):
		return float64(min(f.runes, 500))
	case d.sentenceLike(i) && f.endsStop:
		return float64(f.runes) / 2
	case d.sentenceLike(i):
		return 0 // a standfirst or a headline: see extendToStandfirst
	case f.words <= 3:
		return -40
	default:
		return -20
	}
}

// teaser reports whether prose block i stands alone between two headline
// lines, as the summaries in a list of other articles do; an article's
// sections hold more than one paragraph.
func (d *docView) teaser(i int) bool {
	return i > 0 && i+1 < len(d.feat) && d.headline(i-1) && d.headline(i+1)
}

// headline reports whether block i reads as a headline: a few words without
// sentence punctuation.
func (d *docView) headline(i int) bool {
	f := d.feat[i]
	return f.words >= 4 && f.words <= 25 && !f.endsStop && !d.prose(i)
}

// sentenceLike reports whether block i reads like a sentence although it is
// short or unpunctuated: a standfirst, a short closing sentence.
func (d *docView) sentenceLike(i int) bool {
	f := d.feat[i]
	if f.words < 4 {
		return false
	}
	dense := !d.hasStops || f.stopDensity() >= 0.2
	return dense && (f.endsStop || f.words >= 8)
}

// findRegion sets d.first and d.last to the bounds of the article region,
// given each block's boilerplate verdict (nil when none).
func (d *docView) findRegion(verdicts []*match) {
	if d.extracted {
		// An extractor chose the article from the page's structure, which
		// knows better than text alone where the article ends.
		d.first, d.last = 0, len(d.feat)-1
		return
	}
	d.first, d.last = 0, -1
	best := 0.0
	sum, start := 0.0, 0
	weight := 1.0 // prose after the page's end (comments, footer) counts less
	listed := 0   // items left of a list the prose introduced with a colon
	for i := range d.feat {
		v := verdicts[i]
		if v.walls() {
			sum, start, listed = 0, i+1, 0
			if v.rule.endsPage && best >= 400 {
				weight = 0.1
			}
			continue
		}
		s := d.blockScore(i, v)
		switch {
		case v == nil && s <= 0 && listed > 0:
			// "Here are the highlights:" announces the lines that follow:
			// they are the article's, however short.
			s = float64(min(d.feat[i].runes, 100)) / 4
			listed--
		case d.prose(i) || d.sentenceLike(i):
			listed = 0
			if d.feat[i].endsColon {
				listed = maxListed
			}
		}
		if s > 0 {
			s *= weight
		}
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += s
		if sum > best {
			best, d.first, d.last = sum, start, i
		}
	}
	if best == 0 {
		// No prose anywhere, so nothing tells the article from its page:
		// keep what no rule removes rather than guess.
		d.first, d.last = 0, len(d.feat)-1
		return
	}
	for d.first < d.last && d.blockScore(d.first, verdicts[d.first]) <= 0 {
		d.first++
	}
	d.extendToStandfirst(verdicts)
}

// extendToStandfirst widens the region back over the sentence-like lines
// just before it (a standfirst, a deck), at most two, when nothing else
// stands between them and the prose.
func (d *docView) extendToStandfirst(verdicts []*match) {
	for n := 0; n < 2 && d.first > 0 && d.first <= d.last; n++ {
		i := d.first - 1
		if verdicts[i] != nil || !d.sentenceLike(i) {
			return
		}
		d.first = i
	}
}

// maxListed is how many lines after a colon count as the list it opens.
const maxListed = 40

// inRegion reports whether block i lies inside the article region.
func (d *docView) inRegion(i int) bool { return i >= d.first && i <= d.last }
