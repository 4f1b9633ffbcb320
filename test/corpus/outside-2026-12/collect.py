#!/usr/bin/env python3
# Collects the raw candidates of the outside-2026-12 corpus (issue 28, part 4) from public projects'
# test data that neither corpus.json nor independent.json draws on (those use noseyparker, gitleaks,
# presidio, scrubadub, redactum, detect-secrets and secretlint). Values and their minimal key/label
# context only, never a copied file. Each candidate names repository, path and commit (sources).
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2026-12/collect.py > test/corpus/outside-2026-12/candidates.json
# then `npx ts-node test/corpus/build-outside.ts` splits them (tuning / heldout) by a hash.
# This script never runs a detector; labels come from the sources' own test expectations, with the
# overrides listed below (each with its reason).
import hashlib, json, re, subprocess, sys

M = '/work/.mirror'
LICENCES = {
    'Skyscanner/whispers': 'Apache-2.0',
    'trufflesecurity/trufflehog': 'AGPL-3.0',
}
sources, out = {}, []


def git(repo, *a):
    return subprocess.run(['git', f'--git-dir={M}/{repo.replace("/", "+")}/repo', *a], capture_output=True, text=True).stdout


def show(repo, path):
    return git(repo, 'show', f'HEAD:{path}')


def sid(repo, path):
    s = f'{repo}:{path}'
    if s not in sources:
        sources[s] = {'repo': repo, 'path': path, 'commit': git(repo, 'rev-parse', 'HEAD').strip(), 'licence': LICENCES[repo]}
    return s


def add(repo, path, *, value, kind, syntax, cls, line=None, key=None, origin='', text=None, line_in_text=True):
    """value: the secret/PHI (or benign look-alike) itself; line: the minimal context it is placed in
    (for env/tag: key + value). text: the file, to check that value and line occur in it."""
    if text is not None:
        assert value in text, (path, value)
        if line is not None and line_in_text:
            for part in line.split('\n'):
                assert part.strip() in text, (path, part)
    out.append({'value': value, 'kind': kind, 'class': cls, 'syntax': syntax,
                **({'key': key} if key is not None else {}), **({'line': line} if line is not None else {}),
                'source': sid(repo, path), 'origin': origin})


# ---- Skyscanner/whispers tests/fixtures: one file per syntax, each with a compliant part (benign) and
# a noncompliant part (secrets), which is the label. Lines are taken one by one.
WH = 'Skyscanner/whispers'
SYNTAX = {'.env': 'env', '.ini': 'ini', '.cfg': 'ini', '.conf': 'ini', '.yml': 'yaml', '.json': 'json', '.xml': 'xml',
          '.config': 'xml', '.go': 'code-go', '.py': 'code-python', '.js': 'code-js', '.java': 'code-java', '.php': 'code-php',
          '.sh': 'shell', '.properties': 'properties', '.txt': 'prose', 'Dockerfile': 'dockerfile', '.npmrc': 'npmrc',
          '.pypirc': 'pypirc', '.dockercfg': 'docker-config', 'credentials': 'ini'}
