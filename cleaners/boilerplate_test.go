package cleaners

import (
	"context"
	"os"
	"path/filepath"
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
func textStages() *pipeline.Pipeline { return Text() }

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

func TestBoilerplateErrorBanner(t *testing.T) {
	runLineCases(t, []lineCase{
		catch("error-banner", "en", atTop, "Page not found"),
		catch("error-banner", "en", atTop, "Error!"),
		lineCase{at: atTop, lines: []string{"Error 404"}, rule: "error-banner"},
		catch("error-banner", "en", atTop, "Oops!"),
		catch("error-banner", "en", atTop, "Access denied"),
		catch("error-banner", "en", atTop, "We're sorry, but the page you requested could not be found."),
		catch("error-banner", "en", atTop, "The article you were looking for is no longer available."),
		catch("error-banner", "en", afterArt, "This page is no longer available."),
		lineCase{at: atTop, lines: []string{"404 Not Found"}, rule: "error-banner"},
		catch("error-banner", "ru", atTop, "Страница не найдена"),
		lineCase{lang: "ru", at: atTop, lines: []string{"Ошибка 404"}, rule: "error-banner"},
		catch("error-banner", "de", atTop, "Seite nicht gefunden"),
		catch("error-banner", "de", atTop, "Die angeforderte Seite existiert nicht."),
		catch("error-banner", "fr", atTop, "Page introuvable"),
		catch("error-banner", "es", atTop, "Página no encontrada"),
		catch("error-banner", "pl", atTop, "Nie znaleziono strony"),
		catch("error-banner", "el", atTop, "Η σελίδα δεν βρέθηκε"),
		catch("error-banner", "zh", atTop, "页面不存在"),
		// An error in the article is news, not a banner.
		keep("en", insideArt, "An error in the original estimate meant that the council had planned for a much smaller bill, the finance officer admitted at the meeting."),
		keep("en", beforeArt, "Sorry, but the bridge will stay closed to trucks for good, the mayor told drivers who had waited for months to use it again."),
		keep("en", afterArt, "Officials said the error would be corrected."),
		keep("ru", insideArt, "Ошибка в первоначальной смете привела к тому, что совет рассчитывал на гораздо меньшие расходы, признал финансовый директор."),
	})
}

func TestBoilerplateBreadcrumb(t *testing.T) {
	runLineCases(t, []lineCase{
		catch("breadcrumb", "en", atTop, "Home » World » Europe"),
		catch("breadcrumb", "en", atTop, "Home > Local news"),
		catch("breadcrumb", "en", atTop, "News / Local / Transport"),
		catch("breadcrumb", "en", beforeArt, "News › Local › Transport"),
		catch("breadcrumb", "ru", atTop, "Главная / Новости / Общество"),
		catch("breadcrumb", "de", atTop, "Startseite › Politik › Inland"),
		catch("breadcrumb", "fr", atTop, "Accueil > Actualités > Société"),
		catch("breadcrumb", "es", atTop, "Inicio / Noticias / Sociedad"),
		catch("breadcrumb", "pl", atTop, "Strona główna » Wiadomości"),
		catch("breadcrumb", "el", atTop, "Αρχική > Ειδήσεις > Ελλάδα"),
		catch("breadcrumb", "zh", atTop, "首页 > 新闻 > 国内"),
		keep("en", insideArt, "Traffic on the detour rose from 3,000 to 5,000 cars a day, and the share of trucks went from 1/10 to 1/4 of the total, the study found."),
		keep("en", insideArt, "Costs and delays"),
		keep("en", insideArt, "24/7 patrols on the bridge"),
	})
}

func TestBoilerplateSeparator(t *testing.T) {
	runLineCases(t, []lineCase{
		catch("separator", "en", insideArt, "***"),
		catch("separator", "en", insideArt, "* * *"),
		catch("separator", "en", afterArt, "___________"),
		catch("separator", "en", beforeArt, "———"),
		catch("separator", "ru", insideArt, "•••"),
		catch("separator", "zh", afterArt, "＊＊＊"),
		lineCase{lang: "zh", at: insideArt, lines: []string{"＊＊＊"}, rule: "separator"},
		keep("en", insideArt, "2024–2025"),
		keep("en", insideArt, "Q&A"),
	})
}

func TestBoilerplateCopyright(t *testing.T) {
	runLineCases(t, []lineCase{
		catch("copyright", "en", afterArt, "© 2023 Example Media. All rights reserved."),
		catch("copyright", "en", afterArt, "Copyright 2024 Northbridge Gazette"),
		catch("copyright", "en", afterArt, "Copyright © 2021-2024 Example Publishing Ltd"),
		catch("copyright", "en", afterArt, "(c) 2022 Example News"),
		catch("copyright", "en", afterArt, "All rights reserved."),
		catch("copyright", "en", atTop, "© 2023 Example Media"),
		catch("copyright", "ru", afterArt, "© 2024 Пример Медиа. Все права защищены."),
		catch("copyright", "de", afterArt, "© 2024 Beispiel Verlag. Alle Rechte vorbehalten."),
		catch("copyright", "fr", afterArt, "Tous droits réservés."),
		catch("copyright", "es", afterArt, "© Ejemplo Medios 2024. Todos los derechos reservados."),
		catch("copyright", "pl", afterArt, "Wszelkie prawa zastrzeżone."),
		catch("copyright", "el", afterArt, "Με επιφύλαξη παντός δικαιώματος."),
		catch("copyright", "zh", afterArt, "版权所有 © 2024 示例新闻"),
		keep("en", insideArt, "The engineering firm said it holds the copyright to the original drawings from 2019, and that all rights reserved under that contract stay with the company."),
		keep("en", insideArt, "Copyright lawyers said the city could still use the drawings, because the contract was signed before the firm was sold."),
		keep("de", insideArt, "Das Ingenieurbüro erklärte, alle Rechte an den Plänen aus dem Jahr 2019 seien ihm vorbehalten, doch die Stadt dürfe sie weiter nutzen."),
	})
}

func TestBoilerplateImageCredit(t *testing.T) {
	runLineCases(t, []lineCase{
		catch("image-credit", "en", beforeArt, "© Jane Doe / Example Photo Agency"),
		catch("image-credit", "en", insideArt, "© Reuters"),
		catch("image-credit", "en", beforeArt, "Photo: AP"),
		catch("image-credit", "en", beforeArt, "Source: Photo"),
		catch("image-credit", "en", insideArt, "Image credit: Getty Images"),
		catch("image-credit", "en", insideArt, "Photo by Jane Doe"),
		catch("image-credit", "en", insideArt, "Photograph courtesy of the city council"),
		catch("image-credit", "en", insideArt, "Photos | Jane Doe"),
		catch("image-credit", "ru", beforeArt, "Фото: РИА Новости"),
		catch("image-credit", "ru", insideArt, "Иллюстрация: Пресс-служба мэрии"),
		catch("image-credit", "de", beforeArt, "Foto: dpa"),
		catch("image-credit", "de", insideArt, "Bild: Stadt Nordbrück"),
		catch("image-credit", "fr", beforeArt, "Photo : AFP"),
		catch("image-credit", "es", beforeArt, "Foto: EFE"),
		catch("image-credit", "pl", beforeArt, "Fot.: PAP"),
		lineCase{lang: "pl", at: beforeArt, lines: []string{"Fot. PAP"}, rule: "image-credit"},
		catch("image-credit", "el", beforeArt, "Φωτογραφία: Reuters"),
		catch("image-credit", "zh", beforeArt, "图片来源：新华社"),
		keep("en", insideArt, "The photo of the cracked supports, taken by a resident from her kitchen window, was shared thousands of times before the council met."),
		keep("en", insideArt, "Photographs taken by engineers in January show rust on almost every beam, according to the report."),
		keep("en", insideArt, "Photo gallery"),
		keep("de", insideArt, "Ein Foto der rostigen Stützen, das eine Anwohnerin aus ihrem Fenster gemacht hatte, wurde tausendfach geteilt."),
	})
}

func TestBoilerplateDisclaimer(t *testing.T) {
	runLineCases(t, []lineCase{
		{at: afterArt, rule: "disclaimer", lines: []string{"Disclaimer",
			"The views expressed in this article are those of the author and do not necessarily reflect the official policy of Example Media."}},
		{at: afterArt, rule: "disclaimer", lines: []string{"Legal Disclaimer:",
			"The content is provided “as is” without warranty of any kind. The publisher does not accept any responsibility for its accuracy."}},
		catch("disclaimer", "en", afterArt, "This article was produced by Example Syndicate and is provided for informational purposes only."),
		catch("disclaimer", "en", afterArt, "This content does not constitute financial advice."),
		catch("disclaimer", "en", atTop, "This website uses cookies to improve your experience."),
		{lang: "ru", at: afterArt, rule: "disclaimer", lines: []string{"Отказ от ответственности", "Мнение редакции может не совпадать с мнением автора."}},
		catch("disclaimer", "ru", afterArt, "Использование материалов сайта разрешено только со ссылкой на источник."),
		{lang: "de", at: afterArt, rule: "disclaimer", lines: []string{"Haftungsausschluss", "Für die Richtigkeit der Angaben übernehmen wir keine Haftung."}},
		{lang: "fr", at: afterArt, rule: "disclaimer", lines: []string{"Avertissement", "Cet article n'engage pas la rédaction."}},
		{lang: "es", at: afterArt, rule: "disclaimer", lines: []string{"Aviso legal", "El periódico no se hace responsable de las opiniones de sus colaboradores."}},
		{lang: "pl", at: afterArt, rule: "disclaimer", lines: []string{"Zastrzeżenie prawne", "Redakcja nie ponosi odpowiedzialności za treść komentarzy."}},
		keep("en", insideArt, "The contractor said it was not responsible for the delays, which it blamed on a shortage of steel that began in 2022 and has still not ended."),
		keep("en", insideArt, "A legal disclaimer in the tender documents said the figures were estimates, the auditor noted, which is why the final bill could be higher."),
		lineCase{at: afterArt, lines: []string{"The contractor says it is not responsible for the delays, which it blames on a shortage of steel that began in 2022."}},
	})
}

func TestBoilerplateRelatedList(t *testing.T) {
	items := []string{"Ferry service to resume next month", "Council elects a new chair", "Bus drivers threaten a strike"}
	with := func(heading string) []string { return append([]string{heading}, items...) }
	runLineCases(t, []lineCase{
		{at: afterArt, rule: "related-list", lines: with("Related articles")},
		{at: afterArt, rule: "related-list", lines: with("You may also like")},
		{at: afterArt, rule: "related-list", lines: with("Trending now")},
		{at: afterArt, rule: "related-list", lines: with("Most popular")},
		{at: afterArt, rule: "related-list", lines: with("More from Local News")},
		{at: afterArt, rule: "related-list", lines: []string{"Recommended for you", "• Ferry service to resume across the river next month and beyond", "• Council elects a new chair"}},
		{lang: "ru", at: afterArt, rule: "related-list", lines: []string{"Читайте также", "Паром снова пойдет через реку", "Водители автобусов грозят забастовкой"}},
		{lang: "de", at: afterArt, rule: "related-list", lines: []string{"Das könnte Sie auch interessieren", "Fähre fährt ab Mai wieder", "Busfahrer drohen mit Streik"}},
		{lang: "de", at: afterArt, rule: "related-list", lines: []string{"Mehr zum Thema", "Fähre fährt ab Mai wieder"}},
		{lang: "fr", at: afterArt, rule: "related-list", lines: []string{"À lire aussi", "Le bac reprend du service", "Les chauffeurs de bus menacent de grève"}},
		{lang: "es", at: afterArt, rule: "related-list", lines: []string{"Noticias relacionadas", "El ferry vuelve a cruzar el río", "Los conductores amenazan con una huelga"}},
		{lang: "pl", at: afterArt, rule: "related-list", lines: []string{"Zobacz też", "Prom przez rzekę wraca w maju", "Kierowcy autobusów grożą strajkiem"}},
		{lang: "el", at: afterArt, rule: "related-list", lines: []string{"Διαβάστε επίσης", "Το πορθμείο επιστρέφει τον Μάιο"}},
		lineCase{at: afterArt, rule: "related-list", lines: []string{"Related articles", "Ferry service to resume across the river next month", "Bus drivers threaten strike over the new schedules"}},
		{lang: "zh", at: afterArt, rule: "related-list", lines: []string{"相关新闻", "渡轮下月恢复运营", "公交司机威胁罢工"}},
		keep("en", insideArt, "Related projects in the region have also run over budget, according to a study published by the regional transport authority last year."),
		keep("en", insideArt, "The most popular idea at the meeting was a free shuttle bus across the river, which the mayor promised to study before the summer."),
		keep("en", afterArt, "Trending topics at the meeting included parking, noise and the cost of the works."),
		lineCase{at: insideArt, rule: "related-list", lines: []string{"Read also", "Ferry service to resume across the river next month"}},
		lineCase{at: insideArt, lines: []string{"Latest news"}},
	})
}

func TestBoilerplateReadMore(t *testing.T) {
	runLineCases(t, []lineCase{
		catch("read-more-link", "en", insideArt, "Read more: Ferry service to resume across the river next month"),
		catch("read-more-link", "en", insideArt, "READ MORE: Council elects a new chair after a long debate"),
		catch("read-more-link", "en", afterArt, "Also read - Bus drivers threaten strike over new schedules"),
		catch("read-more-link", "en", insideArt, "Related: Bus drivers threaten strike over new schedules"),
		catch("read-more-link", "en", insideArt, "Also on example.com Bus drivers threaten strike over new schedules"),
		lineCase{at: insideArt, lines: []string{"Also on example.com: Bus drivers threaten strike"}, rule: "read-more-link"},
		catch("read-more-link", "ru", insideArt, "Читайте также: Мэр пообещал открыть новый мост к 2027 году"),
		catch("read-more-link", "de", insideArt, "Lesen Sie auch: Fähre über den Fluss fährt wieder"),
		catch("read-more-link", "fr", insideArt, "À lire aussi : Le bac reprendra du service le mois prochain"),
		catch("read-more-link", "es", insideArt, "Lee también: El ferry volverá a cruzar el río"),
		catch("read-more-link", "pl", insideArt, "Czytaj też: Prom przez rzekę wróci w przyszłym miesiącu"),
		catch("read-more-link", "el", insideArt, "Διαβάστε επίσης: Το πορθμείο επιστρέφει τον επόμενο μήνα"),
		catch("read-more-link", "zh", afterArt, "相关阅读：渡轮下月恢复运营"),
		lineCase{lang: "zh", at: insideArt, lines: []string{"相关阅读：渡轮下月恢复运营"}, rule: "read-more-link"},
		keep("en", insideArt, "Read more about the works on the council's website, the mayor told residents, adding that the plans would also be shown in the library."),
		lineCase{at: insideArt, lines: []string{"Most popular – by a wide margin – was the proposal to run a free shuttle bus across the river during the works."}},
		lineCase{at: insideArt, lines: []string{"Latest-generation sensors will be fitted to the supports, so that engineers can follow the rust from their offices."}},
	})
}

func TestBoilerplateComments(t *testing.T) {
	runLineCases(t, []lineCase{
		catch("comment-prompt", "en", beforeArt, "0 comments"),
		catch("comment-prompt", "en", afterArt, "Leave a comment"),
		catch("comment-prompt", "en", afterArt, "12 Comments"),
		lineCase{at: afterArt, lines: []string{"Comments (12)"}, rule: "comment-prompt"},
		catch("comment-prompt", "en", afterArt, "Be the first to comment!"),
		catch("comment-prompt", "en", afterArt, "Join the conversation"),
		catch("comment-prompt", "en", afterArt, "View all 34 comments"),
		catch("comment-prompt", "ru", afterArt, "Комментарии (3)"),
		catch("comment-prompt", "ru", afterArt, "Оставьте комментарий"),
		catch("comment-prompt", "de", afterArt, "Kommentar schreiben"),
		catch("comment-prompt", "fr", afterArt, "Laisser un commentaire"),
		catch("comment-prompt", "es", afterArt, "Deja un comentario"),
		catch("comment-prompt", "pl", afterArt, "Dodaj komentarz"),
		catch("comment-prompt", "el", afterArt, "12 σχόλια"),
		catch("comment-prompt", "zh", afterArt, "发表评论"),
		catch("comment-section", "en", afterArt, "34 responses to “Northbridge council approves repairs”"),
		catch("comment-section", "en", afterArt, "jane_doe says:"),
		catch("comment-section", "en", afterArt, "Comments feed for this article"),
		keep("en", insideArt, "The mayor declined to comment on the cost overruns, but his office said the council would publish all the documents before the next meeting."),
		keep("en", insideArt, "More than three hundred residents left comments on the council's website, most of them asking for the works to start sooner."),
		lineCase{at: insideArt, lines: []string{"In a statement, the council said:"}},
		lineCase{at: insideArt, lines: []string{"Discussion"}},
		lineCase{lang: "de", at: insideArt, lines: []string{"Kommentar"}},
	})
}

func TestBoilerplateButtonsAndShare(t *testing.T) {
	runLineCases(t, []lineCase{
		catch("button-row", "en", beforeArt, "Facebook Twitter WhatsApp Email"),
		catch("button-row", "en", beforeArt, "Share Tweet Pin"),
		catch("button-row", "en", atTop, "Subscribe Sign In"),
		catch("button-row", "en", afterArt, "Print Email Share"),
		lineCase{at: afterArt, lines: []string{"Print | Email | Share"}, rule: "button-row"},
		catch("button-row", "de", beforeArt, "Teilen Drucken"),
		catch("button-row", "fr", beforeArt, "Partager Imprimer"),
		catch("button-row", "es", beforeArt, "Compartir Imprimir"),
		catch("share-prompt", "en", afterArt, "Share this article"),
		catch("share-prompt", "en", afterArt, "Share on Facebook"),
		catch("share-prompt", "en", afterArt, "Print this page"),
		catch("share-prompt", "en", afterArt, "Click to share on WhatsApp (Opens in new window)"),
		catch("share-prompt", "en", beforeArt, "12 shares"),
		catch("share-prompt", "en", afterArt, "Liked this story? Share it with a friend"),
		catch("share-prompt", "ru", afterArt, "Поделиться в соцсетях"),
		catch("share-prompt", "de", afterArt, "Artikel teilen"),
		catch("share-prompt", "fr", afterArt, "Partager sur Facebook"),
		catch("share-prompt", "es", afterArt, "Compartir en Twitter"),
		catch("share-prompt", "pl", afterArt, "Udostępnij"),
		catch("share-prompt", "el", afterArt, "Μοιραστείτε το άρθρο"),
		catch("share-prompt", "zh", afterArt, "分享到微信"),
		keep("en", insideArt, "Residents were asked to share their views on the detour at a public meeting next week, the council said in a letter to every household."),
		keep("en", insideArt, "Share of costs rises"),
		keep("en", insideArt, "Follow the money"),
		keep("ru", insideArt, "Жителей попросили поделиться своим мнением об объезде на общественных слушаниях на следующей неделе."),
	})
}

func TestBoilerplateSubscribe(t *testing.T) {
	runLineCases(t, []lineCase{
		catch("subscribe-prompt", "en", afterArt, "Subscribe to Reuters on Telegram"),
		catch("subscribe-prompt", "en", afterArt, "Follow us on X"),
		catch("subscribe-prompt", "en", afterArt, "Sign up for our newsletter"),
		catch("subscribe-prompt", "en", afterArt, "Click here to subscribe to our YouTube channel"),
		catch("subscribe-prompt", "en", afterArt, "Get the app"),
		catch("subscribe-prompt", "en", afterArt, "Don't forget to follow us on Instagram!"),
		catch("subscribe-prompt", "en", insideArt, "Subscribe to our daily newsletter for the latest local news."),
		catch("subscribe-prompt", "en", beforeArt, "Stay informed with our email alerts"),
		lineCase{at: beforeArt, lines: []string{"Stay informed: get email alerts"}, rule: "subscribe-prompt"},
		catch("subscribe-prompt", "ru", afterArt, "Подписывайтесь на наш канал в Telegram"),
		catch("subscribe-prompt", "ru", afterArt, "Читайте нас в Дзене"),
		catch("subscribe-prompt", "de", afterArt, "Folgen Sie uns auf Facebook"),
		catch("subscribe-prompt", "de", afterArt, "Jetzt unseren Newsletter abonnieren"),
		catch("subscribe-prompt", "fr", afterArt, "Abonnez-vous à notre newsletter"),
		catch("subscribe-prompt", "fr", afterArt, "Suivez-nous sur Twitter"),
		catch("subscribe-prompt", "es", afterArt, "Síguenos en Twitter"),
		catch("subscribe-prompt", "es", afterArt, "Suscríbete a nuestro boletín"),
		catch("subscribe-prompt", "pl", afterArt, "Obserwuj nas na Facebooku"),
		catch("subscribe-prompt", "el", afterArt, "Ακολουθήστε μας στο Facebook"),
		catch("subscribe-prompt", "zh", afterArt, "订阅我们的频道"),
		lineCase{lang: "zh", at: afterArt, lines: []string{"关注我们的微信公众号"}, rule: "subscribe-prompt"},
		keep("en", insideArt, "Residents who subscribe to the council's newsletter were told about the closure weeks before the vote, according to the mayor's office."),
		keep("en", insideArt, "Follow the money, the auditor told councillors, warning that the cost of the works had already doubled since the first estimate."),
		keep("de", insideArt, "Wer den Newsletter der Stadt abonniert hat, wusste schon Wochen vor der Abstimmung von der Sperrung, sagte ein Sprecher."),
		keep("de", insideArt, "Folgen der Sperrung spüren vor allem die Geschäfte im Zentrum, sagte ein Händler am Montag."),
		keep("fr", insideArt, "Les habitants abonnés à la lettre de la mairie ont appris la fermeture du pont plusieurs semaines avant le vote."),
		lineCase{at: insideArt, lines: []string{"Like us, many residents of the old town have waited years for the bridge to reopen, the owner of the bakery said."}},
		lineCase{lang: "de", at: insideArt, lines: []string{"Jetzt müssen wir uns beeilen, damit die Brücke vor dem Winter fertig wird, sagte der Bürgermeister."}},
		lineCase{lang: "ru", at: insideArt, lines: []string{"Около трети населения города подписано на рассылку мэрии, поэтому о закрытии моста многие узнали заранее."}},
		lineCase{at: insideArt, lines: []string{"“We will keep our subscribers informed through the newsletter,” the editor of the local paper said."}},
		lineCase{at: insideArt, lines: []string{"Join us at the public meeting on Thursday, the mayor told residents, promising to answer every question about the detour."}},
	})
}

func TestBoilerplateReportErrorAndSource(t *testing.T) {
	runLineCases(t, []lineCase{
		{at: afterArt, rule: "report-error-form", lines: []string{"Report an error", "Your name:", "Your email:", "Send"}},
		lineCase{at: afterArt, lines: []string{"Report an error", "Name", "Email", "Send"}, rule: "report-error-form"},
		catch("report-error-form", "en", afterArt, "Found a typo? Highlight it and press Ctrl+Enter"),
		lineCase{at: afterArt, lines: []string{"Found a typo? Select the text and press Ctrl+Enter"}, rule: "report-error-form"},
		catch("report-error-form", "en", afterArt, "Suggest a correction"),
		{lang: "ru", at: afterArt, rule: "report-error-form", lines: []string{"Сообщить об ошибке", "Ваше имя", "Отправить"}},
		catch("report-error-form", "ru", afterArt, "Нашли ошибку? Выделите её и нажмите Ctrl+Enter"),
		catch("report-error-form", "de", afterArt, "Fehler melden"),
		catch("report-error-form", "fr", afterArt, "Signaler une erreur"),
		catch("report-error-form", "es", afterArt, "Reportar un error"),
		catch("report-error-form", "pl", afterArt, "Zgłoś błąd"),
		keep("en", insideArt, "Residents can report a fault on the bridge by calling the council's hotline, which will stay open around the clock while the works go on."),
		catch("source-link", "en", afterArt, "Source link"),
		catch("source-link", "en", afterArt, "Read the full article here"),
		catch("source-link", "en", afterArt, "Continue reading"),
		catch("source-link", "en", afterArt, "Click here for more"),
		catch("source-link", "ru", afterArt, "Источник"),
		catch("source-link", "de", afterArt, "Weiterlesen"),
		catch("source-link", "fr", afterArt, "Lire la suite"),
		catch("source-link", "es", afterArt, "Leer más"),
		catch("source-link", "pl", afterArt, "Czytaj dalej"),
		keep("en", insideArt, "The original article in the council's journal put the cost at half the current figure, a source close to the finance committee said."),
		keep("en", afterArt, "A source at the council said the tender would be published in March."),
	})
}

func TestBoilerplateSectionMenuAndOutside(t *testing.T) {
	runLineCases(t, []lineCase{
		catch("section-menu", "en", atTop, "News Politics Business Sport Culture"),
		catch("section-menu", "en", atTop, "World Europe Business Tech & Science"),
		catch("section-menu", "ru", atTop, "Новости Политика Экономика Спорт"),
		catch("section-menu", "de", atTop, "Politik Wirtschaft Sport Kultur"),
		catch("section-menu", "fr", atTop, "Politique Économie Sport Culture"),
		keep("en", insideArt, "Costs And Delays Explained"),
		catch("outside-article", "en", afterArt, "Tags: bridges, transport, city council"),
		catch("outside-article", "en", atTop, "Northbridge Gazette"),
		catch("ad-label", "en", afterArt, "Advertisement"),
		catch("ad-label", "en", insideArt, "Advertisement"),
		catch("ad-label", "de", insideArt, "Anzeige"),
		catch("ad-label", "ru", insideArt, "Реклама"),
		keep("en", insideArt, "The advertisement campaign for the bridge tender ran for three weeks in the local papers, the council said."),
		keep("en", afterArt, "Work starts in March."),
		keep("en", insideArt, "What happens next"),
		keep("en", beforeArt, "By Tuesday, the council had received more than two hundred letters from residents asking for the bridge to be repaired."),
		keep("en", insideArt, "On February 12, 2025, the council met again to discuss the tender and the timetable for the works."),
		keep("en", beforeArt, "NORTHBRIDGE, Feb 12 – The city council met on Wednesday to discuss the tender for the repairs, which has drawn interest from five firms."),
	})
}

// TestBoilerplateCommentsEndArticle checks that a comments heading is a
// wall: the readers' comments after it, prose though they are, leave with
// the rest of the page.
func TestBoilerplateCommentsEndArticle(t *testing.T) {
	comments := []string{
		"I drive across that bridge every single day and I have been saying for years that it is falling apart, so this is long overdue and I am glad the council finally listened to us.",
		"Four million is far too much for a bridge that nobody outside the town uses, and the council should have asked the regional government to pay for at least half of the bill.",
	}
	for _, heading := range []string{"Leave a comment", "2 comments", "2 responses to “Northbridge council approves repairs”"} {
		t.Run(heading, func(t *testing.T) {
			a := runText(t, compose("en", afterArt, append([]string{heading}, comments...)...))
			if hasBlock(a, heading) {
				t.Errorf("comments heading %q kept\n%s", heading, dump(a))
			}
			for _, c := range comments {
				if ch := logged(a, c); ch == nil || ch.Rule != "outside-article" {
					t.Errorf("comment %q not removed as outside-article\n%s", clip(c, 40), dump(a))
				}
			}
			for _, p := range articles["en"].prose {
				if !hasBlock(a, p) {
					t.Errorf("prose removed: %q\n%s", clip(p, 60), dump(a))
				}
			}
		})
	}
}

// TestBoilerplateShortParagraphs checks that a credit or separator between
// short paragraphs (a wire story of one sentence each) does not cut the
// article: the paragraphs on both sides stay.
func TestBoilerplateShortParagraphs(t *testing.T) {
	paras := []string{
		"The city council of Northbridge voted on Monday to repair the old river bridge.",
		"Engineers had warned that its steel supports were rusting faster than expected.",
		"The works will begin in the spring and should take about eight months to finish.",
		"Buses will follow a temporary route while the bridge is closed to heavy traffic.",
		"Opposition members asked for an independent review of the cost of the project.",
	}
	for _, line := range []string{"Photo: AP", "***", "Read more: Ferry service to resume next month"} {
		t.Run(line, func(t *testing.T) {
			text := articles["en"].title + "\n\n" + paras[0] + "\n\n" + line + "\n\n" + strings.Join(paras[1:], "\n\n") + "\n"
			a := runText(t, text)
			if hasBlock(a, line) {
				t.Errorf("%q kept", line)
			}
			for _, p := range paras {
				if !hasBlock(a, p) {
					t.Errorf("prose removed: %q\n%s", p, dump(a))
				}
			}
		})
	}
}

// TestSeedsKeepProse is a safety net over the seed articles: no block of
// more than 25 words that ends with a full stop, which is almost surely a
// sentence of prose, leaves the article by a boilerplate or metadata rule,
// except the disclaimer and outside-article rules (whose sentences are
// boilerplate by position) and the dedupe stage (a second copy).
func TestSeedsKeepProse(t *testing.T) {
	seeds, err := filepath.Glob("../seeds/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) == 0 {
		t.Fatal("no seeds in ../seeds")
	}
	allowed := map[string]bool{"disclaimer": true, "outside-article": true}
	for _, path := range seeds {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := textStages().Run(context.Background(), &pipeline.Article{Source: path, Raw: raw})
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			if len(a.Blocks) == 0 {
				t.Fatal("nothing left of the article")
			}
			for _, c := range a.Log {
				if c.Action == pipeline.Changed || c.Stage == "dedupe" || c.Stage == "boilerplate" && allowed[c.Rule] {
					continue
				}
				text := strings.TrimRight(c.Text, "\"'”’») ")
				if len(strings.Fields(text)) > 25 && strings.HasSuffix(text, ".") {
					t.Errorf("%s/%s removed a sentence of prose (%s): %q", c.Stage, c.Rule, c.Reason, clip(c.Text, 100))
				}
			}
		})
	}
}

