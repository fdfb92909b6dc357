#!/usr/bin/env python3
"""Lists what leaks into the WCXB results: the 'without' snippets found in each page's text,
and the blocks of text kept that the ground truth does not hold, grouped by page type.

usage: leaks.py [--shared DIR] [--type TYPE] [--blocks N] [--pages N] RESULTS
RESULTS: the JSON Lines that quality.py writes (build/corpus/wcxb-results.jsonl).

A kept block is extra when most of its words are missing from the page's ground truth; the
same extra text on many pages (a share bar, "Advertisement", a cookie line) comes out on top.
Compared the way score_wcxb.py compares (\\w+ tokens, lower-cased; snippets as substrings of
the lower-cased text). An analysis aid only: pagesift never reads the ground truth."""
import argparse, json, re, sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def toks(s):
    return re.findall(r'\w+', (s or '').lower())


def page_type(d):
    pt = ((d.get('_internal') or {}).get('page_type') or {})
    pt = pt.get('primary', 'article') if isinstance(pt, dict) else (pt or 'article')
    return 'collection' if pt == 'category' else pt


def extra_blocks(text, truth):
    """Blocks of `text` whose words are mostly absent from `truth`, with their extra word count."""
    left = Counter(toks(truth))
    out = []
    for block in re.split(r'\n\s*\n', text):
        words = toks(block)
        if not words:
            continue
        missing = 0
        for w in words:
            if left[w] > 0:
                left[w] -= 1
            else:
                missing += 1
        if missing * 2 > len(words):
            out.append((missing, ' '.join(block.split())))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('results')
    ap.add_argument('--shared', default=str(ROOT.parent / 'shared'))
    ap.add_argument('--type', help='only pages of this type')
    ap.add_argument('--blocks', type=int, default=40, help='extra blocks to list, most frequent first')
    ap.add_argument('--pages', type=int, default=20, help='pages to list, most extra words first')
    a = ap.parse_args()
    split = Path(a.shared) / 'corpus' / 'wcxb-dev'
    results = {}
    for line in open(a.results, encoding='utf-8'):
        r = json.loads(line)
        results[r['id']] = r.get('textContent') or ''

    leaked_by_type, pages_by_type = Counter(), Counter()
    snippets, blocks, pages = Counter(), Counter(), []
    for f in sorted((split / 'ground-truth').glob('*.json')):
        d = json.loads(f.read_text(encoding='utf-8'))
        pt = page_type(d)
        if a.type and pt != a.type:
            continue
        gt = d.get('ground_truth') or {}
        text = results.get(f.stem, '')
        tl = text.lower()
        without = gt.get('without') or []
        leaked = [s for s in without if s.lower() in tl]
        pages_by_type[pt] += 1
        leaked_by_type[pt] += len(leaked) / len(without) if without else 0
        for s in leaked:
            snippets[s.strip().lower()[:80]] += 1
        extra = extra_blocks(text, gt.get('main_content') or '')
        for _, b in extra:
            blocks[b[:100].lower()] += 1
        pages.append((sum(m for m, _ in extra), f.stem, pt, leaked, extra))

    print('leaked share by type (score_wcxb.py\'s without-snippets measure):')
    for pt in sorted(pages_by_type):
        print('  %-14s %4d pages  leaked %.1f%%' % (pt, pages_by_type[pt], 100 * leaked_by_type[pt] / pages_by_type[pt]))
    print('\nleaked snippets, most frequent:')
    for s, n in snippets.most_common(a.blocks):
        print('  %3d  %s' % (n, s))
    print('\nextra blocks kept, most frequent (first 100 characters):')
    for b, n in blocks.most_common(a.blocks):
        print('  %3d  %s' % (n, b))
    print('\npages with the most extra words:')
    for words, page, pt, leaked, extra in sorted(pages, reverse=True)[: a.pages]:
        print('  %s %-13s %5d extra words, leaked %s' % (page, pt, words, leaked[:4]))
        for m, b in sorted(extra, reverse=True)[:3]:
            print('        %4d  %s' % (m, b[:140]))
    return 0


if __name__ == '__main__':
    sys.exit(main())
