package cleaners

import (
	"context"
	"strings"
	"testing"

	"github.com/newsclean/clean/internal/golden"
	"github.com/newsclean/clean/pipeline"
)

// The tests of the text stages (boilerplate, metadata, dedupe, segment)
// run the real pipeline on small articles composed here: a title, four
// paragraphs of prose in one language, and the lines under test placed
// around or inside the prose.

var _ = golden.Update

// testArticle is an invented news story in one language: its title and
// four paragraphs of prose, each long enough to read as article text.
type testArticle struct {
	title string
	prose [4]string
}

// articles holds the same invented story, told in each language the phrase
// tables know.
var articles = map[string]testArticle{
	"en": {"Northbridge council approves repairs to the old river bridge", [4]string{
		"The city council of Northbridge voted on Monday to spend four million dollars on repairs to the old river crossing, after engineers warned that the steel supports had corroded faster than expected during the last two winters and that heavy trucks should be kept away from it.",
		"Residents who live near the bridge said they had been asking for the work for years. Many of them told reporters that the detour through the industrial district adds almost twenty minutes to a short trip, and that the extra traffic has made the narrow streets there dangerous for children.",
		"The mayor said the repairs would begin in the spring and should take about eight months. During that time the bridge will stay open to pedestrians and cyclists, while buses will follow a temporary route that the transport office plans to publish before the end of the month.",
		"Opposition members of the council supported the plan but asked for an independent review of the costs. They pointed out that a similar project in a neighbouring town ran over its budget by almost a third, and they want regular reports on the progress of the work.",
	}},
	"ru": {"Городской совет одобрил ремонт старого моста через реку", [4]string{
		"Городской совет Северска в понедельник одобрил выделение средств на ремонт старого моста через реку. Инженеры предупредили, что металлические опоры за последние две зимы пострадали сильнее, чем ожидалось, и что тяжелые грузовики больше не должны по нему ездить.",
		"Жители соседних домов говорят, что давно просили начать эти работы. По их словам, объезд через промышленный район добавляет почти двадцать минут к короткой поездке, а узкие улицы там стали опасными для детей из-за постоянного потока машин.",
		"Мэр сообщил, что ремонт начнется весной и займет около восьми месяцев. Все это время мост будет открыт для пешеходов и велосипедистов, а автобусы пойдут по временному маршруту, который транспортный отдел опубликует до конца месяца.",
		"Депутаты от оппозиции поддержали план, но попросили провести независимую проверку расходов. Они напомнили, что похожий проект в соседнем городе превысил бюджет почти на треть, и хотят получать регулярные отчеты о ходе работ.",
	}},
	"de": {"Stadtrat beschließt die Sanierung der alten Flussbrücke", [4]string{
		"Der Stadtrat von Nordbrück hat am Montag beschlossen, vier Millionen Euro für die Sanierung der alten Flussbrücke auszugeben. Ingenieure hatten gewarnt, dass die Stahlträger in den letzten beiden Wintern schneller als erwartet gerostet sind und schwere Lastwagen die Brücke nicht mehr befahren sollten.",
		"Anwohner, die in der Nähe der Brücke wohnen, sagten, sie hätten seit Jahren auf die Arbeiten gewartet. Viele von ihnen erklärten, dass der Umweg durch das Industriegebiet eine kurze Fahrt um fast zwanzig Minuten verlängert und die engen Straßen dort für Kinder gefährlich geworden sind.",
		"Der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen und etwa acht Monate dauern. In dieser Zeit bleibt die Brücke für Fußgänger und Radfahrer geöffnet, während die Busse einer vorübergehenden Strecke folgen, die das Verkehrsamt bis zum Ende des Monats veröffentlichen will.",
		"Die Opposition im Stadtrat unterstützte den Plan, verlangte aber eine unabhängige Prüfung der Kosten. Sie wies darauf hin, dass ein ähnliches Projekt in einer Nachbarstadt sein Budget um fast ein Drittel überschritten hat, und will regelmäßig über den Fortschritt der Arbeiten informiert werden.",
	}},
	"fr": {"Le conseil municipal vote la réparation du vieux pont", [4]string{
		"Le conseil municipal de Pont-du-Nord a voté lundi une enveloppe de quatre millions d'euros pour réparer le vieux pont sur la rivière. Les ingénieurs avaient prévenu que les piliers en acier s'étaient dégradés plus vite que prévu pendant les deux derniers hivers et que les camions lourds ne devaient plus y passer.",
		"Les habitants du quartier disent qu'ils réclamaient ces travaux depuis des années. Selon eux, le détour par la zone industrielle ajoute près de vingt minutes à un trajet court, et les rues étroites de ce secteur sont devenues dangereuses pour les enfants à cause de la circulation.",
		"Le maire a indiqué que les travaux commenceront au printemps et dureront environ huit mois. Pendant cette période, le pont restera ouvert aux piétons et aux cyclistes, tandis que les bus suivront un itinéraire provisoire que le service des transports publiera avant la fin du mois.",
		"Les élus de l'opposition ont soutenu le projet mais ont demandé un examen indépendant des coûts. Ils ont rappelé qu'un chantier semblable dans une ville voisine avait dépassé son budget de près d'un tiers, et ils veulent des rapports réguliers sur l'avancement des travaux.",
	}},
	"es": {"El ayuntamiento aprueba la reparación del viejo puente", [4]string{
		"El ayuntamiento de Puente Norte aprobó el lunes una partida de cuatro millones de euros para reparar el viejo puente sobre el río. Los ingenieros habían advertido que los pilares de acero se habían deteriorado más rápido de lo previsto durante los dos últimos inviernos y que los camiones pesados no debían cruzarlo.",
		"Los vecinos de la zona dicen que llevaban años pidiendo estas obras. Según ellos, el desvío por el polígono industrial añade casi veinte minutos a un trayecto corto, y las calles estrechas de ese barrio se han vuelto peligrosas para los niños por el tráfico constante.",
		"El alcalde explicó que las obras empezarán en primavera y durarán unos ocho meses. Durante ese tiempo el puente seguirá abierto para peatones y ciclistas, mientras que los autobuses seguirán una ruta provisional que el departamento de transporte publicará antes de que termine el mes.",
		"Los concejales de la oposición apoyaron el plan, pero pidieron una revisión independiente de los costes. Recordaron que un proyecto parecido en un municipio vecino superó su presupuesto en casi un tercio y quieren recibir informes periódicos sobre el avance de las obras.",
	}},
	"pl": {"Rada miasta zgodziła się na remont starego mostu", [4]string{
		"Rada miasta Mostowo zdecydowała w poniedziałek o przeznaczeniu czterech milionów złotych na remont starego mostu na rzece. Inżynierowie ostrzegali, że stalowe podpory w ciągu ostatnich dwóch zim skorodowały szybciej, niż się spodziewano, i że ciężkie ciężarówki nie powinny już po nim jeździć.",
		"Mieszkańcy okolicznych domów mówią, że od lat prosili o rozpoczęcie tych prac. Według nich objazd przez dzielnicę przemysłową wydłuża krótką podróż o prawie dwadzieścia minut, a wąskie ulice w tej okolicy stały się niebezpieczne dla dzieci z powodu ciągłego ruchu.",
		"Burmistrz powiedział, że remont rozpocznie się wiosną i potrwa około ośmiu miesięcy. Przez ten czas most pozostanie otwarty dla pieszych i rowerzystów, a autobusy pojadą tymczasową trasą, którą wydział transportu ogłosi przed końcem miesiąca.",
		"Radni opozycji poparli plan, ale poprosili o niezależną kontrolę kosztów. Przypomnieli, że podobny projekt w sąsiednim mieście przekroczył budżet prawie o jedną trzecią, i chcą otrzymywać regularne sprawozdania z postępu prac.",
	}},
	"el": {"Το δημοτικό συμβούλιο ενέκρινε την επισκευή της παλιάς γέφυρας", [4]string{
		"Το δημοτικό συμβούλιο της πόλης αποφάσισε τη Δευτέρα να διαθέσει τέσσερα εκατομμύρια ευρώ για την επισκευή της παλιάς γέφυρας του ποταμού. Οι μηχανικοί είχαν προειδοποιήσει ότι οι χαλύβδινες κολόνες φθάρηκαν πιο γρήγορα από ό,τι αναμενόταν τους δύο τελευταίους χειμώνες και ότι τα βαριά φορτηγά δεν πρέπει πια να περνούν από αυτήν.",
		"Οι κάτοικοι της περιοχής λένε ότι ζητούσαν αυτά τα έργα εδώ και χρόνια. Σύμφωνα με αυτούς, η παράκαμψη μέσα από τη βιομηχανική ζώνη προσθέτει σχεδόν είκοσι λεπτά σε μια σύντομη διαδρομή, και οι στενοί δρόμοι εκεί έγιναν επικίνδυνοι για τα παιδιά.",
		"Ο δήμαρχος είπε ότι οι εργασίες θα ξεκινήσουν την άνοιξη και θα διαρκέσουν περίπου οκτώ μήνες. Σε αυτό το διάστημα η γέφυρα θα μείνει ανοιχτή για πεζούς και ποδηλάτες, ενώ τα λεωφορεία θα ακολουθούν μια προσωρινή διαδρομή που θα ανακοινωθεί πριν από το τέλος του μήνα.",
		"Οι σύμβουλοι της αντιπολίτευσης στήριξαν το σχέδιο, αλλά ζήτησαν έναν ανεξάρτητο έλεγχο του κόστους. Θύμισαν ότι ένα παρόμοιο έργο σε μια γειτονική πόλη ξεπέρασε τον προϋπολογισμό του κατά σχεδόν ένα τρίτο και θέλουν τακτικές αναφορές για την πρόοδο των εργασιών.",
	}},
	"zh": {"北桥市议会批准修复河上旧桥", [4]string{
		"北桥市议会周一投票决定拨款四百万元，用于修复河上的旧桥。工程师此前警告说，在过去两个冬天里，钢制支柱的锈蚀速度比预想的要快，重型卡车已经不应该再从桥上通过。",
		"住在桥附近的居民说，他们多年来一直要求进行这项工程。他们告诉记者，绕道经过工业区会让一段很短的路程多花将近二十分钟，而且那里狭窄的街道因为车流增加，对孩子们来说已经变得很危险。",
		"市长表示，修复工程将在春天开始，预计持续大约八个月。在此期间，这座桥将继续对行人和骑自行车的人开放，而公交车将按照交通部门在月底之前公布的临时路线行驶。",
		"议会中的反对派议员支持这项计划，但要求对费用进行独立审查。他们指出，邻近城市的一个类似项目超出预算将近三分之一，因此希望定期收到关于工程进展的报告。",
	}},
}

