#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-03 corpus (issue 28: a fourth outside set, after outside-2026-12,
# outside-2027-01 and outside-2027-02) from public projects' test data that none of the project's corpora draws on:
# corpus.json and independent.json use noseyparker, gitleaks, presidio (and presidio-research), scrubadub, redactum,
# detect-secrets and secretlint; outside-2026-12 Skyscanner/whispers, trufflehog, braintree/card-validator,
# philterd/phileas, python-phonenumbers (libphonenumber), pediatric-handoff-phi-remover, git-secrets and Azurite;
# outside-2027-01 mongodb/kingfisher, sirwart/ripsecrets, validator.js, CommonRegex, python-stdnum, talisman and pyDeid;
# outside-2027-02 Checkmarx/2ms, trivy, go-playground/validator, govalidator, commons-validator and susom/tide. None of
# those is read here. Values and their minimal key/label context only, never a copied file. Each candidate names its
# repository, path and commit (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool), and the one file
# read through the code index under INDEX_DIR (see PIN).
# Run: python3 test/corpus/outside-2027-03/collect.py > test/corpus/outside-2027-03/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-03` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack; labels come from the sources' own test expectations
# (a rule's example that must or must not be reported, a validator test's expected result, a scanner test's
# expected finding count), with the overrides listed below, each with its reason.
import hashlib, json, os, re, subprocess, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import is_placeholder, syntax_of, source_id  # noqa: E402

import yaml

M = '/work/.mirror'
LICENCES = {
    'SonarSource/sonar-text': 'LGPL-3.0',  # at the pinned commit, the last before the move to the SONAR Source-Available License
    'DataDog/datadog-agent': 'Apache-2.0',
    'ZupIT/horusec': 'Apache-2.0',
    'securego/gosec': 'Apache-2.0',
    'bridgecrewio/checkov': 'Apache-2.0',
    'capitalone/DataProfiler': 'Apache-2.0',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'SonarSource/sonar-text': '0b8864e116a8e3b1bc2d3b955ebd5b72a7dab8b9',
    'DataDog/datadog-agent': '2ba6aa128aa769793d934e37646a55a25eecdbcb',
    'ZupIT/horusec': '873d4104a6aa89be8f86d93db8e416909d9add87',
    'securego/gosec': '45b083a0cb42119d61b1e0e364d8c62c68f6f5cd',
    'bridgecrewio/checkov': '03d5fdad8d6154b1565799a7b1fb8070c158866f',
    'capitalone/DataProfiler': '9919af4552fbd6140a8d48683bdb928a0b1ab455',
}
# DataDog/datadog-agent is over the size a mirror can have here: its one file was read through the code index at
# PIN's commit and kept (the test function's text only, outside the repository) under INDEX_DIR.
INDEX_DIR = '/work/.mirror/_index'
sources, out = {}, []
H = lambda s: hashlib.sha256(s.encode('utf-8')).hexdigest()


def git(repo, *a):
    return subprocess.run(['git', f'--git-dir={M}/{repo.replace("/", "+")}/repo', *a], capture_output=True, text=True).stdout


def show(repo, path):
    if repo == 'DataDog/datadog-agent':
        return open(f'{INDEX_DIR}/{repo.replace("/", "+")}/{PIN[repo]}/{path}.part').read()
    return git(repo, 'show', f'{PIN[repo]}:{path}')


def sid(repo, path):
    return source_id(sources, repo, path, PIN[repo], LICENCES[repo])


def add(repo, path, *, value, kind, syntax, cls, line=None, key=None, origin='', text=None):
    """value: the secret/PHI (or benign look-alike) itself; line: the minimal context it is placed in
    (for env/tag: the key instead). text: the source text, to check that the value and line occur in it."""
    if text is not None:
        assert value in text, (path, value)
        if line is not None:
            for part in line.split('\n'):
                assert part.strip() in text, (path, part)
    out.append({'value': value, 'kind': kind, 'class': cls, 'syntax': syntax,
                **({'key': key} if key is not None else {}), **({'line': line} if line is not None else {}),
                'source': sid(repo, path), 'origin': origin})


