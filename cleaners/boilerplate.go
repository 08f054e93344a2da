package cleaners

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsclean/clean/pipeline"
)

// Boilerplate removes everything that is not the article: error banners,
// breadcrumbs and menus, subscribe, share and comment prompts, related-link
// lists, disclaimers, copyright lines, report-an-error forms, image credits
// and separators, and whatever lies outside the article's prose. Each kind is
// a named rule (see rules below); every removal names its rule and reason.
//
// Prose is never removed by a phrase rule: a block that reads as a sentence
// of the article (enough words, stopwords, sentence punctuation) stays even
// when it mentions subscribing, copyright or an error.
type Boilerplate struct{}

// Name returns "boilerplate".
func (Boilerplate) Name() string { return "boilerplate" }

// scope says where a rule may remove a block.
type scope int

const (
	// anywhere: the rule's own tests are strict enough to hold inside the
	// article, for blocks that are not prose.
	anywhere scope = iota
	// edges: only before the first or after the last prose paragraph.
	edges
)

// rule is one kind of boilerplate.
type rule struct {
	name   string
	reason string
	scope  scope
	// wall marks blocks that open a section of other content; the article
	// region never extends across one.
	wall bool
	// late rules are judged only after the region is found, on its edges
	// and the few blocks beyond them: long prose is costly to test, and such
	// boilerplate matters only where it borders the article.
	late bool
	// endsPage marks walls after which a page holds only what follows an
	// article (comments, footers): prose there counts for less.
	endsPage bool
	// follow, when set, also removes the blocks after a match for which it
	// returns true (the items of a related list, the fields of a form).
	follow func(d *docView, i int) bool
	// followFirst lets follow claim a block that another rule would
	// match (a form's "Email" field is not a share button).
	followFirst bool
	// match reports whether block i is this kind of boilerplate.
	match func(d *docView, i int) bool
}

// match is a rule's verdict on one block.
type match struct {
	rule   *rule
	reason string
	// inline marks a wall that does not hold: a short list of links set in
	// the middle of an article, with its prose going on after it.
	inline bool
}

// walls reports whether the verdict closes the article region.
func (m *match) walls() bool { return m != nil && m.rule.wall && !m.inline }

// Apply finds the article region and removes the boilerplate around and
// inside it.
func (Boilerplate) Apply(_ context.Context, a *pipeline.Article, l *pipeline.Ledger) error {
	if len(a.Blocks) == 0 {
		return nil
	}
	d := newDocView(a)
	verdicts := d.analyze()
	for i, b := range a.Blocks {
		v := verdicts[i]
		switch {
		case v != nil && (v.rule.scope == anywhere || !d.inRegion(i)):
			l.Remove(b, v.rule.name, v.reason)
		case i < d.first:
			l.Remove(b, "outside-article", "before the article's first paragraph of prose: "+d.describe(i))
		case i > d.last:
			l.Remove(b, "outside-article", "after the article's last paragraph of prose: "+d.describe(i))
		}
	}
	return nil
}

// analyze judges every block under the boilerplate rules and finds the
// article region.
func (d *docView) analyze() []*match {
	verdicts := d.judge(earlyRules, nil)
	d.keepSubheadings(verdicts)
	d.findRegion(verdicts)
	// Late rules: judge the region's two edges and the blocks just beyond.
	// A verdict on an edge shrinks the region; the blocks it leaves and its
	// new edges are judged in turn. Each block is judged once.
	tried := make([]bool, len(verdicts))
	try := func(from, to int) (moved bool) {
		for i := max(from, 0); i <= to && i < len(verdicts); i++ {
			if !tried[i] {
				tried[i] = true
				if d.verdict(lateRules, i, verdicts) != nil && d.inRegion(i) {
					moved = true
				}
			}
		}
		return moved
	}
	// Far from the article a late verdict would change only the reason a
	// block is removed, so only the blocks near the region are judged.
	moved := try(d.first-lateReach, d.first)
	moved = try(d.last, d.last+lateReach) || moved
	for moved {
		first, last := d.first, d.last
		d.findRegion(verdicts)
		moved = try(first, d.first)
		moved = try(d.last, last) || moved
	}
	return verdicts
}

// keepSubheadings drops the verdicts of short headings that open a section
// of other content on most pages ("Comments", "Related", "Latest news") but
// are followed by prose here: inside an article they are subheadings.
func (d *docView) keepSubheadings(verdicts []*match) {
	for i, v := range verdicts {
		if v == nil || !v.rule.wall || v.rule.endsPage && v.rule != commentPrompt || v.rule == sourceList || i+1 >= len(verdicts) {
			continue // citations read like prose: a sources heading always ends the article
		}
		f := d.feat[i]
		if f.words <= 2 && !strings.ContainsAny(f.lower, "0123456789") && verdicts[i+1] == nil && d.prose(i+1) {
			verdicts[i] = nil
			continue
		}
		// A box of a few links in the middle of an article ("Read also:"
		// and two headlines) is removed, but the article goes on past it.
		end := i + 1
		for end < len(verdicts) && verdicts[end] != nil && verdicts[end].rule == v.rule && end-i <= maxInlineLinks+1 {
			end++
		}
		if v.rule == relatedList && end-i-1 <= maxInlineLinks && end < len(verdicts) && verdicts[end] == nil && d.prose(end) {
			v.inline = true
		}
	}
}

