# Helpers shared by the outside sets' collect.py scripts (outside-2027-02 and later): how a line's syntax is
# named, placeholders by structure, the Luhn check, Go string-list literals, the values earlier corpora hold, and
# reading a source repository's bare mirror (the fetch tool's); for the credential sets, taking values under caps
# (make_add) and writing candidates.json (write_candidates).
import json
import os
import re
import subprocess
import sys

MIRRORS = '/work/.mirror'


def mirror_git(repo, *args, check=True):
    """`git <args>` in the mirror of `owner/name` (bare, or a checkout's `.git`), its output read as UTF-8 (a byte that is
    not becomes U+FFFD); fails loudly unless `check` is False (then a path missing at the pinned commit reads as empty)."""
    d = f'{MIRRORS}/{repo.replace("/", "+")}/repo'
    r = subprocess.run(['git', f'--git-dir={d}/.git' if os.path.isdir(f'{d}/.git') else f'--git-dir={d}', *args],
                       capture_output=True)
    assert r.returncode == 0 or not check, (repo, args, r.stderr)
    return r.stdout.decode('utf-8', 'replace')


def source_id(sources, repo, path, commit, licence):
    """The id `repo:path` of a source file, recorded once in `sources` with its commit and licence."""
    s = f'{repo}:{path}'
    if s not in sources:
        sources[s] = {'repo': repo, 'path': path, 'commit': commit, 'licence': licence}
    return s


def known_values(corpus_dir, earlier_sets):
    """What the project's other corpora already hold (corpus.json, independent.json and the earlier outside sets'
    candidates): each value, and each token of 10+ characters of one, so that a candidate equal to either is left out
    (nothing in a new set was seen while the detectors were tuned)."""
    def load(*parts):
        with open(os.path.join(corpus_dir, *parts)) as f:
            return json.load(f)
    reg = load('corpus.json')
    values = [e['value'] for e in load('independent.json')['entries']]
    values += [e['value'] for e in reg['benign'] + reg['sensitive']]
    for s in earlier_sets:
        values += [c['value'] for c in load(s, 'candidates.json')['candidates']]
    known = set()
    for v in values:
        known.add(v)
        known.update(re.findall(r'[A-Za-z0-9+/=_.:@-]{10,}', v))
    return known

def syntax_of(line):
    """The syntax of a context line, by its shape (decides where the scorer places it)."""
    s = line.strip()
    try:
        if '\n' in s and isinstance(json.loads(s), (dict, list)):
            return 'json'
    except ValueError:
        pass
    if '\n' not in s:
        try:
            json.loads('{' + s.rstrip(',') + '}')
            return 'json'
        except ValueError:
            pass
        try:
            if isinstance(json.loads(s), (dict, list)):
                return 'json'
        except ValueError:
            pass
    first = s.split('\n')[0]
    if re.match(r'^(export\s+)?[A-Za-z_][A-Za-z0-9_]*=\S*$', s) and '\n' not in s:
        return 'env' if not s.startswith('export') else 'shell'
    if re.match(r'^(curl|wget|export|docker|git|npm|pip|aws|gcloud|az|heroku|echo|ssh|psql|mysql|mongo\w*)\b', first):
        return 'shell'
    if re.match(r'''^['"][\w.-]+['"]\s*:''', first):
        return 'code-python'
    if re.match(r'^<[\w:.-]+[ >]', first):
        return 'xml'
    if re.search(r':=', s) or re.match(r'^(func|package)\b', first):
        return 'code-go'
    if re.match(r'^\$\w+\s*=', first) or 'define(' in s or re.search(r"=>\s*['\"]", s):
        return 'code-php'
    if re.match(r'^(const|let|var)\s', first) or re.search(r'\brequire\(|process\.env', s):
        return 'code-js'
    if re.match(r'^(public|private|protected|static|final|String)\b', first) or re.search(r'\bString\s+\w+\s*=', s):
        return 'code-java'
    if re.match(r'^[\w.-]+\s*:\s+\S', first) and '=' not in first.split(':')[0]:
        return 'yaml'
    if re.match(r'^\[[\w .-]+\]$', first):
        return 'ini'
    if re.match(r'^[\w.-]+\s*=\s*\S', first):
        return 'assignment'
    if re.search(r'\w\s*=\s*["\']', s):
        return 'code-python'
    return 'prose'


# Placeholders by structure (the override applied to every source's positives, documented in SOURCES.md):
# a value that is a variable / template reference, or one of these words, is no secret, whatever a
# rule's example list says; it is labelled benign (class placeholder) because such values are what the
# issue asks the non-value recogniser to know.
PLACEHOLDER_WORDS = {'password', 'passwd', 'pass', 'pwd', 'secret', 'mypassword', 'yourpassword', 'your_password', 'my_password',
                     'changeme', 'username', 'user', 'token', 'apikey', 'api_key', 'yourapikey', 'your_api_key', 'xxxxxx', 'redacted',
                     'example', 'test', 'dummy', 'placeholder', 'mysecret', 'my_secret', 'yoursecret', 'secretpassword'}


def is_placeholder(v):
    s = v.strip().strip('"\'')
    return (s.lower() in PLACEHOLDER_WORDS or re.fullmatch(r'[xX*.]{4,}|<[^>]+>|\$\{?\w+\}?|\{\{[^}]*\}\}|#\{[^}]*\}|%\(?\w+\)?s?', s) is not None
            or re.fullmatch(r'(my|your)[_-]?\w*', s, re.I) is not None and len(s) < 24
            or re.fullmatch(r'[a-z]+_(password|passwd|secret|token|key)', s) is not None)



