#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-01 corpus (issue 28, part 4: a second outside set,
# after outside-2026-12) from public projects' test data that none of the project's corpora draws on:
# corpus.json and independent.json use noseyparker, gitleaks, presidio (and presidio-research),
# scrubadub, redactum, detect-secrets and secretlint; outside-2026-12 uses Skyscanner/whispers,
# trufflehog, braintree/card-validator, philterd/phileas, python-phonenumbers (libphonenumber),
# pediatric-handoff-phi-remover, git-secrets and Azurite. None of those is read here.
# Values and their minimal key/label context only, never a copied file. Each candidate names its
# repository, path and commit (sources).
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-01/collect.py > test/corpus/outside-2027-01/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-01` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack; labels come from the sources' own test expectations
# (a rule's examples / negative examples, a test's valid / invalid lists, a test file that must give one
# finding per line or none), with the overrides listed below, each with its reason.
import hashlib, json, os, re, subprocess, sys

import yaml

M = '/work/.mirror'
LICENCES = {
    'mongodb/kingfisher': 'Apache-2.0',
    'sirwart/ripsecrets': 'MIT',
    'validatorjs/validator.js': 'MIT',
    'madisonmay/CommonRegex': 'MIT',
    'arthurdejong/python-stdnum': 'LGPL-2.1-or-later',
    'GEMINI-Medicine/pyDeid': 'MIT',
    'thoughtworks/talisman': 'MIT',
}
sources, out = {}, []
H = lambda s: hashlib.sha256(s.encode('utf-8')).hexdigest()


def git(repo, *a):
    return subprocess.run(['git', f'--git-dir={M}/{repo.replace("/", "+")}/repo', *a], capture_output=True, text=True).stdout


def show(repo, path):
    return git(repo, 'show', f'HEAD:{path}')


def sid(repo, path):
    s = f'{repo}:{path}'
    if s not in sources:
        sources[s] = {'repo': repo, 'path': path, 'commit': git(repo, 'rev-parse', 'HEAD').strip(), 'licence': LICENCES[repo]}
    return s


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


def syntax_of(line):
    """The syntax of a context line, by its shape (decides where the scorer places it)."""
    s = line.strip()
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


# ---- mongodb/kingfisher data/rules/*.yml: every rule lists `examples` its pattern must match and some
# list `negative_examples` it must not. A rule's value is its pattern's first capture group in the
# example (the whole match for URL rules, whose groups are only the scheme or port); the context is
# the example line that holds the value (the whole example when the value spans lines, a PEM key).
# (The value and its context are checked against the parsed example: YAML indents the file's text.)
# Labels: examples -> the rule's kind (below), negative examples -> benign, except
#  - rules for identifiers that are no secret on their own (client IDs, app IDs, domains, hosts,
#    usernames, account names, instance URLs): left out;
#  - an example value that is a placeholder by structure (is_placeholder): benign, class placeholder;
#  - a publishable key (`pk_`): benign, class publishable-key;
#  - a pattern Python's `re` cannot compile (Rust-only syntax): the rule is left out.
# Kinds: AWS access key ID / secret access key / session token; GitHub, Slack, Google API keys, JWTs,
# PEM private keys -> their kinds; URL and connection-string rules -> url-credentials; generic password
# rules -> password-literal; generic secret / API key rules and all vendor rules -> api-token.
# Sampling, so that one vendor family does not dominate: the generic, URL, connection-string, cloud and
# key rules' files (KF_ALL) are taken whole; of the other rule files, sorted by a hash of the path, the
# first KF_VENDOR_FILES, at most one example per rule and two per file.
KF = 'mongodb/kingfisher'
KF_ALL = {'generic.yml', 'uri.yml', 'odbc.yml', 'jdbc.yml', 'azurestorage.yml', 'azure.yml', 'aws.yml', 'pem.yml', 'jwt.yml',
          'slack.yml', 'github.yml', 'google.yml', 'mongodb.yml', 'postgres.yml', 'mysql.yml', 'rabbitmq.yml', 'redis.yml',
          'heroku.yml', 'jenkins.yml', 'react.yml', 'sonarqube.yml', 'twitter.yml', 'gcp.yml', 'artifactory.yml', 'npm.yml',
          'pypi.yml', 'docker.yml', 'telegram.yml', 'discord.yml', 'microsoftteams.yml'}
KF_VENDOR_FILES = 420
# Rules left out: weak_password.1's examples are bare common passwords (`qwerty456`) with no context at
# all, which no scanner of configuration can tell from a word.
KF_SKIP_RULES = {'kingfisher.weak_password.1'}
# Negative examples left out: twitter.2's are four key-shaped strings, a negative of that rule's shape only.
KF_NEG_SKIP = {'kingfisher.twitter.2'}
# Example values that are a run of the alphabet or of digits, or one character repeated (`1234567890abcdef...`,
# `ABCDEFGHIJKLMNOP...`): the rule's own illustration, neither a key nor a non-value the pack must know;
# left out.
KF_SEQUENCE = re.compile(r'0123456789|123456789|abcdefgh|ABCDEFGH|(.)\1{5}', re.I)
KF_NOT_SECRET = re.compile(r'(\bID|Client ID|Domain|Host|Org Name|Account Name|Username|Identifier|Instance URL|JFrog URL|Email|Name)$')


def kf_kind(name, rid, fname, value):
    n = name.lower()
    if fname == 'aws.yml' or n.startswith('aws '):
        if 'access key id' in n:
            return 'aws-access-key-id', 'cloud-key'
        if 'secret' in n:
            return 'aws-secret-key', 'cloud-key'
        if 'session' in n:
            return 'api-token', 'cloud-session-token'
    if 'connection string' in n and 'credentials' in n:
        return 'password-literal', 'password-in-connection-string'
    if ('private key' in n or fname == 'pem.yml') and ('BEGIN' in value or value.startswith('LS0tLS1')):
        return 'private-key', 'private-key'
    if 'json web token' in n or fname == 'jwt.yml':
        return 'jwt', 'jwt'
    if fname == 'github.yml' or n.startswith('github'):
        return 'github-token', 'vendor-token'
    if fname == 'slack.yml' or n.startswith('slack'):
        return 'slack-token', 'webhook-url' if 'webhook' in n else 'vendor-token'
    if value.startswith('AIza'):
        return 'google-api-key', 'vendor-token'
    if 'webhook' in n:
        return 'api-token', 'webhook-url'
    if 'connection string' in n:
        return 'url-credentials', 'connection-string'
    if re.search(r'\b(url|uri|jdbc|odbc)\b', n) or re.match(r'^[a-z][a-z0-9+.-]*://', value):
        return 'url-credentials', 'password-in-url-encoded' if re.search(r':[^@/]*%[0-9a-f]{2}[^@/]*@', value, re.I) else 'password-in-url'
    if 'password' in n:
        return 'password-literal', 'password-in-code'
    if 'session' in n or 'refresh token' in n:
        return 'api-token', 'cloud-session-token'
    if fname == 'generic.yml':
        return 'api-token', 'unprefixed-key'
    if 'bot' in n and re.fullmatch(r'\d+:[\w-]+', value):
        return 'api-token', 'chat-bot-token'
    return 'api-token', 'vendor-key-prefixed' if re.match(r'^[A-Za-z]{2,8}[_-]', value) else 'vendor-key-no-prefix'


def kf_value(rx, ex, url_rule, conn_rule=False):
    m = rx.search(ex)
    if not m:
        return None
    if url_rule or m.lastindex is None or conn_rule:
        return m.group(0)
    # The last capture group for user+password rules (the password), else the first non-empty one.
    groups = [g for g in m.groups() if g]
    if not groups:
        return m.group(0)
    return groups[-1] if re.search(r'user', rx.pattern, re.I) and len(groups) > 1 else groups[0]


def kf_context(ex, v):
    ex = ex.rstrip('\n')
    if '\n' in v:
        return ex
    ls = [l for l in ex.split('\n') if v in l]
    return ls[0].strip() if ls else ex


files = sorted(p for p in git(KF, 'ls-tree', '-r', '--name-only', 'HEAD', 'data/rules').split('\n') if p.endswith('.yml'))
vendor = [p for p in sorted(files, key=H) if p.split('/')[-1] not in KF_ALL][:KF_VENDOR_FILES]
for p in files:
    fname = p.split('/')[-1]
    if fname not in KF_ALL and p not in vendor:
        continue
    text = show(KF, p)
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError:
        continue
    taken_file = 0
    for r in doc.get('rules') or []:
        name, rid = r.get('name', ''), r.get('id', '')
        if KF_NOT_SECRET.search(name) and name != 'AWS Access Key ID' or rid in KF_SKIP_RULES:
            continue
        try:
            rx = re.compile(r['pattern'])
        except (re.error, KeyError):
            continue
        url_rule = bool(re.search(r'\b(url|uri)\b', name, re.I)) and 'webhook' not in name.lower()
        exs = [e for e in (r.get('examples') or []) if isinstance(e, str)]
        if fname not in KF_ALL:
            exs = sorted(exs, key=lambda e: H(p + e))[:1]
            if taken_file >= 2:
                exs = []
        for i, ex in enumerate(exs):
            v = kf_value(rx, ex, url_rule, 'connection string' in name.lower() and 'credentials' not in name.lower())
            if v is None or len(v.strip()) < 4:
                continue
            v = v.strip().strip('"\'')
            # A password captured inside a URL's user info: the value is the URL (a URL credential).
            u = re.search(r'[a-z][a-z0-9+.-]*://[^\s/@:]+:' + re.escape(v) + r'@[^\s\'"]*', ex)
            if u and not url_rule:
                v = u.group(0)
            if KF_SEQUENCE.search(v):
                continue
            kind, cls = kf_kind(name, rid, fname, v)
            if '\n' in v and kind != 'private-key':
                continue  # a whole credentials document (GCP service account JSON): not one value
            pw = re.search(r'://[^/@\s:]+:([^/@\s]+)@', v) if kind == 'url-credentials' else None
            if is_placeholder(v) or (pw is not None and is_placeholder(pw.group(1))):
                kind, cls = 'benign', 'placeholder'
            elif v.startswith('pk_'):
                kind, cls = 'benign', 'publishable-key'
            place(KF, p, v, kind, cls, kf_context(ex, v), f'{rid} example {i + 1}', ex)
            taken_file += 1
        for i, ex in enumerate(r.get('negative_examples') or []):
            if not isinstance(ex, str) or rid in KF_NEG_SKIP:
                continue
            # Each line of a negative example that names a credential or holds a long token is one benign
            # value (the line itself), except a line with a quoted literal password that is no placeholder
            # (`server->password = "busybox@"`: a negative of that rule only, not a non-value).
            for l in dict.fromkeys(x.strip() for x in ex.split('\n')):
                if len(l) < 6 or not (re.search(r'pass|secret|key|token|pwd|user|login|auth', l, re.I) or re.search(r'[A-Za-z0-9]{20}', l)):
                    continue
                q = re.search(r'pass\w*"?\s*=\s*"([^"]+)"', l, re.I)
                if q and not is_placeholder(q.group(1)):
                    continue
                place(KF, p, l, 'benign', 'negative-example', l, f'{rid} negative example {i + 1}', ex)

# ---- sirwart/ripsecrets test/: the files of test/one_per_line must give exactly one finding per line,
# those of test/one_per_file one per file, test/none none (src/lib.rs tests). Lines of one_per_line ->
# the file's kind; test/none lines -> benign, except the two lines that hold a real-looking secret and
# are silenced only by an allowlist comment or .secretsignore (left out: they are not look-alikes).
# Override: one_per_line lines whose secret is all x (Twilio, Slack webhook, npm) or a URL whose user
# and password are the words USERNAME / PASSWORD are placeholders by structure -> left out (ripsecrets
# counts them, the pack is asked to treat them as non-values: neither label is clean).
RS = 'sirwart/ripsecrets'
RS_KIND = {'aws': ('aws-secret-key', 'cloud-key'), 'azure': ('api-token', 'cloud-key'), 'gcp': ('google-api-key', 'vendor-token'),
           'github': ('github-token', 'vendor-token'), 'gitlab': ('api-token', 'vendor-key-prefixed'), 'jwt': ('jwt', 'jwt'),
           'maven': ('password-literal', 'password-in-config'), 'npm': ('api-token', 'npm-token'), 'random': ('api-token', 'unprefixed-key'),
           'slack': ('slack-token', 'vendor-token'), 'url': ('url-credentials', 'password-in-url'), 'age': ('private-key', 'private-key'),
           'intra42': ('api-token', 'vendor-key-prefixed'), 'mailchimp': ('api-token', 'vendor-key-no-prefix'),
           'sendgrid': ('api-token', 'vendor-key-prefixed'), 'square': ('api-token', 'vendor-key-prefixed'),
           'stripe': ('api-token', 'vendor-key-prefixed'), 'twilio': ('api-token', 'vendor-key-prefixed')}
for p in sorted(git(RS, 'ls-tree', '-r', '--name-only', 'HEAD', 'test').split('\n')):
    if not p.startswith('test/one_per_line/'):
        continue
    f = p.split('/')[-1]
    kind, cls = RS_KIND[f]
    text = show(RS, p)
    for i, l in enumerate(text.split('\n'), 1):
        s = l.strip()
        if not s or re.search(r'x{12}', s) or 'USERNAME:PASSWORD' in s:
            continue
        m = re.match(r'''^(?:export\s+)?\[?['"]?[\w.]+['"]?\]?\s*(?::=|=|:)\s*['"]?(.+?)['"]?$''', s)
        m2 = re.match(r'^<(\w+)>(.*)</\1>$', s)
        v = m2.group(2) if m2 else m.group(1) if m and not s.startswith(('http', 'mysql', '//')) else s
        v = v.rstrip(',').strip('"\'')
        if f == 'npm' and '_authToken=' in s:
            v = s.split('_authToken=', 1)[1]
        if v == s:
            add(RS, p, value=v, kind=kind, cls=cls, syntax='prose', line=s, origin=f'one_per_line/{f}:{i}', text=text)
        else:
            place(RS, p, v, kind, cls, s, f'one_per_line/{f}:{i}', text)
p = 'test/none'
text = show(RS, p)
for i, l in enumerate(text.split('\n'), 1):
    s = l.strip()
    if not s or 'pragma: allowlist' in s or 'secretsignore' in s:
        continue
    m = re.search(r'''(?:=|:)\s*['"]?([^'"\s]+)['"]?\s*$''', s)
    v = s if s.startswith(('-----', 'http', 'postgresql', 'return', 'WITH', 'req.')) or not m else m.group(1)
    if v == s:
        add(RS, p, value=v, kind='benign', cls='lookalike', syntax='prose', line=s, origin=f'none:{i}', text=text)
    else:
        place(RS, p, v, 'benign', 'lookalike', s, f'none:{i}', text)
for f, kind in (('pem_key', 'private-key'), ('private_key', 'private-key')):
    p = f'test/one_per_file/{f}'
    text = show(RS, p)
    m = re.search(r'-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----', text, re.S)
    add(RS, p, value=m.group(0), kind=kind, cls='private-key', syntax='shell', line=m.group(0), origin=f'one_per_file/{f}', text=text)
p = 'test/one_per_file/aws_json'
text = show(RS, p)
for k, v in re.findall(r'"(\w+)":\s*"([^"]+)"', text):
    if re.search(r'secret', k, re.I):
        add(RS, p, value=v, kind='aws-secret-key', cls='cloud-key', syntax='json', line=f'"{k}": "{v}"', origin='one_per_file/aws_json', text=text)

# ---- validatorjs/validator.js test/validators.test.js: each validator's `valid` and `invalid` lists.
#  - isCreditCard (every block): valid -> payment-card (class by length); invalid strings of 12-19
#    digits, spaces or dashes -> benign (wrong check digit / no network);
#  - isEmail (the first, default-options block): valid -> email-address; invalid ones that hold an `@`
#    -> benign; values built in JavaScript (`${...}`) or with non-ASCII characters are left out;
#  - isMobilePhone for the locales VJ_LOCALES: valid -> phone-number (class phone-international with
#    a leading + or 00, else phone-national); invalid numbers of 7+ digits -> benign; a sample of at most
#    VJ_PHONE_CAP valid and VJ_PHONE_CAP invalid per locale, by a hash of the value;
#  - isJWT: valid -> jwt; invalid with two dots -> benign.
VJ = 'validatorjs/validator.js'
p = 'test/validators.test.js'
text = show(VJ, p)
VJ_LOCALES = ['en-US', 'en-CA', 'en-GB', 'en-AU', 'en-IN', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'it-IT', 'nl-NL', 'en-NZ', 'en-IE', 'en-ZA', 'en-SG', 'es-MX', 'ja-JP', 'pl-PL', 'sv-SE']
VJ_PHONE_CAP = 7


def js_list(block, name):
    m = re.search(name + r':\s*\[(.*?)\n\s*\]', block, re.S)
    if not m:
        return []
    body = re.sub(r'//[^\n]*', '', m.group(1))
    return [a if a is not None else b for a, b in re.findall(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", body) if '`' not in a + b]


