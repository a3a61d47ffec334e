package config

import (
	"encoding"
	"reflect"
	"strconv"
	"strings"
)

// EnvPrefix starts every variable that overrides a field.
const EnvPrefix = "ARTICLEBOT_"

// EnvName is the variable that overrides a field given by its YAML path:
// "fetch.max_bytes" → ARTICLEBOT_FETCH_MAX_BYTES.
func EnvName(path string) string {
	return EnvPrefix + strings.ToUpper(strings.ReplaceAll(path, ".", "_"))
}

// Fields lists the YAML path of every leaf field, in order.
func Fields() []string {
	var out []string
	walk(reflect.ValueOf(&Config{}).Elem(), "", func(path string, _ reflect.Value) { out = append(out, path) })
	return out
}

func walk(v reflect.Value, prefix string, f func(path string, field reflect.Value)) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		path := tag
		if prefix != "" {
			path = prefix + "." + tag
		}
		fv := v.Field(i)
		if fv.Kind() == reflect.Struct {
			walk(fv, path, f)
			continue
		}
		f(path, fv)
	}
}

// applyEnv sets every field whose variable is present.
func applyEnv(c *Config, env func(string) (string, bool), v *ValidationError) {
	walk(reflect.ValueOf(c).Elem(), "", func(path string, fv reflect.Value) {
		name := EnvName(path)
		raw, ok := env(name)
		if !ok {
			return
		}
		if err := setField(fv, strings.TrimSpace(raw)); err != nil {
			v.add(path, "%s: %v", name, err)
		}
	})
}

func setField(fv reflect.Value, raw string) error {
	if tu, ok := fv.Addr().Interface().(encoding.TextUnmarshaler); ok {
		return tu.UnmarshalText([]byte(raw))
	}
	switch fv.Kind() {
	case reflect.String:
		fv.SetString(raw)
	case reflect.Bool:
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return err
		}
		fv.SetBool(b)
	case reflect.Int, reflect.Int64:
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return err
		}
		fv.SetInt(n)
	case reflect.Float64:
		x, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return err
		}
		fv.SetFloat(x)
	default:
		return strconv.ErrSyntax
	}
	return nil
}
