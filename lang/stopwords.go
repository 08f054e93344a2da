package lang

import "strings"

// stopwordLists holds, per language, its most frequent function words in
// lower case, separated by spaces. Apostrophes split words (l'homme is "l"
// and "homme"), so elided forms appear on their own.
var stopwordLists = []struct{ code, words string }{
	{"en", `a about above after again against all almost also although am among an and another any
	are around as at be because been before being below between both but by can cannot could did do
	does doing done down during each either else enough even ever every few for from further had has
	have having he her here hers herself him himself his how however i if in into is it its itself
	just least less many may me might more most much must my myself neither never no nor not now of
	off often on once only onto or other others otherwise our ours ourselves out over own per quite
	rather said same several shall she should since so some such than that the their theirs them
	themselves then there therefore these they this those though through throughout thus to too
	toward towards under unless until up upon us very via was we were what whatever when whenever
	where whereas whether which while who whom whose why will with within without would yet you
	your yours yourself yourselves`},
	{"ru", `а без более бы был была были было быть в вам вас весь во вот все всего всех всю вы где да
	даже для до его ее её ей ему если есть еще ещё же за здесь и из или им их к как какая какой
	когда кого которая которого которое которой котором которые который которых кто ли либо между
	меня мне много может можно мой моя мы на над надо наш не него нее неё нет ни ним них но ну о об
	однако он она они оно от очень перед по под после потому при про раз с сам свой своей свои
	своих свою себе себя со так также такой там те тем то того тоже той только том тот ту тут ты у
	уж уже хотя чего чем через что чтобы чтоб эта эти этим этих это этого этой этом этот эту я`},
	{"uk", `а або але б без би був буде будуть була були було бути в вам вас весь вже ви від він вона
	вони воно все всі вся втім де для до є його ж же з за зі і із її їх їм й як яка яке які який
	якщо коли котрий лише ми між мене мені на над нам нас наш наша не немає ні ніж о об однак перед
	по під після при про саме свій свого своєї свої своїх себе серед та так також там те теж ти то
	тому тут у хоча це цей ці цих цієї цього ця через що щоб чи` +
		` також тільки дуже більш більше навіть вже ще зараз потім тоді`},
	{"de", `ab aber alle allem allen aller alles als also am an auch auf aus bei beim bereits bin bis
	bist da dabei damit dann dar darauf darum das dass daß dazu dem den denn der des dessen dich die
	dies diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines
	er es etwa euch euer für gegen gewesen hab habe haben hat hatte hatten hier ich ihm ihn ihnen
	ihr ihre ihrem ihren ihrer im in ins ist ja jedoch jetzt kann kein keine keinen konnte können
	laut man mehr mein meine mich mir mit muss müssen nach neben nicht noch nun nur ob oder ohne
	schon sehr sei seien sein seine seinem seinen seiner seit sich sie sind so soll sollen sondern
	sowie um und uns unser unter vom von vor war waren was weil welche welcher welches wenn wer
	werden wie wieder will wir wird wo wurde wurden würde zu zum zur zwar zwischen über`},
	{"fr", `a afin ai ainsi alors après au aucun aussi autre autres aux avaient avait avant avec avoir
	c car ce ceci cela celle celles celui cependant ces cet cette ceux chez comme comment contre d
	dans de depuis des deux donc dont du elle elles en encore entre est et étaient était été être
	eu eux fait faire fois il ils j je jamais l la le les leur leurs lors lorsque lui m ma mais me
	même mes moi moins mon n ne ni nos notre nous on ont ou où par parce pas pendant peu peut plus
	pour pourquoi puis qu quand que quel quelle quelles quels qui quoi s sa sans se selon ses si
	son sont sous sur t ta te tes toi ton toujours tous tout toute toutes très tu un une vers
	voici voilà vos votre vous y ça déjà été`},
	{"es", `a al algo algunos ante antes así aunque bajo bien cada como con contra cual cuando de del
	desde después dijo donde durante e el ella ellas ellos en entre era eran es esa esas ese eso
	esos esta estaba estaban estado están estar este esto estos fue fueron ha había habían han
	hasta hay la las le les lo los más me mi mientras mis mismo muy nada ni no nos nosotros o otra
	otras otro otros para pero poco por porque pues que quien se según ser si sido sin sino sobre
	son su sus también tanto te tiene tienen todo todos tras tu tus u un una unas uno unos usted
	ya yo él cómo qué quién dónde cuál sí`},
	{"pl", `a aby ale albo bardzo bez bo by był była było były będzie będą być co czy dla do gdy
	gdzie go i ich im innych jak jako jednak jego jej jest jeszcze jeśli jeżeli już kiedy kto
	która które którego której których którym który lecz lub ma mają miał miała może można mu
	mnie mi na nad nie niż o od oraz po pod ponieważ poza przed przez przy również się sobie są
	ta tak także tam te tego tej ten też to tu tych tylko tym u w we więc wszystko z za ze że żeby
	oni ona on one my wy ja ty nas was jeden według wśród między ci cię tę swój swoje swojego swoją`},
	{"el", `ένα ένας αλλά από αυτά αυτές αυτή αυτό αυτοί αυτός αν ακόμα ακόμη άλλα άλλη άλλο
	γιατί για δε δεν εγώ εδώ είναι είχε είχαν εκεί ενός ενώ εσύ έχει έχουν έχω ή ήδη ήταν θα κάθε
	και κατά κι μας με μεταξύ μετά μέχρι μη μην μια μιας μόνο μου να ο οι όλα όλες όλη όλο όλοι όμως
	όπως όταν ότι οποία οποίες οποίο οποίοι οποίος οποίων πιο πολύ που πού πως πώς προς σας σε σου
	στα στη στην στις στο στον στους στων τα τη την της τι τις το τον του τους των τότε τώρα ως`},
	{"zh", `的 了 是 在 和 也 就 都 而 及 与 着 或 一个 我们 他们 这 那 之 其 于 以 为 被 把 对 从 向 到
	由 等 上 下 中 不 没 有 很 还 又 再 只 才 会 能 要 可 可以 让 给 将 已 已经 但 但是 因为 所以 如果
	虽然 而且 并 并且 或者 还是 我 你 他 她 它 您 自己 这个 那个 这些 那些 什么 怎么 为什么 哪 谁 个
	些 吗 呢 吧 啊 地 得 所 此 该 即 则 比 更 最 却 使 其中 以及 之后 之前 通过 进行 表示 说 时 后 来
	去 个 们 过 她们 它们 没有 这样 那样 如何 因此 然而 此外 同时` +
		` 這 們 個 為 與 說 會 對 從 於 還 沒 後 時 這個 那個 這些 那些 我們 他們 因為 所以 雖然 已經 沒有 並 並且 來 過`},
	{"it", `a ad agli ai al alla alle allo anche ancora avere aveva avevano c che chi ci come con
	contro cui da dagli dai dal dalla dalle dallo degli dei del della delle dello di dopo dove e ed
	era erano essere fra gli ha hanno ho i il in io l la le lei li lo loro lui ma mai mi mio molto
	ne negli nei nel nella nelle nello noi non nostro o ogni per perché però più poi prima quale
	quando quella quelle quelli quello questa queste questi questo se secondo sempre senza si sia
	solo sono stata stati stato su sua sue sugli sui sul sulla sulle suo suoi tra tu tutti tutto
	un una uno vi voi è così già`},
	{"pt", `a ainda ao aos após aquela aquele as até com como contra da das de depois desde disse do
	dos e ela elas ele eles em entre era eram essa esse esta estava este eu foi foram há isso isto
	já lhe mais mas me mesmo meu minha muito na nas nem no nos nossa nosso num numa o os ou outra
	outro para pela pelas pelo pelos por porque porém quando que quem se segundo sem ser seu seus
	sido sobre sua suas são também tem têm tinha todo todos um uma umas uns você à às é está estão
	não sim cada onde qual quais assim antes ter`},
	{"nl", `aan al alle alles als altijd ben bij dan dat de deze die dit door doch doen dus een eens
	en er ge geen geweest haar had hadden heb hebben heeft hem het hier hij hoe hun iets ik in is
	je jij kan kon kunnen maar me meer men met mij mijn moet moeten na naar niet niets nog nu of om
	omdat ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was
	wat we wel werd werden wie wij wil worden wordt zal ze zei zelf zich zij zijn zo zonder zou
	volgens tussen sinds terwijl hoewel`},
	{"id", `ada adalah agar akan aku anda antara apa apakah atas atau bagi bahwa baik banyak
	belum beberapa begitu bisa boleh bukan dalam dan dapat dari demikian dengan di dia harus hanya
	hingga ia ini itu jadi jika juga kalau kami kamu karena ke kepada ketika kita lagi lain lebih
	maka masih mau melalui mereka meski namun nya oleh pada para pun saat saja salah sama sampai
	sangat saya se sebagai sebelum sedang sehingga sejak selain seperti serta setelah sudah supaya
	tanpa telah tentang tersebut tetapi tidak untuk yaitu yakni yang sementara menurut bagaimana
	mengapa siapa dimana kapan sini sana begini secara semua setiap`},
}

