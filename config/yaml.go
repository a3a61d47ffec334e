package config

import (
	"encoding"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"
)

// decodeYAML reads one YAML document into c field by field, so that every
// bad field is named (path, line and value) in v instead of the decoder
// stopping at the first. Only a file that is not YAML, or not a mapping of
// settings, fails as a whole.
func decodeYAML(r io.Reader, c *Config, v *ValidationError) error {
	var doc yaml.Node
	if err := yaml.NewDecoder(r).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil // an empty file: all defaults
		}
		return err
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil
	}
	if resolve(root).Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: the file must be a mapping of settings (see articlebot config example)", root.Line)
	}
	decodeStruct(resolve(root), reflect.ValueOf(c).Elem(), "", v)
	return nil
}

// resolve follows an alias (*anchor) to its node.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// decodeStruct decodes a mapping node into the struct sv, whose fields are
// named by their yaml tags; prefix is sv's path.
func decodeStruct(m *yaml.Node, sv reflect.Value, prefix string, v *ValidationError) {
	fields := map[string]reflect.Value{}
	t := sv.Type()
	for i := 0; i < t.NumField(); i++ {
		if tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]; tag != "" && tag != "-" {
			fields[tag] = sv.Field(i)
		}
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, val := resolve(m.Content[i]), resolve(m.Content[i+1])
		name := k.Value
		if name == "" {
			name = `""`
		}
		path := joinPath(prefix, name)
		fv, ok := fields[k.Value]
		switch {
		case k.Kind != yaml.ScalarNode:
			v.add(joinPath(prefix, "?"), "line %d: a setting's name must be a plain word", k.Line)
			continue
		case !ok:
			v.add(path, "line %d: no such setting (see articlebot config example)", k.Line)
			continue
		case seen[k.Value]:
			v.add(path, "line %d: set twice", k.Line)
			continue
		}
		seen[k.Value] = true
		if fv.Kind() == reflect.Struct && !isText(fv) {
			if val.Kind == yaml.ScalarNode && val.Tag == "!!null" {
				continue // "fetch:" with nothing under it
			}
			if val.Kind != yaml.MappingNode {
				v.add(path, "line %d: must be a group of settings, not %s", val.Line, shown(val))
				continue
			}
			decodeStruct(val, fv, path, v)
			continue
		}
		decodeLeaf(val, fv, path, v)
	}
}

func joinPath(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

// isText reports whether fv reads itself from text (Duration, ByteSize, …).
func isText(fv reflect.Value) bool {
	_, ok := fv.Addr().Interface().(encoding.TextUnmarshaler)
	return ok
}

// decodeLeaf decodes one value, leaving the field as it was (its default)
// and naming it in v when the value does not fit.
func decodeLeaf(n *yaml.Node, fv reflect.Value, path string, v *ValidationError) {
	if n.Kind != yaml.ScalarNode {
		v.add(path, "line %d: must be a single value, not %s", n.Line, shown(n))
		return
	}
	tmp := reflect.New(fv.Type())
	tmp.Elem().Set(fv)
	err := n.Decode(tmp.Interface())
	if err == nil {
		fv.Set(tmp.Elem())
		return
	}
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		// A TextUnmarshaler's own error already says what it wants.
		v.add(path, "line %d: %v", n.Line, err)
		return
	}
	want := map[reflect.Kind]string{
		reflect.Int: "a whole number", reflect.Int64: "a whole number", reflect.Float64: "a number",
		reflect.Bool: "true or false", reflect.String: "text",
	}[fv.Kind()]
	if want == "" {
		want = "a " + fv.Type().String()
	}
	v.add(path, "line %d: must be %s, not %s", n.Line, want, shown(n))
}

// shown is a node as an error message quotes it.
func shown(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a group of settings"
	case yaml.SequenceNode:
		return "a list"
	}
	const max = 40
	s := n.Value
	if len(s) > max {
		s = s[:max] + "…"
	}
	return fmt.Sprintf("%q", s)
}
