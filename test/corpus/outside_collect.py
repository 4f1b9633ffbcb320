# Helpers shared by the outside sets' collect.py scripts (outside-2027-02 and later): how a line's syntax is
# named, placeholders by structure, SSNs' classes, JSON and NDJSON documents, the Luhn check, Go string-list literals, the values earlier corpora hold, and
# reading a source repository's bare mirror (the fetch tool's); for the credential sets, taking values under caps
# (make_add), writing candidates.json (write_candidates), a set read from pinned repositories (CredentialSet) and the
# readers of credential fields in configuration files (FieldReaders).
import base64
import json
import os
import re
import subprocess
import sys
from collections import Counter
from urllib.parse import unquote

MIRRORS = '/work/.mirror'


def mirror_dir(repo):
    """The git directory of `owner/name`'s mirror (bare, or a checkout's `.git`)."""
    d = f'{MIRRORS}/{repo.replace("/", "+")}/repo'
    return f'{d}/.git' if os.path.isdir(f'{d}/.git') else d


def mirror_git(repo, *args, check=True):
    """`git <args>` in the mirror of `owner/name` (bare, or a checkout's `.git`), its output read as UTF-8 (a byte that is
    not becomes U+FFFD); fails loudly unless `check` is False (then a path missing at the pinned commit reads as empty)."""
    r = subprocess.run(['git', f'--git-dir={mirror_dir(repo)}', *args], capture_output=True)
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


# RFC 2606 / 6761 documentation and test domains: an e-mail address there is a non-value by design, and the PHI sets
# leave it out rather than label it either way.
DOC_DOMAIN = re.compile(r'(?i)@(?:[\w-]+\.)*(example\.(com|org|net)|[\w-]+\.(example|test|invalid|localhost))$')


def is_placeholder(v):
    s = v.strip().strip('"\'')
    return (s.lower() in PLACEHOLDER_WORDS or re.fullmatch(r'[xX*.]{4,}|<[^>]+>|\$\{?\w+\}?|\{\{[^}]*\}\}|#\{[^}]*\}|%\(?\w+\)?s?', s) is not None
            or re.fullmatch(r'(my|your)[_-]?\w*', s, re.I) is not None and len(s) < 24
            or re.fullmatch(r'[a-z]+_(password|passwd|secret|token|key)', s) is not None)



def ssn_class(v):
    """us-ssn classes by the SSA's rules: the area 000, 666 or 9xx, the group 00 or the serial 0000 are never issued."""
    d = re.sub(r'\D', '', v)
    if len(d) != 9:
        return 'ssn-not-nine-digits'
    if d[:3] in ('000', '666') or d[0] == '9' or d[3:5] == '00' or d[5:] == '0000':
        return 'ssn-invalid-range'
    return 'ssn-dashed' if '-' in v else 'ssn-undashed'


def json_documents(text):
    """A JSON file's document, or an NDJSON file's documents (lines that do not parse are skipped)."""
    try:
        return [json.loads(text)]
    except ValueError:
        docs = []
        for ln in text.splitlines():
            try:
                docs.append(json.loads(ln))
            except ValueError:
                pass
        return docs


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


def collection(set_name, pin, licences, cap_file, cap_repo, cap_class=None):
    """A collection's state for a set that reads its files itself (outside-2027-15, -22): the sources recorded, the values
    taken (`out`), what was left out (a Counter), and make_add's add() over the values the corpora and the outside sets
    before `set_name` hold."""
    sources, out, left_out, taken = {}, [], Counter(), set()
    corpus = os.path.dirname(os.path.abspath(__file__))
    earlier = sorted(d for d in os.listdir(corpus) if re.fullmatch(r'outside-\d{4}-\d{2}', d) and d < set_name)

    def sid(repo, path):
        return source_id(sources, repo, path, pin[repo], licences[repo])

    return sources, out, left_out, make_add(known_values(corpus, earlier), taken, left_out, out, sid, cap_file, cap_repo,
                                            cap_class)


class CredentialSet:
    """The collection of a credential set read from pinned repositories (outside-2027-12 and later): `pin` (repository:
    commit), `licences`, `patterns` (repository: the path patterns of the files read, in order), `skip` (a path pattern
    never read, or None). texts() gives each file's (repository, path, text) in that order (a missing or binary file is
    passed over); sid() records a source; add() takes a value under the caps (make_add's, over the values the corpora and
    the outside sets before `name` hold) into `out`, `left_out` counting what it leaves out; write() writes candidates.json."""

    LEFT_OUT = ('known', 'duplicate', 'cap-file', 'cap-repo', 'not-clean', 'e-mail', 'names-source', 'sentence', 'short',
                'ambiguous')

    def __init__(self, name, pin, licences, patterns, skip, cap_file, cap_repo, cap_class=None):
        self.name, self.pin, self.licences, self.patterns, self.skip = name, pin, licences, patterns, skip
        self.sources, self.out, self.taken = {}, [], set()
        self.left_out = {k: 0 for k in self.LEFT_OUT}
        corpus = os.path.dirname(os.path.abspath(__file__))
        earlier = tuple(d for d in sorted(os.listdir(corpus)) if re.fullmatch(r'outside-\d{4}-\d{2}', d) and d < name)
        self.known = known_values(corpus, earlier)
        self.add = make_add(self.known, self.taken, self.left_out, self.out, self.sid, cap_file, cap_repo, cap_class)

    def sid(self, repo, path):
        return source_id(self.sources, repo, path, self.pin[repo], self.licences[repo])

    def files(self, repo):
        listing = sorted(mirror_git(repo, 'ls-tree', '-r', '--name-only', self.pin[repo]).splitlines())
        res = []
        for f in self.patterns[repo]:
            res += [p for p in listing if re.search(f, p) and not (self.skip and self.skip.search(p)) and p not in res]
        return res

    def texts(self):
        # (outside-2027-16's reader) one `git cat-file --batch` per repository instead of one `git show` per file: the
        # same bytes, read a few thousand files at a time; a missing path or a non-blob is passed over as before.
        for repo in self.pin:
            with subprocess.Popen(['git', f'--git-dir={mirror_dir(repo)}', 'cat-file', '--batch'], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE) as pr:
                for p in self.files(repo):
                    pr.stdin.write(f'{self.pin[repo]}:{p}\n'.encode())
                    pr.stdin.flush()
                    head = pr.stdout.readline().decode().split()
                    if len(head) != 3 or head[1] != 'blob':
                        continue
                    text = pr.stdout.read(int(head[2]) + 1)[:-1].decode('utf-8', 'replace')
                    if text and '\x00' not in text:
                        yield repo, p, text
                pr.stdin.close()

    def write(self):
        write_candidates(self.name, self.sources, self.out, self.left_out)


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


