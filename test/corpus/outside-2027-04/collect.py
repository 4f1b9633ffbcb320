#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-04 corpus (issue 28: a fifth outside set, focused on credentials, after
# outside-2026-12, outside-2027-01, outside-2027-02 and outside-2027-03) from public projects' test data that none of the
# project's corpora draws on: corpus.json and independent.json use noseyparker, gitleaks, presidio (and presidio-research),
# scrubadub, redactum, detect-secrets and secretlint; outside-2026-12 Skyscanner/whispers, trufflehog,
# braintree/card-validator, philterd/phileas, python-phonenumbers (libphonenumber), pediatric-handoff-phi-remover,
# git-secrets and Azurite; outside-2027-01 mongodb/kingfisher, sirwart/ripsecrets, validator.js, CommonRegex,
# python-stdnum, talisman and pyDeid; outside-2027-02 Checkmarx/2ms, trivy, go-playground/validator, govalidator,
# commons-validator and susom/tide; outside-2027-03 SonarSource/sonar-text, DataDog/datadog-agent, ZupIT/horusec,
# securego/gosec and bridgecrewio/checkov. None of those is read here. Values and their minimal key/label context only,
# never a copied file. Each candidate names its repository, path and commit (sources); every repository is read at the
# commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-04/collect.py > test/corpus/outside-2027-04/candidates.json
# then `npx ts-node --transpile-only test/corpus/build-outside.ts --set outside-2027-04` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack; labels come from the sources' own test expectations (a custom
# pattern's test datum and its recorded snapshot of findings, a signature's match and fail cases, a scanner's
# false-positive test verdicts, a recorded API answer's policy breaks), with the overrides listed below, each with its
# reason.
import csv, hashlib, io, json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import is_placeholder, known_values, mirror_git, syntax_of, source_id  # noqa: E402

import yaml

LICENCES = {
    'advanced-security/secret-scanning-custom-patterns': 'MIT',
    'PaperMtn/watchman-signatures': 'GPL-3.0',
    'americanexpress/earlybird': 'Apache-2.0',
    'GitGuardian/ggshield': 'MIT',
    'protectai/llm-guard': 'MIT',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'advanced-security/secret-scanning-custom-patterns': '9b84660dfcad6cc3d0e2c40a1a5f61dd7edca4b9',
    'PaperMtn/watchman-signatures': 'd94ab6fc162b61be8e95e2edd30bd788fc8bd5e7',
    'americanexpress/earlybird': '573753e6f39a02293d4a250878e66664aefa674a',
    'GitGuardian/ggshield': 'eaa3e43b1ae1e67e3f184edd9a04a8d60849d75f',
    'protectai/llm-guard': '53af270c69316ed82cb71ba7b19d11b55bda3151',
}
sources, out = {}, []
H = lambda s: hashlib.sha256(s.encode('utf-8')).hexdigest()


def git(repo, *a):
    return mirror_git(repo, *a, check=False)  # a file a snapshot names may be missing at the pin: read as empty


def show(repo, path):
    return git(repo, 'show', f'{PIN[repo]}:{path}')


def sid(repo, path):
    return source_id(sources, repo, path, PIN[repo], LICENCES[repo])


def add(repo, path, *, value, kind, syntax, cls, line=None, key=None, origin='', text=None):
    """value: the secret (or benign look-alike) itself; line: the minimal context it is placed in (for env: the key
    instead). text: the source text, to check that the value occurs in it."""
    if text is not None:
        assert value in text, (path, value)
    out.append({'value': value, 'kind': kind, 'class': cls, 'syntax': syntax,
                **({'key': key} if key is not None else {}), **({'line': line} if line is not None else {}),
                'source': sid(repo, path), 'origin': origin})


def place(repo, path, value, kind, cls, line, origin, text=None):
    """Adds a value in the context it came in: an env line `KEY=value` becomes an environment variable."""
    syn = syntax_of(line)
    if syn == 'env':
        k, _, v = line.strip().partition('=')
        if v == value:
            add(repo, path, value=value, kind=kind, cls=cls, syntax='env', key=k, origin=origin, text=text)
            return
        syn = 'assignment'
    add(repo, path, value=value, kind=kind, cls=cls, syntax=syn, line=line, origin=origin, text=text)


