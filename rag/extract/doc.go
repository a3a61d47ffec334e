// Package extract turns a fetched page into the article it carries: the
// main text with its paragraphs intact and exactly as published (quotes are
// later checked against it verbatim), plus title, byline, site, language,
// publication date and canonical link, and warnings when the page shows only
// part of an article.
//
// HTML goes through go-trafilatura with its readability and dom-distiller
// fallbacks; this package rebuilds paragraphs from the content tree that
// trafilatura returns and adds the metadata and coverage checks it lacks.
package extract