# ---- Credential fields of configuration files and code (outside-2027-12 and -13): a field's name split into words and
# what they say it holds, a value's reference kind and placeholder shape, and the readers of YAML, JSON and env files
# that hand each `name: value` pair to emit() (field_readers). A set's own rules come in as parameters.

# Test words (as outside-2027-08 and -10): a credential the field defines stays labelled as the field says, and values the
# pack treats as placeholders by design keep their kind and get a class of their own, `placeholder-by-design`
# (is_placeholder, or a value made only of test words, digits and separators).
TEST_WORDS = re.compile(r'(?i)^(?:(?:test|testing|fake|mock|dummy|sample|example|examplepass|my|your|some|secret|password|passwd|'
                        r'pass|pw|pwd|token|key|api|access|refresh|client|id|auth|admin|root|user|db|database|new|old|'
                        r'valid|invalid|bad|good|other|foo|bar|baz|change|changeme|me|here|not|secure|super|[0-9]+)[-_ .:@]*)+$')
# Also a value that says it is one (`...-PLACEHOLDER`, `change-this-value`, `you-must-create-...`, `REPLACE_ME`) and Azure
# quickstart templates' generator tokens (`GEN-PASSWORD`, `GEN-UNIQUE`), which their test harness replaces, and filler
# (one character repeated: `FFFF…`).
SAYS_PLACEHOLDER = re.compile(r'(?i)placeholder|change[-_ ]?(this|me)|you[-_]must|replace[-_]?(me|this|with)|^GEN-[A-Z-]+$|^TODO|^(?P<c>.)(?P=c){7,}$')
# (outside-2027-12, correction after the first tuning run, both halves:) a name written where the value goes: an upper-case
# constant or variable name with a credential word (`BUILDKITE_AGENT_TOKEN`, `_PASSWORD_OF_YOUR_X_INSTALLATION_`), a value
# of letters and separators only that ends in a credential word (`harbor_registry_password`, `zookeeper-client-password`,
# `mmpassword`), or one that says where it goes (`..._here`).
NAME_AS_VALUE = re.compile(r'^(?=_?[A-Z])[A-Z0-9_]*(PASSWORD|PASSWD|PASS|TOKEN|SECRET|KEY)[A-Z0-9_]*$|'
                           r'^[A-Za-z][A-Za-z_-]*(password|passwd|secret|token)$|^(?i:[a-z_]+_here)$')


def placeholder_value(v):
    """A value the pack treats as a placeholder by design (class `placeholder-by-design`)."""
    return (is_placeholder(v) or TEST_WORDS.match(v) is not None and re.search(r'[A-Za-z]', v) is not None
            or SAYS_PLACEHOLDER.search(v) is not None or NAME_AS_VALUE.search(v) is not None)


def field_words(name, numbers=False):
    """The words of a field's name (camelCase, snake_case, SCREAMING_CASE and a Pulumi config key's `project:` prefix all
    split), without a last word that says only where the value is written (`PasswordParameter`, `secretValue`,
    `db_password_value`) nor, with `numbers`, a trailing number (`password_2`)."""
    name = name.split(':')[-1].split('.')[-1]
    name = re.sub(r'([a-z0-9])([A-Z])', r'\1 \2', name)
    name = re.sub(r'([A-Z]+)([A-Z][a-z])', r'\1 \2', name)
    w = [w for w in re.split(r'[^A-Za-z0-9]+', name.lower()) if w]
    while len(w) > 1 and (w[-1] in ('parameter', 'param', 'value', 'string') or numbers and w[-1].isdigit()):
        w = w[:-1]
    return w


PW_LAST = {'password', 'passwd', 'pwd', 'passphrase', 'pass', 'pw'}
CRED_LAST = {'secret', 'token', 'apikey', 'authkey', 'authtoken'}
CRED_TWO = {('api', 'key'), ('access', 'key'), ('secret', 'key'), ('private', 'key'), ('auth', 'key'), ('token', 'key'),
            ('consumer', 'key'), ('signing', 'key'), ('account', 'key'), ('master', 'key'),
            ('access', 'token'), ('client', 'secret'), ('webhook', 'secret'), ('shared', 'key')}
CRED_WORDS = {'password', 'passwd', 'pwd', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'apikey', 'credential',
              'credentials'}
BENIGN_LAST = {'user', 'username', 'login', 'host', 'hostname', 'endpoint', 'dbname', 'database', 'arn', 'url'}