# Values the project's other corpora already hold (corpus.json, independent.json and the four earlier outside sets) are
# left out, so that nothing here was seen while the detectors were tuned: a value, or a token of 10+ characters of one
# of theirs, equal to the candidate.
HERE = os.path.dirname(os.path.abspath(__file__))
known = known_values(os.path.join(HERE, '..'), ('outside-2026-12', 'outside-2027-01', 'outside-2027-02', 'outside-2027-03'))


def is_known(v):
    return v in known or v.strip() in known


# Placeholders by structure (outside_collect.is_placeholder) and, for these sources, the filler words their examples
# use for "any value" (`foobar`, `do_not_use_this_in_production` is NOT one: the sources call it a real finding and it
# is a value like any other): a positive that is one of them is labelled benign, class placeholder.
FILLER = {'foobar', 'foo', 'bar', 'changeme', 'pass', 'password', 'secret'}
taken = set()  # (path, value) pairs taken once


def placeholder(v):
    s = v.strip().strip('"\'')
    return is_placeholder(s) or s.lower() in FILLER or re.fullmatch(r'[*xX]{3,}|\*+', s) is not None


SECRET_NAME = re.compile(r'(?i)pass|pwd|secret|token|key|cred|auth')
PASSWORD_NAME = re.compile(r'(?i)pass(?!port)|pwd|passwd|pword')


def kind_of(value, name=''):
    """The pack kind of a credential value, by its shape, else by the name it was given."""
    v = value
    if 'PRIVATE KEY' in v:
        return 'private-key', 'private-key'
    if re.fullmatch(r'(AKIA|ASIA)[A-Z0-9]{16}', v):
        return 'aws-access-key-id', 'cloud-key'
    if re.match(r'(ghp|gho|ghu|ghs|ghr)_|github_pat_', v):
        return 'github-token', 'vendor-token'
    if re.match(r'xox[abposrcde]-|xapp-', v) or 'hooks.slack.com' in v:
        return 'slack-token', 'vendor-token' if 'hooks.' not in v else 'webhook-url'
    if v.startswith('AIza'):
        return 'google-api-key', 'vendor-token'
    if re.fullmatch(r'eyJ[\w-]+\.eyJ[\w-]+\.[\w-]*', v):
        return 'jwt', 'jwt'
    if re.match(r'^[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@', v):
        return 'url-credentials', 'password-in-url'
    if re.search(r'(?i)aws.?secret', name):
        return 'aws-secret-key', 'cloud-key'
    if PASSWORD_NAME.search(name):
        return 'password-literal', 'password-in-code'
    return 'api-token', 'vendor-key-prefixed' if re.match(r'^[A-Za-z0-9]{2,10}[_-]', v) else 'unprefixed-key'


def name_value(line):
    """(name, value) of a `name: value` / `name = value` / `"name": "value"` / `<name>value</name>` line, else None."""
    s = line.strip().rstrip(',;')
    m = re.match(r'''^<([\w:.-]+)>([^<]*)</\1>$''', s)
    if m:
        return m.group(1), m.group(2)
    m = re.match(r'''^(?:let\s+|var\s+|const\s+)?["']?([\w.$\[\]' -]*?)["']?\s*(?::\s*\w+!?\s*)?(?::|=>|:=|=)\s*(.*)$''', s)
    if not m:
        return None
    v = m.group(2).strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'`':
        v = v[1:-1]
    return m.group(1), v


