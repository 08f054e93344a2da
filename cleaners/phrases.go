package cleaners

import (
	"regexp"
	"strings"
)

// phrases holds, for one kind of boilerplate, the patterns that mark it in
// each language. Patterns are regular expressions over lower-cased text;
// they describe the kind ("subscribe to … on telegram"), not one site's
// wording. Languages without an entry fall back to the language-independent
// signals (position, length, punctuation, repetition).
type phrases map[string][]string

// keySet finds whether a text contains any of a few substrings in one pass
// over the text: rules call it before an unanchored regular expression,
// which rules out most blocks far faster than the expression could. Keys
// may belong to classes (bits of a mask), so that one pass tells which of
// several sets a text holds keys of.
type keySet struct {
	byFirst [256][]classKey // the keys, by their first byte
}

// classKey is a key and the mask of the classes it belongs to.
type classKey struct {
	key  string
	mask uint32
}

// newKeySet returns the set of keys, all of class 1; every key must be
// non-empty.
func newKeySet(keys ...string) *keySet { return new(keySet).add(1, keys...) }

// add adds keys of the classes in mask to k and returns k.
func (k *keySet) add(mask uint32, keys ...string) *keySet {
	for _, key := range keys {
		k.byFirst[key[0]] = append(k.byFirst[key[0]], classKey{key, mask})
	}
	return k
}

// in reports whether s contains one of the keys.
func (k *keySet) in(s string) bool { return k.count(s, 1) > 0 }

// count returns how many places of s start one of the keys, up to limit.
func (k *keySet) count(s string, limit int) int {
	n := 0
	for i := 0; i < len(s) && n < limit; i++ {
		for _, c := range k.byFirst[s[i]] {
			if strings.HasPrefix(s[i:], c.key) {
				n++
				i += len(c.key) - 1
				break
			}
		}
	}
	return n
}

// classes returns the union of the classes of the keys s contains.
func (k *keySet) classes(s string) (mask uint32) {
	for i := 0; i < len(s); i++ {
		for _, c := range k.byFirst[s[i]] {
			if strings.HasPrefix(s[i:], c.key) {
				mask |= c.mask
			}
		}
	}
	return mask
}

// phraseLanguages lists the languages of the phrase tables, in the order
// their patterns are tried.
var phraseLanguages = []string{"en", "ru", "uk", "de", "fr", "es", "it", "pt", "pl", "el", "zh"}

// compile joins every language's patterns into one regular expression,
// wrapped as prefix + (alternatives) + suffix.
func (p phrases) compile(prefix, suffix string) *regexp.Regexp {
	return regexp.MustCompile(prefix + p.pattern() + suffix)
}

// pattern returns every language's patterns as one group of alternatives,
// to build a larger expression from.
func (p phrases) pattern() string {
	var alts []string
	for _, code := range phraseLanguages {
		alts = append(alts, p[code]...)
	}
	return "(?:" + strings.Join(alts, "|") + ")"
}