def vj_blocks(validator):
    for m in re.finditer(r"validator:\s*'" + validator + r"',(.*?)\n\s*\}\);", text, re.S):
        yield m.group(1)


seen = set()
for b in vj_blocks('isCreditCard'):
    for v in js_list(b, 'valid'):
        d = re.sub(r'\D', '', v)
        if (v, 1) in seen or not re.fullmatch(r'[\d \-]+', v):
            continue
        seen.add((v, 1))
        add(VJ, p, value=v, kind='payment-card', cls=f'card-{len(d)}', syntax='prose', line=v, origin='isCreditCard valid', text=text)
    for v in js_list(b, 'invalid'):
        d = re.sub(r'\D', '', v)
        if (v, 0) in seen or not re.fullmatch(r'[\d \-]+', v) or not 12 <= len(d) <= 19:
            continue
        seen.add((v, 0))
        add(VJ, p, value=v, kind='benign', cls='card-lookalike', syntax='prose', line=v, origin='isCreditCard invalid', text=text)
b = next(vj_blocks('isEmail'))
for v in js_list(b, 'valid'):
    if v.isascii() and '\\' not in v:
        add(VJ, p, value=v, kind='email-address', cls='email', syntax='prose', line=v, origin='isEmail valid', text=text)
for v in js_list(b, 'invalid'):
    if v.isascii() and '@' in v and '\\' not in v:
        add(VJ, p, value=v, kind='benign', cls='email-lookalike', syntax='prose', line=v, origin='isEmail invalid', text=text)
