package bot

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/rag"
)

// Discord's limits.
const (
	maxContent     = 2000
	maxDescription = 4096
	maxEmbedTitle  = 256
	maxFieldValue  = 1024
	maxEmbedTotal  = 6000 // title + description + field names and values + footer
	maxThreadName  = 100
)

// noMentions is sent with everything: article text must never ping anyone.
var noMentions = &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}

var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`, ">", `\>`, "#", `\#`, "[", `\[`, "]", `\]`)

// escape neutralizes markdown in article text so a quote shows as written.
func escape(s string) string { return markdownEscaper.Replace(s) }

// markdownUnescaper undoes markdownEscaper: a thread's history gives back
// the bot's answers as posted, and the engine finds the sentences they
// quoted by their text.
var markdownUnescaper = strings.NewReplacer(`\\`, `\`, `\*`, "*", `\_`, "_", `\~`, "~", "\\`", "`", `\|`, "|", `\>`, ">", `\#`, "#", `\[`, "[", `\]`, "]")

func unescape(s string) string { return markdownUnescaper.Replace(s) }

// citation is one quote's source line with its deep link; a quote other
// outlets of its story carry word for word is "reported by" each of them,
// each outlet linked to the words in its own article.
func citation(q rag.Quote) string {
	who := ""
	if q.Speaker != "" {
		who = escape(q.Speaker) + ", "
	}
	if len(q.Also) == 0 {
		return fmt.Sprintf("— %s[%s](<%s>)%s", who, escape(truncate(q.Title, 120)), q.Link, where(q.Page, q.Paragraph))
	}
	outlets := []string{fmt.Sprintf("[%s](<%s>)%s", escape(truncate(q.Outlet(), 80)), q.Link, where(q.Page, q.Paragraph))}
	for _, c := range q.Also {
		outlets = append(outlets, fmt.Sprintf("[%s](<%s>)%s", escape(truncate(c.Outlet(), 80)), c.Link, where(c.Page, c.Paragraph)))
	}
	return "— " + who + "reported by " + joinAnd(outlets)
}

// where is " p. 3" for a PDF's page, else " ¶4", else "".
func where(page, paragraph int) string {
	switch {
	case page > 0:
		return fmt.Sprintf(" p. %d", page)
	case paragraph > 0:
		return fmt.Sprintf(" ¶%d", paragraph)
	}
	return ""
}

// joinAnd joins items as English lists them: "A", "A and B", "A, B and C".
func joinAnd(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// quoteWithVersions is a quote, its citation, and how other outlets of
// its story quote the same words differently, each cited in its own
// article.
func quoteWithVersions(q rag.Quote) string {
	s := quoteBlock(q) + "\n" + citation(q)
	for _, v := range q.Versions {
		s += "\n*As " + escape(v.Outlet()) + " has it:*\n" + quoteBlock(v) + "\n" + citation(v)
	}
	return s
}

// blockQuote renders article text as Discord block-quote lines.
func blockQuote(text string) string { return quoteLines(escape(text)) }

// quoteBlock renders a quote as block-quote lines with the words the
// answer rests on in bold, when they are only part of it. A quote is never
// shortened (a cut could change what it says): callers with a hard limit
// check the length first.
func quoteBlock(q rag.Quote) string {
	before, em, after := q.Parts()
	if em == "" {
		return blockQuote(q.Text)
	}
	lines := strings.Split(escape(em), "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[i] = "**" + l + "**"
		}
	}
	return quoteLines(escape(before) + strings.Join(lines, "\n") + escape(after))
}

func quoteLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = "> " + l
	}
	return strings.Join(lines, "\n")
}

// renderAnswer is the answer as message text: the engine's words, each
// quote as a block quote with its citation, and notes.
func renderAnswer(a *rag.Answer) string {
	var b strings.Builder
	if a.Text != "" {
		b.WriteString(escape(a.Text))
	}
	for _, q := range a.Quotes {
		b.WriteString("\n\n" + quoteWithVersions(q))
	}
	for _, n := range a.Notes {
		b.WriteString("\n\n*" + escape(n) + "*")
	}
	return strings.TrimSpace(b.String())
}

