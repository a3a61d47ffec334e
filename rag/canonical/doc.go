// Package canonical gives each article URL one spelling, so that the same
// story reached through a share link, a tracking redirect or a differently
// cased host is recognized as the article already stored.
package canonical