def luhn(d):
    s, alt = 0, False
    for c in reversed(d):
        n = int(c)
        if alt:
            n = n * 2 - 9 if n > 4 else n * 2
        s += n
        alt = not alt
    return s % 10 == 0


GO_ESC = {'n': '\n', 't': '\t', '"': '"', '\\': '\\', "'": "'", 'r': '\r'}


def go_list(text, start):
    """The elements of a Go []string{...} literal whose `{` is at text[start]: a list of (string or None)
    (None: an element that is not one plain literal, such as a call or a concatenation)."""
    i, n, out, cur, plain = start + 1, len(text), [], None, True
    while i < n:
        c = text[i]
        if c in ' \t\r\n':
            i += 1
        elif text.startswith('//', i):
            i = text.index('\n', i)
        elif text.startswith('/*', i):
            i = text.index('*/', i) + 2
        elif c == '"':
            j, buf = i + 1, []
            while text[j] != '"':
                if text[j] == '\\':
                    e = text[j + 1]
                    if e in GO_ESC:
                        buf.append(GO_ESC[e]); j += 2
                    elif e == 'x':
                        buf.append(chr(int(text[j + 2:j + 4], 16))); j += 4
                    elif e == 'u':
                        buf.append(chr(int(text[j + 2:j + 6], 16))); j += 6
                    else:
                        buf.append(e); j += 2
                else:
                    buf.append(text[j]); j += 1
            if cur is not None:
                plain = False
            cur = ''.join(buf)
            i = j + 1
        elif c == '`':
            j = text.index('`', i + 1)
            if cur is not None:
                plain = False
            cur = text[i + 1:j]
            i = j + 1
        elif c == ',' or c == '}':
            if cur is not None or not plain:
                out.append(cur if plain else None)
            cur, plain = None, True
            if c == '}':
                return out
            i += 1
        elif c in '({[':
            # a call or composite: skip to the matching close bracket
            depth, j = 0, i
            while True:
                if text[j] in '({[':
                    depth += 1
                elif text[j] in ')}]':
                    depth -= 1
                    if depth == 0:
                        break
                elif text[j] == '"':
                    j += 1
                    while text[j] != '"':
                        j += 2 if text[j] == '\\' else 1
                elif text[j] == '`':
                    j = text.index('`', j + 1)
                j += 1
            plain = False
            i = j + 1
        else:
            plain = False  # an identifier, operator or call name
            i += 1
    return out


def go_lists(text, name):
    """Every `<name>: []string{...}` list of a Go test file, concatenated."""
    res = []
    for m in re.finditer(name + r':\s*\[\]string\{', text):
        res.extend(go_list(text, m.end() - 1))
    return res


def make_add(known, taken, left_out, out, sid, cap_file, cap_repo, cap_class=None):
    """The `add(repo, path, *, value, kind, cls, syntax, origin, line=None, key=None, drop=None)` of a credential set's
    collect.py (outside-2027-10 and later): a value is taken once over the set (not one the earlier corpora hold), under
    caps fixed before any detector ran (per file and kind, per repository and kind; with `cap_class`, per repository and
    class too, counted first), and written as a candidate to `out`. `drop`: the reason a value is left out AFTER it took
    its place (taken once, counted in the caps); a benign e-mail address is left out so (the pack has an e-mail kind)."""
    count = {}

    def add(repo, path, *, value, kind, cls, syntax, origin, line=None, key=None, drop=None):
        v = value
        if v in known:
            left_out['known'] += 1
            return
        if v in taken:
            left_out['duplicate'] += 1
            return
        if cap_class is not None:
            if cls in cap_class and count.get((repo, cls), 0) >= cap_class[cls]:
                left_out['cap-repo'] += 1
                return
            count[(repo, cls)] = count.get((repo, cls), 0) + 1
        kf, kr = (repo, path, kind), (repo, kind)
        if count.get(kf, 0) >= cap_file:
            left_out['cap-file'] += 1
            return
        if count.get(kr, 0) >= cap_repo:
            left_out['cap-repo'] += 1
            return
        count[kf] = count.get(kf, 0) + 1
        count[kr] = count.get(kr, 0) + 1
        taken.add(v)
        if kind == 'benign' and not drop and re.fullmatch(r'[^@\s:/]+@[^@\s]+\.[a-z]+', v):
            drop = 'e-mail'
        if drop:
            left_out[drop] += 1
            return
        c = {'value': v, 'kind': kind, 'class': cls, 'syntax': syntax}
        if syntax in ('env', 'tag'):
            c['key'] = key
        else:
            c['line'] = line
            if key:
                c['key'] = key
        if len(v) >= 4 and v in origin:
            origin = origin.split(': ')[0] + ': a field'  # the origin must not spell the value (the scorer prints origins)
        c.update({'source': sid(repo, path), 'origin': origin})
        out.append(c)

    return add


def write_candidates(set_name, sources, out, left_out):
    """Leaves out a value that spells a source's repository or path, or another value's origin (the scorer prints sources
    and origins; it took its place, nothing else enters), keeps the sources still used, and writes candidates.json to
    stdout (the counts to stderr)."""
    printed = [s for s in sources] + [c['origin'] for c in out]
    kept = [c for c in out if len(c['value']) < 12 or not any(c['value'] in s for s in printed)]
    left_out['names-source'] = len(out) - len(kept)
    used = {s: sources[s] for s in sorted(sources, key=list(sources).index) if any(c['source'] == s for c in kept)}
    sys.stderr.write(f'{len(kept)} candidates; left out: {left_out}\n')
    json.dump({'note': f'Raw candidates of the {set_name} corpus; see collect.py.', 'sources': used, 'candidates': kept},
              sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')