// TestBoilerplateSourceList checks that a list of cited sources closes the
// article, in several languages, and that prose about sources stays.
func TestBoilerplateSourceList(t *testing.T) {
	citations := []string{
		`Northbridge City Council, "Minutes of the meeting of February 10," Feb. 10, 2025`,
		`Regional Transport Office, "Bridge inspection report 2024," accessed Feb. 11, 2025`,
	}
	for _, heading := range []string{"Sources:", "References", "Quellen:"} {
		t.Run(heading, func(t *testing.T) {
			a := runText(t, compose("en", afterArt, append([]string{heading}, citations...)...))
			if ch := logged(a, heading); ch == nil || ch.Rule != "source-list" {
				t.Errorf("heading %q not removed as source-list\n%s", heading, dump(a))
			}
			for _, c := range citations {
				if hasBlock(a, c) {
					t.Errorf("citation kept: %q\n%s", c, dump(a))
				}
			}
			for _, p := range articles["en"].prose {
				if !hasBlock(a, p) {
					t.Errorf("prose removed: %q\n%s", clip(p, 60), dump(a))
				}
			}
		})
	}
	runLineCases(t, []lineCase{
		keep("en", insideArt, "Sources close to the council said the vote on the bridge could be delayed until the spring because of the cost."),
	})
}