// place says where the lines under test go in a composed article.
type place int

const (
	atTop     place = iota // before the title: the first lines of the page
	beforeArt              // between the title and the first paragraph
	insideArt              // between the second and third paragraphs
	afterArt               // after the last paragraph: the page's footer
)

func (p place) String() string {
	return [...]string{"top", "before", "inside", "after"}[p]
}

// compose returns the text of the article in language code with lines
// placed at p, one line each, separated by blank lines as most scraped
// text is.
func compose(code string, p place, lines ...string) string {
	art, ok := articles[code]
	if !ok {
		panic("no test article in " + code)
	}
	var out []string
	put := func(at place) {
		if at == p {
			out = append(out, lines...)
		}
	}
	put(atTop)
	out = append(out, art.title)
	put(beforeArt)
	out = append(out, art.prose[0], art.prose[1])
	put(insideArt)
	out = append(out, art.prose[2], art.prose[3])
	put(afterArt)
	return strings.Join(out, "\n\n") + "\n"
}

// textStages are the stages of the text pipeline, spelled out so that a
// change to the default order does not silently change these tests.
func textStages() *pipeline.Pipeline {
	return pipeline.New("t", Decode{}, Normalize{}, Segment{}, Language{}, Metadata{}, Boilerplate{}, Dedupe{})
}