def words_kind(w, cred_two=CRED_TWO):
    """What a field whose name has the words `w` holds: 'password' / 'credential' / 'aws-id' / 'mentions' (a credential
    word, but the field holds something else) / None; `cred_two`: the pairs of words that name a credential."""
    if not w:
        return None
    if w == ['service', 'token']:
        return 'mentions'  # (correction after the first tuning run) CloudFormation's `ServiceToken`: the handler's ARN
    if len(w) >= 3 and w[-3:] == ['access', 'key', 'id'] or w[-1] == 'accesskeyid':
        return 'aws-id'
    mentions = bool(CRED_WORDS & set(w)) or any(tuple(w[j:j + 2]) in cred_two for j in range(len(w) - 1))
    if mentions and (w[0] in ('existing', 'manage', 'generate') or w[-1] in ('ref', 'name') or 'tls' in w
                     or w[-2:] == ['secret', 'key'] and any(x in PW_LAST or x == 'existing' for x in w[:-2])):
        return 'mentions'  # `existingSecret`, `secretKeyRef`, `secretName`, `tlsSecret`, `passwordSecretKey`: where a credential is
    if w[-1] in PW_LAST:
        return 'password'
    if w[-1] in CRED_LAST or tuple(w[-2:]) in cred_two:
        return 'credential'
    return 'mentions' if mentions else None


# (outside-2027-13) Tokens that are no credential, by the word before `token` (AWS's and the SDKs' pagination tokens,
# idempotency tokens, a tokenizer's special tokens).
NOT_CREDENTIAL_TOKEN = {'next', 'page', 'pagination', 'continuation', 'backward', 'forward', 'idempotence', 'idempotency',
                        'eos', 'bos', 'pad', 'unk', 'sep', 'cls', 'mask', 'stop', 'special', 'cancel'}


def token_and_secret_names(w):
    """(outside-2027-13's rules, before words_kind) 'mentions' for a field whose words `w` name a token that is no
    credential, a Secret object or where a token is stored; 'credential' for Rails' `secret_key_base`; else None."""
    if 'token' in w and NOT_CREDENTIAL_TOKEN & set(w) or w[-1] == 'token' and 'tokenizer' in w:
        return 'mentions'  # a pagination, idempotency or vocabulary token (`nextToken`, `idempotence_token`, `eos_token`)
    if w[-1] == 'secret' and ({'pull', 'registry', 'image'} & set(w) or len(w) > 1 and w[-2] in ('token', 'key', 'password')):
        return 'mentions'  # `image_pull_secret`, `docker_registry_secret`, `api_token_secret`: a Secret object's name
    if w[-2:] == ['token', 'key'] or 'from' in w:
        return 'mentions'  # `tokenKey`, `hf_token_key`: the key a token is stored under in a Secret (Kubeflow's, flytekit's
        # definition); `inject-ca-from-secret`: where a value comes from
    if w[-3:] == ['secret', 'key', 'base']:
        return 'credential'  # Rails' `secret_key_base` (a bare `KeyBase` is a label's name)
    return None


# (outside-2027-16's rules, shared with -17 and -18) A camelCase name ending in a credential's word written as the value
# (`secretNextAuthSecret`) and a published constant (a value ending in filler, `tok_xxxx`; the Azure storage emulator's
# documented account key) are placeholders by design.
CAMEL_NAME = re.compile(r'^[a-z]+(?:[A-Z][a-z]+)*(?:Password|Secret|Token|Key)$')
PUBLISHED = re.compile(r'[xX]{4,}$|^Eby8vdM02xNOcqFl')


def deployment_placeholder(v):
    """(outside-2027-16's rule) a placeholder by design: CAMEL_NAME, PUBLISHED or placeholder_value."""
    return CAMEL_NAME.match(v) is not None or PUBLISHED.search(v) is not None or placeholder_value(v)


def numbered_field_words(name):
    """field_words without a trailing number (`password_2`): the words FieldReaders reads names by in -16, -17 and -18."""
    return field_words(name, numbers=True)


def deployment_names(w):
    """(outside-2027-16's rules, after token_and_secret_names; shared with -18) 'mentions' for AWS's idempotency
    `ClientToken` and for a Secret object named by what it holds (`CredentialsSecret`, `usersSecret`, `EnvironmentSecret`),
    else token_and_secret_names' answer (None: no rule of these)."""
    known = token_and_secret_names(w)
    if known:
        return known
    if w == ['client', 'token']:
        return 'mentions'
    if w[-1] == 'secret' and len(w) > 1 and w[-2] in ('credentials', 'credential', 'creds', 'users', 'ssl', 'tls', 'cert', 'environment', 'env'):
        return 'mentions'
    return None


# A reference is no literal: CloudFormation's `!Ref` / `Ref` / `!Sub` / `!GetAtt` / `Fn::`, dynamic references
# (`{{resolve:...}}`), Terraform and shell interpolation (`${...}`, `$VAR`), ARM expressions (`[parameters('x')]`), Helm /
# Go templates (`{{ .Values.x }}`), Terraform references (`var.x`, `random_password.x.result`). Under a credential field
# they are benign look-alikes, by their kind of reference.
def reference_kind(v):
    if re.match(r'^!(Ref|Sub|GetAtt|ImportValue|Join|Select|FindInMap|If)\b', v):
        return 'cfn-reference'
    if re.match(r'^\{\{resolve:', v):
        return 'dynamic-reference'
    if re.match(r'^\[\w+\(', v) and v.endswith(']'):
        return 'arm-expression'
    if re.search(r'\$\{[^}]*\}|\$\(|^\$[A-Za-z_]\w*$|\{\{[^}]*\}\}', v):
        return 'template-reference'
    if re.fullmatch(r'(var|local|data|module|random_password|aws_\w+|azurerm_\w+|google_\w+)\.[\w.\[\]"]+', v):
        return 'terraform-reference'
    return None


def code_reference_kind(v):
    """(outside-2027-13) reference_kind, and also an environment variable's read in code (`os.environ["X"]`,
    `process.env.X`): 'env-reference'."""
    if re.match(r'^(os\.environ|os\.getenv\(|process\.env\.|os\.Getenv\(|environ\[|getenv\()', v):
        return 'env-reference'
    return reference_kind(v)


