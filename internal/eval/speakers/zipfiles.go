package main

import (
	"archive/zip"
	"fmt"
	"io"
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
