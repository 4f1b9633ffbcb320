#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-02 corpus (issue 28: a third outside set, after
# outside-2026-12 and outside-2027-01) from public projects' test data that none of the project's corpora
# draws on: corpus.json and independent.json use noseyparker, gitleaks, presidio (and presidio-research),
# scrubadub, redactum, detect-secrets and secretlint; outside-2026-12 uses Skyscanner/whispers,
# trufflehog, braintree/card-validator, philterd/phileas, python-phonenumbers (libphonenumber),
# pediatric-handoff-phi-remover, git-secrets and Azurite; outside-2027-01 uses mongodb/kingfisher,
# sirwart/ripsecrets, validator.js, CommonRegex, python-stdnum, talisman and pyDeid. None of those is read
# here. Values and their minimal key/label context only, never a copied file. Each candidate names its
# repository, path and commit (sources).
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-02/collect.py > test/corpus/outside-2027-02/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-02` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack; labels come from the sources' own test expectations
# (a rule test's true and false positives, a validator test's expected result), with the overrides
# listed below, each with its reason.
import hashlib, json, os, re, subprocess, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import go_lists, is_placeholder, luhn, syntax_of  # noqa: E402

M = '/work/.mirror'
LICENCES = {
    'Checkmarx/2ms': 'Apache-2.0',
    'go-playground/validator': 'MIT',
    'asaskevich/govalidator': 'MIT',
    'apache/commons-validator': 'Apache-2.0',
    'americanexpress/earlybird': 'Apache-2.0',
    'aquasecurity/trivy': 'Apache-2.0',
    'susom/tide': 'Apache-2.0',  # no LICENSE file at the root; every source file carries the Apache-2.0 notice
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
for v in [e['value'] for e in ind] + [e['value'] for e in reg['benign'] + reg['sensitive']] + [c['value'] for c in o26 + o27]:
    known.add(v)
    known.update(re.findall(r'[A-Za-z0-9+/=_.:@-]{10,}', v))


def is_known(v):
    return v in known or v.strip() in known


# ---- Checkmarx/2ms engine/rules/ruledefine/*_test.go: each rule's test lists `truePositives` (lines the
# rule must find, >= 1 finding each) and `falsePositives` (lines it must not). Only plain string
# literals are read; entries built at test time (generated secrets, concatenations) are left out.
# The value of a true-positive line is the secret in it:
#  - the line itself when it is one token (a bare key, a URL);
#  - the inner text of an XML element `<name>value</name>`;
#  - the last quoted string of an assignment or call (`name = "v"`, `setProperty("NAME", "v")`,
#    `"name": "v"`, `"name" => "v"`), else the text after the last assignment operator;
#  - for lines with spaces (commands, headers, prose): the longest token the line shares with another
#    true positive of the same rule (the rule's examples repeat one generated value in many syntaxes);
#  - curl_basic_auth: the password of `-u` / `--user user:password`.
# A line that gives none of these (a `.ini` file embedded in a JSON string, two values) is left out.
# Labels: true positives -> the rule's kind (TMS_KIND below; every other vendor rule -> api-token),
# false-positive lines -> benign (the line is the value). Overrides:
#  - identifier rules (client / access IDs, user IDs) and public keys are no secret on their own: left out;
#  - a value that is a placeholder by structure (is_placeholder) -> benign, class placeholder;
#  - kubernetes_secret (whole YAML documents) and utils (helpers) are left out.
# Sampling, so that one rule's 20-odd syntaxes of one value do not dominate: the rules of the pack's own
# kinds (AWS, GitHub, Slack, Google, JWT, private keys, URLs, passwords) and the generic, header, webhook and
# chat-bot rules whole (at most TMS_WHOLE distinct values, by a hash), one line per value (chosen by a hash); of every other (vendor) rule file at
# most TMS_TP true positives (distinct values first, the line of each chosen by a hash); of every file at most
# TMS_FP false positives (by a hash).
TMS = 'Checkmarx/2ms'
TMS_TP, TMS_FP, TMS_WHOLE = 4, 8, 12
TMS_SKIP = re.compile(r'(client_id|access_id|user_api_id|user_id|_public_key|pub_api_token|pub_key|browser_api_token|kubernetes_secret|^utils)$')
TMS_KIND = [
    (r'^aws$', 'aws-access-key-id', 'cloud-key'),
    (r'^github_', 'github-token', 'vendor-token'),
    (r'^slack_webhook', 'slack-token', 'webhook-url'),
    (r'^slack_', 'slack-token', 'vendor-token'),
    (r'^gcp_api_key$', 'google-api-key', 'vendor-token'),
    (r'^jwt', 'jwt', 'jwt'),
    (r'^(privatekey|age)$', 'private-key', 'private-key'),
    (r'^(authenticated_url|sidekiq_sensitive_url)$', 'url-credentials', 'password-in-url'),
    (r'^(curl_basic_auth|hashicorp_tf_password)$', 'password-literal', 'password-in-code'),
    (r'^generic_credential$', 'api-token', 'unprefixed-key'),
    (r'^(teams|.*webhook.*)$', 'api-token', 'webhook-url'),
    (r'^(telegram|discord_api_token)$', 'api-token', 'chat-bot-token'),
]


def tms_kind(rule, value):
    for rx, kind, cls in TMS_KIND:
        if re.search(rx, rule):
            if kind == 'api-token' and rule == 'generic_credential' and re.search(r'pass|pwd', value, re.I):
                return 'password-literal', 'password-in-code'
            return kind, cls
    return 'api-token', 'vendor-key-prefixed' if re.match(r'^[A-Za-z0-9]{2,10}[_-]', value) else 'vendor-key-no-prefix'


# Values that are a run of the alphabet or of digits, or one character repeated (`AGE-SECRET-KEY-1QQQQ...`):
# or a short unit repeated (`KEYKEYKEY...`): a rule's illustration, neither a key nor a non-value the pack
# must know; left out (as in outside-2027-01).
SEQUENCE = re.compile(r'0123456789|123456789|abcdefgh|ABCDEFGH|(.)\1{5}|(..+?)\2{4}', re.I)
TOKEN = re.compile(r'[^\s"\'`<>,;(){}\[\]\\]{8,}')


