package lang

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/clean/internal/golden"
)

var _ = golden.Update

// samples are short news-like sentences, one per language.
var samples = []struct{ code, text string }{
	{"en", "The minister said on Tuesday that the talks would continue next week, although no date has been set for the meeting."},
	{"ru", "Министр заявил во вторник, что переговоры продолжатся на следующей неделе, хотя дата встречи еще не назначена."},
	{"uk", "Міністр заявив у вівторок, що переговори продовжаться наступного тижня, хоча дату зустрічі ще не призначено."},
	{"de", "Der Minister sagte am Dienstag, dass die Gespräche in der nächsten Woche weitergehen, obwohl noch kein Termin für das Treffen feststeht."},
	{"fr", "L'État n'a pas dit qu'il l'avait fait, c'est d'abord à l'Assemblée de s'en occuper."},
	{"fr", "Le ministre a déclaré mardi que les discussions se poursuivraient la semaine prochaine, mais aucune date n'a encore été fixée pour la réunion."},
	{"es", "El ministro dijo el martes que las conversaciones continuarán la próxima semana, aunque todavía no se ha fijado una fecha para la reunión."},
	{"pl", "Minister powiedział we wtorek, że rozmowy będą kontynuowane w przyszłym tygodniu, chociaż data spotkania nie została jeszcze ustalona."},
	{"el", "Ο υπουργός δήλωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα, αν και δεν έχει οριστεί ακόμη ημερομηνία."},
	{"zh", "部长周二表示，会谈将在下周继续进行，但是会议的日期还没有确定。"},
	{"ja", "大臣は火曜日、協議は来週も続けられると述べたが、会合の日程はまだ決まっていない。"},
	{"ko", "장관은 화요일 회담이 다음 주에도 계속될 것이라고 말했지만 회의 날짜는 아직 정해지지 않았다."},
	{"it", "Il ministro ha detto martedì che i colloqui continueranno la prossima settimana, anche se non è stata ancora fissata una data per la riunione."},
	{"pt", "O ministro disse na terça-feira que as negociações vão continuar na próxima semana, mas ainda não foi marcada uma data para a reunião."},
	{"nl", "De minister zei dinsdag dat de gesprekken volgende week worden voortgezet, hoewel er nog geen datum voor de bijeenkomst is vastgesteld."},
	{"id", "Menteri mengatakan pada hari Selasa bahwa perundingan akan dilanjutkan minggu depan, meskipun tanggal pertemuan belum ditetapkan."},
	{"he", "השר אמר ביום שלישי כי השיחות יימשכו בשבוע הבא."},
}

func TestDetect(t *testing.T) {
	for _, s := range samples {
		if got := Detect(s.text); got != s.code {
			t.Errorf("Detect(%.30q...) = %q, want %q (%+v)", s.text, got, s.code, DetectGuess(s.text))
		}
	}
}

func TestDetectUnsure(t *testing.T) {
	for _, text := range []string{
		"",
		"12345 67 890",
		"— • — •",
		"Trump Putin Zelensky",          // names only
		"iPhone Samsung Galaxy Pixel 9", // products only
		"Lorem ipsum dolor sit amet consectetur adipiscing elit",
		"Palm Bay d. Rockledge 70-44. Heritage d. Titusville 53-9. Melbourne d. Cocoa 8-0. K. Hupfer, L. Patikas, J. Anasa, C. Martinez, D. Robbins.",
	} {
		if got := Detect(text); got != "" {
			t.Errorf("Detect(%q) = %q, want \"\" (%+v)", text, got, DetectGuess(text))
		}
	}
}

func TestDetectLongTextIsSampled(t *testing.T) {
	text := strings.Repeat(samples[0].text+" ", 1000) + strings.Repeat(samples[3].text+" ", 5000)
	g := DetectGuess(text)
	if g.Code != "en" || g.Words != sampleWords {
		t.Errorf("DetectGuess = %+v, want en over %d words", g, sampleWords)
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"It's 2025-02-12.", []string{"It", "s", "2025", "02", "12"}},
		{"Привет, мир", []string{"Привет", "мир"}},
		{"naïve café", []string{"naïve", "café"}},
		{"cafe\u0301 ok", []string{"cafe\u0301", "ok"}}, // combining accent stays
		{"我们在北京", []string{"我", "们", "在", "北", "京"}},
		{"東京タワー", []string{"東", "京", "タ", "ワ", "ー"}},
		{"한국어 text", []string{"한", "국", "어", "text"}},
		{"abc漢字def", []string{"abc", "漢", "字", "def"}},
		{"  \n\t", nil},
	}
	for _, tt := range tests {
		got := Words(tt.text)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.text, got, tt.want)
		}
		if n := CountWords(tt.text); n != len(tt.want) {
			t.Errorf("CountWords(%q) = %d, want %d", tt.text, n, len(tt.want))
		}
		var each []string
		EachWord(tt.text, func(w string) bool { each = append(each, w); return true })
		if !slices.Equal(each, tt.want) {
			t.Errorf("EachWord(%q) = %q, want %q", tt.text, each, tt.want)
		}
	}
}

