package fetch

import (
	"bytes"
	"errors"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

const (
	// sniffLen is all http.DetectContentType ever looks at.
	sniffLen = 512
	// binaryScanLen bounds the NUL search: binary formats show NULs in
	// their first few kilobytes, and scanning further only costs time.
	binaryScanLen = 8 << 10
)

// Media types a Page may carry.
const (
	typeHTML  = "text/html"
	typeXHTML = "application/xhtml+xml"
	typeText  = "text/plain"
	// TypePDF is the media type of a PDF Page, whose Body is the file's
	// bytes as sent, for the caller's PDF reader.
	TypePDF = "application/pdf"
)

// pdfHeaderScan is how far into a body the %PDF- header may start, as PDF
// readers allow.
const pdfHeaderScan = 1024

// isPDF reports a body that starts like a PDF.
func isPDF(body []byte) bool {
	return bytes.Contains(body[:min(len(body), pdfHeaderScan)], []byte("%PDF-"))
}

// decode checks the content type (sniffing when it is missing or generic)
// and decodes the body to valid UTF-8; a PDF is passed on as it is.
// contentType is the header value as sent, or a bare media type for local
// files.
func decode(body []byte, contentType string) (*Page, error) {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil && !errors.Is(err, mime.ErrInvalidMediaParameter) {
		mt = ""
	}
	// Servers send PDFs as octet-stream or as nothing at all, so the
	// header counts as much as the declared type; only a body declared as
	// a page or text stays one, whatever it starts with. A declared PDF
	// without the header goes on too: the PDF reader says it is damaged.
	if mt == TypePDF || mt == "application/x-pdf" || isPDF(body) && !isMarkup(mt) {
		return &Page{MediaType: TypePDF, Body: body}, nil
	}
	if mt == "" || mt == "application/octet-stream" || mt == "binary/octet-stream" {
		// The sniffer's "charset=utf-8" is a guess, not a declaration, so
		// only its media type is kept.
		mt = sniff(body)
		params = nil
		contentType = ""
	}
	var out []byte
	switch mt {
	case typeHTML, typeXHTML:
		out = DecodeHTML(body, contentType)
	case typeText:
		out = decodeText(body, params["charset"])
	default:
		return nil, &UnsupportedTypeError{MediaType: mt}
	}
	// Checked after decoding so UTF-16 text, full of NULs as bytes, passes.
	if bytes.IndexByte(out[:min(len(out), binaryScanLen)], 0) >= 0 {
		return nil, &UnsupportedTypeError{MediaType: "application/octet-stream"}
	}
	return &Page{MediaType: mt, Body: out}, nil
}

// isMarkup reports declared types whose bodies are read as text even when
// they happen to contain "%PDF-".
func isMarkup(mt string) bool {
	return mt == typeHTML || mt == typeXHTML || mt == typeText
}

// sniff guesses a media type from the body's first bytes.
func sniff(body []byte) string {
	head := body[:min(len(body), sniffLen)]
	mt, _, _ := mime.ParseMediaType(http.DetectContentType(head))
	// XHTML opening with an XML declaration sniffs as XML.
	if mt == "text/xml" && bytes.Contains(bytes.ToLower(head), []byte("<html")) {
		return typeXHTML
	}
	return mt
}

// DecodeHTML decodes an HTML page to UTF-8 as the fetcher does, given
// the Content-Type it was served with ("" for none). It follows the HTML
// rules (BOM, header charset, <meta> prescan), except that an undeclared
// page that is valid UTF-8 throughout is read as UTF-8: the library only
// checks the first kilobyte before falling back to Windows-1252, which
// garbles UTF-8 pages whose head is plain ASCII.
func DecodeHTML(body []byte, contentType string) []byte {
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain && name == "windows-1252" && utf8.Valid(body) {
		enc = encoding.Nop
	}
	return decodeWith(body, enc.NewDecoder())
}

// decodeText decodes plain text: a BOM wins, then the declared charset,
// then UTF-8 if the body is valid UTF-8, else Windows-1252 (what "Latin-1"
// text usually really is, and it maps every byte).
func decodeText(body []byte, declared string) []byte {
	var fallback encoding.Encoding = charmap.Windows1252
	if enc, _ := charset.Lookup(declared); declared != "" && enc != nil {
		fallback = enc
	} else if utf8.Valid(body) {
		fallback = encoding.Nop
	}
	return decodeWith(body, unicode.BOMOverride(fallback.NewDecoder()))
}

// decodeWith runs t over body and guarantees valid UTF-8 without a BOM.
func decodeWith(body []byte, t transform.Transformer) []byte {
	out, _, err := transform.Bytes(t, body)
	if err != nil {
		// Decoders in use replace bad input rather than fail; if one ever
		// does fail, the raw bytes made valid are better than nothing.
		out = body
	}
	return validUTF8(out)
}

// validUTF8 replaces invalid sequences so nothing downstream sees them, and
// drops a leading BOM that some decoders pass through as U+FEFF.
func validUTF8(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	if utf8.Valid(b) {
		return b
	}
	return []byte(strings.ToValidUTF8(string(b), "\uFFFD"))
}