for m in re.finditer(r"\{\s*locale:\s*'([\w-]+)',\s*valid:\s*\[(.*?)\],\s*invalid:\s*\[(.*?)\],?\s*\}", text, re.S):
    loc = m.group(1)
    if loc not in VJ_LOCALES:
        continue
    valid = [x for x in js_list('valid: [' + m.group(2) + '\n]', 'valid')]
    invalid = [x for x in js_list('invalid: [' + m.group(3) + '\n]', 'invalid') if len(re.sub(r'\D', '', x)) >= 7]
    for v in sorted(valid, key=lambda x: H(loc + x))[:VJ_PHONE_CAP]:
        add(VJ, p, value=v, kind='phone-number', cls='phone-international' if v.startswith(('+', '00')) else 'phone-national',
            syntax='prose', line=v, origin=f'isMobilePhone {loc} valid', text=text)
    for v in sorted(invalid, key=lambda x: H(loc + x))[:VJ_PHONE_CAP]:
        add(VJ, p, value=v, kind='benign', cls='phone-lookalike', syntax='prose', line=v, origin=f'isMobilePhone {loc} invalid', text=text)
for b in vj_blocks('isJWT'):
    for v in js_list(b, 'valid'):
        add(VJ, p, value=v, kind='jwt', cls='jwt', syntax='prose', line=v, origin='isJWT valid', text=text)
    for v in js_list(b, 'invalid'):
        if v.count('.') == 2 and len(v) > 20:
            add(VJ, p, value=v, kind='benign', cls='jwt-lookalike', syntax='prose', line=v, origin='isJWT invalid', text=text)
    break

