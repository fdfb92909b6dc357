#!/usr/bin/env python3
"""Lists the WCXB metadata disagreements (title, author, publish date) by cause.

usage: metadata_misses.py [--shared DIR] [--show CAUSE] RESULTS
RESULTS: the JSON Lines that quality.py writes (build/corpus/wcxb-results.jsonl).

Each disagreement is put under one cause, judged from what the page offers (its <title>,
og:title, first <h1>, meta tags, scripts) against the expected value, compared the way
score_wcxb.py compares (title and author: same words, case-folded; date: same calendar
day). The cause names where to look, not who is right: the ground truth has its own
inconsistencies. An analysis aid only: pagesift never reads the ground truth."""
import argparse, gzip, json, re, sys
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEPARATORS = re.compile(r'\s+[|\-–—·•»/:]\s+|:\s')


def toks(s):
    return re.findall(r'\w+', (s or '').lower())


class PageFacts(HTMLParser):
    """<title>, the first <h1>, meta tags and script text of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.h1, self.meta, self.scripts = None, None, {}, []
        self._open, self._buf = None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'meta':
            key = (a.get('property') or a.get('name') or a.get('itemprop') or '').lower()
            if key and a.get('content'):
                self.meta.setdefault(key, a['content'])
        elif tag in ('title', 'h1', 'script') and self._open is None:
            self._open, self._buf = tag, []

    def handle_endtag(self, tag):
        if tag != self._open:
            return
        text = ' '.join(''.join(self._buf).split())
        if tag == 'title' and self.title is None:
            self.title = text
        elif tag == 'h1' and self.h1 is None and text:
            self.h1 = text
        elif tag == 'script':
            self.scripts.append(''.join(self._buf))
        self._open = None

    def handle_data(self, data):
        if self._open:
            self._buf.append(data)


def page_facts(path):
    facts = PageFacts()
    try:
        facts.feed(gzip.open(path).read().decode('utf-8', 'replace'))
    except Exception:  # a page the stdlib parser chokes on still gets classified
        pass
    return facts


def title_variants(title):
    """Every run of consecutive segments of a title split at its separators."""
    parts = [p for p in SEPARATORS.split(title or '') if p.strip()]
    return [toks(' '.join(parts[i:j])) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)]


def title_cause(want, got, f):
    w, g = toks(want), toks(got)
    titles = [f.title, f.meta.get('og:title')]
    full = [toks(t) for t in titles if t]
    variants = [v for t in titles for v in title_variants(t)]
    h1 = toks(f.h1)
    if not g:
        return 'no title found'
    if g == h1 and w in variants:
        return 'h1 chosen, truth is (part of) the <title>'
    if w in full and g in variants:
        return 'truth keeps the whole <title> (site name or tagline kept)'
    if w == h1 and g in variants:
        return '<title> chosen, truth is the h1'
    if w in variants and g in variants:
        return 'other segments of the <title> kept'
    if w not in variants and w != h1:
        return 'truth is neither the <title> nor the first h1'
    return 'other title'


def author_cause(want, got, f, page_type, site_name):
    w, g = toks(want), toks(got)
    raw = ' '.join(f.scripts)
    if not g:
        if site_name and w == toks(site_name):
            return 'no byline; truth is the site name'
        if page_type == 'forum':
            return 'forum: original poster not found'
        if re.search(r'"(author|name|display_name)"\s*:\s*"%s"' % re.escape(want), raw, re.I):
            return 'no byline; name only in script app state'
        return 'no byline found in markup'
    if page_type == 'forum':
        return 'forum: another poster chosen'
    if set(g) < set(w):
        return 'byline shorter than truth (titles, co-authors)'
    if set(w) < set(g):
        return 'byline longer than truth'
    if site_name and g == toks(site_name):
        return 'site name given, truth is a person'
    return 'another name chosen'


def date_cause(want, got, f):
    want = str(want)[:10]
    if not got:
        raw = ' '.join(f.scripts)
        if want in raw or want.replace('-', '/') in raw:
            return 'no date; only in script app state'
        return 'no date found'
    modified = [v for k, v in f.meta.items() if 'modified' in k or 'updated' in k]
    if any(str(v)[:10] == str(got)[:10] for v in modified):
        return 'modified date reported as published'
    if abs(int(got[8:10] or 0) - int(want[8:10])) == 1 and got[:7] == want[:7]:
        return 'one day off (time zone)'
    if got[:4] != want[:4]:
        return 'another date chosen (other year)'
    return 'another date chosen (same year)'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('results')
    ap.add_argument('--shared', default=str(ROOT.parent / 'shared'))
    ap.add_argument('--show', help='list the pages under this cause')
    a = ap.parse_args()
    split = Path(a.shared) / 'corpus' / 'wcxb-dev'
    results = {}
    for line in open(a.results, encoding='utf-8'):
        r = json.loads(line)
        results[r['id']] = r
    causes = defaultdict(Counter)
    pages = defaultdict(list)
    for gt_path in sorted((split / 'ground-truth').glob('*.json')):
        d = json.loads(gt_path.read_text(encoding='utf-8'))
        gt, page_id = d.get('ground_truth') or {}, gt_path.stem
        pt = (d.get('_internal') or {}).get('page_type') or {}
        page_type = pt.get('primary', 'article') if isinstance(pt, dict) else pt
        r = results.get(page_id, {})
        facts = None
        for field, key in (('title', 'title'), ('author', 'byline'), ('publish_date', 'publishedTime')):
            want, got = gt.get(field), r.get(key) or ''
            if not want:
                continue
            if field == 'publish_date':
                if str(got)[:10] == str(want)[:10]:
                    continue
            elif toks(got) == toks(want):
                continue
            facts = facts or page_facts(split / 'html' / (page_id + '.html.gz'))
            if field == 'title':
                cause = title_cause(want, got, facts)
            elif field == 'author':
                cause = author_cause(want, got, facts, page_type, r.get('siteName'))
            else:
                cause = date_cause(want, got, facts)
            causes[field][cause] += 1
            pages[cause].append('%s  want %r  got %r' % (page_id, want, got))
    everything = Counter()
    for field in ('title', 'author', 'publish_date'):
        print('%s: %d disagreements' % (field, sum(causes[field].values())))
        for cause, n in causes[field].most_common():
            print('  %4d  %s' % (n, cause))
            everything['%s: %s' % (field, cause)] += n
    print('the ten commonest causes:')
    for cause, n in everything.most_common(10):
        print('  %4d  %s' % (n, cause))
    if a.show:
        for line in pages.get(a.show, []):
            print('  ' + line)
    return 0


if __name__ == '__main__':
    sys.exit(main())