// maxInlineLinks is the most links a related list in the middle of an
// article holds.
const maxInlineLinks = 3

// lateReach is how far outside the article region late rules look.
const lateReach = 3

// earlyRules and lateRules split boilerplateRules by their late flag.
var earlyRules, lateRules = func() (early, late ruleSet) {
	early.slot, late.slot = 0, 1
	for _, r := range boilerplateRules {
		if r.late {
			late.rules = append(late.rules, r)
		} else {
			early.rules = append(early.rules, r)
		}
	}
	return early, late
}()

// ruleSet is an ordered list of rules. Which of them a block matches is
// remembered in the article's notes, in the set's slot, so that the
// metadata and boilerplate stages test each block once.
type ruleSet struct {
	slot  int
	rules []*rule
}

// judge records in verdicts (a fresh slice when nil) each block's verdict
// under rules, the first match winning; blocks that follow a match and pass
// its rule's follow test share its verdict.
func (d *docView) judge(rules ruleSet, verdicts []*match) []*match {
	if verdicts == nil {
		verdicts = make([]*match, len(d.feat))
	}
	for i := range verdicts {
		d.verdict(rules, i, verdicts)
	}
	return verdicts
}

// verdict judges block i under rules unless it has a verdict already, and
// returns the new verdict, if any.
func (d *docView) verdict(rules ruleSet, i int, verdicts []*match) *match {
	if verdicts[i] != nil {
		return nil
	}
	r := d.firstMatch(rules, i)
	if r == nil {
		return nil
	}
	verdicts[i] = &match{rule: r, reason: r.reason}
	if r.follow != nil && !d.extracted {
		// The blocks that follow share the verdict, up to one that is
		// boilerplate of another kind in its own right.
		for j := i + 1; j < len(verdicts) && verdicts[j] == nil && r.follow(d, j) && (r.followFirst || d.firstMatch(rules, j) == nil); j++ {
			verdicts[j] = &match{rule: r, reason: fmt.Sprintf("follows %q: %s", clip(d.a.Blocks[i].Text, 40), r.reason)}
		}
	}
	return verdicts[i]
}

// firstMatch returns the first of rules that block i matches, or nil.
func (d *docView) firstMatch(rules ruleSet, i int) *rule {
	if d.feat[i].words > maxRuleWords {
		return nil
	}
	f := d.feat[i]
	if f.ruled[rules.slot] {
		return f.matched[rules.slot]
	}
	var found *rule
	for _, r := range rules.rules {
		if r.match(d, i) {
			found = r
			break
		}
	}
	f.matched[rules.slot], f.ruled[rules.slot] = found, true
	return found
}

// describe explains in a few words why block i is not prose.
func (d *docView) describe(i int) string {
	f := d.feat[i]
	switch {
	case f.words < 10:
		return fmt.Sprintf("%d words", f.words)
	case d.hasStops && f.stopDensity() < 0.15:
		return fmt.Sprintf("%d words, few function words (%.0f%%)", f.words, 100*f.stopDensity())
	case !f.endsStop && f.sentences == 0:
		return fmt.Sprintf("%d words, no sentence punctuation", f.words)
	}
	return fmt.Sprintf("%d words, cut off from the article by boilerplate", f.words)
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n])) + "…"
}

// boilerplateRules are tried in order on every block; the first match wins.
var boilerplateRules = []*rule{
	errorBanner,
	buttonRow,
	breadcrumb,
	adLabel,
	separator,
	copyright,
	photoCopyright,
	disclaimer,
	relatedList,
	readMore,
	commentPrompt,
	commentSection,
	commentHeader,
	sourceList,
	sharePrompt,
	subscribePrompt,
	reportError,
	sourceLink,
	imageCredit,
	sectionMenu,
	disclaimerText,
	authorBio,
}

// bare returns block i's lower-cased text without surrounding space and
// punctuation, for rules that match a whole block.
func (d *docView) bare(i int) string { return d.feat[i].bare }

// bareCutset is what bare trims from both ends of a block.
const bareCutset = " \t:;,.!?…·|•-–—>»()[]\"'“”‘’*#"

// bareIs reports whether the whole of block i, bare, matches set.
func (d *docView) bareIs(i int, set *phraseSet) bool {
	f := d.feat[i]
	return set.matchZero(f.bareZero, f.bare)
}

// short reports whether block i has at most n words and is not prose.
func (d *docView) short(i, n int) bool {
	return d.feat[i].words <= n && !d.prose(i)
}