def place(repo, path, value, kind, cls, line, origin, text):
    """Adds a value in the context it came in: an env line `KEY=value` becomes an environment variable."""
    syn = syntax_of(line)
    if syn == 'env':
        k, _, v = line.strip().partition('=')
        if v == value:
            add(repo, path, value=value, kind=kind, cls=cls, syntax='env', key=k, origin=origin, text=text)
            return
        syn = 'assignment'
    add(repo, path, value=value, kind=kind, cls=cls, syntax=syn, line=line, origin=origin, text=text)


# Values the project's other corpora already hold (corpus.json, independent.json, outside-2026-12 and
# outside-2027-01) are left out, so that nothing here was seen while the detectors were tuned: a value, or a
# token of 10+ characters of one of theirs, equal to the candidate. (2ms's rules descend from gitleaks', whose
# test cases independent.json draws on: the shared examples go here.)
# They are also skipped before 2ms's sampling, so that a sample is not spent on them.
HERE = os.path.dirname(os.path.abspath(__file__))
known = set()
ind = json.load(open(os.path.join(HERE, '..', 'independent.json')))['entries']
reg = json.load(open(os.path.join(HERE, '..', 'corpus.json')))
o26 = json.load(open(os.path.join(HERE, '..', 'outside-2026-12', 'candidates.json')))['candidates']
o27 = json.load(open(os.path.join(HERE, '..', 'outside-2027-01', 'candidates.json')))['candidates']
o272 = json.load(open(os.path.join(HERE, '..', 'outside-2027-02', 'candidates.json')))['candidates']
for v in [e['value'] for e in ind] + [e['value'] for e in reg['benign'] + reg['sensitive']] + [c['value'] for c in o26 + o27 + o272]:
    known.add(v)
    known.update(re.findall(r'[A-Za-z0-9+/=_.:@-]{10,}', v))


def is_known(v):
    return v in known or v.strip() in known


SEQUENCE = re.compile(r'0123456789|123456789|abcdefgh|ABCDEFGH|(.)\1{5}|(..+?)\2{4}', re.I)
SECRET_ASSIGN = re.compile(r'''(?i)(key|token|secret|passw\w*|pwd|credential)\w*["']?\s*(?::=|=>|[:=])\s*["']?([^\s"']{8,})''')
taken = set()  # values taken once per source


def clean_negative(text, tp_values):
    """A negative example is left out when it holds a true positive's value (a rule's negatives often repeat its
    positives' key in a context the rule skips) or assigns a value that is no placeholder to a secret-like name
    (a negative of that rule's shape only, a credential by the issue's definition): neither label is clean."""
    if any(v in text for v in tp_values if len(v) >= 8):
        return False
    for m in SECRET_ASSIGN.finditer(text):
        v = m.group(2)
        if not (is_placeholder(v) or re.search(r'[xX]{4}|\{|\$|\(', v) or SEQUENCE.search(v) or not re.search(r'\d', v)):
            return False
    return True


def usable(v):
    return len(v.strip()) >= 6 and not SEQUENCE.search(v) and not is_known(v)


# ---- SonarSource/sonar-text sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/*.yaml, at
# the last commit under LGPL-3.0 (0b8864e, 2024-11-22; the next commit moved the project to a source-available
# licence): each rule's `examples`, a text and `containsSecret` (with the secret as `match` when true). True ->
# the value is `match`, its context the text's lines that hold it (the whole text for a multi-line match), the kind
# by the rule (SONAR_KIND; every other rule -> api-token); distinct values only (one context each, chosen by a
# hash). False -> benign, the value being the text itself. Overrides: examples with a `fileName` are left out (their
# label is about the file's extension, not the text); a true example whose match is a placeholder by structure ->
# benign; runs (SEQUENCE) left out; negatives that are not clean (clean_negative) left out; negatives longer than 6
# lines left out (a file, not a value).
SN = 'SonarSource/sonar-text'
SN_DIR = 'sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/'
SONAR_KIND = [
    (r'^aws-secret-access-keys', 'aws-secret-key', 'cloud-key'),
    (r'^aws-access-key-ids$', 'aws-access-key-id', 'cloud-key'),
    (r'^github-', 'github-token', 'vendor-token'),
    (r'^slack-', 'slack-token', 'vendor-token'),
    (r'^google-api-keys$', 'google-api-key', 'vendor-token'),
    (r'private-key', 'private-key', 'private-key'),
    (r'-url($|-)|^jdbc-connection-string$', 'url-credentials', 'password-in-url'),
    (r'-env-|-cli-|^java-datasource|^odbc-connection-string$', 'password-literal', 'password-in-code'),
]