# ---- advanced-security/secret-scanning-custom-patterns (GitHub's published custom secret-scanning patterns, MIT): each
# directory's patterns.yml gives, per pattern, a `test` datum with the offsets of the secret the pattern must find, and
# the repository's test harness records every pattern's findings on the repository's own sample files in
# `<dir>/__snapshots__/<type>.csv` (the secret as its sha256, the file, line and columns), which the tests compare
# against. Test datum -> the value at its offsets, in the datum as context. Snapshot row -> the value at its line and
# columns of the sample file (verified against the recorded sha256; columns are 1-based, the end either inclusive or
# exclusive: the one whose hash matches), in its line. Kind by the pattern type (SSCP_KIND), else by shape. Overrides:
# patterns that are not credentials (IP addresses, e-mail addresses, internal URLs, IBANs, card numbers, UUIDs, GitHub
# Actions pins, SSH public keys, Azure SQL host names) left out; a value that is a placeholder (placeholder()) ->
# benign, class placeholder; runs of one character or of `0123456789abcdef` (the patterns' format illustrations) ->
# benign, class filler; values under 4 characters left out.
SS = 'advanced-security/secret-scanning-custom-patterns'
SSCP_SKIP = re.compile(r'ipv4|email|internal_url|iban|credit_card|uuid|github_actions_sha|ssh_public_key|azure_sql_connection_string|ghcr_typo|national_id|^arc$')
SSCP_KIND = [
    (r'password|passwd|tsql_create|common_passwords|env_passwords|password_store', 'password-literal', 'password-in-config'),
    (r'connection_string|jdbc|sqlalchemy|uri_password|mongodb', None, None),  # by shape: a URL -> url-credentials, else password
    (r'rsa_keys|private_key|gpg_private', 'private-key', 'private-key'),
    (r'^jwt$', 'jwt', 'jwt'),
]
FILLER_SHAPE = re.compile(r'^(?:(.)\1+|(?:0123456789abcdef)+[0-9a-f]{0,15}|0+1?0*|1234567890abcdef\w*)$', re.I)
SEQUENCE = re.compile(r'0123456789|123456789|abcdefgh|ABCDEFGH|(.)\1{5}|(..+?)\2{4}', re.I)


def filler(v):
    """A format illustration rather than a value: a run of one character, an alphabet or digit sequence, a repeated
    group (also across separators), or one character making three fifths of 12 or more letters and digits."""
    al = re.sub(r'[^A-Za-z0-9]', '', v)
    if '://' in v or '&' in v:
        return FILLER_SHAPE.match(v) is not None  # a URL or query string: its parts are judged by their own structure
    return (FILLER_SHAPE.match(v) is not None or SEQUENCE.search(v) is not None or SEQUENCE.search(al) is not None
            or (len(al) >= 12 and max(al.count(c) for c in set(al)) * 5 >= len(al) * 3))


def pem_placeholder(v):
    """PEM armour around no key: a body under 40 characters, one of a single repeated character, or of fewer than 10
    distinct characters (a real key's base64 has runs such as `AAAAAAAA`, so the run tests of filler() do not apply)."""
    m = re.search(r'PRIVATE KEY(?: BLOCK)?-*(.*?)-*(?:-----)?END', v, re.S)
    body = re.sub(r'\\[nr]|\s', '', m.group(1)) if m else ''
    return len(body) < 40 or FILLER_SHAPE.match(body) is not None or len(set(body)) < 10


def sscp_kind(typ, value, line):
    if re.search(r'://[^/\s:@]*:?' + re.escape(value) + '@', line) or re.match(r'^[a-z][a-z0-9+.:-]*://[^\s]*[?&;]password=', value):
        return 'url-credentials', 'password-in-url'
    for rx, kind, cls in SSCP_KIND:
        if re.search(rx, typ):
            if kind is not None:
                return kind, cls
            if re.match(r'^[a-z][a-z0-9+.:-]*://', value) and '@' in value:
                return 'url-credentials', 'password-in-url'
            return 'password-literal', 'password-in-connection-string'
    k, c = kind_of(value, typ)
    return (k, c) if k != 'api-token' else ('api-token', 'vendor-key-prefixed' if re.match(r'^[A-Za-z0-9]{2,10}[_-]', value) else 'unprefixed-key')


def sscp_add(path, typ, value, line, origin, text):
    value = value.strip().rstrip('\\').strip()
    first = value.split('\n')[0]
    pre = line[:line.find(first)] if first in line else ''
    if value.startswith('--BEGIN') and pre.endswith('---'):
        value = '---' + value  # the snapshot's columns start inside the armour
    nv = name_value(value) if re.match(r'^\w+\s*=\s*["\']', value) else None
    if nv and SECRET_NAME.search(nv[0]):
        value = nv[1]
    if '\n' in value and 'PRIVATE KEY' not in value:
        return  # a multi-line datum that is no key: not one value
    if len(value.strip()) < 4 or SSCP_SKIP.search(typ) or (path, value) in taken or is_known(value):
        return
    taken.add((path, value))
    um = re.match(r'^[a-z][a-z0-9+.-]*://[^/\s:@]+:([^/\s@]+)@', value)
    if placeholder(value) or (um and placeholder(um.group(1))) or ('PRIVATE KEY' in value and pem_placeholder(value)):
        kind, cls = 'benign', 'placeholder'
    elif filler(value) and 'PRIVATE KEY' not in value:
        kind, cls = 'benign', 'filler'
    else:
        kind, cls = sscp_kind(typ, value, line)
    if '\n' in value:
        ctx = value
    else:
        ctx = line.strip()
    place(SS, path, value, kind, cls, ctx, origin, text)


