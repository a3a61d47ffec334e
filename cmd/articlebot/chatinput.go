package main

import (
	"bufio"
	"context"
	"errors"
	"io"
)

// maxChatLine caps one chat line. Past it the line is skipped, not the
// session: a paste that large is a mistake, and its links and question
// would be refused anyway (questions stop at rag.MaxQuestionChars).
const maxChatLine = 1 << 20

// chatLine is one line typed into chat; tooLong lines carry no text.
type chatLine struct {
	text    string
	tooLong bool
}

// readChatLines sends r's lines to out until r ends or ctx is done, then
// closes out. A line over maxChatLine is read to its end and dropped, and
// sent as tooLong so the user hears about it.
func readChatLines(ctx context.Context, r io.Reader, out chan<- chatLine) {
	defer close(out)
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		line, tooLong, err := readLine(br, maxChatLine)
		if err != nil && (len(line) == 0 && !tooLong || !errors.Is(err, io.EOF)) {
			return
		}
		select {
		case out <- chatLine{text: string(line), tooLong: tooLong}:
		case <-ctx.Done():
			return
		}
		if err != nil {
			return
		}
	}
}

// readLine reads one line without its line ending. Past max bytes it
// keeps reading to the line's end but keeps none of it and reports
// tooLong, so memory stays bounded whatever the input.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		frag, isPrefix, err := br.ReadLine()
		if !tooLong {
			if len(line)+len(frag) > max {
				tooLong, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if err != nil || !isPrefix {
			return line, tooLong, err
		}
	}
}