def tms_value(line, shared):
    s = line.strip()
    if not s:
        return None
    if 'PRIVATE KEY' in s and '-----BEGIN' in s:
        return s  # a whole key
    if not re.search(r'\s', s) and not re.search(r'["\'`]', s) and (
            not re.match(r'^[\w.$-]+\s*(=|:)', s) or re.match(r'^[a-z]+://', s) or re.match(r'^[\w.$-]{33,}=', s)):
        return s  # one token (a name is shorter than 33 characters)
    m = re.fullmatch(r'"[^"]+"\s*:\s*"([^"]+)"?\s*,?', s)
    if m:
        return m.group(1)  # a JSON member, also when its closing quote is missing
    m = re.fullmatch(r'<([\w.:-]+)>\s*([^<\s]+)\s*</\1>', s, re.S)
    if m:
        return m.group(2)
    if '\\n' in s or re.search(r'\w=[^\s"]*\n', s):
        return None  # a file embedded in a string
    if re.match(r'''^\s*(?:(?:var|const|let|string|String|export|\$)\s*)?[\w.$'"-]+(?:\s+string)?["']?\s*(?:[:?.]*=|=>|:)\s*''', s) or re.search(r'\w\(\s*"[^"]+"\s*,\s*"', s):
        q = re.findall(r'"([^"]*)"|\'([^\']*)\'|`([^`]*)`', s)
        q = [a or b or c for a, b, c in q]
        if q and len(q[-1]) >= 6 and not re.match(r'^\s*[\w.$-]+\s*$', s.split('=')[-1]) or q and s.rstrip(';,').endswith(('"', "'", '`')):
            return q[-1]
        m = re.search(r'(?:[:?.]*=|=>|:)\s*([^\s"\'`;,]+)\s*[;,]?\s*$', s)
        if m:
            return m.group(1)
    toks = [t for t in TOKEN.findall(s) if t in shared and re.search(r'\d', t)]
    if not toks:
        toks = [t for t in TOKEN.findall(s) if len(t) >= 12 and re.search(r'\d', t) and re.search(r'[A-Za-z]', t)]
    return max(toks, key=len) if toks else None


