/*
Clean turns raw scraped news articles, as text or HTML, into clean articles:
title, authors, date, site, language and body paragraphs, with boilerplate
removed and every removal recorded with the stage, rule and reason.

Usage:

	clean [flags] [PATH|URL ...]

A PATH is a file or a folder; folders are walked recursively in lexical
order, skipping files and folders whose names start with a dot, and every
other regular file in them is an input. With no PATH, clean reads standard
input and writes standard output. Arguments starting with http:// or https://
are URLs to fetch (see URLs below). Inputs are cleaned in parallel, but
results always come out in input order.

The flags are:

	-format format
		output format: text (title and paragraphs, the default), body
		(paragraphs only), json (one object per input on one line, so
		several inputs give JSON Lines) or markdown.
	-lang code
		the articles' language as an ISO 639-1 code, instead of detecting it.
	-charset name
		the inputs' character encoding, e.g. windows-1251, instead of
		detecting it.
	-input format
		the inputs' format: text, html, or auto (the default) to detect it
		from the content.
	-o DIR
		write one output per input under DIR instead of to standard output.
	-j N
		clean N inputs at once (default: the number of CPUs).
	-d
		print diffs instead of outputs: without -o, from each raw input
		(decoded) to its output, each hunk labelled with the stage/rule of
		the log entries that removed or changed its lines; with -o, from the
		output stored under DIR to the fresh one, writing nothing.
	-l
		with -o, list the inputs whose fresh output differs from the one
		stored under DIR (a missing one counts as different), writing nothing.
	-explain
		print each input's removal log, headed by "== NAME ==", as aligned
		columns: raw line, stage, rule, action, reason, text. Without -o it
		replaces the output; with -o it comes beside the writing.
	-urls FILE
		also fetch and clean the URLs listed in FILE, one a line; blank
		lines and lines starting with # are skipped.
	-cache DIR
		keep fetched pages in DIR and reuse them instead of fetching again.
	-h
		print the usage.

# Writing a folder

With -o DIR, the output of each input goes to DIR, at the input's path
relative to the folder named on the command line (for a file named on it,
its base name), with its extension replaced by the format's: .txt for text
and body, .json, .md. So a/x.txt and a/sub/p.html, given as "a", become
DIR/x.txt and DIR/sub/p.txt. Outputs are written atomically (a temporary
file in the same folder renamed over the output). When two inputs would share
an output, the later one fails.

Clean never writes over an input: it refuses an output folder that is,
contains or lies inside an input folder, and an output path that is one of
the input files named as arguments.

When standard error is a terminal, a progress bar shows there. At the end a
summary line always follows on standard error:

	clean: 181 files, 180 cleaned, 1 failed, 1.2 MB removed (61%), 0.84s

where "removed" is the bytes of the cleaned inputs minus the bytes of their
outputs. With -l or -d it also counts the outputs that differ ("3 differ").

# Failures

An input that cannot be cleaned is reported on standard error as
"clean: NAME: problem", and the run goes on with the others. Besides read
errors, broken symbolic links and cleaning errors (such as an encoding that
cannot be decoded), a file holding NUL bytes that does not start with a
UTF-16 or UTF-32 byte order mark fails as "binary file, not an article",
an input of only white space fails as "empty input", and an input in which
cleaning leaves no body text (a home page, a page of links) fails as "not an
article: no body text left after cleaning".

# Review

Like gofmt, clean is made for review. After storing outputs with

	clean -o golden articles/

a change to the cleaning rules can be reviewed with

	clean -l -o golden articles/   # which articles change
	clean -d -o golden articles/   # how they change

and "clean -d article.txt" or "clean -explain article.txt" shows what the
rules remove from one article and why.

# URLs

URLs given as arguments or with -urls are fetched politely with package
fetch (robots.txt obeyed, at most two requests at a time and a pause of one
second per host, bounded time and size, a few retries), then cleaned like
files. Each failure is reported as "clean: URL: reason" (for example
"HTTP error status: 404 Not Found" or "disallowed by robots.txt") and the run
goes on. With -cache DIR, fetched pages are kept in DIR and a later run reads
them from there instead of fetching them again.

With -o DIR, the output of a URL goes to DIR/STEM.txt (or .json, .md) and the
page as fetched to DIR/STEM.raw.html, where STEM is fetch.FileName of the URL:
the lower-case host, then the path segments, then the first 8 hex digits of
the SHA-256 of the URL (which covers the query), joined by "_", with every run
of characters other than ASCII letters, digits, "." and "-" turned into "-".
For example https://www.example.com/news/2024/story.html is stored as
www.example.com_news_2024_story.html_aaec8c93.txt and
www.example.com_news_2024_story.html_aaec8c93.raw.html.

# Exit status

0 when every input was cleaned (and, with -l or -d and -o, no output
differs); 1 when -l or -d with -o found outputs that differ; 2 when an
input failed or the command could not start (bad flags, an output folder
that overlaps an input).
*/
package main
