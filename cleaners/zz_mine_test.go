package cleaners

import (
	"fmt"
	"testing"
)

func TestZZMine(t *testing.T) {
	fmt.Println(reportRe.match("found a typo? select the text and press ctrl+enter"), reportRe.prefixes[:5], reportRe.rest)
	a := runText(t, compose("zh", insideArt, "＊＊＊"))
	fmt.Println(dump(a))
	a = runText(t, compose("en", afterArt, "Found a typo? Select the text and press Ctrl+Enter"))
	fmt.Println(dump(a))
}