# Kind and class of a noncompliant line, by file.
WH_FILES = {
    'settings.env': ('password-literal', 'password-in-config'), 'settings.ini': ('password-literal', 'password-in-config'),
    'settings.cfg': ('password-literal', 'password-in-config'),
    'apikeys.yml': ('password-literal', 'unprefixed-key'), 'apikeys.json': ('password-literal', 'unprefixed-key'),
    'apikeys.xml': ('password-literal', 'unprefixed-key'),
    'passwords.yml': ('password-literal', 'password-in-config'), 'passwords.json': ('password-literal', 'password-in-config'),
    'passwords.xml': ('password-literal', 'password-in-config'),
    'placeholders.yml': ('password-literal', 'password-in-config'), 'placeholders.json': ('password-literal', 'password-in-config'),
    'placeholders.xml': ('password-literal', 'password-in-config'),
    'hardcoded.yml': ('password-literal', 'password-in-config'), 'hardcoded.json': ('password-literal', 'password-in-config'),
    'hardcoded.xml': ('password-literal', 'password-in-config'),
    'uri.yml': ('url-credentials', 'password-in-url'), 'webhooks.yml': ('api-token', 'webhook-url'),
    'language.go': ('password-literal', 'password-in-code'), 'language.py': ('password-literal', 'password-in-code'),
    'language.js': ('password-literal', 'password-in-code'), 'language.java': ('password-literal', 'password-in-code'),
    'language.php': ('password-literal', 'password-in-code'), 'language.sh': ('password-literal', 'cmdline-credential'),
    '.npmrc': ('api-token', 'unprefixed-key'), '.pypirc': ('password-literal', 'password-in-config'),
    '.dockercfg': ('password-literal', 'docker-auth'), 'java.properties': ('password-literal', 'password-in-config'),
    'jdbc.xml': ('url-credentials', 'password-in-url'),
    'aws.yml': ('aws-secret-key', 'cloud-key'), 'aws.json': ('aws-secret-key', 'cloud-key'), 'aws.xml': ('aws-secret-key', 'cloud-key'),
    '.aws/credentials': ('aws-secret-key', 'cloud-key'),
    'privatekeys.yml': ('private-key', 'private-key'), 'privatekeys.json': ('private-key', 'private-key'),
    'privatekeys.xml': ('private-key', 'private-key'),
    'creditcards.yml': ('payment-card', 'card'), 'gitkeys.yml': ('github-token', 'vendor-token'),
    'falsepositive.yml': ('password-literal', 'password-in-config'),
    'connection.config': ('url-credentials', 'password-in-url'), 'pip.conf': ('url-credentials', 'password-in-url'),
    'jenkins.xml': ('password-literal', 'password-in-config'), 'beans.xml': ('password-literal', 'password-in-config'),
    'Dockerfile': ('password-literal', 'unprefixed-key'), 'plaintext.txt': ('url-credentials', 'password-in-url'),
}
# Lines of a file's noncompliant part that are not themselves secret (context lines the scanner
# reports on a neighbouring line): labelled benign. Lines that are only a fragment of a multi-line
# construct: skipped (the construct is taken whole below where it matters).
WH_BENIGN_IN_NONCOMPLIANT = {'login: admin', '<login>admin</login>', '"login": "admin",', 'repository: https://pypi.example.com',
                             'username: username', 'auth = True', 'auth = False', 'object ApiUser "root" {',
                             '<item key="ConnectionString1">', '"email": "whispers@localhost.localdomain"'}
WH_SKIP = re.compile(r'^(docker run -it \\|-e DRONE_ID=1 \\|image|curl -k -v \\|--proxy https://localhost:8080 \\|https://localhost|'
                     r'key: "\\|-----(BEGIN|END) RSA KEY-----.*|QyNTUxOQ.*|<key>.*</key>|<value>\s*|<info>.*|info: metadata|- key: .*|value: .*|'
                     r'"key": .*|"value": .*|"info": .*|driverName=.*|userTable=.*|userRoleTable=.*|<Realm .*|Description: .*|Type: String|'
                     r'Default: .*)$')
# Ambiguous by the source's own label (not a valid card number: 17 digits): left out.
WH_DROP = {'cc2: 52830000000000007'}


def wh_value(s):
    """The value of a key/value line: after the separator, unquoted; the whole line for commands."""
    m = re.match(r'^<([\w.:-]+)>(.*)</\1>$', s)
    if m:
        return m.group(2)
    m = re.match(r'^-?\s*"?[\w.\-/ ]+"?\s*[:=]\s*(.+?),?$', s)
    if m and not s.startswith(('curl', 'wget', 'docker', 'export', 'if ', 'os.', 'getenv', 'environ', 'login(', 'define(', 'creds', 'data')):
        v = m.group(1).strip()
        if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
            v = v[1:-1]
        return v
    q = re.findall(r'"([^"]*)"|\'([^\']*)\'', s)
    vals = [a or b for a, b in q if (a or b)]
    return vals[-1] if vals else s


def wh_clean(v):
    v = v.strip().rstrip('\\').strip().rstrip(';,').strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
        v = v[1:-1]
    return v.rstrip('"')


def wh_kind(f, s, kind, cls):
    """The AWS fixtures hold three kinds: an access key ID, a secret key and a session token."""
    if f.startswith(('aws', '.aws')):
        if re.search(r'aws_id|access_key_id', s):
            return 'aws-access-key-id', 'cloud-key'
        if re.search(r'token', s):
            return 'api-token', 'cloud-session-token'
    return kind, cls


def wh_file(f):
    path = f'tests/fixtures/{f}'
    text = show(WH, path)
    ext = next((e for e in SYNTAX if f.endswith(e)), None)
    syntax = SYNTAX[ext]
    kind, cls = WH_FILES[f]
    state = None
    lines = text.split('\n')
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        bare = re.sub(r'^<[^>]*>$|^\[[^\]]*\]$|^"?\w+"?\s*:\s*[\[{]\s*$|^\w+:$|^<!--.*-->$|^#.*$|^//.*$|^-+ \w+$', '', s)
        marker = re.search(r'(non|in)-?compliant|compliant', s, re.I) and bare == ''
        if marker:
            state = 'S' if re.search(r'(non|in)-?compliant', s, re.I) else 'B'
            continue
        if state is None or not s or bare == '' and not s.startswith('# export') or WH_SKIP.match(s) or s in WH_DROP:
            continue
        if not re.search(r'[A-Za-z0-9]', s) or re.fullmatch(r'</?[\w.:-]+>|[\[\]{}(),]+|[\w"]+:\s*[\[{]?|- \w+:?|\w+ *[{(]|\}\)?,?|\?>|<\?php', s):
            continue
        k2, c2 = wh_kind(f, s, kind, cls)
        label = 'benign' if state == 'B' or s in WH_BENIGN_IN_NONCOMPLIANT else k2
        cls2 = c2
        v = wh_clean(wh_value(s))
        if syntax == 'env':
            k, _, v = s.partition('=')
            add(WH, path, value=v, kind=label, cls=cls if label != 'benign' else 'lookalike', syntax='env', key=k,
                origin=f'{f}:{i}', text=text)
        else:
            add(WH, path, value=v, kind=label, cls=cls2 if label != 'benign' else 'lookalike', syntax=syntax, line=s,
                origin=f'{f}:{i}', text=text)
    return text


