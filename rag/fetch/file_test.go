package fetch

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, body []byte) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, body, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	txt := write("a.txt", []byte("Title\n\nBody text."))
	htm := write("b.htm", []byte("<p>x</p>"))
	html := write("c.html", []byte("<meta charset=\"windows-1252\"><p>caf\xe9</p>"))
	md := write("d.md", []byte("# Heading\n\nna\xefve"))
	noExt := write("page", []byte("<!DOCTYPE html><html><body><p>sniffed</p></body></html>"))
	latin := write("notes.dat", []byte("caf\xe9 au lait"))
	pdf := write("e.pdf", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00"))
	binTxt := write("f.txt", []byte("text\x00\x01\x02"))
	big := write("g.txt", bytes.Repeat([]byte("x"), 2000))
	exact := write("h.txt", bytes.Repeat([]byte("x"), 1000))

	tests := []struct {
		name, src string
		max       int64
		wantType  string // "" when an error is expected
		wantBody  string
		wantErr   error
	}{
		{"txt path", txt, 0, typeText, "Body text.", nil},
		{"htm via file URL", "file://" + filepath.ToSlash(htm), 0, typeHTML, "<p>x</p>", nil},
		{"file URL with localhost", "file://localhost" + filepath.ToSlash(htm), 0, typeHTML, "<p>x</p>", nil},
		{"html with meta charset", html, 0, typeHTML, "café", nil},
		{"markdown as text", md, 0, typeText, "naïve", nil},
		{"no extension sniffed html", noExt, 0, typeHTML, "sniffed", nil},
		{"unknown extension sniffed latin-1 text", latin, 0, typeText, "café au lait", nil},
		{"exactly at the cap", exact, 1000, typeText, "xxx", nil},
		{"pdf", pdf, 0, TypePDF, "%PDF-1.4", nil},
		{"binary named .txt", binTxt, 0, "", "", ErrNotArticle},
		{"too big", big, 1000, "", "", ErrTooLarge},
		{"missing", filepath.Join(dir, "none.txt"), 0, "", "", os.ErrNotExist},
		{"file URL on another host", "file://server/share/a.txt", 0, "", "", ErrBadURL},
		{"opaque file URL", "file:a.txt", 0, "", "", ErrBadURL},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := ReadFile(tc.src, tc.max)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.MediaType != tc.wantType || !strings.Contains(string(p.Body), tc.wantBody) {
				t.Errorf("got %s %q, want %s containing %q", p.MediaType, p.Body, tc.wantType, tc.wantBody)
			}
			if !strings.HasPrefix(p.URL, "file:///") || !strings.HasSuffix(p.URL, filepath.Base(strings.TrimPrefix(tc.src, "file://"))) {
				t.Errorf("URL %q", p.URL)
			}
			if p.LastModified.IsZero() {
				t.Error("no modification time")
			}
		})
	}
	if _, err := ReadFile(dir, 0); err == nil {
		t.Error("a directory was read as a page")
	}
}

// TestReadFileRelative checks that a relative path gets the absolute
// file:// URL, so the same file has one identity wherever the CLI runs.
func TestReadFileRelative(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "rel.txt"), []byte("words"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	p, err := ReadFile("rel.txt", 0)
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs("rel.txt")
	if want := "file://" + filepath.ToSlash(abs); p.URL != want {
		t.Errorf("URL %q, want %q", p.URL, want)
	}
}