ss_files = [f for f in git(SS, 'ls-tree', '-r', '--name-only', PIN[SS]).split('\n') if f]
for pf in sorted(f for f in ss_files if f.endswith('patterns.yml') and '/generate_iban/' not in f):
    doc = yaml.safe_load(show(SS, pf))
    for p in doc.get('patterns', []):
        typ = p.get('type', '')
        tests = p.get('test')
        for t in (tests if isinstance(tests, list) else [tests] if tests else []):
            data = t.get('data')
            if not isinstance(data, str):
                continue
            a, b = t.get('start_offset', 0), t.get('end_offset', len(data))
            v = data[a:b]
            if (a > 0 and data[a - 1].isalnum() and v[:1].isalnum()) or (b < len(data) and data[b].isalnum() and v[-1:].isalnum()):
                continue  # offsets that cut a word: the datum's label is about another span
            sscp_add(pf, typ, v, data if '\n' not in v else v, f'{typ} test datum', None)
for sf in sorted(f for f in ss_files if '/__snapshots__/' in f and f.endswith('.csv') and '/generate_iban/' not in f):
    for r in csv.DictReader(io.StringIO(show(SS, sf))):
        text = show(SS, r['path'])
        if not text:
            continue  # a sample file that no longer exists at the pinned commit
        lines = text.split('\n')
        sl, el, sc, ec = int(r['start_line']), int(r['end_line']), int(r['start_column']), int(r['end_column'])
        got = None
        for dec in (0, 1, -1):
            if sl == el:
                v = lines[sl - 1][sc - 1:ec + dec]
            else:
                v = '\n'.join([lines[sl - 1][sc - 1:]] + lines[sl:el - 1] + [lines[el - 1][:ec + dec]])
            if H(v) == r['secret']:
                got = v
                break
        if got is None:
            continue
        sscp_add(r['path'], r['secret_type'], got, lines[sl - 1], f'{r["secret_type"]} snapshot finding ({sf})', text)

# ---- PaperMtn/watchman-signatures signatures/tokens_and_credentials/*.yaml and signatures/config_files/*.yaml (GPL-3.0;
# values only): each signature's test_cases, `match_cases` (texts its patterns must match) and `fail_cases` (texts they
# must not). Match case -> the part of the text the signature's pattern matches (Python `re`, as the project runs them),
# and when that part is `name<sep>value`, the value; kind by shape, else by the signature's file and name (WM_KIND), else
# api-token. Fail case -> benign, the value being the case's text, kept only when it is clean (clean_negative: it does
# not assign a value that is no placeholder to a secret-like name, nor hold a match case's value). Overrides:
# signatures that find no credential (file names, bucket names, host names, identifiers: WM_SKIP) left out;
# placeholders and filler (runs, `1111…`) -> benign; AWS's documented example keys (`…EXAMPLE…`) -> benign.
WM = 'PaperMtn/watchman-signatures'
WM_SKIP = re.compile(r'(?i)bucket|host|files?$|domain|cusip|bank|card|id$|account id|url$|\bip\b|s3|endpoint')
SECRET_ASSIGN = re.compile(r'''(?i)(key|token|secret|passw\w*|pwd|credential)\w*["']?\s*(?::=|=>|[:=])\s*["']?([^\s"']{8,})''')


def clean_negative(text, tp_values):
    if any(v in text for v in tp_values if len(v) >= 8):
        return False
    for m in SECRET_ASSIGN.finditer(text):
        v = m.group(2)
        if not (placeholder(v) or re.search(r'[xX]{4}|\{|\$|\(', v) or SEQUENCE.search(v) or not re.search(r'\d', v)):
            return False
    return True