for f in WH_FILES:
    wh_file(f)
# Multi-line constructs of whispers taken whole: key/value pairs of the integration fixtures.
for f, syn in (('integration.yml', 'yaml'), ('integration.conf', 'xml')):
    path = f'tests/fixtures/{f}'
    text = show(WH, path)
    pairs = re.findall(r'(?:- key: (\S+)\n\s+value: (\S*))' if syn == 'yaml' else r'<key>([^<]+)</key>\n\s+<value>([^<]*)</value>', text)
    for k, v in pairs:
        if not v:
            continue
        label = 'password-literal' if v.startswith('hardcoded') else 'benign'
        line = f'- key: {k}\n  value: {v}' if syn == 'yaml' else f'<key>{k}</key>\n<value>{v}</value>'
        add(WH, path, value=v, kind=label, cls='password-in-config' if label != 'benign' else 'lookalike', syntax=syn,
            line=line, origin=f'{f} key {k}', text=text)

# ---- trufflesecurity/trufflehog pkg/detectors/*/*_test.go: each detector's pattern test names a
# value its rule must find (`validPattern = "..."` or `secret = "..."`), mostly vendor keys without
# a prefix, found by a keyword near them. The test input is `<keyword> token = '<value>'`; that is
# the context kept. A deterministic sample by hash of the path (not by label or detection) keeps the
# share of vendor keys near a third of the corpus.
TH = 'trufflesecurity/trufflehog'
TH_SPECIAL = {  # detectors whose class the issue names
    'telegrambottoken': ('api-token', 'chat-bot-token'), 'discordwebhook': ('api-token', 'webhook-url'),
    'microsoftteamswebhook': ('api-token', 'webhook-url'), 'slackwebhook': ('slack-token', 'webhook-url'),
    'zapierwebhook': ('api-token', 'webhook-url'), 'refreshtoken': ('api-token', 'entra-refresh-token'),
    'session_keys': ('api-token', 'cloud-session-token'),
}
files = [p for p in git(TH, 'ls-tree', '-r', '--name-only', 'HEAD', 'pkg/detectors').split('\n')
         if p.endswith('_test.go') and 'integration' not in p]
picked = 0
for p in sorted(files, key=lambda p: hashlib.sha256(p.encode()).hexdigest()):
    det = p.split('/')[-2]
    if det.startswith('v') and det[1:].isdigit():
        det = p.split('/')[-3]
    special = det in TH_SPECIAL
    if picked >= 230 and not special:
        continue
    text = show(TH, p)
    vals = re.findall(r'^\s*(?:validPattern|secret)\s*=\s*"([^"\n]+)"', text, re.M)
    if det == 'refreshtoken':
        vals = re.findall(r'want:\s*\[\]string\{"([0-9]\.A[^"]+)"\}', text)
    if det == 'session_keys':
        vals = [v for w in re.findall(r'want:\s*\[\]string\{"(ASIA[^"]+)"\}', text) for v in w.split(':')[2:3]]
    vals = [v for v in vals if ' ' not in v and len(v) >= 8 and not re.search(r'[xX]{8}|\*{4}|<|\{', v)]
    if not vals:
        continue
    v = vals[0]
    kind, cls = TH_SPECIAL.get(det, ('api-token', 'vendor-key-no-prefix'))
    if cls == 'vendor-key-no-prefix' and re.match(r'^[a-z]{2,8}[_-]', v):
        cls = 'vendor-key-prefixed'
    add(TH, p, value=v, kind=kind, cls=cls, syntax='assignment', line=f"{det} token = '{v}'", origin=f'{det} pattern test',
        text=text, line_in_text=False)
    picked += not special

json.dump({'note': 'Raw candidates of the outside-2026-12 corpus; see collect.py.', 'sources': sources, 'candidates': out},
          sys.stdout, indent=1, ensure_ascii=False)