# (outside-2027-13) A value with an ellipsis or `**` (elided), or a file path, is no value (FieldReaders' not_a_value).
ELIDED = re.compile(r'\.\.\.|\*\*|…')
FILE_PATH = re.compile(r'(\.|~)?[\w.-]*(/[\w.-]+)+\.[a-z]{2,4}|\.{0,2}/[\w./-]+|[\w.-]+\.(json|pem|key|txt|ya?ml|crt|p12)')


def elided_or_path(v):
    return ELIDED.search(v) is not None or FILE_PATH.fullmatch(v) is not None


def unquote_scalar(v):
    """A value without its quotes, and whether it had them; an unquoted YAML scalar loses a trailing comment."""
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
        return v[1:-1], True
    return re.sub(r'\s+#.*$', '', v).strip(), False


BOOLISH = re.compile(r'(?i)^(true|false|yes|no|null|none|on|off|~|\d{1,3})$')
YAML_PAIR = re.compile(r'''^\s*(?:-\s+)?["']?([A-Za-z_][\w.:/-]*)["']?\s*:\s+(\S.*?)\s*$''')
ENV_ITEM = re.compile(r'''^\s*-\s+["']?([A-Za-z_][A-Za-z0-9_]*)=([^"'\s]*)["']?\s*$''')
JSON_PAIR = re.compile(r'"([A-Za-z_][\w.:/-]*)"\s*:\s*"((?:[^"\\]|\\.)*)"')
JSON_REF = re.compile(r'"([A-Za-z_][\w.:/-]*)"\s*:\s*\{\s*"(Ref|Fn::\w+)"\s*:\s*("[^"]*"|\[[^\]]*\])\s*\}')
DOCKER_E = re.compile(r'''(?:\s-e|--env)\s+["']?([A-Za-z_][A-Za-z0-9_]*)=([^\s"']+)''')
ENV_LINE = re.compile(r'''^\s*(?:ENV\s+|export\s+)?([A-Za-z_][A-Za-z0-9_]*)=["']?([^"'\s]*)["']?\s*$''')
HELM_SET = re.compile(r'''--set(?:-string)?[ =]([A-Za-z0-9_.\[\]-]+)=([^\s,\\`'"]+|"[^"]*"|'[^']*')''')
DEFAULT_KEYS = {'Default', 'default', 'value', 'Value'}
# The code and README readers' patterns (outside-2027-13's).
SUBSCRIPT_SET = re.compile(r"""\[\s*(["'])([A-Za-z_][\w.-]*)\1\s*\]\s*=(?!=)\s*(["'])((?:(?!\3)[^\\]|\\.)*)\3""")
SETENV = re.compile(r"""setenv\(\s*(["'])([A-Za-z_]\w*)\1\s*,\s*(["'])((?:(?!\3)[^\\]|\\.)*)\3""")
ASSERT_EQ = re.compile(r"""([A-Za-z_][\w.]*(?:\[\s*["'][\w.-]+["']\s*\])*)\s*==\s*(["'])((?:(?!\2)[^\\]|\\.)*)\2""")
CODE_REF = re.compile(r"""["']?([A-Za-z_][\w]*)["']?\s*(?<![=!<>])[:=](?!=)\s*(os\.environ(?:\.get)?\s*[\[(]\s*["']\w+["']\s*[\])]|"""
                      r"""os\.getenv\(\s*["']\w+["']\s*\)|process\.env\.\w+|os\.Getenv\("\w+"\))""")
BUILT = re.compile(r"""\s*(\+|\*|%|\.format)""")
INI_PAIR = re.compile(r'''^\s*["']?([A-Za-z_][\w.-]*)["']?\s*[=:]\s*(\S.*?)\s*,?\s*$''')
# `dvc remote modify [--local] <remote> <option> <value>`: the option's name says what the value is (DVC's documentation
# of each remote's options: `password`, `access_key_id`, `secret_access_key`, `account_key`, `sas_token`, …).
DVC_MODIFY = re.compile(r'''dvc\s+remote\s+modify\s+(?:--(?:local|global|system|project)\s+)*[\w.-]+\s+([\w.-]+)\s+(["']?)([^\s"']+)\2''')
EXPORT = re.compile(r'''^\s*(?:\$\s+)?export\s+([A-Za-z_][A-Za-z0-9_]*)=(["']?)([^\s"']*)\2\s*$''')
FENCE = re.compile(r'^\s*(```|~~~)\s*\{?\s*([\w+-]*)')
CODE_LANGS = {'python': 'code-python', 'py': 'code-python', 'python3': 'code-python', 'pycon': 'code-python',
              'ipython': 'code-python', 'js': 'code-js', 'javascript': 'code-js', 'ts': 'code-js', 'typescript': 'code-js',
              'go': 'code-go'}
URL_CRED = re.compile(r'''\b[a-z][a-z0-9+.-]*://([^\s/@:'"`<>{}$]+):([^\s/@'"`<>]+)@[\w.\[\]-]''')
ACCOUNT_KEY = re.compile(r'''AccountKey=([^;\s'"]+)''')


def block(lines, first, last):
    """(outside-2027-12, correction after the first tuning run, both halves:) a default's context is its parameter's lines,
    from the line that names the parameter to the default (1-based, inclusive), or those two lines alone when the block is
    longer than 240 characters: the name that says what the default is must be in the context."""
    whole = '\n'.join(lines[first - 1:last])
    return whole if len(whole) <= 240 else lines[first - 1] + '\n' + lines[last - 1]