wm_files = sorted(f for f in git(WM, 'ls-tree', '-r', '--name-only', PIN[WM]).split('\n')
                  if f.startswith(('signatures/tokens_and_credentials/', 'signatures/config_files/')) and f.endswith('.yaml'))
wm_neg, wm_tp = [], set()
for p in wm_files:
    text = show(WM, p)
    for s in (yaml.safe_load(text) or {}).get('signatures', []):
        name = s.get('name', '')
        tc = s.get('test_cases') or {}
        if WM_SKIP.search(name):
            continue
        pats = [re.compile(x) for x in (s.get('patterns') or []) if x]
        for case in tc.get('match_cases') or []:
            if not isinstance(case, str) or case == 'blank':
                continue
            m = next((pm.search(case) for pm in pats if pm.search(case)), None)
            if not m:
                continue  # the signature's own pattern does not match its case under Python's re: no clean label
            hit = m.group(0).strip()
            if 'PRIVATE KEY' in case:
                pm = re.search(r'-----BEGIN[A-Z ]*PRIVATE KEY-----.*?-----END[A-Z ]*PRIVATE KEY-----', case)
                if not pm:
                    continue
                nm, v = 'private key', pm.group(0)
            else:
                nv = name_value(hit) if not re.match(r'^[a-z][a-z0-9+.-]*://', hit) else None
                nm, v = (nv if nv and nv[1] and SECRET_NAME.search(nv[0] or '') else ('', hit))
                qm = re.search(r'(?:^|[?&$\s])\w*token=([^&\s]+)', v)
                if qm:
                    v = qm.group(1)  # a token in a query string or after `token=`
                v = re.sub(r'^(?:Bearer|Token|Basic)\s+', '', v).strip().strip('"\'')
                if ' ' in v:
                    v = v.split()[-1]  # a token named in words before it (`The password is …`)
                if '://' in v and '@' not in v and not re.search(r'(?i)hook', v):
                    continue  # a URL with a user and password but no host: no clean label
            if len(v) < 6 or is_known(v) or (p, v) in taken:
                continue
            taken.add((p, v))
            wm_tp.add(v)
            kind, cls = kind_of(v, nm + ' ' + name)
            if 'EXAMPLE' in v:
                kind, cls = 'benign', 'placeholder'
            elif placeholder(v) or ('PRIVATE KEY' in v and pem_placeholder(v)):
                kind, cls = 'benign', 'placeholder'
            elif filler(v) and 'PRIVATE KEY' not in v:
                kind, cls = 'benign', 'filler'
            assert v in case, (p, v)
            place(WM, p, v, kind, cls, case.strip(), f'{name} match case')
        for case in tc.get('fail_cases') or []:
            if isinstance(case, str) and case != 'blank':
                wm_neg.append((p, name, case.strip(), text))
for p, name, case, text in wm_neg:
    if len(case) < 6 or not clean_negative(case, wm_tp) or is_known(case) or (p, case) in taken:
        continue
    taken.add((p, case))
    place(WM, p, case, 'benign', 'negative-example', case, f'{name} fail case')

# ---- americanexpress/earlybird: the Go tests of its false-positive filters (pkg/scan/falsePositives_test.go,
# pkg/postprocess/validatePassword_test.go, pkg/postprocess/skipSameKeyValue_test.go): each case a text (MatchValue /
# LineValue / testPD / lineValue / password) and whether the filter must drop it (wantIsFP / wantIgnore). Kept (false) ->
# the value of the text's `name: value` (kind: password-literal under a password name, else by shape, else api-token),
# in the text; dropped (true) -> benign, the value being the text. Overrides: a kept value that is a placeholder (`xxxx`)
# -> benign; a kept text with no `name: value` left out (a bare value is the filter's input, not a credential in
# context); dropped texts that are not clean (clean_negative) left out; a value given both verdicts left out.
EB = 'americanexpress/earlybird'
EB_FILES = ['pkg/scan/falsePositives_test.go', 'pkg/postprocess/validatePassword_test.go', 'pkg/postprocess/skipSameKeyValue_test.go']
GO_STR = r'(?:`([^`]*)`|"((?:[^"\\]|\\.)*)")'
eb = {}
for p in EB_FILES:
    text = show(EB, p)
    for block in re.split(r'\n\s*\{\s*\n', text)[1:]:
        fm = re.search(r'\b(MatchValue|LineValue|testPD|lineValue|password)\s*:\s*' + GO_STR, block)
        bm = re.search(r'\b(wantIsFP|wantIgnore)\s*:\s*(true|false)', block)
        nm = re.search(r'\bname\s*:\s*' + GO_STR, block)
        if not fm or not bm:
            continue
        s = fm.group(2) if fm.group(2) is not None else json.loads('"' + fm.group(3) + '"')
        eb.setdefault((p, s.strip()), set()).add((bm.group(2) == 'true', (nm.group(1) or nm.group(2)) if nm else ''))
