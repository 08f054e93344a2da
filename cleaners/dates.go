package cleaners

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// monthNames maps lower-case month names and abbreviations, in the
// languages the cleaner knows, to month numbers. Inflected forms (Russian
// and Polish genitive, Greek) are listed as they appear after a day.
var monthNames = func() map[string]int {
	m := map[string]int{}
	add := func(names string) {
		for i, group := range strings.Split(names, ";") {
			for _, n := range strings.Fields(group) {
				m[n] = i + 1
			}
		}
	}
	add("january jan; february feb; march mar; april apr; may; june jun; july jul; august aug; september sep sept; october oct; november nov; december dec")
	add("января январь; февраля февраль; марта март; апреля апрель; мая май; июня июнь; июля июль; августа август; сентября сентябрь; октября октябрь; ноября ноябрь; декабря декабрь")
	add("januar jänner; februar; märz; april; mai; juni; juli; august; september; oktober; november; dezember")
	add("janvier; février; mars; avril; mai; juin; juillet; août; septembre; octobre; novembre; décembre")
	add("enero; febrero; marzo; abril; mayo; junio; julio; agosto; septiembre setiembre; octubre; noviembre; diciembre")
	add("stycznia styczeń; lutego luty; marca marzec; kwietnia kwiecień; maja maj; czerwca czerwiec; lipca lipiec; sierpnia sierpień; września wrzesień; października październik; listopada listopad; grudnia grudzień")
	add("ιανουαρίου; φεβρουαρίου; μαρτίου; απριλίου; μαΐου; ιουνίου; ιουλίου; αυγούστου; σεπτεμβρίου; οκτωβρίου; νοεμβρίου; δεκεμβρίου")
	add("gennaio; febbraio; marzo; aprile; maggio; giugno; luglio; agosto; settembre; ottobre; novembre; dicembre")
	return m
}()

var (
	isoDateRe   = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	monthDayRe  = regexp.MustCompile(`(?i)\b(\p{L}+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`)
	dayMonthRe  = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.? (?:de )?(\p{L}+)\.?,?(?: de)? (\d{4})\b`)
	dottedRe    = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	hanDateRe   = regexp.MustCompile(`(\d{4})年(\d{1,2})月(\d{1,2})日`)
	timeRe      = regexp.MustCompile(`(?i)\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?`)
	dateNoiseRe = regexp.MustCompile(`(?i)\b(?:[ap]\.?m\.?|at|on|um|le|el|à|в|o|est|edt|cst|cdt|pst|pdt|gmt|utc|bst|cet|cest|msk|ist|et|pt|ct|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?`)
)

// findDate returns the first calendar date in s as "YYYY-MM-DD", and s with
// the date removed.
func findDate(s string) (iso, rest string, ok bool) {
	if !hasYear(s) {
		return "", s, false // every date it reads has a year of four digits
	}
	if m := isoDateRe.FindStringSubmatchIndex(s); m != nil {
		if iso, ok := ymd(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]); ok {
			return iso, s[:m[0]] + " " + s[m[1]:], true
		}
	}
	if m := hanDateRe.FindStringSubmatchIndex(s); m != nil {
		if iso, ok := ymd(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]); ok {
			return iso, s[:m[0]] + " " + s[m[1]:], true
		}
	}
	for _, m := range monthDayRe.FindAllStringSubmatchIndex(s, -1) {
		if mon, found := monthNames[strings.ToLower(s[m[2]:m[3]])]; found {
			if iso, ok := ymd(s[m[6]:m[7]], strconv.Itoa(mon), s[m[4]:m[5]]); ok {
				return iso, s[:m[0]] + " " + s[m[1]:], true
			}
		}
	}
	for _, m := range dayMonthRe.FindAllStringSubmatchIndex(s, -1) {
		if mon, found := monthNames[strings.ToLower(s[m[4]:m[5]])]; found {
			if iso, ok := ymd(s[m[6]:m[7]], strconv.Itoa(mon), s[m[2]:m[3]]); ok {
				return iso, s[:m[0]] + " " + s[m[1]:], true
			}
		}
	}
	if m := dottedRe.FindStringSubmatchIndex(s); m != nil {
		if iso, ok := ymd(s[m[6]:m[7]], s[m[4]:m[5]], s[m[2]:m[3]]); ok {
			return iso, s[:m[0]] + " " + s[m[1]:], true
		}
	}
	return "", s, false
}

// hasYear reports whether s holds four digits in a row.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// ymd formats a plausible date, rejecting impossible ones.
func ymd(y, m, d string) (string, bool) {
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	di, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || yi < 1900 || yi > 2200 || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return "", false
	}
	if t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC); t.Day() != di {
		return "", false // February 30, April 31, 29 February of a common year
	}
	return fmt.Sprintf("%04d-%02d-%02d", yi, mi, di), true
}