def sonar_kind(rid, value):
    if 'PRIVATE KEY' in value:
        return 'private-key', 'private-key'
    for rx, kind, cls in SONAR_KIND:
        if re.search(rx, rid):
            return kind, cls
    return 'api-token', 'vendor-key-prefixed' if re.match(r'^[A-Za-z0-9]{2,10}[_-]', value) else 'vendor-key-no-prefix'


sn_files = sorted(f for f in git(SN, 'ls-tree', '-r', '--name-only', PIN[SN], SN_DIR).split('\n') if f.endswith('.yaml'))
sn_neg = []
sn_tp = set()
for p in sn_files:
    text = show(SN, p)
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict) or 'provider' not in doc:
        continue
    for rule in doc['provider'].get('rules', []):
        rid = rule['id']
        by_value = {}
        for ex in rule.get('examples', []):
            if 'fileName' in ex:
                continue
            t = ex['text'].rstrip('\n')
            if ex.get('containsSecret'):
                v = ex.get('match')
                if not v or v not in t:
                    continue
                sn_tp.add(v)
                if '\n' in v:
                    ctx = t.strip()
                else:
                    ctx = '\n'.join(l.strip() for l in t.split('\n') if v in l)
                by_value.setdefault(v, []).append(ctx)
            else:
                sn_neg.append((p, rid, t.strip()))
        for v in sorted(by_value, key=lambda v: H(p + v)):
            if not usable(v):
                continue
            ctx = sorted(by_value[v], key=lambda l: H(p + l))[0]
            kind, cls = sonar_kind(rid, v)
            if is_placeholder(v):
                kind, cls = 'benign', 'placeholder'
            if (p, v) in taken:
                continue
            taken.add((p, v))
            place(SN, p, v, kind, cls, ctx, f'{rid} example (containsSecret: true)', None)
for p, rid, t in sn_neg:
    if not t or t.count('\n') >= 6 or not clean_negative(t, sn_tp) or not usable(t) or (p, t) in taken:
        continue
    taken.add((p, t))
    place(SN, p, t, 'benign', 'negative-example', t, f'{rid} example (containsSecret: false)', None)

# ---- DataDog/datadog-agent pkg/obfuscate/credit_cards_test.go, TestIINIsSensitive: the `valid` list (numbers the
# obfuscator must take for card numbers, with the Luhn check on) -> payment-card; the `invalid` list -> benign (class
# card-lookalike). The value is the string without its surrounding spaces; a value is taken once.
DD = 'DataDog/datadog-agent'
p = 'pkg/obfuscate/credit_cards_test.go'
text = show(DD, p)
for label, kind in (('valid', 'payment-card'), ('invalid', 'benign')):
    m = re.search(r't\.Run\("' + label + r'".*?range \[\]string\{\n(.*?)\n\t\t\}', text, re.S)
    for lit in re.findall(r'^\s*"([^"]*)",', m.group(1), re.M):
        v = lit.strip()
        d = re.sub(r'\D', '', v)
        if len(v) < 6 or (p, v) in taken or is_known(v):
            continue
        taken.add((p, v))
        cls = f'card-{len(d)}' if kind == 'payment-card' else 'card-lookalike'
        add(DD, p, value=v, kind=kind, cls=cls, syntax='prose', line=v, origin=f'TestIINIsSensitive {label}', text=text)