// TestBoilerplateCommentHeader checks that a comment printed as a name line
// then a date-and-time line ends the article, and that a sentence naming a
// person and a time stays.
func TestBoilerplateCommentHeader(t *testing.T) {
	thread := []string{
		"Jane Doe",
		"August 10, 2018 at 9:51 am",
		"I drive across that bridge every single day and I have been saying for years that it is falling apart, so this is long overdue.",
		"John Roe",
		"August 11, 2018 at 10:05 am",
		"Four million is far too much for a bridge that nobody outside the town uses, and the region should have paid for half of it.",
	}
	a := runText(t, compose("en", afterArt, thread...))
	if ch := logged(a, thread[1]); ch == nil || ch.Rule != "comment-section" {
		t.Errorf("first comment header not removed as comment-section\n%s", dump(a))
	}
	for _, line := range thread {
		if hasBlock(a, line) {
			t.Errorf("comment line kept: %q\n%s", line, dump(a))
		}
	}
	for _, p := range articles["en"].prose {
		if !hasBlock(a, p) {
			t.Errorf("prose removed: %q\n%s", clip(p, 60), dump(a))
		}
	}
	runLineCases(t, []lineCase{
		keep("en", insideArt, "Jane Doe, who chairs the transport committee, said on August 10, 2018 at 9:51 am that the bridge would close."),
	})
}