// runText runs the text stages on text and returns the cleaned article.
func runText(t *testing.T, text string) *pipeline.Article {
	t.Helper()
	a, err := textStages().Run(context.Background(), &pipeline.Article{Source: t.Name(), Raw: []byte(text)})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return a
}

// sameText reports whether a block's text is the raw line want, up to the
// spacing normalize repairs and a list bullet segment drops.
func sameText(got, want string) bool {
	want = strings.Join(strings.Fields(want), " ")
	got = strings.Join(strings.Fields(got), " ")
	if got == want {
		return true
	}
	if _, text := classifyLine(want); text == got {
		return true
	}
	return false
}

// hasBlock reports whether the article still holds a block with text.
func hasBlock(a *pipeline.Article, text string) bool {
	for _, b := range a.Blocks {
		if sameText(b.Text, text) {
			return true
		}
	}
	return false
}

// logged returns the change that removed or moved text, or nil.
func logged(a *pipeline.Article, text string) *pipeline.Change {
	for i, c := range a.Log {
		if c.Action != pipeline.Changed && sameText(c.Text, text) {
			return &a.Log[i]
		}
	}
	return nil
}

// dump lists an article's blocks and log for a failure message.
func dump(a *pipeline.Article) string {
	var sb strings.Builder
	sb.WriteString("blocks:\n")
	for _, b := range a.Blocks {
		sb.WriteString("  " + clip(b.Text, 90) + "\n")
	}
	sb.WriteString("log:\n")
	for _, c := range a.Log {
		if c.Action != pipeline.Changed {
			sb.WriteString("  " + c.Stage + "/" + c.Rule + ": " + clip(c.Text, 70) + " (" + clip(c.Reason, 60) + ")\n")
		}
	}
	return sb.String()
}