def tms_clean(v):
    """A value's secret when the extraction kept its name or scheme: `a.b.client-secret=<v>`, `Bearer <v>`."""
    m = re.fullmatch(r'(?:[A-Za-z][A-Za-z.-]*)?(?:secret|password|key|token)[A-Za-z.-]*=(\S{8,})', v, re.I)
    if m:
        return m.group(1)
    m = re.fullmatch(r'(?:Bearer|Basic|token)\s+(\S{8,})', v, re.I)
    return m.group(1) if m else v


# False-positive lines left out (neither label is clean): a line that holds another rule's true-positive value
# (a rule's negatives include its sibling rules' keys), a line that assigns a value that is no placeholder to a
# secret-like name (a negative of that vendor's shape only, a credential by the definition), and
# Google API keys in gcp_api_key's negatives (published keys, a kind the pack treats as advisory).
TMS_SECRET_ASSIGN = re.compile(r'''(?i)(key|token|secret|passw\w*|pwd|credential)\w*["']?\s*(?::=|=>|[:=])\s*["']?([^\s"']{8,})''')


def tms_clean_negative(line, tp_values):
    if any(v in line for v in tp_values if len(v) >= 10) or re.search(r'AIza[\w-]{35}', line):
        return False
    m = TMS_SECRET_ASSIGN.search(line)
    if m:
        v = m.group(2)
        if not (is_placeholder(v) or re.search(r'[xX]{4}|\{|\$', v) or SEQUENCE.search(v) or not re.search(r'\d', v)):
            return False
    return True


TMS_TP_VALUES = set()
taken = set()  # values taken once across sources (trivy and the validators)
tms_neg = []
tms_files = sorted(p for p in git(TMS, 'ls-tree', '-r', '--name-only', 'HEAD', 'engine/rules/ruledefine').split('\n') if p.endswith('_test.go'))
for p in tms_files:
    rule = p.split('/')[-1][:-len('_test.go')]
    if TMS_SKIP.search(rule):
        continue
    text = show(TMS, p)
    tps = [x for x in go_lists(text, 'truePositives') if x]
    fps = [x for x in go_lists(text, 'falsePositives') if x]
    counts = {}
    for l in tps:
        for t in set(TOKEN.findall(l)):
            counts[t] = counts.get(t, 0) + 1
    shared = {t for t, c in counts.items() if c >= 2}
    by_value = {}
    for l in tps:
        if rule == 'curl_basic_auth':
            m = re.search(r'''(?:-u|--user)\s+['"]?([^\s'":]*)['"]?:['"]?([^\s'"]+?)['"]?(?:\s|$)''', l)
            v = m.group(2) if m else None
        elif rule == 'curl_header_auth':
            m = re.search(r'''(?:-H|--header)\s+['"][\w-]+:\s*(?:\w+\s+)?([^\s'"]+)['"]''', l)
            v = m.group(1) if m else None
        else:
            v = tms_value(l, shared)
            v = tms_clean(v) if v else v
        if v is None or len(v.strip()) < 6 or v not in l or SEQUENCE.search(v) or is_known(v):
            continue
        by_value.setdefault(v, []).append(l)
    chosen = []
    vals = sorted(by_value, key=lambda v: H(p + v))
    for v in vals[:TMS_TP]:
        chosen.append((v, sorted(by_value[v], key=lambda l: H(p + l))[0]))
    if len(vals) == 1:
        ls = sorted(by_value[vals[0]], key=lambda l: H(p + l))
        if len(ls) > 1:
            chosen.append((vals[0], ls[1]))
    whole = tms_kind(rule, 'x')[0] != 'api-token' or rule in ('generic_credential', 'curl_header_auth', 'teams', 'telegram')
    if whole:
        chosen = [(v, sorted(by_value[v], key=lambda l: H(p + l))[0]) for v in vals[:TMS_WHOLE]]
    for v, l in chosen[:None if whole else TMS_TP]:
        kind, cls = tms_kind(rule, v)
        if is_placeholder(v):
            kind, cls = 'benign', 'placeholder'
        place(TMS, p, v, kind, cls, l.strip('\n') if '\n' in v else l.strip(), f'{rule} true positive', None)
    TMS_TP_VALUES.update(by_value)
    tms_neg.append((p, rule, fps))
