package pdf

import (
	"errors"
	"fmt"
)

// Reasons a PDF is refused. Each is matched with errors.Is; the errors
// returned wrap them with detail for logs.
var (
	// ErrEncrypted means the PDF needs a password to open. (PDFs encrypted
	// only against copying or printing, with an empty user password, open
	// and are read.)
	ErrEncrypted = errors.New("pdf: encrypted (needs a password)")
	// ErrNoText means no page has a text layer: a scan or pictures of text.
	ErrNoText = errors.New("pdf: no text layer (scanned or image-only)")
	// ErrDamaged means the data is not a PDF PDFium can open.
	ErrDamaged = errors.New("pdf: damaged or not a PDF")
	// ErrTooComplex means reading the PDF ran out of its time budget, its
	// memory cap or its text cap: a PDF bomb, or a document far beyond an
	// article.
	ErrTooComplex = errors.New("pdf: too complex to read within limits")
	// ErrTooManyPages is matched by every *TooManyPagesError.
	ErrTooManyPages = errors.New("pdf: too many pages")
)

// TooManyPagesError reports a document over the page cap. It is refused
// before any page is read, so a page-count bomb costs nothing.
type TooManyPagesError struct {
	Pages int // as the document declares
	Limit int // Options.MaxPages
}

// Error says how many pages there were and what the cap is.
func (e *TooManyPagesError) Error() string {
	return fmt.Sprintf("pdf: %d pages (over %d)", e.Pages, e.Limit)
}

// Is makes errors.Is(err, ErrTooManyPages) hold.
func (e *TooManyPagesError) Is(target error) bool { return target == ErrTooManyPages }
