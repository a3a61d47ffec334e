package main

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/articlebot/articlebot/internal/eval/pagesets"
)

// readZip returns the contents of the files in the zip at name whose
// names keep accepts, by name: the sets shipped as one zip of text files.
func readZip(name string, keep func(string) bool) (map[string][]byte, error) {
	z, err := zip.OpenReader(name)
	if err != nil {
		return nil, err
	}
	defer z.Close()
	out := map[string][]byte{}
	for _, f := range z.File {
		if !keep(f.Name) {
			continue
		}
		r, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		out[f.Name] = b
	}
	return out, nil
}

// readTextFiles adds to out every plain-text article the files matching
// pattern hold, a paragraph or a sentence on each line, by page: the
// file's name less suffix. The sets shipped as a folder of text files.
func readTextFiles(pattern, suffix string, out map[string]string) error {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return err
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		out[strings.TrimSuffix(filepath.Base(f), suffix)] = pagesets.LinesArticle(b)
	}
	return nil
}
