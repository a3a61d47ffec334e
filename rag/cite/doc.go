// Package cite verifies quotes against an article's stored text and builds
// the deep links that cite them. Every quote articlebot shows passes
// through [Verify]: a quote is shown only if the article says it.
package cite
