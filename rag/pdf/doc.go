// Package pdf reads the text of a PDF as paragraphs that keep their page
// numbers, with the title, author and date from the document's metadata or
// its first page.
//
// Text comes from PDFium, the PDF engine of Chromium, compiled to
// WebAssembly and run by wazero (github.com/klippa-app/go-pdfium in its
// webassembly mode): the binary stays static and free of cgo, and each
// document is read in a fresh sandbox with no file system, a memory cap and
// a time budget, so a hostile PDF costs one refusal, not the process. The
// engine is compiled on the first PDF a process reads, never at start-up;
// [Options.CacheDir] keeps the compiled code for the next process.
//
// PDFium gives lines; this package joins them back into paragraphs (a
// sentence wrapped across lines, columns or pages is one sentence), undoes
// line-end hyphenation where the document itself shows the word whole, and
// drops running headers, footers and page numbers.
package pdf