for p, rule, fps in tms_neg:
    for l in sorted([x for x in dict.fromkeys(fps) if tms_clean_negative(x, TMS_TP_VALUES) and not is_known(x.strip())], key=lambda l: H(p + l))[:TMS_FP]:
        s = l.strip()
        if len(s) < 6:
            continue
        place(TMS, p, s, 'benign', 'negative-example', s, f'{rule} false positive', None)

# ---- aquasecurity/trivy pkg/fanal/secret/scanner_test.go: the findings each test expects of the scanner's
# built-in rules on the files of pkg/fanal/secret/testdata. A finding gives its rule and its `Match` line with
# the secret masked by `*` (one per character). The value is the text under the mask in the testdata line the
# masked `Match` fits (the first such line of any testdata file; the whole line is the context). Labels: the
# rule's kind (TV_KIND; every other built-in rule -> api-token). Left out: the test's own custom rules
# (`rule1`, ...), `Match` strings built in Go (concatenations), multi-line matches, matches with fewer than 4
# unmasked characters (they fit any line), and a value that is a placeholder by structure or a run (SEQUENCE).
TV = 'aquasecurity/trivy'
TV_KIND = {'aws-access-key-id': ('aws-access-key-id', 'cloud-key'), 'aws-secret-access-key': ('aws-secret-key', 'cloud-key'),
           'github-pat': ('github-token', 'vendor-token'), 'github-fine-grained-pat': ('github-token', 'vendor-token'),
           'github-app-token': ('github-token', 'vendor-token'), 'private-key': ('private-key', 'private-key'),
           'jwt-token': ('jwt', 'jwt'), 'maven-settings-password': ('password-literal', 'password-in-config'),
           'maven-settings-passphrase': ('password-literal', 'password-in-config'),
           'maven-settings-security-master': ('password-literal', 'password-in-config'),
           'dockerconfig-secret': ('password-literal', 'password-in-config'), 'stripe-publishable-token': ('benign', 'publishable-key'),
           'azure-app-config-connection-string': ('url-credentials', 'connection-string')}
text = show(TV, 'pkg/fanal/secret/scanner_test.go')
tv_files = [f for f in git(TV, 'ls-tree', '-r', '--name-only', 'HEAD', 'pkg/fanal/secret/testdata').split('\n') if f and 'invalid-utf8' not in f and not f.endswith(('.tar', '.gz', '.zip', '.jar'))]
tv_text = {f: show(TV, f) for f in tv_files}
for m in re.finditer(r'RuleID:\s+"([\w-]+)",(?:\n[^\n]*){0,8}?\n\s*Match:\s+("(?:[^"\\]|\\.)*"|`[^`]*`),?\s*(?://[^\n]*)?\n', text):
    rid, lit = m.group(1), m.group(2)
    if rid.startswith('rule') or rid in ('multi-line-secret',):
        continue
    match = json.loads(lit) if lit.startswith('"') else lit[1:-1]
    if '*' not in match or '\n' in match or len(match.replace('*', '').strip()) < 4:
        continue  # no mask, several lines, or too little unmasked text to place the match
    rx = re.compile(''.join(f'(\\S{{{len(g)}}})' if g.startswith('*') else re.escape(g) for g in re.findall(r'\*+|[^*]+', match)))
    for f in tv_files:
        hit = next(((l, rx.search(l)) for l in tv_text[f].split('\n') if rx.search(l)), None)
        if hit:
            l, mm = hit
            v = max(mm.groups(), key=len).strip('"\'')
            kind, cls = TV_KIND.get(rid, ('api-token', 'vendor-key-prefixed' if re.match(r'^[A-Za-z0-9]{2,10}[_-]', v) else 'vendor-key-no-prefix'))
            if is_placeholder(v) or SEQUENCE.search(v) or is_known(v):
                break
            if v not in taken:
                taken.add(v)
                place(TV, f, v, kind, cls, l.strip(), f'{rid} expected finding', tv_text[f])
            break