for (p, line), verdicts in sorted(eb.items(), key=lambda kv: H(kv[0][0] + kv[0][1])):
    if len({v for v, _ in verdicts}) > 1:
        continue
    dropped, case = sorted(verdicts)[0]  # the first case name, for a deterministic origin
    text = show(EB, p)
    if not dropped:
        nv = name_value(line)
        if not nv or not nv[1] or not SECRET_NAME.search(nv[0]):
            continue
        v = nv[1]
        if len(v) < 4 or is_known(v) or (p, v) in taken:
            continue
        taken.add((p, v))
        kind, cls = kind_of(v, nv[0])
        if placeholder(v):
            kind, cls = 'benign', 'placeholder'
        elif filler(v):
            kind, cls = 'benign', 'filler'
        place(EB, p, v, kind, cls, line, 'test case the filter must keep' + ('' if v.lower() in case.lower() else f' ("{case}")'))
    else:
        if len(line) < 6 or not clean_negative(line, set()) or is_known(line) or (p, line) in taken:
            continue
        taken.add((p, line))
        place(EB, p, line, 'benign', 'negative-example', line, 'test case the filter must drop' + ('' if line.lower() in case.lower() or any(w.lower() in case.lower() for w in re.findall(r'\w{6,}', line)) else f' ("{case}")'))

# ---- americanexpress/earlybird config/rules/password-secret.yaml and content.yaml: each rule's `Example`, a text its
# pattern must match. Rules of category password-secret or key only (the others find phone numbers, addresses, national
# IDs, crypto calls). An example that is `name<op>value` -> the value, kind by shape, else password-literal under a
# password name, else api-token; the examples' filler values (`foobar`, `xxxx`, `test`) and AWS's documentation key ->
# benign (placeholder); a basic-auth header of RFC 7617's `Aladdin:open sesame` -> benign (a published example). Bare
# words (the default-password rules' `letmein`, `kafka123`) and bare PEM headers left out: a word list entry or a header
# is no value in context.
for p in ('config/rules/password-secret.yaml', 'config/rules/content.yaml'):
    text = show(EB, p)
    for r in (yaml.safe_load(text) or {}).get('rules', []):
        ex = r.get('Example')
        if r.get('Category') not in ('password-secret', 'key') or not isinstance(ex, str) or '\n' in ex:
            continue
        ex = ex.strip()
        if ex.startswith('Authorization: Basic '):
            v, nm = ex.split()[-1], 'authorization'
            kind, cls = ('benign', 'placeholder') if v == 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==' else ('password-literal', 'basic-auth')
        else:
            nv = name_value(ex) or (lambda m: (m.group(1), m.group(2)) if m else None)(re.match(r'^(.*?\[None\]):\s*(\S+)$', ex))
            if not nv or not nv[1] or not SECRET_NAME.search(nv[0]):
                continue
            nm, v = nv
            kind, cls = kind_of(v, nm)
            if 'EXAMPLE' in v or placeholder(v) or v.lower() in ('foobar', 'test'):
                kind, cls = 'benign', 'placeholder'
        if (p, v) in taken or is_known(v):
            continue
        taken.add((p, v))
        place(EB, p, v, kind, cls, ex, f'rule {r.get("Code")} example', text)