# ---- madisonmay/CommonRegex test.py: `matching` lists -> the kind of the test (phones, phones with
# extensions, e-mails, street addresses, SSNs), `non_matching` lists of those tests -> benign. The
# credit-card test's matching values (all zeros, 0123456789...) are no card numbers: left out.
CR = 'madisonmay/CommonRegex'
p = 'test.py'
text = show(CR, p)
CR_KIND = {'TestPhones': ('phone-number', 'phone-national'), 'TestPhonesWithExts': ('phone-number', 'phone-extension'),
           'TestEmails': ('email-address', 'email'), 'TestStreetAddresses': ('street-address', 'street-address'),
           'TestSSN': ('us-ssn', 'ssn')}
for cm in re.finditer(r'class (\w+)\(RegexTestCase\):(.*?)(?=\nclass |\nif __name__)', text, re.S):
    if cm.group(1) not in CR_KIND:
        continue
    kind, cls = CR_KIND[cm.group(1)]
    for lst, lab in (('matching', kind), ('non_matching', 'benign')):
        mm = re.search(r'\n\s*' + lst + r' = \[(.*?)\]', cm.group(2), re.S)
        if not mm:
            continue
        for v in re.findall(r'"([^"]*)"', mm.group(1)):
            c2 = cls if lab != 'benign' else cls.split('-')[0] + '-lookalike'
            if kind == 'phone-number' and lab != 'benign' and v.startswith(('+', '(+')):
                c2 = 'phone-international'
            add(CR, p, value=v.strip(), kind=lab, cls=c2, syntax='prose', line=v.strip(), origin=f'{cm.group(1)} {lst}', text=text)

