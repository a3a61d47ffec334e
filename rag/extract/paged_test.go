package extract

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestPagedKeepsWhereEachPageBegins(t *testing.T) {
	long := strings.Repeat("Water samples were taken from every well. ", 6)
	paras := []PagedParagraph{
		{Text: "Annual Report", Page: 1}, // repeats the title: dropped
		{Text: long + "The director said", Page: 1, Breaks: []PageStart{{Offset: len(long), Page: 2}}},
		{Text: "A paragraph  with  double spaces on page two.", Page: 2, Breaks: []PageStart{{Offset: 5, Page: 3}}},
		{Text: long, Page: 4},
	}
	doc, err := Paged("Annual Report", "Office of Water", time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), paras)
	if err != nil {
		t.Fatal(err)
	}
	p2 := strings.Index(doc.Text, "The director said")
	p4 := strings.LastIndex(doc.Text, "\n\n") + 2
	want := []PageStart{{0, 1}, {p2, 2}, {p4, 4}}
	if !reflect.DeepEqual(doc.Pages, want) {
		t.Errorf("pages %+v, want %+v (a collapsed paragraph keeps only its first page)", doc.Pages, want)
	}
	if strings.HasPrefix(doc.Text, "Annual Report") || strings.Contains(doc.Text, "  ") {
		t.Errorf("text %q", doc.Text)
	}
	if doc.Byline != "Office of Water" || doc.Published.IsZero() {
		t.Errorf("byline %q, published %v", doc.Byline, doc.Published)
	}
}

func TestPagedRefusesTooFewWords(t *testing.T) {
	_, err := Paged("T", "", time.Time{}, []PagedParagraph{{Text: "Only a few words here.", Page: 1}})
	if !errors.Is(err, ErrNoArticle) {
		t.Errorf("err = %v, want ErrNoArticle", err)
	}
}
