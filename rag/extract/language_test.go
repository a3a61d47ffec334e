package extract

import (
	"strings"
	"testing"

	"github.com/RadhiFadlillah/whatlanggo"
)

// TestDetectLanguageLongText: a long article is judged by its first few
// paragraphs, whole words only, and still gets its language.
func TestDetectLanguageLongText(t *testing.T) {
	for _, tc := range []struct {
		name, para, want string
	}{
		{"english", "The council approved the new harbor plan on Tuesday after months of debate among residents. ", "en"},
		{"spanish", "El consejo aprobó el nuevo plan del puerto el martes después de meses de debate entre los vecinos. ", "es"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Repeat(tc.para, 2000) // ≈ 200 KB, far past the sample
			if got := detectLanguage(text); got != tc.want {
				t.Errorf("detectLanguage = %q, want %q", got, tc.want)
			}
		})
	}
}

// BenchmarkDetectLanguageLongText: the guess from the sample, next to
// whatlanggo over the whole 30 KB text (what it cost before).
func BenchmarkDetectLanguageLongText(b *testing.B) {
	text := strings.Repeat("The council approved the new harbor plan on Tuesday after months of debate among residents. ", 300) // ≈ 30 KB
	b.Run("sample", func(b *testing.B) {
		for b.Loop() {
			detectLanguage(text)
		}
	})
	b.Run("whole-text", func(b *testing.B) {
		for b.Loop() {
			whatlanggo.Detect(text)
		}
	})
}
