#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-06 corpus (issue 28: a seventh outside set, focused on credentials,
# after outside-2026-12 to outside-2027-05) from public projects' test data that none of the project's corpora draws on:
# corpus.json and independent.json use noseyparker, gitleaks, presidio (and presidio-research), scrubadub, redactum,
# detect-secrets and secretlint; outside-2026-12 Skyscanner/whispers, trufflehog, braintree/card-validator,
# philterd/phileas, python-phonenumbers (libphonenumber), pediatric-handoff-phi-remover, git-secrets and Azurite;
# outside-2027-01 mongodb/kingfisher, sirwart/ripsecrets, validator.js, CommonRegex, python-stdnum, talisman and pyDeid;
# outside-2027-02 Checkmarx/2ms, trivy, go-playground/validator, govalidator, commons-validator and susom/tide;
# outside-2027-03 SonarSource/sonar-text, DataDog/datadog-agent, ZupIT/horusec, securego/gosec and bridgecrewio/checkov;
# outside-2027-04 advanced-security/secret-scanning-custom-patterns, PaperMtn/watchman-signatures,
# americanexpress/earlybird, GitGuardian/ggshield and protectai/llm-guard; outside-2027-05 microsoft/Recognizers-Text,
# bigscience-workshop/data_tooling, protectai/llm-guard and velum-labs/firewall. None of those is read here.
# Values and their minimal key/label context only, never a copied file. Each candidate names its repository, path and
# commit (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-06/collect.py > test/corpus/outside-2027-06/candidates.json
# then `npx ts-node --transpile-only test/corpus/build-outside.ts --set outside-2027-06` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack; labels come from the source's own test expectations (the findings
# CredSweeper's test suite expects on its sample files, with and without its filters and ML validation), with the
# overrides listed below, each with its reason.
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import is_placeholder, known_values, mirror_git, syntax_of, source_id  # noqa: E402

LICENCES = {
    'Samsung/CredSweeper': 'MIT',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'Samsung/CredSweeper': '1ed2ca5cdd480667b938024464a37589b9af8564',
}
sources, out = {}, []


def show(repo, path):
    return mirror_git(repo, 'show', f'{PIN[repo]}:{path}', check=False)


def sid(repo, path):
    return source_id(sources, repo, path, PIN[repo], LICENCES[repo])


def add(repo, path, *, value, kind, syntax, cls, line=None, key=None, origin=''):
    out.append({'value': value, 'kind': kind, 'class': cls, 'syntax': syntax,
                **({'key': key} if key is not None else {}), **({'line': line} if line is not None else {}),
                'source': sid(repo, path), 'origin': origin})


def place(repo, path, value, kind, cls, line, origin):
    """Adds a value in the context it came in: an env line `KEY=value` becomes an environment variable."""
    assert value in line, (path, value)
    syn = syntax_of(line)
    if syn == 'env':
        k, _, v = line.strip().partition('=')
        if v == value:
            add(repo, path, value=value, kind=kind, cls=cls, syntax='env', key=k, origin=origin)
            return
        syn = 'assignment'
    add(repo, path, value=value, kind=kind, cls=cls, syntax=syn, line=line, origin=origin)


# Values the project's other corpora already hold (corpus.json, independent.json and the six earlier outside sets) are
# left out, so that nothing here was seen while the detectors were tuned: a value, or a token of 10+ characters of one
# of theirs, equal to the candidate.
HERE = os.path.dirname(os.path.abspath(__file__))
known = known_values(os.path.join(HERE, '..'), ('outside-2026-12', 'outside-2027-01', 'outside-2027-02', 'outside-2027-03',
                                                 'outside-2027-04', 'outside-2027-05'))


def is_known(v):
    return v in known or v.strip() in known


# ---- Overrides common to the earlier sets (outside-2027-04's rules): placeholders by structure, the filler words
# examples use for "any value", format illustrations (runs, sequences, repeated groups, one character making three
# fifths of 12+ letters and digits; not applied to URLs and query strings), PEM armour around no key, and AWS's
# documentation keys (`…EXAMPLE…`) -> benign.
FILLER = {'foobar', 'foo', 'bar', 'changeme', 'pass', 'password', 'secret'}
FILLER_SHAPE = re.compile(r'^(?:(.)\1+|(?:0123456789abcdef)+[0-9a-f]{0,15}|0+1?0*|1234567890abcdef\w*)$', re.I)
SEQUENCE = re.compile(r'0123456789|123456789|abcdefgh|ABCDEFGH|(.)\1{5}|(..+?)\2{4}', re.I)