class FieldReaders:
    """emit() (one `name: value` pair read from a line, labelled by the field's meaning and the value's shape), url() and
    the readers of YAML, JSON and env files, over a set's own rules: `add` (make_add's), `left_out`, `words`,
    `field_kind(name)`, `reference_class(v)`, `placeholder_class(v)`; `password_class`, the class of a password literal;
    `value_class(v)`, a class the value's own shape gives before that (or None); `not_a_value(v)`, a value that is a path
    or a mask, left out (the checks of outside-2027-12 always apply); `drop_quoted`, a value read with its opening quote is
    left out ('not-clean') after it took its place; `compose_repos`, repositories whose YAML files are all compose files.
    Under a credential field, after the ARN check: `not_a_literal(v, quoted)`, a value that is no literal, passed over;
    `benign_class(v)`, the class of a value that is a benign look-alike (or None); `ambiguous_name(words)`, a name under
    which a DNS-1123 value in YAML or shell may name a Secret object (left out, 'ambiguous'). The code readers (code_line)
    take `code_pair` (a `name = "literal"` pattern: groups name, quote, value), `setters` (patterns of a variable set by
    name: groups 2 and 4) and `code_more(repo, path, i, ln, syn)`, a set's own readers of a code line."""

    def __init__(self, add, left_out, *, words, field_kind, reference_class, placeholder_class, password_class,
                 value_class=lambda v: None, not_a_value=lambda v: False, drop_quoted=False, compose_repos=(),
                 not_a_literal=lambda v, quoted: False, benign_class=lambda v: None,
                 ambiguous_name=lambda w: w[-1] == 'secret', code_pair=None, setters=None, code_more=None):
        self.add, self.left_out, self.words, self.field_kind = add, left_out, words, field_kind
        self.reference_class, self.placeholder_class = reference_class, placeholder_class
        self.password_class, self.value_class, self.not_a_value = password_class, value_class, not_a_value
        self.drop_quoted, self.compose_repos = drop_quoted, compose_repos
        self.not_a_literal, self.benign_class, self.ambiguous_name = not_a_literal, benign_class, ambiguous_name
        self.code_pair, self.setters, self.code_more = code_pair, setters or (SUBSCRIPT_SET, SETENV), code_more

    def benign_field(self, name):
        w = self.words(name)
        return bool(w) and w[-1] in BENIGN_LAST

    def emit(self, repo, path, i, name, raw_value, syntax, line, key=None, where='field'):
        v, quoted = unquote_scalar(raw_value)
        # (outside-2027-13, correction after the first tuning run, both halves:) a value read with its opening quote — a
        # quoted YAML scalar followed by a comment (`api_key: "x"  # pragma: allowlist secret`), a JSON member written in a
        # YAML file (`"key": "value",`) — is left out after it took its place (taken once, counted in the caps), not
        # re-read, so that no other value enters and none changes its half.
        drop = 'not-clean' if self.drop_quoted and not quoted and len(v) >= 2 and v[0] in '"\'' else None
        add, left_out = self.add, self.left_out
        fk = self.field_kind(name)
        if fk is None and not self.benign_field(name):
            return
        origin = f'line {i}: {where} {name}'
        line = line.strip('\n') if '\n' in line else line.strip()
        if len(line) > 480 or '\n' not in line and len(line) > 240:
            return
        ref = self.reference_class(v)
        if fk in ('password', 'credential', 'aws-id'):
            if ref:
                add(repo, path, value=v, kind='benign', cls=ref, syntax=syntax, line=line, key=key, origin=origin, drop=drop)
                return
            if not v or BOOLISH.match(v) or len(v) < 3:
                left_out['short'] += 1
                return
            if v.startswith(('{', '[', '!', '/', '*')) or re.fullmatch(r'[*xX.]{3,}|<[^>]*>', v) or self.not_a_value(v):
                return  # a mapping, a list, a tag, a file path, a mask
            if re.search(r'\s', v):
                left_out['sentence'] += 1
                return  # a sentence (`TODO: Add your key`, a parameter's label), not one credential
            if v.startswith('arn:'):
                # CloudFormation's `ServiceToken` and the like: an ARN under a credential word is no credential
                add(repo, path, value=v, kind='benign', cls='credential-field-arn', syntax=syntax, line=line, key=key,
                    origin=origin, drop=drop)
                return
            if self.not_a_literal(v, quoted):
                return
            bc = self.benign_class(v)
            if bc:
                add(repo, path, value=v, kind='benign', cls=bc, syntax=syntax, line=line, key=key, origin=origin, drop=drop)
                return
            if re.fullmatch(r'[a-z]\w*(\.[A-Za-z_]\w*)+', v) and not quoted:
                return  # inline code's expression (`event.resultToken`), not a literal
            if v.lower() == name.split('.')[-1].split(':')[-1].lower():
                return  # a value that is its own field's name (`consumerKey: consumerKey`), no value
            if syntax in ('yaml', 'shell') and self.ambiguous_name(self.words(name)) and re.fullmatch(r'[a-z0-9]([a-z0-9.-]*[a-z0-9])?', v):
                left_out['ambiguous'] += 1
                return  # Kubernetes' convention: `tlsSecret: x-tls`, `secret: git-creds` name a Secret object; a DNS-1123
                        # name under a `...secret` key in YAML may be that or a value (left out either way)
            if name == 'passwd' and v in ('compat', 'files', 'db', 'nis', 'sss'):
                return  # nsswitch.conf's passwd database (a ConfigMap's file), no credential
            if re.match(r'^[a-z][a-z0-9+.-]*://', v):
                self.url(repo, path, i, v, syntax, line, key, name, drop=drop)
                return
            if fk == 'aws-id':
                if re.fullmatch(r'(AKIA|ASIA)[A-Z0-9]{16}', v):
                    add(repo, path, value=v, kind='aws-access-key-id', cls='placeholder-by-design' if 'EXAMPLE' in v else 'aws-access-key-id',
                        syntax=syntax, line=line, key=key, origin=origin, drop=drop)
                return
            if re.fullmatch(r'(AKIA|ASIA)[A-Z0-9]{16}', v):
                kind = 'aws-access-key-id'
            elif re.search(r'(?i)secret_?access_?key|aws.*secret|^secret_?key$', name) and re.fullmatch(r'[A-Za-z0-9/+]{40}', v):
                kind = 'aws-secret-key'
            elif fk == 'password':
                kind = 'password-literal'
            else:
                kind = 'api-token'
            cls = ('placeholder-by-design' if self.placeholder_class(v) or 'EXAMPLE' in v else self.value_class(v) or
                   (self.password_class if kind == 'password-literal' else kind if kind.startswith('aws') else 'unprefixed-key'))
            add(repo, path, value=v, kind=kind, cls=cls, syntax=syntax, line=line, key=key, origin=origin, drop=drop)
            return
        # Not a credential field: a benign look-alike from the same file, when the value is a literal of some length.
        if ref or not v or BOOLISH.match(v) or len(v) < 4 or re.search(r'\s', v) or v.startswith(('{', '[', '!')):
            return
        if re.match(r'^[a-z][a-z0-9+.-]*://[^/@]*:[^/@]*@', v):
            return  # a URL with user-info under a non-credential name: read by url() only under a credential field
        cls = 'credential-word-field' if fk == 'mentions' else 'parsed-field'
        add(repo, path, value=v, kind='benign', cls=cls, syntax=syntax, line=line, key=key, origin=origin, drop=drop)

    def url(self, repo, path, i, v, syntax, line, key, name, drop=None):
        """The password of a URL's user-info under a credential field (url-credentials)."""
        m = re.match(r'^[a-z][a-z0-9+.-]*://([^/@\s]*)@', v)
        if not m or ':' not in m.group(1):
            return
        pw = unquote(m.group(1).split(':', 1)[1])
        if len(pw) < 3 or self.reference_class(pw) or re.fullmatch(r'\*+', pw):
            return
        self.add(repo, path, value=pw, kind='url-credentials', cls='placeholder-by-design' if self.placeholder_class(pw) else 'password-in-url',
                 syntax=syntax, line=line, key=key, origin=f'line {i}: URL in {name}', drop=drop)

    def yaml_file(self, repo, path, text):
        emit, field_kind, placeholder_class = self.emit, self.field_kind, self.placeholder_class
        compose = re.search(r'(compose|stack)[^/]*\.ya?ml$', path) is not None or repo in self.compose_repos
        secret_doc = re.search(r'(?m)^kind:\s*Secret\s*$', text) is not None
        lines = text.split('\n')
        in_data, prev_name = None, None
        parents = []  # (indent, key) of the mappings open above the line
        for i, ln in enumerate(lines, 1):
            if not ln.strip() or ln.lstrip().startswith('#'):
                continue
            indent = len(ln) - len(ln.lstrip())
            while parents and parents[-1][0] >= indent:
                parents.pop()
            pm = re.match(r'''^\s*["']?([A-Za-z_][\w.:/-]*)["']?\s*:\s*$''', ln)
            if pm:
                parents.append((indent, pm.group(1), i))
            # a Kubernetes Secret's `data:` / `stringData:` block: its keys name what each value is
            m = re.match(r'^(\s*)(data|stringData):\s*$', ln)
            if m and secret_doc:
                in_data = (len(m.group(1)), m.group(2))
                continue
            if in_data and indent <= in_data[0]:
                in_data = None
            e = ENV_ITEM.match(ln)
            if e:
                emit(repo, path, i, e.group(1), e.group(2), 'env', ln, key=e.group(1), where='environment')
                continue
            m = YAML_PAIR.match(ln)
            if not m:
                prev_name = None
                continue
            name, raw = m.group(1), m.group(2)
            if in_data and in_data[1] == 'data':
                v, _ = unquote_scalar(raw)
                fk = field_kind(name)
                if fk in ('password', 'credential') and re.fullmatch(r'[A-Za-z0-9+/]{4,}={0,2}', v) and len(v) % 4 == 0:
                    try:
                        dec = base64.b64decode(v).decode('utf8')
                    except Exception:  # noqa: BLE001
                        continue
                    if not dec.strip():
                        continue
                    kind = 'password-literal' if fk == 'password' else 'api-token'
                    self.add(repo, path, value=v, kind=kind,
                             cls='placeholder-by-design' if placeholder_class(dec.strip()) else 'k8s-secret-base64',
                             syntax='yaml', line=ln.strip(), origin=f'line {i}: Secret data {name}')
                continue
            # a container env entry (`- name: X` then `value: y`): the variable's name says what the value is
            if name == 'name' and ln.lstrip().startswith('- '):
                prev_name = unquote_scalar(raw)[0]
                continue
            if name == 'value' and prev_name:
                emit(repo, path, i, prev_name, raw, 'env', ln, key=prev_name, where='env')
                prev_name = None
                continue
            prev_name = None
            # CloudFormation's long form (`MasterUserPassword:` then `Ref: DBPassword`) under a credential field: a reference
            if (name == 'Ref' or name.startswith('Fn::')) and parents:
                if field_kind(parents[-1][1]) in ('password', 'credential'):
                    v = unquote_scalar(raw)[0]
                    if len(v) >= 4 and not v.startswith(('[', '{')):
                        self.add(repo, path, value=v, kind='benign', cls='cfn-reference', syntax='yaml', line=ln.strip(),
                                 origin=f'line {i}: {name} under {parents[-1][1]}')
                continue
            # a parameter's default / a parameters file's value: the parameter's name says what it is
            if name in DEFAULT_KEYS and parents:
                emit(repo, path, i, parents[-1][1], raw, 'yaml', block(lines, parents[-1][2], i), where='default of parameter')
                continue
            if compose and re.fullmatch(r'[A-Z][A-Z0-9_]*', name):
                emit(repo, path, i, name, raw, 'env', ln, key=name, where='environment')
            else:
                emit(repo, path, i, name, raw, 'yaml', ln)

    def json_file(self, repo, path, text):
        stack = []  # the keys of the objects open above the line (`"Name": {` opens one), with their line
        lines = text.split('\n')
        for i, ln in enumerate(lines, 1):
            for m in JSON_PAIR.finditer(ln):
                raw = json.loads('"' + m.group(2) + '"') if '\\' in m.group(2) else m.group(2)
                if '\n' in raw:
                    continue
                name = m.group(1)
                if name in DEFAULT_KEYS and stack and stack[-1]:
                    self.emit(repo, path, i, stack[-1][0], json.dumps(raw), 'json', block(lines, stack[-1][1], i),
                              where='default of parameter')
                else:
                    self.emit(repo, path, i, name, json.dumps(raw), 'json', ln)
            om = re.match(r'^\s*"([A-Za-z_][\w.:/-]*)"\s*:\s*\{\s*$', ln)
            if om:
                stack.append((om.group(1), i))
            else:
                stack += [None] * ln.count('{')
                for _ in range(ln.count('}')):
                    if stack:
                        stack.pop()
            for m in JSON_REF.finditer(ln):
                if self.field_kind(m.group(1)) in ('password', 'credential'):
                    self.add(repo, path, value=m.group(0)[m.group(0).index('{'):], kind='benign', cls='cfn-reference',
                             syntax='json', line=ln.strip(), origin=f'line {i}: field {m.group(1)}')

    def env_file(self, repo, path, text):
        for i, ln in enumerate(text.split('\n'), 1):
            m = ENV_LINE.match(ln)
            if m:
                self.emit(repo, path, i, m.group(1), m.group(2), 'env', ln, key=m.group(1), where='variable')

    def helm_set(self, repo, path, i, ln):
        """A README's `helm install --set name=value`: the setting's name says what the value is."""
        for m in HELM_SET.finditer(ln):
            v = m.group(2)
            if v.startswith('"') and v.count('"') == 1 or v.startswith("'") and v.count("'") == 1:
                continue
            self.emit(repo, path, i, m.group(1), v, 'shell', ln, where='helm --set')

    def docker_env(self, repo, path, i, ln):
        """A documented `docker run -e NAME=value`: the variable's name says what the value is."""
        if ln.lstrip().startswith('$ docker') or ln.lstrip().startswith('docker ') or ' -e ' in ln:
            for m in DOCKER_E.finditer(ln):
                self.emit(repo, path, i, m.group(1), m.group(2), 'env', ln, key=m.group(1), where='docker run -e')

    def read(self, repo, path, text, code_syntax, own=None, other_block=None):
        """(outside-2027-13's order) One file: url_scan over its lines, then its reader by the extension: YAML, JSON, the
        set's own (`own`: extension → reader(repo, path, text)), code (`code_syntax`: extension → syntax), Markdown and
        reST (markdown_file, with `other_block`), INI / TOML / HOCON / .cfg, else env."""
        self.url_scan(repo, path, text)
        ext = path.rsplit('.', 1)[-1]
        if path.endswith(('.yaml', '.yml')):
            self.yaml_file(repo, path, text)
        elif path.endswith('.json'):
            self.json_file(repo, path, text)
        elif own and ext in own:
            own[ext](repo, path, text)
        elif ext in code_syntax:
            self.code_file(repo, path, text, code_syntax[ext])
        elif path.endswith(('.md', '.rst')):
            self.markdown_file(repo, path, text, other_block)
        elif path.endswith(('.toml', '.cfg', '.ini', '.conf')):
            self.ini_file(repo, path, text)
        else:
            self.env_file(repo, path, text)

    def url_scan(self, repo, path, text):
        """(outside-2027-13) A URL with user-info (`postgresql://user:pw@host/db`) anywhere in a file: the password, as the
        URL's scheme defines it (url-credentials); and an Azure storage connection string's `AccountKey=` (api-token)."""
        for i, ln in enumerate(text.split('\n'), 1):
            s = ln.strip()
            if len(s) > 240:
                continue
            for m in URL_CRED.finditer(ln):
                pw = unquote(m.group(2))
                if len(pw) < 3 or self.reference_class(pw) or re.fullmatch(r'[*x]+', pw) or '%s' in pw:
                    continue
                self.add(repo, path, value=pw, kind='url-credentials',
                         cls='placeholder-by-design' if self.placeholder_class(pw) else 'password-in-url',
                         syntax=line_syntax(path, s), line=s, origin=f'line {i}: URL user-info')
            for m in ACCOUNT_KEY.finditer(ln):
                v = m.group(1)
                if len(v) < 8 or self.reference_class(v) or re.search(r'[{}<>$%]', v):
                    continue
                self.add(repo, path, value=v, kind='api-token',
                         cls='placeholder-by-design' if self.placeholder_class(v) else 'azure-account-key',
                         syntax=line_syntax(path, s), line=s, origin=f'line {i}: connection string AccountKey')

    def ini_line(self, repo, path, i, ln):
        """(outside-2027-13) An INI / TOML / HOCON / .cfg setting (`password = x`, `access_key: "x"`)."""
        if ln.strip().startswith(('#', ';', '//', '[')):
            return
        m = INI_PAIR.match(ln)
        if m and not m.group(2).startswith(('{', '[')):
            self.emit(repo, path, i, m.group(1), m.group(2), 'ini', ln)

    def ini_file(self, repo, path, text):
        for i, ln in enumerate(text.split('\n'), 1):
            self.ini_line(repo, path, i, ln)

    def code_file(self, repo, path, text, syn):
        for i, ln in enumerate(text.split('\n'), 1):
            self.code_line(repo, path, i, ln, syn)

    def code_line(self, repo, path, i, ln, syn):
        """(outside-2027-13) Python / JS / Go and the like: a keyword argument, an assignment, a dict or object member, a
        struct field whose value is one string literal (code_pair); a variable set by name (setters: `os.environ["X"] =
        "…"`, `setenv("X", "…")`); the set's own readers (code_more); an equality a test asserts (`assert cfg["password"]
        == "…"`, the name being the last identifier on its left); an environment reference under a credential name
        (`api_key=os.environ["X"]`: a benign look-alike)."""
        emit = self.emit
        s = ln.strip()
        if s.startswith(('//', '#', '*', '/*')) or len(s) > 240:
            return
        if '`' in s or re.search(r"""\bf["']""", s):
            return  # a template literal or an f-string: the value is built, not written
        if re.match(r'^\s*\w+(\s*,\s*\w+)+\s*=[^=]', ln):
            return  # a tuple assignment (`user, password = "a", "b"`): the names and values pair by position
        for m in self.code_pair.finditer(ln):
            if syn == 'code-python' and m.group(0)[0] not in '"\'' and re.match(r'[\w.:-]+\s*:', m.group(0)):
                continue  # Python's `{name: "x"}`: `name` is a variable used as a key, not the field's name
            if re.search(r'\.token$', m.group(1)):
                self.left_out['ambiguous'] += 1
                continue  # `chosen.token = "x"`: a model's output token on an object, or a credential; left out either way
            if re.search(r'\+\s*$', ln[:m.start(2)]) or BUILT.match(ln[m.end():]):
                continue  # a concatenation, repetition or formatting: the value is not the literal
            emit(repo, path, i, m.group(1), json.dumps(m.group(3)), syn, ln)
        for rx in self.setters:
            for m in rx.finditer(ln):
                if not BUILT.match(ln[m.end():]):
                    emit(repo, path, i, m.group(2), json.dumps(m.group(4)), syn, ln, where='set')
        if self.code_more:
            self.code_more(repo, path, i, ln, syn)
        for m in ASSERT_EQ.finditer(ln):
            if not BUILT.match(ln[m.end():]):
                name = re.findall(r'[A-Za-z_][\w-]*', m.group(1))[-1]
                emit(repo, path, i, name, json.dumps(m.group(3)), syn, ln, where='asserted')
        for m in CODE_REF.finditer(ln):
            if self.field_kind(m.group(1)) in ('password', 'credential'):
                emit(repo, path, i, m.group(1), m.group(2), syn, ln)

    def markdown_file(self, repo, path, text, other_block=None):
        """(outside-2027-13) A README's or doc's lines: `helm --set`, `dvc remote modify`, `docker run -e`, `export X=…`,
        and the fenced code blocks by their language (code, YAML, INI, env); `other_block(repo, path, i, ln, lang)`, a
        set's reader of the blocks in other languages."""
        lang = None  # the language of the fenced code block the line is in, or None
        for i, ln in enumerate(text.split('\n'), 1):
            f = FENCE.match(ln)
            if f:
                lang = None if lang is not None else (f.group(2).lower() or 'text')
                continue
            self.helm_set(repo, path, i, ln)
            for m in DVC_MODIFY.finditer(ln):
                self.emit(repo, path, i, m.group(1), m.group(3), 'shell', ln.strip(), where='dvc remote modify')
            self.docker_env(repo, path, i, ln)
            m = EXPORT.match(ln)
            if m:
                self.emit(repo, path, i, m.group(1), m.group(3), 'shell', ln.strip(), where='export')
                continue
            if lang in CODE_LANGS:
                self.code_line(repo, path, i, ln, CODE_LANGS[lang])
            elif lang in ('yaml', 'yml'):
                ym = YAML_PAIR.match(ln)
                if ym:
                    self.emit(repo, path, i, ym.group(1), ym.group(2), 'yaml', ln)
            elif lang in ('ini', 'toml', 'cfg', 'conf', 'hocon', 'properties'):
                self.ini_line(repo, path, i, ln)
            elif lang in ('env', 'dotenv', 'bash', 'sh', 'shell', 'console', 'text'):
                em = ENV_LINE.match(ln)
                if em:
                    self.emit(repo, path, i, em.group(1), em.group(2), 'env', ln, key=em.group(1), where='variable')
            elif other_block:
                other_block(repo, path, i, ln, lang)