# ---- arthurdejong/python-stdnum stdnum/us/ssn.py doctests: `validate(...)` that returns -> us-ssn,
# that raises (wrong area, blacklisted, misplaced dash) -> benign.
SN = 'arthurdejong/python-stdnum'
p = 'stdnum/us/ssn.py'
text = show(SN, p)
for v, nxt in re.findall(r">>> validate\('([^']+)'\)[^\n]*\n([^\n]*)", text):
    ok = not nxt.startswith('Traceback')
    add(SN, p, value=v, kind='us-ssn' if ok else 'benign', cls='ssn' if ok else 'ssn-lookalike', syntax='prose', line=v,
        origin=f'ssn doctest {"valid" if ok else "invalid"}', text=text)

# ---- GEMINI-Medicine/pyDeid tests: tests/ground_truth.csv labels the PHI of tests/test.csv (the test
# asserts precision and recall 1): the `i` (identifier) span after "mrn:" -> mrn, `d` date spans ->
# benign here (release / lab dates, not a birth date), `l` street spans -> street-address.
# tests/mll.csv lists the MRN of the tutorial patient, whose note (tests/basic_usage_tutorial.csv)
# labels it "Patient ID:" and a "Date of Birth:" -> mrn and date-of-birth.
PD = 'GEMINI-Medicine/pyDeid'
p = 'tests/test.csv'
text = show(PD, p)
gt = show(PD, 'tests/ground_truth.csv')
for m in re.finditer(r'^\d+,Record \d+,("[^"]+"|[^,]+),\d+,\d+,([dli])$', gt, re.M):
    v = m.group(1).strip('"')
    line = next((l for l in text.split('\n') if v in l), None)
    if line is None:
        continue
    ctx = re.sub(r'^\d+,Record \d+,"?', '', line).rstrip('"').strip()
    kind, cls = {'i': ('mrn', 'mrn'), 'd': ('benign', 'date-lookalike'), 'l': ('street-address', 'street-address')}[m.group(2)]
    if m.group(2) == 'l' and not re.match(r'\d', v):
        continue  # a city or postal code alone
    add(PD, p, value=v, kind=kind, cls=cls, syntax='prose', line=ctx, origin=f'ground_truth.csv {m.group(2)} span', text=text)