# ---- ZupIT/horusec internal/services/engines/leaks/samples.go: each leaks rule's `SampleVulnerableHSLEAKS<n>` (a
# snippet its rule must report) and `SampleSafeHSLEAKS<n>` (one it must not). Vulnerable -> the quoted value of the
# snippet's secret line (the last line holding a quoted literal under a secret-like name, or the connection URL), the
# kind by the value's shape or name (HV_KIND). Safe -> benign, the value being the snippet's changed line. Overrides:
# client-ID rules (HSLEAKS5, 7, 9, 14: identifiers, no secret on their own) left out; a value that is a placeholder by
# structure -> benign; values under 6 characters left out.
HV = 'ZupIT/horusec'
p = 'internal/services/engines/leaks/samples.go'
text = show(HV, p)
HV_SKIP = {5, 7, 9, 14}


def hv_kind(name, v):
    if v.startswith('AKIA'):
        return 'aws-access-key-id', 'cloud-key'
    if 'PRIVATE KEY' in v:
        return 'private-key', 'private-key'
    if v.startswith('AIza'):
        return 'google-api-key', 'vendor-token'
    if 'hooks.slack.com' in v:
        return 'slack-token', 'webhook-url'
    if re.match(r'^[a-z]+://[^/\s:@]+:[^/\s@]+@', v):
        return 'url-credentials', 'password-in-url'
    if re.search(r'PASSW', name, re.I):
        return 'password-literal', 'password-in-code'
    if re.search(r'AWS_SECRET', name):
        return 'aws-secret-key', 'cloud-key'
    return 'api-token', 'vendor-key-prefixed' if re.match(r'^[A-Za-z0-9]{2,10}[_-]', v) else 'vendor-key-no-prefix'


for kind_word, n, body in re.findall(r'Sample(Vulnerable|Safe)HSLEAKS(\d+) = `(.*?)`', text, re.S):
    n = int(n)
    if n in HV_SKIP:
        continue
    lines = [l.strip() for l in body.split('\n') if l.strip()]
    cand = None
    for l in lines:
        m = re.search(r'''["']?([A-Z_]*(?:KEY|SECRET|TOKEN|PASSW\w*|WEBHOOK|ACCOUNT)[A-Z_]*)["']?\s*(?:[:=,])\s*["']([^"']+)["']''', l) or re.search(r'''["']([a-z]+://[^"'\s]+@[^"'\s]+)["']''', l)
        if m:
            cand = (m.group(1), m.group(m.lastindex), l)
    if kind_word == 'Vulnerable':
        if not cand:
            continue
        name, v, l = cand
        if len(v) < 6 or is_known(v) or (p, v) in taken:
            continue
        kind, cls = hv_kind(name, v)
        if is_placeholder(v) or re.fullmatch(r'(put your|your|enter).*', v, re.I):
            kind, cls = 'benign', 'placeholder'
        taken.add((p, v))
        place(HV, p, v, kind, cls, l, f'HSLEAKS{n} vulnerable sample', text)
    else:
        l = next((l for l in lines if re.search(r'KEY|SECRET|PASSW|Getenv|DB_QUERY', l)), None)
        if not l or (p, l) in taken:
            continue
        taken.add((p, l))
        place(HV, p, l, 'benign', 'placeholder', l, f'HSLEAKS{n} safe sample', text)