def placeholder(v):
    s = v.strip().strip('"\'')
    return is_placeholder(s) or s.lower() in FILLER or re.fullmatch(r'[*xX]{3,}|\*+', s) is not None


def filler(v):
    al = re.sub(r'[^A-Za-z0-9]', '', v)
    if '://' in v or '&' in v:
        return FILLER_SHAPE.match(v) is not None
    return (FILLER_SHAPE.match(v) is not None or SEQUENCE.search(v) is not None or SEQUENCE.search(al) is not None
            or (len(al) >= 12 and max(al.count(c) for c in set(al)) * 5 >= len(al) * 3))


def pem_placeholder(v):
    """PEM armour around no key: a body under 40 characters, of fewer than 10 distinct characters, one character
    repeated, or of digits only (no base64 of a key is)."""
    m = re.search(r'PRIVATE KEY(?: BLOCK)?-*(.*?)-*(?:-----)?END', v, re.S)
    body = re.sub(r'\\[nr]|\s', '', m.group(1)) if m else ''
    return len(body) < 40 or FILLER_SHAPE.match(body) is not None or len(set(body)) < 10 or body.isdigit()


def documented(v):
    """AWS's documentation keys and values that say they are examples."""
    return 'EXAMPLE' in v.upper()


# ---- Samsung/CredSweeper (MIT) at 1ed2ca5: tests/samples/* are sample files of credentials in many syntaxes, and
# tests/data/*.json the scanner's expected findings on them (the test suite compares a scan's report with these): per
# finding the rule, its ML probability and, per line, the file, line number, line, variable and value.
#   output.json            default scan, with the filters and the ML validation (what the tool reports)
#   no_ml.json             the same without the ML validation
#   no_filters_no_ml.json  without filters and ML: every candidate the rules match
#   depth_3_pedantic.json  with the ML validation, scanning inside archives, documents and encoded data
#   doc.json               the documentation scan mode (`--doc`) with the ML validation
# Labelling rule (the source's own expectations):
# - A value a validated expectation keeps (output.json, depth_3_pedantic.json, doc.json) -> a credential, of the kind
#   its rule names (CS_KIND), else by its shape and its variable's name (kind_of).
# - A value none of the three keeps and the filters already drop (in no_filters_no_ml.json, not in no_ml.json) ->
#   benign only when clean: the scanner's sample marks it negative (the file's name: `*_n`, `*_fp`, `*_f`,
#   `false_positive`, `password_FALSE`, `pass_filtered`, `.n.`; or its line: `FP`, `NEGATIVE`, `not detected`,
#   `filtered`, `should_not_be_found`, `there-are-not`, `not the …`), or it is a placeholder, filler, a documented
#   example, an encrypted value (`ENC(…)`), a reference or a call. Otherwise left out (the filters drop real values too,
#   and such a value's label would be the filter's opinion).
# - A value only the ML validation drops (in no_ml.json, not in output.json) -> left out (the model's score, not a
#   sample's expectation; many are the passwords of the documentation samples).
# - A value an expectation keeps in a sample the file's name marks negative -> left out (the two disagree).
# - Every line of a negative-marked sample that no expectation reports -> benign (class negative-example), the value
#   being the line, when clean (it assigns no value that is not a placeholder to a secret-like name) and it holds a
#   look-alike token (8+ letters, digits and `+/=_-`).
# Overrides: rules that find no credential (UUIDs, salts, nonces, S3 bucket and Firebase host names, WeChat app ids,
# PKCS#12 files), Google OAuth client ids (`….apps.googleusercontent.com`) and Salesforce org ids (`00D…` of 15 or 18
# characters: an identifier, not a secret) left out; a JWK's `kty` left out; Stripe publishable keys (`pk_`) -> benign
# (class publishable: published by design); placeholders, filler and documented examples -> benign; the overrides common
# to the earlier sets (above). Multi-line values other than private keys left out; a private key is the lines of its
# finding joined.
CS = 'Samsung/CredSweeper'
SKIP_RULES = {'UUID', 'Salt', 'Nonce', 'AWS S3 Bucket', 'Firebase Domain', 'Tencent WeChat API App ID', 'PKCS without password',
              'PKCS', 'Certificate'}