// Phrase tables, one per kind of boilerplate.
var (
	// Banners of error pages glued onto an article.
	errorPhrases = phrases{
		"en": {`sorry`, `oops`, `error`, `(?:error )?40[34](?: error| not found| forbidden)?`, `not found`, `page not found`, `forbidden`, `access denied`,
			`the page (?:doesn'?t|does not) exist`, `this page (?:is )?(?:not|no longer) available`},
		"ru": {`страница не найдена`, `ошибка(?: 404)?`, `запрашиваемая страница не (?:найдена|существует)`, `доступ запрещ[её]н`},
		"de": {`seite nicht gefunden`, `fehler(?: 404)?`, `die (?:angeforderte|gesuchte) seite (?:existiert nicht|wurde nicht gefunden)`},
		"fr": {`page (?:non trouvée|introuvable)`, `erreur(?: 404)?`, `la page (?:demandée )?n'existe pas`},
		"es": {`página no encontrada`, `la página (?:que buscas|solicitada) no existe`},
		"pl": {`nie znaleziono strony`, `strona nie (?:istnieje|została znaleziona)`, `błąd(?: 404)?`},
		"el": {`η σελίδα δεν βρέθηκε`, `σφάλμα(?: 404)?`},
		"zh": {`页面不存在`, `找不到页面`, `404错误`},
	}
	// Sentences of error pages, found anywhere in a short block.
	errorSentences = phrases{
		"en": {`(?:page|article|content) (?:you (?:were|are) looking for|you requested|requested) (?:could not be found|was not found|doesn'?t exist|does not exist|is(?: no longer)? (?:available|unavailable))`,
			`(?:we'?re|we are) sorry,? but (?:the|this) page`},
		"ru": {`страница не найдена`, `запрашиваемая страница`},
		"de": {`seite (?:existiert nicht|wurde nicht gefunden)`},
		"fr": {`la page (?:demandée )?n'existe pas`},
		"es": {`la página (?:que buscas|solicitada) no existe`},
		"pl": {`strona nie (?:istnieje|została znaleziona)`},
		"el": {`η σελίδα δεν βρέθηκε`},
		"zh": {`页面不存在`},
	}
	// Prompts to subscribe, follow, or join a channel or newsletter.
	subscribeVerbs = phrases{
		"en": {`subscribe`, `sign up`, `follow`, `join`, `download`, `get`, `like`, `find`, `stay (?:connected|updated|informed)`, `connect`},
		"ru": {`подпис\p{L}*`, `читайте`, `следите`, `присоединя\p{L}*`, `вступай\p{L}*`, `смотрите`},
		"uk": {`підпис\p{L}*`, `стежте`, `приєдну\p{L}*`},
		"de": {`abonnier\p{L}*`, `folgen sie`, `folge`, `melden sie sich`, `jetzt abonnier\p{L}*`},
		"fr": {`abonnez-vous`, `suivez(?:-nous)?`, `inscrivez-vous`, `rejoignez`, `abonne\p{L}*`},
		"es": {`suscr[ií]b\p{L}*`, `s[ií]gue\p{L}*`, `[uú]ne\p{L}*`},
		"it": {`iscriviti`, `seguici`, `abbonati`},
		"pt": {`assine`, `siga`, `inscreva-se`},
		"pl": {`subskrybuj`, `obserwuj`, `zapisz się`, `dołącz`, `śledź`},
		"el": {`εγγραφείτε`, `ακολουθήστε`, `γραφτείτε`},
		"zh": {`订阅.*`, `关注.*`, `加入.*`},
	}
	subscribeTargets = phrases{
		"en": {`newsletters?`, `telegram`, `facebook`, `twitter`, `\bx\b`, `instagram`, `youtube`, `tiktok`, `whatsapp`, `linkedin`, `rss`, `channel`, `podcast`, `our app`, `the app`, `email alerts?`, `notifications`, `updates`, `us`, `google news`, `subscribers`, `mailing list`, `inbox`},
		"ru": {`телеграм\p{L}*`, `канал\p{L}*`, `рассылк\p{L}*`, `нас`, `вконтакте`, `дзен\p{L}*`},
		"uk": {`телеграм\p{L}*`, `канал\p{L}*`, `нас`},
		"de": {`uns`, `kanal`},
		"fr": {`nous`, `chaîne`, `lettre d'information`},
		"es": {`nosotros`, `canal`, `boletín`},
		"pl": {`nas`, `kanał\p{L}*`},
		"el": {`μας`},
		"zh": {`我们`, `频道`, `公众号`, `微信`},
	}
	// Prompts to share, print or e-mail the article, and lone share buttons.
	sharePhrases = phrases{
		"en": {`(?:please )?share (?:this|the|it|on|via|with|your)\b.*`, `share(?:s)?`, `sharing is caring`, `you can share this .*`, `(?:like|enjoy)(?:d)? this (?:story|article|post)\?.*`,
			`tweet`, `tweet this`, `print(?: this)?(?: article| page| story)?`, `e-?mail(?: this)?(?: article| story)?`, `facebook`, `twitter`, `whatsapp`, `linkedin`, `pinterest`, `reddit`, `telegram`, `messenger`, `google plus`, `rss feed`, `youtube`, `instagram`,
			`copy link`, `copy url`, `get short url`, `click to share .*`, `like this:?`, `like loading\.*`, `\d+ shares?`, `short url`},
		"ru": {`поделиться.*`, `поделитесь.*`, `распечатать`, `версия для печати`},
		"de": {`teilen`, `artikel teilen`, `drucken`, `per e-mail (?:teilen|versenden)`},
		"fr": {`partager.*`, `partagez.*`, `imprimer`},
		"es": {`compartir.*`, `comparte.*`, `imprimir`},
		"pl": {`udostępnij.*`, `drukuj`},
		"el": {`κοινοποιήστε.*`, `μοιραστείτε.*`},
		"zh": {`分享(?:到)?.*`},
	}
	// Comment prompts and counters.
	commentPhrases = phrases{
		"en": {`(?:\d+|no) comments?`, `comments?`, `comments? \(?\d+\)?`, `comments? no comments?`, `leave a (?:comment|reply)`, `(?:add|post|write|view|show|load|read|see) (?:all |the )?(?:\d+ )?comments?`,
			`be the first to comment.*`, `share your thoughts.*`, `cancel reply`, `join the (?:conversation|discussion)`, `comments are closed\.?`, `your comment:?`, `reply`, `discussion`},
		"ru": {`комментари\p{L}*(?: \(?\d+\)?)?`, `оставьте комментарий`, `\d+ комментари\p{L}*`, `нет комментариев`},
		"de": {`kommentare?(?: \(?\d+\)?)?`, `kommentar schreiben`, `\d+ kommentare?`},
		"fr": {`commentaires?(?: \(?\d+\)?)?`, `laisser un commentaire`, `\d+ commentaires?`},
		"es": {`comentarios?(?: \(?\d+\)?)?`, `deja un comentario`, `\d+ comentarios?`},
		"pl": {`komentarze?(?: \(?\d+\)?)?`, `dodaj komentarz`, `\d+ komentarzy`},
		"el": {`σχόλια`, `\d+ σχόλια`},
		"zh": {`评论(?:\d+)?`, `发表评论`},
	}
	// Headings that open a list of links to other articles.
	relatedPhrases = phrases{
		"en": {`(?:you may|you might|we think you'?ll) (?:also )?(?:like|enjoy|be interested in)`, `related(?: articles| stories| posts| news| content| coverage| links| reading| topics)?`,
			`most (?:popular|read|viewed|shared|commented|emailed)(?: stories| articles| news| posts)?`, `trending(?: now| stories| news| topics)?`, `recommended(?: for you| stories| articles| reading)?`,
			`more (?:from|stories|news|articles|on this|to read|in)\b.*`, `read (?:more|also|next)`, `see also`, `also read`, `latest(?: news| stories| articles| posts)?`, `top stories`,
			`editor'?s picks`, `(?:most )?popular(?: now| posts| stories)?`, `recent(?: posts| stories| news| articles)?`, `market research`, `don'?t miss`, `what to read next`, `further reading`,
			`in case you missed it`, `around the web`, `sponsored(?: content| stories| links)?`, `promoted(?: stories| content)?`, `from the web`, `up next`, `next article`, `previous article`, `featured(?: stories| articles)?`, `more stories`},
		"ru": {`читайте (?:также|еще|ещё)`, `похожие (?:статьи|новости|материалы)`, `самое (?:популярное|читаемое)`, `популярное`, `по теме`, `новости партн[её]ров`, `смотрите также`, `другие новости`},
		"uk": {`читайте також`, `схожі (?:статті|новини)`, `популярне`},
		"de": {`das könnte sie auch interessieren`, `mehr zum thema`, `ähnliche artikel`, `meistgelesen`, `weitere artikel`, `auch interessant`, `lesen sie auch`},
		"fr": {`à lire aussi`, `lire aussi`, `articles? similaires?`, `les plus (?:lus|populaires)`, `sur le même sujet`, `vous aimerez aussi`},
		"es": {`te puede interesar`, `también te puede interesar`, `noticias relacionadas`, `lo más (?:leído|visto)`, `lee también`, `relacionad[oa]s`},
		"it": {`leggi anche`, `articoli correlati`, `i più letti`},
		"pt": {`leia também`, `mais lidas`, `notícias relacionadas`},
		"pl": {`zobacz (?:też|także)`, `czytaj (?:też|także|więcej)`, `najczęściej czytane`, `podobne artykuły`, `polecamy`},
		"el": {`διαβάστε επίσης`, `σχετικά άρθρα`, `δημοφιλή`},
		"zh": {`相关(?:新闻|文章|阅读)`, `热门(?:新闻|文章)?`, `推荐阅读`, `延伸阅读`},
	}
	// Headings of the list of sources an article cites.
	sourceListPhrases = phrases{
		"en": {`sources?(?: cited| used)?`, `references`, `bibliography`, `further sources`},
		"ru": {`источники`, `список литературы`},
		"uk": {`джерела`},
		"de": {`quellen`, `quellenangaben`, `literatur`},
		"fr": {`sources`, `références`, `bibliographie`},
		"es": {`fuentes`, `referencias`, `bibliografía`},
		"it": {`fonti`, `bibliografia`},
		"pt": {`fontes`, `referências`},
		"pl": {`źródła`, `bibliografia`},
		"el": {`πηγές`},
		"zh": {`参考资料`, `参考文献`},
	}
	// What an author's biography says the author is, after "Name is a …".
	bioRoles = phrases{
		"en": {`(?:[\p{L}-]+ ){0,3}(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|producer|author|blogger|analyst)`},
		"ru": {`(?:корреспондент|журналист|редактор|обозреватель|автор)\p{L}*`},
		"de": {`(?:redakteur|korrespondent|autor|journalist|reporter)\p{L}*`},
		"fr": {`(?:journaliste|rédact\p{L}*|correspondant\p{L}*|chroniqueu\p{L}*)`},
		"es": {`(?:periodista|redactor\p{L}*|corresponsal|columnista)`},
		"pl": {`(?:dziennikar\p{L}*|redaktor\p{L}*|korespondent\p{L}*)`},
	}
	// Legal disclaimers: their headings, and the sentences they are made of.
	disclaimerHeadings = phrases{
		"en": {`(?:legal )?disclaimer`, `terms of use`, `privacy (?:policy|notice)`},
		"ru": {`отказ от ответственности`},
		"de": {`haftungsausschluss`},
		"fr": {`avertissement`, `clause de non-responsabilité`},
		"es": {`aviso legal`},
		"pl": {`zastrzeżenie prawne`},
	}
	disclaimerPhrases = phrases{
		"en": {`without warranty`, `[“"]as is[”"]`, `(?:does|do) not (?:accept|assume|take) any (?:responsibility|liability)`, `(?:is|are) not responsible for`,
			`views (?:and opinions )?expressed [^.]*(?:do not|don'?t) necessarily (?:reflect|represent)`, `for (?:general )?information(?:al)? purposes only`, `does not constitute (?:financial|investment|legal) advice`,
			`(?:material|content)s?[^.]* may not be (?:published|reproduced|broadcast|rewritten|redistributed)`, `this (?:article|content) (?:is|was) (?:provided|produced) by`, `uses cookies`, `by (?:continuing|using) (?:to use )?this (?:site|website)`},
		"ru": {`мнение редакции может не совпадать`, `использование материалов`, `не несет ответственности`},
		"de": {`keine haftung`, `ohne gewähr`},
		"fr": {`n'engage pas`, `sans garantie`},
		"es": {`no se hace responsable`},
		"pl": {`nie ponosi odpowiedzialności`},
	}
	// Copyright lines.
	copyrightPhrases = phrases{
		"en": {`©`, `\(c\) ?\d{4}`, `copyright ?(?:©|\(c\))? ?\d{4}`, `\d{4} copyright`, `copyright ©`, `all rights? reserved`},
		"ru": {`все права защищены`},
		"uk": {`всі права захищені`},
		"de": {`alle rechte vorbehalten`},
		"fr": {`tous droits réservés`},
		"es": {`todos los derechos reservados`},
		"it": {`tutti i diritti riservati`},
		"pt": {`todos os direitos reservados`},
		"pl": {`wszelkie prawa zastrzeżone`},
		"el": {`με επιφύλαξη παντός δικαιώματος`},
		"zh": {`版权所有`},
	}
	// Forms for reporting a mistake, and their field labels.
	reportPhrases = phrases{
		"en": {`report (?:a |an )?(?:spelling )?(?:error|typo|mistake|correction)`, `found (?:a|an) (?:typo|error|mistake).*`, `(?:select|highlight) (?:the )?(?:text|it) and press ctrl.*`, `suggest a correction`},
		"ru": {`сообщить об ошибке`, `нашли ошибку.*`, `выделите (?:её|ее|текст) и нажмите.*`},
		"de": {`fehler (?:melden|gefunden).*`},
		"fr": {`signaler une erreur`},
		"es": {`reportar (?:un )?error`},
		"pl": {`zgłoś błąd`},
	}
	formLabels = phrases{
		"en": {`(?:your )?(?:name|e-?mail|comment|message|website)`, `error page url`, `page url`, `url`, `text containing (?:the )?error`, `email address`, `send`, `submit`, `cancel`},
		"ru": {`ваше? (?:имя|комментарий)`, `отправить`},
	}
	// Labels of advertisements.
	adPhrases = phrases{
		"en": {`advertisement`, `advertising`, `sponsored`, `ad`, `promoted`, `paid (?:content|post|partnership)`, `story continues below(?: advertisement)?`, `article continues below(?: advertisement)?`},
		"ru": {`реклама`},
		"uk": {`реклама`},
		"de": {`anzeige`, `werbung`},
		"fr": {`publicité`},
		"es": {`publicidad`},
		"it": {`pubblicità`},
		"pt": {`publicidade`},
		"pl": {`reklama`},
		"el": {`διαφήμιση`},
		"zh": {`广告`},
	}
	// Credits of a photo or its source, standing alone.
	creditPhrases = phrases{
		"en": {`(?:photo|image|picture|video|credit|source|illustration|graphic)s?(?: credit)?`, `photograph`},
		"ru": {`фото`, `источник`, `иллюстрация`},
		"de": {`foto`, `bild`, `quelle`},
		"fr": {`photo`, `crédit`, `source`},
		"es": {`foto`, `fuente`, `imagen`},
		"pl": {`fot\.?`, `zdjęcie`, `źródło`},
		"el": {`φωτογραφία`, `πηγή`},
		"zh": {`图片来源`, `来源`, `图`},
	}
	// A link to the original of a syndicated article.
	sourceLinkPhrases = phrases{
		"en": {`source link`, `source url`, `original (?:article|post|story)`, `read (?:the )?(?:full|original) (?:article|story)(?: here| at .*)?`, `(?:read more|continue reading)(?: at| on| here)?.*`, `click here.*`},
		"ru": {`источник`, `читать (?:далее|полностью)`},
		"de": {`weiterlesen`, `quelle`},
		"fr": {`lire la suite`, `source`},
		"es": {`leer más`, `fuente`},
		"pl": {`czytaj dalej`},
	}
	// Words that make a dateline: labels before a date.
	datelineLabels = phrases{
		"en": {`published(?: on)?`, `updated(?: on)?`, `posted(?: on)?`, `last (?:updated|modified)`, `date`, `created`, `modified`, `first published`},
		"ru": {`опубликовано`, `обновлено`, `дата`},
		"de": {`veröffentlicht(?: am)?`, `aktualisiert(?: am)?`, `stand`},
		"fr": {`publié le`, `mis à jour le`, `publié`},
		"es": {`publicado(?: el)?`, `actualizado(?: el)?`},
		"pl": {`opublikowano`, `aktualizacja`},
		"el": {`δημοσιεύθηκε`, `ενημερώθηκε`},
		"zh": {`发布时间`, `更新时间`, `发布于`},
	}
	// Labels that open a byline.
	bylineLabels = phrases{
		"en": {`by`, `from`, `written by`, `words by`, `reporting by`, `story by`, `authors?`, `author'?s name`, `author[’'` + "`" + `]s name`, `posted by`, `text by`},
		"ru": {`автор(?:ы)?`, `текст`},
		"uk": {`автор`},
		"de": {`von`, `autor(?:in)?`},
		"fr": {`par`, `auteur`},
		"es": {`por`, `autor(?:a)?`},
		"it": {`di`, `autore`},
		"pt": {`por`},
		"pl": {`autor(?:ka)?`, `tekst`},
		"el": {`του`, `της`, `συντάκτης`},
		"zh": {`作者`, `记者`},
	}
	editorLabels = phrases{
		"en": {`editor`, `edited by`, `editing by`},
		"ru": {`редактор`},
		"de": {`redaktion`, `redakteur(?:in)?`},
		"fr": {`éditeur`, `rédacteur`},
		"es": {`editor(?:a)?`, `edición`},
		"pl": {`redaktor`, `redakcja`},
		"zh": {`编辑`, `责任编辑`},
	}
)
