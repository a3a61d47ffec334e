// Command extract is the extraction dev harness: it runs articlebot's
// extractor (rag/extract) and go-trafilatura alone over public extraction
// benchmarks — Dragnet, L3S-GN1 and CleanPortalEval news pages, Mozilla
// Readability's test pages, CleanEval, WCXB's development pages (its
// articles and its other page types as two sets), Utomo and Leu's news
// pages and search results, the news pages of 2023–2026 Fundus tests
// its parsers on, Google-Trends-2017's pages of 2017 and CETD's news pages
// of about 2010, prepared by
// internal/eval/prepare.sh — and reports token precision, recall and F1 of
// each against the human annotation, in the same run.
//
//	go run ./internal/eval/extract [-data internal/eval/.data/extraction] [-sets a,b] [-half even|odd|all] [-limit N] [-worst N] [-pages file]
//
// Token F1 follows the article-extraction-benchmark convention: both texts
// are split into lower-cased letter/digit runs, the overlap is the multiset
// intersection, and precision, recall and F1 are averaged over pages. A page
// an extractor rejects counts as an empty extraction.
package main