CS_KIND = [
    (r'^(PEM Private Key|BASE64 encoded PEM Private Key|BASE64 Private Key|JSON Web Key)$', 'private-key', 'private-key'),
    (r'^(Age Secret Key|NKEY Seed)$', 'private-key', 'private-key-non-pem'),
    (r'^(AWS Client ID)$', 'aws-access-key-id', 'cloud-key'),
    (r'^Github ', 'github-token', 'vendor-token'),
    (r'^Slack Token$', 'slack-token', 'vendor-token'),
    (r'^Slack Webhook$', 'slack-token', 'webhook-url'),
    (r'^Google API Key$', 'google-api-key', 'vendor-token'),
    (r'^(JSON Web Token|Azure Access Token)$', 'jwt', 'jwt'),
    (r'^URL Credentials$', 'url-credentials', 'password-in-url'),
    (r'^(SQL Password|CMD Password|CMD ConvertTo-SecureString|CURL User Password|Basic Authorization)$', 'password-literal', 'password-in-code'),
    (r'^(Telegram Bot API Token|Discord Bot Token)$', 'api-token', 'chat-bot-token'),
    (r'^Discord Webhook$', 'api-token', 'webhook-url'),
]
GENERIC_RULES = {'Password', 'Key', 'Secret', 'Token', 'Auth', 'Credential', 'API', 'CMD Token', 'CMD Secret', 'Bearer Authorization',
                 'CURL Options', 'DOC_CREDENTIALS', 'PASSWD_PAIR', 'ID_PAIR_PASSWD_PAIR', 'SECRET_PAIR', 'ID_PASSWD_PAIR',
                 'IP_ID_PASSWORD_TRIPLE', 'AWS Multi', 'Google Multi', 'JWK', 'OTP / 2FA Secret'}
PASSWORD_RULES = {'PASSWD_PAIR', 'ID_PAIR_PASSWD_PAIR', 'ID_PASSWD_PAIR', 'IP_ID_PASSWORD_TRIPLE'}
PASSWORD_NAME = re.compile(r'(?i)pass(?!port)|pwd|passwd|pword|\bpw\b|userpwd|비번|비밀번호|암호|패스워드')  # Korean: the doc samples' password labels
NEG_FILE = re.compile(r'(_n|_fp|_f|false_positive|_FALSE|pass_filtered)$|\.n\.|_n\.template$')
NEG_LINE = re.compile(r'\bFP\b|NEGATIVE|[Nn]egative|not detected|filtered|should_not_be_found|should (?:not be|be not) found|there-are-not|not the \w+ you|[Ff]alse')
NOT_A_VALUE = re.compile(r'\w\(|\[\]byte\{|^(?:0x[0-9a-fA-F]+|\d+),\s*(?:0x[0-9a-fA-F]+|\d+)')


def value_of(v):
    """The finding's value without the quoting and punctuation its span caught (`("…`, `…",`, a closing bracket
    without its opening one, a full stop or comma at the end)."""
    v = v.strip()
    v = re.sub(r'^\(?["\']', '', v) if re.match(r'^\(?["\']', v) and not re.search(r'["\']$', v) else v
    while v and (v[-1] in ',.;"\'\\' or v[-1] == ')' and v.count('(') < v.count(')')):
        v = v[:-1]
    return v


SECRET_ASSIGN = re.compile(r'''(?i)(key|token|secret|passw\w*|pwd|credential)\w*["']?\s*(?::=|=>|[:=])\s*["']?([^\s"']{4,})''')


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
    if re.search(r'(?i)aws.?secret|secret.?access.?key', name) and re.fullmatch(r'[A-Za-z0-9/+]{40}', v):
        return 'aws-secret-key', 'cloud-key'
    if PASSWORD_NAME.search(name):
        return 'password-literal', 'password-in-code'
    return 'api-token', 'vendor-key-prefixed' if re.match(r'^[A-Za-z0-9]{2,10}[_-]', v) else 'unprefixed-key'