p = 'tests/basic_usage_tutorial.csv'
text = show(PD, p)
mrn = re.search(r'^1,John,Doe,(\w+)$', show(PD, 'tests/mll.csv'), re.M).group(1)
m = re.search(r'Patient ID: (\w+)', text)
assert m.group(1) == mrn
add(PD, p, value=mrn, kind='mrn', cls='mrn', syntax='prose', line=f'Patient ID: {mrn}', origin='tutorial note (MRN in tests/mll.csv)', text=text)
m = re.search(r'Date of Birth: ([\d/]+)', text)
add(PD, p, value=m.group(1), kind='date-of-birth', cls='dob', syntax='prose', line=m.group(0), origin='tutorial note', text=text)

# ---- thoughtworks/talisman detector/filecontent/filecontent_credit_card_detector_test.go: a number the
# card check returns -> payment-card, one it returns "" for -> benign.
TL = 'thoughtworks/talisman'
p = 'detector/filecontent/filecontent_credit_card_detector_test.go'
text = show(TL, p)
for want, v in re.findall(r'assert\.Equal\(t, "(\d*)", NewCreditCardDetector\(\)\.checkCreditCardNumber\("(\d+)"\)\)', text):
    ok = want == v
    add(TL, p, value=v, kind='payment-card' if ok else 'benign', cls=f'card-{len(v)}' if ok else 'card-lookalike', syntax='prose',
        line=v, origin=f'checkCreditCardNumber {"found" if ok else "rejected"}', text=text)

