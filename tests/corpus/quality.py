#!/usr/bin/env python3
"""Corpus quality: runs `pagesift batch` over the shared corpora and prints the
figures of the shared scorers (../shared/scoring), then checks them against the
floors pinned in floors.json: a figure more than 0.005 below its floor fails.

usage: quality.py [--pagesift BIN] [--shared DIR] [--out DIR] [--update-floors]

Exits 0 with a 'skipped' line when the shared corpora are absent. Floors are
only ever raised (--update-floors raises each floor to the figure measured)."""
import argparse, json, re, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FLOORS = Path(__file__).resolve().parent / 'floors.json'
TOLERANCE = 0.005


def wcxb_manifest(corpus, path):
    with open(path, 'w') as out:
        for html in sorted((corpus / 'html').glob('*.html.gz')):
            page_id = html.name[:-len('.html.gz')]
            gt = json.loads((corpus / 'ground-truth' / (page_id + '.json')).read_text(encoding='utf-8'))
            out.write(json.dumps({'id': page_id, 'path': str(html), 'url': gt.get('url', '')}) + '\n')


def readability_manifest(corpus, path):
    with open(path, 'w') as out:
        for case in sorted(p for p in corpus.iterdir() if (p / 'source.html').is_file()):
            out.write(json.dumps({'id': case.name, 'path': str(case / 'source.html'),
                                  'url': 'http://fakehost/test/page.html'}) + '\n')


def run_batch(pagesift, manifest, results):
    start = time.monotonic()
    with open(results, 'w') as out:
        subprocess.run([str(pagesift), 'batch', str(manifest)], stdout=out, check=True)
    elapsed = time.monotonic() - start
    lines = [json.loads(l) for l in open(results, encoding='utf-8')]
    errors = [l for l in lines if 'error' in l]
    ms = sorted(l['ms'] for l in lines)
    median = ms[len(ms) // 2] if ms else 0.0
    print('  %d pages, %d errors, %.1f s wall, median %.2f ms per page' % (len(lines), len(errors), elapsed, median))
    for e in errors[:10]:
        print('  error:', e.get('id'), e['error'])
    return len(errors)


def score(scorer, results, *extra):
    r = subprocess.run([sys.executable, str(scorer), *extra, str(results)], capture_output=True, text=True, check=True)
    print('\n'.join('  ' + l for l in r.stdout.strip().splitlines()))
    return r.stdout


def figures_wcxb(text):
    f = {}
    m = re.search(r'F1 ([0-9.]+)', text)
    f['wcxb.f1'] = float(m.group(1))
    m = re.search(r'leaked ([0-9.]+)%', text)
    f['wcxb.leaked_pct_max'] = float(m.group(1))
    for kind in ('article', 'documentation', 'service', 'forum', 'collection', 'listing', 'product'):
        m = re.search(r'^\s*%s\s.*?F1 ([0-9.]+)' % kind, text, re.M)
        if m:
            f['wcxb.%s.f1' % kind] = float(m.group(1))
    for field in ('title', 'author', 'publish_date'):
        m = re.search(r'%s ([0-9.]+)%%' % field, text)
        if m:
            f['wcxb.%s_pct' % field] = float(m.group(1))
    return f


def figures_readability(text):
    f = {}
    for name, key in (('content', r'content F1 vs expected\.html ([0-9.]+)'), ('metadata_pct', r'metadata agreement ([0-9.]+)%')):
        m = re.search(key, text)
        if m:
            f['readability.%s' % name] = float(m.group(1))
    return f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pagesift', default=str(ROOT / 'build' / 'pagesift'))
    ap.add_argument('--shared', default=str(ROOT.parent / 'shared'))
    ap.add_argument('--out', default=str(ROOT / 'build' / 'corpus'))
    ap.add_argument('--update-floors', action='store_true')
    a = ap.parse_args()
    shared, out = Path(a.shared), Path(a.out)
    wcxb, readability = shared / 'corpus' / 'wcxb-dev', shared / 'corpus' / 'readability'
    if not (wcxb / 'html').is_dir() or not readability.is_dir():
        print('corpus quality: skipped (no shared corpora at %s)' % shared)
        return 0
    out.mkdir(parents=True, exist_ok=True)

    print('WCXB development split')
    wcxb_manifest(wcxb, out / 'wcxb.jsonl')
    errors = run_batch(a.pagesift, out / 'wcxb.jsonl', out / 'wcxb-results.jsonl')
    figures = figures_wcxb(score(shared / 'scoring' / 'score_wcxb.py', out / 'wcxb-results.jsonl', '--per-type'))
    print('Readability test pages')
    readability_manifest(readability, out / 'readability.jsonl')
    errors += run_batch(a.pagesift, out / 'readability.jsonl', out / 'readability-results.jsonl')
    figures.update(figures_readability(score(shared / 'scoring' / 'score_readability.py', out / 'readability-results.jsonl')))

    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failed = []
    for key, floor in floors.items():
        got = figures.get(key)
        if got is None:
            failed.append('%s: not measured' % key)
        elif key.endswith('_max'):
            if got > floor + TOLERANCE * 100:
                failed.append('%s: %.3f above its ceiling %.3f' % (key, got, floor))
        elif got < floor - (TOLERANCE * 100 if key.endswith('_pct') else TOLERANCE):
            failed.append('%s: %.3f below its floor %.3f' % (key, got, floor))
    if a.update_floors:
        for key, got in figures.items():
            if key.endswith('_max'):
                floors[key] = min(floors.get(key, got), got)
            else:
                floors[key] = max(floors.get(key, got), got)
        FLOORS.write_text(json.dumps(dict(sorted(floors.items())), indent=2) + '\n')
        print('floors raised where figures improved: %s' % FLOORS)
    if errors:
        failed.append('%d pages gave an error line' % errors)
    for f in failed:
        print('FAIL', f)
    print('corpus quality: %s' % ('failed' if failed else 'passed'))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