def label(rule, value, variable, line):
    """(kind, class) of a value an expectation keeps, or None to leave it out."""
    if rule in SKIP_RULES or rule.startswith('JKS'):
        return None
    if value.endswith('.apps.googleusercontent.com') or (rule.startswith('Salesforce') and re.fullmatch(r'00D\w{12,15}', value)):
        return None
    if NOT_A_VALUE.search(value) or re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', value):
        return None  # the finding's span is a call, a list of numbers or an e-mail address (a parse of the rule), not a value
    if rule == 'JWK' and ('kty' in value or variable == 'kty'):
        return None
    if value.startswith('<') and re.search(re.escape(value) + r'[^<>\n]{0,40}>', line):
        return None  # a placeholder (`<PostgreSQL PW>`) the rule's span cut at its space
    if 'PRIVATE KEY' in value and pem_placeholder(value):
        return 'benign', 'placeholder'
    if documented(value):
        return ('benign', 'placeholder') if clean_line(line) else None
    if re.match(r'pk_(live|test)_', value):
        return 'benign', 'publishable'
    if placeholder(value):
        return ('benign', 'placeholder') if clean_line(line) else None
    if filler(value) and 'PRIVATE KEY' not in value and rule not in ('JSON Web Key', 'BASE64 Private Key', 'BASE64 encoded PEM Private Key'):
        return 'benign', 'filler'
    um = re.search(r'://[^/\s:@]*:' + re.escape(value) + '@', line)
    for rx, kind, cls in CS_KIND:
        if re.search(rx, rule):
            if kind == 'password-literal' and um:
                return 'url-credentials', 'password-in-url'
            return kind, cls
    if rule == 'JWK':
        return ('private-key', 'private-key') if variable == 'd' else ('api-token', 'unprefixed-key')
    if rule in GENERIC_RULES:
        if um:
            return 'url-credentials', 'password-in-url'
        k, c = kind_of(value, (variable or '') + (' password' if rule in PASSWORD_RULES or rule == 'Password' and not variable else ''))
        if rule == 'Password' and k == 'api-token':
            k, c = 'password-literal', 'password-in-code'
        if rule == 'AWS Multi' and k == 'api-token' and re.fullmatch(r'[A-Za-z0-9/+]{40}', value):
            k, c = 'aws-secret-key', 'cloud-key'
        return k, c
    # Every other rule names a vendor's token.
    k, c = kind_of(value, '')
    if k == 'api-token':
        c = 'vendor-key-prefixed' if re.match(r'^[A-Za-z0-9]{2,10}[_-]', value) else 'vendor-token-unprefixed'
    return k, c


def context(value, line):
    """The minimal context: the line, stripped; a line over 240 characters is cut to the value with 80 before and
    40 after it, at word boundaries."""
    s = line.strip()
    if len(s) <= 240 or '\n' in value:
        return s
    i = s.find(value)
    a, b = max(0, i - 80), min(len(s), i + len(value) + 40)
    while a > 0 and not s[a - 1].isspace() and a > i - 120:
        a -= 1
    while b < len(s) and not s[b].isspace() and b < i + len(value) + 80:
        b += 1
    return s[a:b].strip()


def findings(name):
    """(path, line_num, rule, variable, value, line) of every line of every finding of an expectation file; a
    private key's lines joined into one value; of an id / password pair, the password only."""
    res = []
    for f in json.loads(show(CS, f'tests/data/{name}')):
        lds = f['line_data_list']
        if f['rule'] in ('PEM Private Key',) and len(lds) > 1:
            v = '\n'.join(ld['value'] for ld in lds)
            res.append((lds[0]['path'], lds[0]['line_num'], f['rule'], None, v, v))
            continue
        for ld in lds:
            if f['rule'] in PASSWORD_RULES and len(lds) > 1 and not PASSWORD_NAME.search(ld['variable'] or ''):
                continue  # the user-name half of an id / password pair: no secret
            res.append((ld['path'], ld['line_num'], f['rule'], ld['variable'], ld['value'], ld['line']))
    return res


_ls = set(mirror_git(CS, 'ls-tree', '-r', '--name-only', PIN[CS], 'tests/samples').split('\n'))


def rel(p):
    """The repository path of a finding's file (`./tests/samples/x` -> tests/samples/x; a file inside an archive or
    document -> the archive's path)."""
    p = p[2:] if p.startswith('./') else p
    parts = p.split('/')
    for i in range(len(parts), 2, -1):
        if '/'.join(parts[:i]) in _ls:
            return '/'.join(parts[:i])
    return p


kept_files = ('output.json', 'depth_3_pedantic.json', 'doc.json')
kept = {f: findings(f) for f in kept_files}
kept_values = {(rel(p), v) for f in kept_files for (p, _, _, _, v, _) in kept[f]}
kept_any = {v for f in kept_files for (_, _, _, _, v, _) in kept[f]}
no_ml = {(rel(p), n, v) for (p, n, _, _, v, _) in findings('no_ml.json')}
taken_ctx = set()  # (path, context line) pairs taken once
taken = set()  # values taken once over the whole set (the first expectation and file keep it)


