#!/usr/bin/env python3
"""Times the console's pages on a running `serve` (issue 13); used by bench/console-pages.sh.

    console_pages.py BASE_URL --label DB --municipality CODE [--repeat N] [--warmup N] [--tsv FILE]

Signs in as the users `fin` (finance), `mun` (municipality, for CODE) and `aud` (auditor), all with
the password in the environment variable BENCH_CONSOLE_PASSWORD, finds the pages to time from the
console itself (the latest version of the latest period, CODE's invoice in it, the DIRECT line with
the most declaration lines behind it, CODE's detail file, the version's zip), requests each page
--warmup times untimed and then --repeat times timed, one request at a time, and prints a table of
median and max milliseconds (each request read to its last byte). Standard library only.

Exit status 1 when a page answers other than 200 (or sign-in fails), never because of a time.
"""
import argparse
import html
import http.cookiejar
import json
import os
import re
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Session:
    def __init__(self, base, user, password):
        self.base = base
        self.user = user
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
        code, body, _ = self.get('/login')
        token = re.search(rb'name="_csrf" value="([^"]+)"', body)
        if code != 200 or not token:
            raise SystemExit(f'{user}: GET /login answered {code} without a _csrf field')
        form = urllib.parse.urlencode({'username': user, 'password': password,
                                       '_csrf': html.unescape(token.group(1).decode())}).encode()
        code, _, _, location = self.request('/login', form)
        if code not in (302, 303) or 'error' in (location or ''):
            raise SystemExit(f'{user}: sign-in failed (HTTP {code}, to {location})')

    def request(self, path, data=None):
        start = time.perf_counter()
        try:
            with self.opener.open(urllib.request.Request(self.base + path, data=data)) as response:
                body = response.read()
                code, location = response.status, response.headers.get('Location')
        except urllib.error.HTTPError as e:
            body = e.read()
            code, location = e.code, e.headers.get('Location')
        return code, body, (time.perf_counter() - start) * 1000, location

    def get(self, path):
        code, body, ms, _ = self.request(path)
        return code, body, ms


def biggest_drill(invoice_html):
    """The lines-behind link of the invoice row with the largest line count (the first link if none parse)."""
    best, best_count = None, -1
    for row in re.findall(r'<tr[^>]*>(.*?)</tr>', invoice_html, re.S):
        link = re.search(r'href="([^"]*/lines\?[^"]*)"', row)
        if not link:
            continue
        cells = re.findall(r'<td class="number">\s*([0-9.,]*)\s*</td>', row)
        count = int(re.sub(r'[^0-9]', '', cells[0]) or 0) if cells else 0
        if count > best_count:
            best, best_count = html.unescape(link.group(1)), count
    return best, best_count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('base')
    parser.add_argument('--label', default='')
    parser.add_argument('--municipality', required=True)
    parser.add_argument('--repeat', type=int, default=5)
    parser.add_argument('--warmup', type=int, default=3)
    parser.add_argument('--tsv')
    parser.add_argument('--save', help='a folder to keep each page\'s last answer in, to compare runs')
    args = parser.parse_args()
    password = os.environ['BENCH_CONSOLE_PASSWORD']
    code_m = args.municipality

    fin = Session(args.base, 'fin', password)
    mun = Session(args.base, 'mun', password)
    aud = Session(args.base, 'aud', password)

    status, body, _ = fin.get('/api/periods')
    if status != 200:
        raise SystemExit(f'/api/periods answered {status}')
    latest = json.loads(body)[-1]
    period, version = latest['period'], latest['latestVersion']
    invoice = f'/periods/{period}/versions/{version}/municipalities/{code_m}'
    status, body, _ = fin.get(invoice)
    page = body.decode('utf-8', 'replace')
    lines, line_count = biggest_drill(page)
    files = [html.unescape(f) for f in re.findall(r'<a class="file" href="([^"]+)"', page)]
    detail = next((f for f in files if '/detail' in f), files[0] if files else None)

    pages = [('overview', fin, '/'),
             ('period', fin, f'/periods/{period}'),
             (f'invoice {code_m}', fin, invoice),
             (f'lines behind ({line_count} lines)', fin, lines),
             ('file download', fin, detail),
             ('zip of the version', fin, f'/periods/{period}/versions/{version}/download.zip'),
             ('/api/periods', fin, '/api/periods'),
             ('/runs', fin, '/runs'),
             ('/audit (auditor)', aud, '/audit'),
             ('overview (municipality)', mun, '/'),
             (f'invoice {code_m} (municipality)', mun, invoice),
             ('lines behind (municipality)', mun, lines)]

    failed = False
    rows = []
    for name, session, path in pages:
        if path is None:
            rows.append((name, '-', 'not found', 0, float('nan'), float('nan')))
            failed = True
            continue
        for _ in range(args.warmup):
            session.get(path)
        times, codes, size = [], set(), 0
        for _ in range(args.repeat):
            status, body, ms = session.get(path)
            times.append(ms)
            codes.add(status)
            size = len(body)
        if codes != {200}:
            failed = True
        if args.save:
            os.makedirs(args.save, exist_ok=True)
            with open(os.path.join(args.save, re.sub(r'[^A-Za-z0-9]+', '_', f'{args.label} {name}')), 'wb') as out:
                out.write(body)
        rows.append((name, path, ','.join(str(c) for c in sorted(codes)), size,
                     statistics.median(times), max(times)))

    print(f'{args.label}: period {period} version {version}, municipality {code_m}, '
          f'{args.warmup} warm-up + {args.repeat} timed requests per page')
    print(f'  {"page":<40} {"HTTP":>5} {"bytes":>10} {"median ms":>10} {"max ms":>8}')
    for name, path, status, size, median, top in rows:
        print(f'  {name:<40} {status:>5} {size:>10} {median:>10.0f} {top:>8.0f}')
    for name, path, status, *_ in rows:
        if status != '200':
            print(f'  NOT 200: {name}: {path} answered {status}')
    if args.tsv:
        with open(args.tsv, 'a') as out:
            for name, path, status, size, median, top in rows:
                out.write(f'{args.label}\t{name}\t{status}\t{size}\t{median:.0f}\t{top:.0f}\t{path}\n')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