// Languages with a stopword list, in bit order.
var stopCodes = func() (codes []string) {
	for _, l := range stopwordLists {
		codes = append(codes, l.code)
	}
	return codes
}()

// stopIndex maps a lower-case stopword to the set of languages (one bit
// per entry of stopwordLists) that list it; maxStopLen is the length in
// bytes of the longest stopword.
var stopIndex, maxStopLen = func() (map[string]uint32, int) {
	m := map[string]uint32{}
	longest := 0
	for i, l := range stopwordLists {
		for _, w := range strings.Fields(l.words) {
			m[w] |= 1 << i
			longest = max(longest, len(w))
		}
	}
	return m, longest
}()

// stopShapes says, for the low five bits of a word's first and last bytes
// (which ignore ASCII case), which lengths some stopword has: a word whose
// shape is missing cannot be a stopword, and skips the map.
var stopShapes = func() (t [32][32]uint32) {
	for w := range stopIndex {
		if len(w) < 32 {
			t[w[0]&31][w[len(w)-1]&31] |= 1 << len(w)
		}
	}
	return t
}()

// allLangs has a bit set for every language with a stopword list.
var allLangs = uint32(1)<<len(stopwordLists) - 1

// langBit returns the stopword bit of language code, ignoring case and any
// region or script subtags ("en-US" is "en"); 0 when code has no list. The
// empty code means every language.
func langBit(code string) uint32 {
	if code == "" {
		return allLangs
	}
	var buf [3]byte
	n := 0
	for i := 0; i < len(code); i++ {
		c := code[i]
		if c == '-' || c == '_' {
			break
		}
		if n == len(buf) {
			return 0
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	for i, c := range stopCodes {
		if c == string(buf[:n]) {
			return 1 << i
		}
	}
	return 0
}