# ---- go-playground/validator validator_test.go and asaskevich/govalidator validator_test.go: table tests of
# a validator, {value, expected}. Cards (`credit_card` / IsCreditCard): valid -> payment-card, invalid of card
# length (12-19 digits, spaces or dashes) -> benign. SSNs (`ssn` / IsSSN): valid -> us-ssn, invalid with 7+
# digits -> benign. E.164 numbers (`e164` / IsE164): valid numbers written with `+` -> phone-number; the
# invalid ones are left out (`+1 202-555-0123` is a phone number in another format, `0123456789` may be one).
# IsEmail (govalidator): valid ASCII addresses -> email-address, invalid ones holding an `@` -> benign.
# Override: govalidator's IsCreditCard cases under the comment "below should be valid" (Diners Club, RuPay,
# Mir, UnionPay numbers its check rejects) -> payment-card when the number passes the Luhn check, as the
# comment says; a value both sources hold is taken once (the first source).
GP, GV = 'go-playground/validator', 'asaskevich/govalidator'


def go_func(text, name):
    m = re.search(r'\nfunc ' + name + r'\(t \*testing\.T\) \{\n(.*?)\n\}\n', text, re.S)
    return m.group(1) if m else ''


def go_cases(body):
    """(value, expected, comment-before) of `{"value", [tag,] true|false}` table rows."""
    res, note = [], ''
    for l in body.split('\n'):
        if l.strip().startswith('//'):
            note += l
        m = (re.match(r'\s*\{\s*"((?:[^"\\]|\\.)*)",\s*"(?:credit_card|ssn|e164)",\s*(true|false)\s*\},?\s*$', l)
             or re.match(r'\s*\{\s*(?:"[^"]*",\s*)?"((?:[^"\\]|\\.)*)",\s*(true|false)\s*\},?\s*$', l))
        if m:
            res.append((m.group(1), m.group(2) == 'true', note))
    return res


def add_once(repo, path, v, kind, cls, origin, text):
    if v in taken:
        return
    taken.add(v)
    add(repo, path, value=v, kind=kind, cls=cls, syntax='prose', line=v, origin=origin, text=text)


for repo, path, cc, ssn, e164, email in ((GP, 'validator_test.go', 'TestCreditCardFormatValidation', 'TestSSNValidation', 'TestE164', None),
                                         (GV, 'validator_test.go', 'TestIsCreditCard', 'TestIsSSN', 'TestIsE164', 'TestIsEmail')):
    text = show(repo, path)
    for v, ok, note in go_cases(go_func(text, cc)):
        d = re.sub(r'\D', '', v)
        if not re.fullmatch(r'[\d \-]+', v):
            continue
        if ok or 'should be valid' in note and luhn(d):
            add_once(repo, path, v, 'payment-card', f'card-{len(d)}', f'{cc} valid' if ok else f'{cc} "should be valid"', text)
        elif 12 <= len(d) <= 19 and not luhn(d):
            # (an invalid number that passes the Luhn check, rejected for its spacing only, is left out)
            add_once(repo, path, v, 'benign', 'card-lookalike', f'{cc} invalid', text)
    for v, ok, _ in go_cases(go_func(text, ssn)):
        if ok:
            add_once(repo, path, v, 'us-ssn', 'ssn', f'{ssn} valid', text)
        elif len(re.sub(r'\D', '', v)) >= 7:
            add_once(repo, path, v, 'benign', 'ssn-lookalike', f'{ssn} invalid', text)
    for v, ok, _ in go_cases(go_func(text, e164)):
        if ok and v.startswith('+'):
            add_once(repo, path, v, 'phone-number', 'phone-international', f'{e164} valid', text)
    if email:
        for v, ok, _ in go_cases(go_func(text, email)):
            if not v.isascii() or '@' not in v:
                continue
            add_once(repo, path, v, 'email-address' if ok else 'benign', 'email' if ok else 'email-lookalike', f'{email} {"valid" if ok else "invalid"}', text)