# Values the project's other corpora already hold (corpus.json, independent.json and outside-2026-12)
# are left out, so that nothing here was seen while the detectors were tuned: a value, or a token of
# 10+ characters of one of theirs, equal to the candidate. Kingfisher's rule examples descend in part
# from Nosey Parker's, which corpus.json draws on: those shared examples go here.
HERE = os.path.dirname(os.path.abspath(__file__))
known = set()
ind = json.load(open(os.path.join(HERE, '..', 'independent.json')))['entries']
reg = json.load(open(os.path.join(HERE, '..', 'corpus.json')))
o26 = json.load(open(os.path.join(HERE, '..', 'outside-2026-12', 'candidates.json')))['candidates']
for v in [e['value'] for e in ind] + [e['value'] for e in reg['benign'] + reg['sensitive']] + [c['value'] for c in o26]:
    known.add(v)
    known.update(re.findall(r'[A-Za-z0-9+/=_.:@-]{10,}', v))
before = len(out)
out = [c for c in out if c['value'] not in known and c['value'].strip() not in known]
print(f'left out {before - len(out)} values the other corpora hold', file=sys.stderr)
sources = {k: v for k, v in sources.items() if any(c['source'] == k for c in out)}

json.dump({'note': 'Raw candidates of the outside-2027-01 corpus; see collect.py.', 'sources': sources, 'candidates': out},
          sys.stdout, indent=1, ensure_ascii=False)