// lineCase is one table row: lines placed in an article, and either the
// stage and rule that must remove each of them (a catch) or nothing (the
// lines are prose or content the article must keep).
type lineCase struct {
	name  string
	lang  string // the article's language; "en" when empty
	at    place
	lines []string
	stage string // "boilerplate" when empty and rule is set
	rule  string // "" for a keep case
	skip  string // a known gap: why the case does not pass yet
}

// runLineCases runs each case as a subtest. Every case also checks that the
// article's four paragraphs of prose survive.
func runLineCases(t *testing.T, cases []lineCase) {
	t.Helper()
	for _, tc := range cases {
		code := tc.lang
		if code == "" {
			code = "en"
		}
		name := tc.name
		if name == "" {
			name = clip(tc.lines[0], 40)
		}
		t.Run(code+"/"+tc.at.String()+"/"+name, func(t *testing.T) {
			if tc.skip != "" {
				t.Skip("known gap: " + tc.skip)
			}
			a := runText(t, compose(code, tc.at, tc.lines...))
			checkLines(t, a, tc)
			for _, p := range articles[code].prose {
				if !hasBlock(a, p) {
					t.Errorf("prose removed: %q\n%s", clip(p, 60), dump(a))
				}
			}
		})
	}
}

// checkLines asserts what happened to the lines of tc in a.
func checkLines(t *testing.T, a *pipeline.Article, tc lineCase) {
	t.Helper()
	for _, line := range tc.lines {
		c := logged(a, line)
		if tc.rule == "" {
			if !hasBlock(a, line) {
				why := "no log entry"
				if c != nil {
					why = c.Stage + "/" + c.Rule + ": " + c.Reason
				}
				t.Errorf("kept line %q was removed (%s)\n%s", line, why, dump(a))
			}
			continue
		}
		stage := tc.stage
		if stage == "" {
			stage = "boilerplate"
		}
		switch {
		case hasBlock(a, line):
			t.Errorf("line %q was kept, want it removed by %s/%s\n%s", line, stage, tc.rule, dump(a))
		case c == nil:
			t.Errorf("line %q is gone but the log does not say why\n%s", line, dump(a))
		case c.Stage != stage || c.Rule != tc.rule:
			t.Errorf("line %q removed by %s/%s (%s), want %s/%s", line, c.Stage, c.Rule, c.Reason, stage, tc.rule)
		}
	}
}

// catch is a shorthand for a catch case of one line.
func catch(rule, code string, at place, line string) lineCase {
	return lineCase{lang: code, at: at, lines: []string{line}, rule: rule}
}

// keep is a shorthand for a keep case of one line.
func keep(code string, at place, line string) lineCase {
	return lineCase{lang: code, at: at, lines: []string{line}}
}