// split cuts text into messages of at most limit characters, at paragraph
// breaks, else sentence ends, else spaces; never inside a word. A break in
// the second half of the window is preferred so parts are not tiny. A block
// quote line cut in two stays a block quote in the next part.
func split(text string, limit int) []string {
	var out []string
	for utf8.RuneCountInString(text) > limit {
		cut := prefixBytes(text, limit)
		window := text[:cut]
		at := breakAt(window)
		part := strings.TrimSpace(text[:at])
		rest := strings.TrimSpace(text[at:])
		if lineStart := strings.LastIndex(part, "\n") + 1; strings.HasPrefix(part[lineStart:], "> ") &&
			!strings.HasPrefix(text[at:], "\n") && rest != "" && !strings.HasPrefix(rest, "> ") {
			rest = "> " + rest
		}
		out = append(out, part)
		text = rest
	}
	if text != "" {
		out = append(out, text)
	}
	return out
}

// breakAt picks where to cut a window: the best kind of break in its
// second half, else any break, else the window's end.
func breakAt(window string) int {
	finders := []func(string) int{
		func(s string) int { return strings.LastIndex(s, "\n\n") },
		lastSentenceEnd,
		func(s string) int { return strings.LastIndex(s, "\n") },
		func(s string) int { return strings.LastIndex(s, " ") },
	}
	for _, half := range []int{len(window) / 2, 1} {
		for _, f := range finders {
			if at := f(window); at >= half {
				return at
			}
		}
	}
	return len(window)
}

func lastSentenceEnd(s string) int {
	best := -1
	for _, sep := range []string{". ", "! ", "? ", ".\n", "”\n", "\" "} {
		if i := strings.LastIndex(s, sep); i > best {
			best = i + 1
		}
	}
	return best
}

// prefixBytes is the byte length of the first n runes of s.
func prefixBytes(s string, n int) int {
	i := 0
	for n > 0 && i < len(s) {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n--
	}
	return i
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return strings.TrimSpace(s[:prefixBytes(s, n-1)]) + "…"
}

// summaryEmbed is the card shown for an ingested article.
func summaryEmbed(s *rag.Summary) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Title: truncate(s.Title, maxEmbedTitle),
		URL:   s.URL,
	}
	var desc strings.Builder
	var meta []string
	for _, m := range []string{s.Site, s.Byline} {
		if m != "" && !slices.Contains(meta, m) {
			meta = append(meta, escape(m))
		}
	}
	if !s.Published.IsZero() {
		meta = append(meta, s.Published.Format("2 Jan 2006"))
	}
	meta = append(meta, fmt.Sprintf("%d min read", s.ReadingMinutes))
	desc.WriteString("*" + strings.Join(meta, " · ") + "*\n\n")
	desc.WriteString("**TL;DR** " + escape(s.TLDR))
	for _, w := range s.Warnings {
		desc.WriteString("\n⚠️ " + escape(w))
	}
	e.Description = truncate(desc.String(), maxDescription)
	for i, q := range s.KeyQuotes {
		if len(e.Fields) == 3 {
			break
		}
		name := "Key quote"
		if i < len(s.KeyPoints) {
			name = s.KeyPoints[i]
		}
		value := quoteBlock(q) + "\n" + citation(q)
		if utf8.RuneCountInString(value) > maxFieldValue {
			continue // too long for a field, and a quote is never cut
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: truncate(name, maxEmbedTitle), Value: value})
	}
	e.Footer = &discordgo.MessageEmbedFooter{Text: "Ask in the thread: every quote is checked against the article."}
	if over := embedLength(e) - maxEmbedTotal; over > 0 {
		// Fields carry the quotes; shorten the TL;DR to fit.
		e.Description = truncate(e.Description, max(100, utf8.RuneCountInString(e.Description)-over))
	}
	for embedLength(e) > maxEmbedTotal && len(e.Fields) > 0 {
		e.Fields = e.Fields[:len(e.Fields)-1]
	}
	return e
}

// embedLength is what Discord counts against an embed's 6000 characters.
func embedLength(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	return n
}