func TestEachWordStops(t *testing.T) {
	n := 0
	EachWord("one two three four", func(string) bool { n++; return n < 2 })
	if n != 2 {
		t.Errorf("EachWord called fn %d times after it returned false, want 2", n)
	}
}

func TestIsStopword(t *testing.T) {
	tests := []struct {
		code, word string
		want       bool
	}{
		{"en", "the", true},
		{"en", "The", true},
		{"en", "THE", true},
		{"en-US", "which", true},
		{"EN", "and", true},
		{"en", "minister", false},
		{"en", "der", false},
		{"de", "der", true},
		{"de", "Über", true},
		{"ru", "Что", true},
		{"ru", "ЭТО", true},
		{"ru", "президент", false},
		{"uk", "що", true},
		{"uk", "що", true},
		{"fr", "l", true},
		{"fr", "était", true},
		{"es", "según", true},
		{"pl", "że", true},
		{"el", "και", true},
		{"el", "Και", true},
		{"zh", "的", true},
		{"zh", "我们", true},
		{"zh", "北京", false},
		{"zh-Hant", "這", true},
		{"it", "della", true},
		{"pt", "não", true},
		{"nl", "het", true},
		{"xx", "the", false},
		{"english", "the", false},
		{"", "the", true},
		{"", "и", true},
		{"", "president", false},
		{"en", strings.Repeat("a", 100), false},
	}
	for _, tt := range tests {
		if got := IsStopword(tt.code, tt.word); got != tt.want {
			t.Errorf("IsStopword(%q, %q) = %v, want %v", tt.code, tt.word, got, tt.want)
		}
	}
}

func TestStopwordListsAreLowerCase(t *testing.T) {
	for _, l := range stopwordLists {
		n := 0
		for _, w := range strings.Fields(l.words) {
			n++
			if w != strings.ToLower(w) {
				t.Errorf("%s: %q is not lower case", l.code, w)
			}
			if CountWords(w) != 1 && l.code != "zh" {
				t.Errorf("%s: %q is not one word", l.code, w)
			}
		}
		if n < 90 {
			t.Errorf("%s has %d stopwords, want about 100 or more", l.code, n)
		}
	}
}

func TestHasStopwords(t *testing.T) {
	for code, want := range map[string]bool{"en": true, "ru-RU": true, "zh": true, "": true, "ja": false, "xx": false} {
		if got := HasStopwords(code); got != want {
			t.Errorf("HasStopwords(%q) = %v, want %v", code, got, want)
		}
	}
	if got := Languages(); len(got) < 12 || got[0] != "en" {
		t.Errorf("Languages() = %q", got)
	}
}

func TestStopwordRatio(t *testing.T) {
	tests := []struct {
		code, text   string
		words, stops int
	}{
		{"en", "The cat sat on the mat.", 6, 3},
		{"en", "Subscribe Newsletter Login", 3, 0},
		{"en", "", 0, 0},
		{"xx", "The cat sat on the mat.", 6, 0},
		{"ru", "Он сказал, что это не так.", 6, 5},
		{"zh", "我们在北京", 5, 3}, // 我们 (two) and 在
		{"zh", "北京的天气", 5, 1},
	}
	for _, tt := range tests {
		w, s := StopwordRatio(tt.code, tt.text)
		if w != tt.words || s != tt.stops {
			t.Errorf("StopwordRatio(%q, %q) = %d, %d; want %d, %d", tt.code, tt.text, w, s, tt.words, tt.stops)
		}
	}
	for _, s := range samples {
		if !HasStopwords(s.code) {
			continue
		}
		w, st := StopwordRatio(s.code, s.text)
		if w != CountWords(s.text) || st*5 < w {
			t.Errorf("StopwordRatio(%q, sample) = %d, %d; want %d words, a fifth or more stopwords", s.code, w, st, CountWords(s.text))
		}
	}
}

func TestNoAllocations(t *testing.T) {
	text := strings.Repeat(samples[1].text+" "+samples[0].text+" "+samples[8].text+" ", 10)
	for name, fn := range map[string]func(){
		"CountWords":    func() { CountWords(text) },
		"StopwordRatio": func() { StopwordRatio("ru", text) },
		"Detect":        func() { Detect(text) },
		"IsStopword":    func() { IsStopword("EN-gb", "WHICH") },
	} {
		if n := testing.AllocsPerRun(10, fn); n != 0 {
			t.Errorf("%s allocates %v times per run, want 0", name, n)
		}
	}
}

// benchText is about 100 KB of mixed-case English news prose.
var benchText = strings.Repeat(samples[0].text+" President Vladimir Putin and U.S. President Donald Trump held a phone conversation, according to a statement from the Kremlin.\n", 450)

func BenchmarkDetect(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Detect(benchText)
	}
}

func BenchmarkDetectShort(b *testing.B) {
	text := samples[0].text
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Detect(text)
	}
}

func BenchmarkStopwordRatio(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		StopwordRatio("en", benchText)
	}
}

func BenchmarkStopwordRatioRussian(b *testing.B) {
	text := strings.Repeat(samples[1].text+"\n", 800)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		StopwordRatio("ru", text)
	}
}

func BenchmarkCountWords(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		CountWords(benchText)
	}
}