def line_syntax(path, ln):
    """The syntax of a line read anywhere in a file (url_scan): by the file's extension, else by the line's shape."""
    for ext, syn in (('.yaml', 'yaml'), ('.yml', 'yaml'), ('.json', 'json'), ('.py', 'code-python'), ('.go', 'code-go'),
                     ('.ts', 'code-js'), ('.js', 'code-js'), ('.toml', 'ini'), ('.cfg', 'ini'), ('.ini', 'ini'), ('.conf', 'ini')):
        if path.endswith(ext):
            return syn
    s = syntax_of(ln)
    return s if s not in ('env', 'json') else 'assignment'


def hcl_file(text, hcl_line):
    """(outside-2027-12) Terraform's lines, each handed to `hcl_line(i, ln, var)` with `var`, the `variable "name" {` block
    the line is in, as (its name, its lines up to this one: block()) — its `default` is the variable's value — or None."""
    var = None
    lines = text.split('\n')
    for i, ln in enumerate(lines, 1):
        hcl_line(i, ln, var and (var[0], block(lines, var[1], i)))
        vm = re.match(r'^\s*variable\s+"([\w-]+)"\s*\{', ln)
        if vm:
            var = (vm.group(1), i)
        elif re.match(r'^\}\s*$', ln):
            var = None