# ---- GitGuardian/ggshield tests/unit/cassettes/*.yaml: recorded answers of GitGuardian's scanning API to the documents
# the tests send; each policy break's matches (match type and text). Match of type apikey / password / client_secret /
# connection_uri -> the match, kind by shape, else password-literal for passwords, else api-token, in the document's
# line that holds it. Host, port and username matches left out (not secrets); GitGuardian's own test-token formats
# (`ggtt-…`, its development key) kept as api-token, as the answer reports them.
GG = 'GitGuardian/ggshield'
for p in sorted(f for f in git(GG, 'ls-tree', '-r', '--name-only', PIN[GG], 'tests/unit/cassettes').split('\n') if f.endswith('.yaml')):
    text = show(GG, p)
    try:
        doc = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        continue
    docs = []
    for it in doc.get('interactions', []):
        body = (it.get('request') or {}).get('body')
        if isinstance(body, str):
            try:
                for d in json.loads(body) if body.startswith('[') else [json.loads(body)]:
                    if isinstance(d, dict) and 'document' in d:
                        docs.append(d['document'])
            except ValueError:
                pass
        rb = (it.get('response') or {}).get('body')
        rs = rb.get('string') if isinstance(rb, dict) else None
        if not isinstance(rs, str) or 'policy_breaks' not in rs:
            continue
        try:
            ans = json.loads(rs)
        except ValueError:
            continue
        for res in ans if isinstance(ans, list) else [ans]:
            for pb in res.get('policy_breaks', []):
                for m in pb.get('matches', []):
                    v = m.get('match', '')
                    if m.get('type') not in ('apikey', 'password', 'client_secret', 'connection_uri') or len(v) < 6 or is_known(v) or (GG, v) in taken:
                        continue
                    if '\n+' in v:
                        continue  # the same key as a patch's added lines (`+` at each line start): the plain form is taken
                    line = min((l.lstrip('+-').strip() for d in docs for l in d.split('\n') if v in l), key=len, default=None)
                    if '\n' in v:
                        line = v
                    if line is None:
                        continue
                    taken.add((GG, v))
                    kind, cls = kind_of(v, 'password' if m['type'] == 'password' else pb.get('type', ''))
                    place(GG, p, v, kind, cls, line.strip(), f'{pb.get("type")} policy break ({m["type"]})')

# ---- protectai/llm-guard tests/input_scanners/test_secrets.py: the Secrets scanner's cases, a prompt and whether it must
# be reported (expected_valid False). Reported -> the redacted span (what the expected prompt replaces), kind by shape;
# not reported -> benign, the prompt. Overrides: AWS's documented example key -> benign (published placeholder); the
# URL password `password` -> benign (placeholder).
LG = 'protectai/llm-guard'
p = 'tests/input_scanners/test_secrets.py'
text = show(LG, p)
for prompt, expected, valid in re.findall(r'\(\s*\n\s*("(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'),[^\n]*\n\s*("(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'),\s*\n\s*(True|False),', text):
    pr, ex = eval(prompt), eval(expected)  # Python string literals of the test file
    if valid == 'True':
        if len(pr) >= 6 and not is_known(pr) and (p, pr) not in taken:
            taken.add((p, pr))
            add(LG, p, value=pr, kind='benign', cls='negative-example', syntax='prose', line=pr, origin='prompt left as is')
        continue
    i = 0
    while i < min(len(pr), len(ex)) and pr[i] == ex[i]:
        i += 1
    j = 0
    while j < min(len(pr), len(ex)) - i and pr[-1 - j] == ex[-1 - j]:
        j += 1
    v = pr[i:len(pr) - j].strip('"')
    line = next(l for l in pr.split('\n') if v in l)
    if len(v) < 6 or is_known(v) or (p, v) in taken:
        continue
    taken.add((p, v))
    kind, cls = kind_of(v, line)
    if 'EXAMPLE' in v or placeholder(v):
        kind, cls = 'benign', 'placeholder'
    if kind == 'password-literal' and '://' in line:
        kind, cls = 'url-credentials', 'password-in-url'
    place(LG, p, v, kind, cls, line, 'prompt the scanner must redact')

before = len(out)
out = [c for c in out if c['value'] not in known and c['value'].strip() not in known]
print(f'left out {before - len(out)} values the other corpora hold', file=sys.stderr)
sources = {k: v for k, v in sources.items() if any(c['source'] == k for c in out)}

json.dump({'note': 'Raw candidates of the outside-2027-04 corpus; see collect.py.', 'sources': sources, 'candidates': out},
          sys.stdout, indent=1, ensure_ascii=False)