// TestBoilerplateAuthorBio checks that an author's biography closing the
// article goes, and that the same kind of sentence inside it stays.
func TestBoilerplateAuthorBio(t *testing.T) {
	runLineCases(t, []lineCase{
		catch("author-bio", "en", afterArt, "Jane Doe is a staff writer at the Northbridge Gazette covering transport and city hall."),
		catch("author-bio", "en", afterArt, "John Roe (@jroe) is an Ideas contributor at Example and the host of a podcast about cities."),
		keep("en", insideArt, "Jane Doe is a reporter who covered the council for ten years, and she said the vote on the bridge was unusual."),
	})
}

// TestBoilerplateAnnouncedList checks that short lines announced by a
// paragraph ending in a colon stay with the article, even at its end.
func TestBoilerplateAnnouncedList(t *testing.T) {
	p := articles["en"].prose
	items := []string{"Main Street bridge", "Ferry landing", "Mill Road underpass"}
	text := articles["en"].title + "\n\n" + p[0] + "\n\n" + p[1] + "\n\n" +
		"The council listed the crossings that will close while the work goes on:\n\n" + strings.Join(items, "\n") + "\n"
	a := runText(t, text)
	for _, it := range items {
		if !hasBlock(a, it) {
			t.Errorf("list item %q removed\n%s", it, dump(a))
		}
	}
}
