package fetch

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(`<html><head><meta charset="shift_jis"></head><body><p>東京の記事</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	utf16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("Grüße aus Köln"))
	if err != nil {
		t.Fatal(err)
	}
	utf16beHTML, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("<html><body><p>Grüße</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	asciiHead := "<html><head><title>t</title>" + strings.Repeat("<!-- padding -->", 100) + "</head><body>"
	tests := []struct {
		name, ctype string
		body        []byte
		want        string
		wantType    string
	}{
		{"windows-1252 by meta", "text/html", []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9 \x93quoted\x94</p></body></html>"), "café “quoted”", typeHTML},
		{"iso-8859-1 by http-equiv", "text/html", []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>Se` + "\xf1" + `or</body></html>`), "Señor", typeHTML},
		{"shift_jis by meta", "text/html", sjis, "東京の記事", typeHTML},
		{"shift_jis by header", "text/html; charset=Shift_JIS", sjis, "東京の記事", typeHTML},
		{"header beats meta", "text/html; charset=utf-8", []byte(`<meta charset="windows-1252"><p>café</p>`), "<p>café</p>", typeHTML},
		{"undeclared utf-8 after ascii head", "text/html", []byte(asciiHead + "<p>café</p></body></html>"), "<p>café</p>", typeHTML},
		{"undeclared latin-1 html", "text/html", []byte("<p>caf\xe9</p>"), "<p>café</p>", typeHTML},
		{"utf-8 BOM html", "text/html", []byte("\xef\xbb\xbf<p>café</p>"), "<p>café</p>", typeHTML},
		{"utf-16be BOM html", "text/html", utf16beHTML, "<p>Grüße</p>", typeHTML},
		{"latin1 text by header", "text/plain; charset=iso-8859-1", []byte("Se\xf1or"), "Señor", typeText},
		{"utf-8 BOM text", "text/plain", []byte("\xef\xbb\xbfhello"), "hello", typeText},
		{"utf-16le BOM text", "text/plain", utf16le, "Grüße aus Köln", typeText},
		{"BOM beats header", "text/plain; charset=iso-8859-1", []byte("\xef\xbb\xbfcafé"), "café", typeText},
		{"undeclared non-UTF-8 text", "text/plain", []byte("na\xefve"), "naïve", typeText},
		{"sniffed latin-1 text", "", []byte("na\xefve caf\xe9"), "naïve café", typeText},
		{"undeclared utf-8 text", "text/plain", []byte("naïve"), "naïve", typeText},
		{"declared utf-8 with bad bytes", "text/plain; charset=utf-8", []byte("ok \xff\xfe end"), "ok \uFFFD\uFFFD end", typeText},
		{"unknown charset falls back", "text/plain; charset=x-nonsense", []byte("caf\xe9"), "café", typeText},
		{"html that mentions the pdf header", "text/html", []byte("<p>A PDF starts with %PDF-1.7</p>"), "%PDF-1.7", typeHTML},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := decode(tc.body, tc.ctype)
			if err != nil {
				t.Fatal(err)
			}
			if p.MediaType != tc.wantType {
				t.Errorf("type %q, want %q", p.MediaType, tc.wantType)
			}
			if !utf8.Valid(p.Body) || bytes.HasPrefix(p.Body, []byte("\uFEFF")) {
				t.Errorf("body not clean UTF-8: %q", p.Body)
			}
			if !strings.Contains(string(p.Body), tc.want) {
				t.Errorf("body %q lacks %q", p.Body, tc.want)
			}
		})
	}
}

// TestDecodeOverHTTP checks that the charset in a real response header
// reaches the decoder.
func TestDecodeOverHTTP(t *testing.T) {
	tests := []struct {
		name, ctype string
		body        []byte
		want        string
	}{
		{"meta charset", "text/html", []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9</p></body></html>"), "café"},
		{"header charset", "text/plain; charset=ISO-8859-1", []byte("Se\xf1or"), "Señor"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, u := local(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tc.ctype)
				w.Write(tc.body)
			}, Options{})
			p, err := f.Fetch(context.Background(), u)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(p.Body), tc.want) {
				t.Errorf("body %q lacks %q", p.Body, tc.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("<p>caf\xe9</p>"), "text/html")
	f.Add([]byte("\xff\xfeh\x00i\x00"), "text/plain")
	f.Add([]byte("%PDF-1.4"), "")
	f.Add([]byte(`<meta charset="shift_jis">`+"\x82\xa0"), "application/octet-stream")
	f.Add([]byte("plain"), "text/plain; charset=utf-16")
	f.Fuzz(func(t *testing.T, body []byte, ctype string) {
		p, err := decode(body, ctype)
		if err != nil {
			return
		}
		switch p.MediaType {
		case typeHTML, typeXHTML, typeText:
		case TypePDF:
			if !bytes.Equal(p.Body, body) {
				t.Fatal("a PDF's bytes were changed")
			}
			return
		default:
			t.Fatalf("accepted media type %q", p.MediaType)
		}
		if !utf8.Valid(p.Body) {
			t.Fatalf("invalid UTF-8 out: %q", p.Body)
		}
		if bytes.IndexByte(p.Body[:min(len(p.Body), binaryScanLen)], 0) >= 0 {
			t.Fatalf("NUL in accepted body: %q", p.Body)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	page := []byte("<html><head><meta charset=\"utf-8\"><title>t</title></head><body>" +
		strings.Repeat("<p>Ein Satz mit Umlauten: Grüße, Straße, Köln — und „Zitaten“.</p>\n", 2000) + "</body></html>")
	latin := []byte(strings.Repeat("Une phrase en fran\xe7ais, d\xe9j\xe0 vue.\n", 4000))
	for _, bc := range []struct {
		name, ctype string
		body        []byte
	}{
		{"utf8-html", "text/html", page},
		{"latin1-text", "text/plain", latin},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.body)))
			for b.Loop() {
				if _, err := decode(bc.body, bc.ctype); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