# ---- apache/commons-validator src/test/java/org/apache/commons/validator/routines/CreditCardValidatorTest.java:
# the VALID_* constants (numbers the default validator accepts) -> payment-card, the ERROR_* constants (one
# check digit changed) -> benign; literal numbers in assertTrue(validator.isValid("...")) -> payment-card and in
# assertFalse(validator.isValid("...")) -> benign when of card length. Tests of the bare regular expressions
# (`regex.isValid`, no check digit) are left out.
CV = 'apache/commons-validator'
p = 'src/test/java/org/apache/commons/validator/routines/CreditCardValidatorTest.java'
text = show(CV, p)
for name, v in re.findall(r'private static final String (VALID_\w+|ERROR_\w+) = "(\d+)";', text):
    ok = name.startswith('VALID_')
    add_once(CV, p, v, 'payment-card' if ok else 'benign', f'card-{len(v)}' if ok else 'card-lookalike', name, text)
for a, v in re.findall(r'assert(True|False)\(validator\.isValid\("([\d -]+)"\)', text):
    d = re.sub(r'\D', '', v)
    if a == 'True':
        add_once(CV, p, v, 'payment-card', f'card-{len(d)}', 'validator.isValid true', text)
    elif 12 <= len(d) <= 19:
        add_once(CV, p, v, 'benign', 'card-lookalike', 'validator.isValid false', text)

# ---- susom/tide (Stanford's STARR de-identification) src/test/java/com/github/susom/starr/deid/anonymizers:
# MrnAnonymizerTest's `positiveTests` (text the MRN anonymizer must alter) -> mrn, the value being the number in
# the text; its `negativeTests` -> benign. DateAnonymizerTest: the positive text under a birth label (`DOB:`) ->
# date-of-birth; the other dates it must alter -> benign (class date-lookalike: clinical dates with no birth
# label, as pyDeid's in outside-2027-01); its `negativeTests` -> benign. Override: the MRN test's
# "SSN style example: 123-45-6789" is left out (labelled as an SSN in its own text; neither label is clean).
TD = 'susom/tide'
TD_DIR = 'src/test/java/com/github/susom/starr/deid/anonymizers/'


def java_array(text, name):
    m = re.search(name + r'\s*=\s*new String\[\]\{(.*?)\};', text, re.S)
    body = re.sub(r'//[^\n]*', '', m.group(1))
    return [json.loads('"' + x + '"') for x in re.findall(r'"((?:[^"\\]|\\.)*)"', body)]


p = TD_DIR + 'MrnAnonymizerTest.java'
text = show(TD, p)
for t in java_array(text, 'positiveTests'):
    if 'SSN' in t:
        continue
    m = max(re.findall(r'\(?\d[\d() -]*\d', t), key=lambda x: len(re.sub(r'\D', '', x)))
    m = m.strip()
    m = m[1:] if m.startswith('(') and ')' not in m else m
    add(TD, p, value=m, kind='mrn', cls='mrn-spelling', syntax='prose', line=t.strip(), origin='MrnAnonymizerTest positive', text=None)
for t in java_array(text, 'negativeTests'):
    add(TD, p, value=t.strip(), kind='benign', cls='mrn-lookalike', syntax='prose', line=t.strip(), origin='MrnAnonymizerTest negative', text=None)
p = TD_DIR + 'DateAnonymizerTest.java'
text = show(TD, p)
for t in java_array(text, 'positiveTests'):
    dob = re.match(r'DOB:\s*([\d/]+)', t.strip())
    if dob:
        add(TD, p, value=dob.group(1), kind='date-of-birth', cls='dob', syntax='prose', line=t.strip(), origin='DateAnonymizerTest positive (DOB)', text=None)
    else:
        add(TD, p, value=t.strip(), kind='benign', cls='date-lookalike', syntax='prose', line=t.strip(), origin='DateAnonymizerTest positive (no birth label)', text=None)
for t in java_array(text, 'negativeTests'):
    add(TD, p, value=t.strip(), kind='benign', cls='date-lookalike', syntax='prose', line=t.strip(), origin='DateAnonymizerTest negative', text=None)

before = len(out)
out = [c for c in out if c['value'] not in known and c['value'].strip() not in known]
print(f'left out {before - len(out)} values the other corpora hold', file=sys.stderr)
sources = {k: v for k, v in sources.items() if any(c['source'] == k for c in out)}

json.dump({'note': 'Raw candidates of the outside-2027-02 corpus; see collect.py.', 'sources': sources, 'candidates': out},
          sys.stdout, indent=1, ensure_ascii=False)