def clean_line(text):
    for m in SECRET_ASSIGN.finditer(text):
        v = m.group(2)
        if not (placeholder(v) or re.search(r'[xX]{4}|\{|\$|\(', v) or SEQUENCE.search(v) or documented(v)):
            return False
    return True


n_left = {'negative-line': 0, 'same-line': 0, 'negative-file': 0, 'not-in-line': 0, 'multi-line': 0, 'short': 0, 'known': 0, 'skipped-rule': 0}
for f in kept_files:
    for (p, n, rule, var, v, line) in kept[f]:
        path = rel(p)
        if NEG_FILE.search(path.split('/')[-1]) or (len(path.split('/')) > 3 and NEG_FILE.search(path.split('/')[2])):
            n_left['negative-file'] += 1
            continue
        if NEG_LINE.search(line):
            n_left['negative-line'] += 1  # the sample's line says the value is no finding: the two disagree
            continue
        if '\n' not in v:
            v = value_of(v)
        if '\n' in v and 'PRIVATE KEY' not in v:
            n_left['multi-line'] += 1
            continue
        if len(v.strip()) < 6:
            n_left['short'] += 1
            continue
        if v in taken:
            continue
        if is_known(v):
            n_left['known'] += 1
            continue
        lab = label(rule, v, var or '', line)
        if lab is None:
            n_left['skipped-rule'] += 1
            continue
        ctx = v if '\n' in v else context(v, line)
        if v not in ctx:
            n_left['not-in-line'] += 1
            continue
        if (path, ctx) in taken_ctx:
            n_left['same-line'] += 1  # one entry per context line: the first finding keeps it
            continue
        taken.add(v)
        taken_ctx.add((path, ctx))
        place(CS, path, v, lab[0], lab[1], ctx, f'{rule} finding, line {n} ({f})')

# Candidates the filters drop (no_filters_no_ml.json, not in no_ml.json) and no validated expectation keeps.
for (p, n, rule, var, v, line) in findings('no_filters_no_ml.json'):
    path = rel(p)
    if (path, n, v) in no_ml or v in kept_any or v in taken or len(v.strip()) < 6 or '\n' in v or is_known(v):
        continue
    if rule in SKIP_RULES:
        continue
    marked = NEG_FILE.search(path.split('/')[-1]) is not None or NEG_LINE.search(line) is not None
    s = v.strip()
    why = ('negative-example' if marked else 'placeholder' if placeholder(s) or documented(s) or ('PRIVATE KEY' in s and pem_placeholder(s))
           else 'filler' if filler(s) else 'encrypted' if re.fullmatch(r'ENC\(.*\)', s) else 'reference'
           if re.search(r'^\$\{?\w+|\w\(|\(\)|^\w+\.\w+\(', s) else None)
    if why is None:
        continue
    ctx = context(v, line)
    if v not in ctx or (path, ctx) in taken_ctx:
        continue
    taken.add(v)
    taken_ctx.add((path, ctx))
    place(CS, path, v, 'benign', why, ctx, f'{rule} candidate the filters drop, line {n} (no_filters_no_ml.json)')

# Lines of the negative-marked samples that no expectation reports.
reported = {(rel(p), n) for f in kept_files for (p, n, _, _, _, _) in kept[f]}
for path in sorted(_ls):
    name = path.split('/')[-1]
    if not path.startswith('tests/samples/') or not NEG_FILE.search(name):
        continue
    text = show(CS, path)
    for i, l in enumerate(text.split('\n'), 1):
        s = l.strip()
        if (path, i) in reported or s in taken or len(s) < 8 or not re.search(r'[A-Za-z0-9+/=_-]{8,}', s) or is_known(s):
            continue
        if not clean_line(s) or len(s) > 240 or (path, s) in taken_ctx:
            continue
        taken.add(s)
        taken_ctx.add((path, s))
        place(CS, path, s, 'benign', 'negative-example', s, f'line {i} of a negative sample, no finding expected')

before = len(out)
out = [c for c in out if c['value'] not in known and c['value'].strip() not in known]
print(f'left out {before - len(out)} values the other corpora hold; by reason: {n_left}', file=sys.stderr)
sources = {k: v for k, v in sources.items() if any(c['source'] == k for c in out)}

json.dump({'note': 'Raw candidates of the outside-2027-06 corpus; see collect.py.', 'sources': sources, 'candidates': out},
          sys.stdout, indent=1, ensure_ascii=False)
