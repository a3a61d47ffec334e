package pagesets

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDragnetArticle(t *testing.T) {
	if got := DragnetArticle("The article.\n" + DragnetComments + "\nA comment."); got != "The article.\n" {
		t.Errorf("DragnetArticle = %q", got)
	}
	if got := DragnetArticle("No comments."); got != "No comments." {
		t.Errorf("DragnetArticle = %q", got)
	}
}

func TestReadWCXBTruth(t *testing.T) {
	path := filepath.Join(t.TempDir(), "0001.json")
	if err := os.WriteFile(path, []byte(`{"_internal":{"page_type":{"primary":"article"}},"ground_truth":{"main_content":"Text."}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	truth, err := ReadWCXBTruth(path)
	if err != nil {
		t.Fatal(err)
	}
	if !truth.IsArticle() || truth.GroundTruth.MainContent != "Text." {
		t.Errorf("read %+v", truth)
	}
	if err := os.WriteFile(path, []byte(`{`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadWCXBTruth(path); err == nil {
		t.Error("a broken file was read")
	}
}