# ---- securego/gosec testutils/g101_samples.go: G101 (hard-coded credentials) samples, each a Go program and the
# number of issues gosec must report. A sample with one issue -> its literal under test (the quoted string of 6+
# characters on a line that names a credential, compares with one, or is a URL / vendor key) labelled by shape (AWS,
# GitHub, Google, URL) else password-literal for password names, api-token otherwise; a sample with none -> benign
# (the same literal in a context gosec must not report, or a value of its own). The context is the literal's line.
# Overrides: AWS documentation example keys (`…EXAMPLE`) -> benign (published placeholders); a literal both
# labels would give in the same line is left out; a map key (a literal followed by `:`) is never the value (this
# last rule was missing from the first commit of the split, which took three keys for values; corrected before any
# detector ran on the held-out half).
GS = 'securego/gosec'
p = 'testutils/g101_samples.go'
text = show(GS, p)
gs = {}
for code, count in re.findall(r'\{\[\]string\{`(.*?)`\}, (\d+), gosec\.NewConfig\(\)\}', text, re.S):
    for l in code.split('\n'):
        # a literal followed by `:` is a map key (`"apiKey": "…"`), not the value under test
        for v in re.findall(r'"([^"]{6,})"(?!\s*:)', l):
            if v in ('Doing something with: ', 'password equality') or v.startswith('github.com/') or v == 'fmt':
                continue
            if int(count) > 0 and not re.search(r'(?i)pass|pw|cred|key|bearer|token|secret|auth|://|ghp_|AKIA|ASIA|AIza', l):
                continue
            gs.setdefault((l.strip(), v), set()).add(int(count) > 0)
for (l, v), labels in sorted(gs.items(), key=lambda kv: H(p + kv[0][0])):
    if len(labels) > 1 or is_known(v):
        continue
    pos = labels.pop()
    val = re.sub(r'^Bearer:?\s+', '', v)
    if pos:
        name = l.split('=')[0] if '=' in l else l
        if 'EXAMPLE' in val:
            kind, cls = 'benign', 'placeholder'
        elif val.startswith(('AKIA', 'ASIA')):
            kind, cls = 'aws-access-key-id', 'cloud-key'
        elif val.startswith('ghp_'):
            kind, cls = 'github-token', 'vendor-token'
        elif val.startswith('AIza'):
            kind, cls = 'google-api-key', 'vendor-token'
        elif '://' in val:
            kind, cls = 'url-credentials', 'password-in-url'
        elif re.search(r'(?i)pass|pw', name):
            kind, cls = 'password-literal', 'password-in-code'
        else:
            kind, cls = 'api-token', 'unprefixed-key'
    else:
        kind, cls = 'benign', 'placeholder' if is_placeholder(val) else 'negative-example'
    if (p, val, l) in taken:
        continue
    taken.add((p, val, l))
    add(GS, p, value=val, kind=kind, cls=cls, syntax='code-go', line=l, origin=f'G101 sample ({"1 issue" if pos else "no issue"})', text=text)

# ---- bridgecrewio/checkov tests/secrets/sanity/secrets/true_positive.json (every member a secret the scanner must
# report) and tests/secrets/sanity/non_secrets/true_negative.json (none it may report): members of the first ->
# password-literal under a password name, api-token otherwise; members of the second -> benign (value: the member's
# value, context: the member). Override: the AWS documentation example key (known to the earlier corpora) drops out
# with the other known values.
CK = 'bridgecrewio/checkov'
for p, pos in (('tests/secrets/sanity/secrets/true_positive.json', True), ('tests/secrets/sanity/non_secrets/true_negative.json', False)):
    text = show(CK, p)
    for k, v in json.loads(text).items():
        if len(v) < 6 or is_known(v):
            continue
        if pos:
            kind, cls = ('password-literal', 'password-in-config') if re.search(r'(?i)pass', k) else ('api-token', 'unprefixed-key')
        else:
            kind, cls = 'benign', 'negative-example'
        add(CK, p, value=v, kind=kind, cls=cls, syntax='json', line=f'"{k}": {json.dumps(v, ensure_ascii=False)}', origin='sanity true positive' if pos else 'sanity true negative', text=None)

before = len(out)
out = [c for c in out if c['value'] not in known and c['value'].strip() not in known]
print(f'left out {before - len(out)} values the other corpora hold', file=sys.stderr)
sources = {k: v for k, v in sources.items() if any(c['source'] == k for c in out)}

json.dump({'note': 'Raw candidates of the outside-2027-03 corpus; see collect.py.', 'sources': sources, 'candidates': out},
          sys.stdout, indent=1, ensure_ascii=False)
