#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-08 corpus (issue 28: a ninth outside set, on credentials, from kinds of
# source the earlier sets do not use: configuration and connection-URL parsers whose tests assert the password they parse,
# and the SDKs of the ML stack whose tests configure the credential they send) from public projects' test data that none
# of the project's corpora draws on (corpus.json, independent.json, outside-2026-12 … outside-2027-07; the projects they
# use are listed in ABOUT.md). None of those is read here except to leave out values they already hold.
# Values and their minimal label context only, never a copied file. Each candidate names its repository, path and commit
# (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-08/collect.py > test/corpus/outside-2027-08/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-08` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack. Labels come from each source's own meaning of the field (the parser's
# asserted password, the SDK's credential argument, the standard that defines a field such as Docker's `auth`), with
# the overrides listed below and in ABOUT.md, each with its reason.
import base64, json, os, re, sys
from urllib.parse import unquote
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import is_placeholder, known_values, mirror_git as git, source_id  # noqa: E402

LICENCES = {
    'jazzband/dj-database-url': 'BSD-3-Clause',
    'sqlalchemy/sqlalchemy': 'MIT',
    'redis/redis-py': 'MIT',
    'pypa/twine': 'Apache-2.0',
    'docker/cli': 'Apache-2.0',
    'databricks/databricks-sdk-py': 'Apache-2.0',
    'databricks/databricks-sdk-go': 'Apache-2.0',
    'huggingface/huggingface_hub': 'Apache-2.0',
    'wandb/wandb': 'MIT',
    'psf/requests': 'Apache-2.0',
    'aio-libs/yarl': 'Apache-2.0',
    'urllib3/urllib3': 'MIT',
    'docker/docker-py': 'Apache-2.0',
    'npm/npm-registry-fetch': 'ISC',
    'kubernetes-client/python': 'Apache-2.0',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'jazzband/dj-database-url': 'fd92df5cc543b331b539d4359ba02d401ec59a97',
    'sqlalchemy/sqlalchemy': 'f35da7e2b9349a08b8de1f6bd3b07c8bf8616790',
    'redis/redis-py': '34817ce2a2accc893a81180fe737e0c4f5ac6b0c',
    'pypa/twine': 'f536ac5d0c77a24a997854328e64644f576b4992',
    'docker/cli': '28f756087eea5fa301f3fbf12b01ae62f91521c2',
    'databricks/databricks-sdk-py': '9ae2241564f93eec8b747514cdef56439f77a077',
    'databricks/databricks-sdk-go': '1ff3c785425fbb6ad4c96c50c538231fce761996',
    'huggingface/huggingface_hub': 'ee0a4510f4bc15e26cb722be2efc2bdb01383ca0',
    'wandb/wandb': 'b6e29505884ea60c79ca12091f1f75bd39d2f955',
    'psf/requests': '1f6589ec3a1ee910f9a65cc3ceac60b26677bc0e',
    'aio-libs/yarl': '7009e844cec7959e73741102ceadff49ed914291',
    'urllib3/urllib3': '6a8536b6e1b0cbe69ae801337c599951e527ae29',
    'docker/docker-py': 'afc6d1ee308e78b908b96a94298c37fa8c465588',
    'npm/npm-registry-fetch': '844230fcfc5d9c14ec2fc788eb49f465f9ff37dd',
    'kubernetes-client/python': '024658493d124f046fc0a9827a2a3165cf2aee28',
}
# The files read, per repository (their test files that parse or configure a credential), fixed before any
# detector ran: the URL parsers' and configuration readers' tests named in the brief, and, for the SDKs, every test
# file under the listed folders (a path glob, expanded at the pinned commit, sorted).
FILES = {
    'jazzband/dj-database-url': ['tests/test_dj_database_url.py'],
    'sqlalchemy/sqlalchemy': ['test/engine/test_parseconnect.py'],
    'redis/redis-py': ['tests/test_connection_pool.py', 'tests/test_connection.py'],
    'pypa/twine': ['tests/fixtures/deprecated-pypirc', 'tests/test_settings.py', 'tests/test_utils.py', 'tests/test_auth.py',
                   'tests/test_repository.py', 'tests/test_upload.py', 'tests/test_cli.py'],
    'docker/cli': [r'^cli/config/.*_test\.go$', r'^cli/command/registry/.*_test\.go$'],
    'databricks/databricks-sdk-py': [r'^tests/.*\.py$'],
    'databricks/databricks-sdk-go': [r'^config/.*_test\.go$', r'^httpclient/.*_test\.go$', r'^credentials/.*_test\.go$'],
    'huggingface/huggingface_hub': [r'^tests/.*\.py$'],
    'wandb/wandb': [r'^tests/unit_tests/test_lib/test_auth.*\.py$', r'^tests/unit_tests/test_wandb_settings\.py$',
                    r'^tests/unit_tests/test_internal_api\.py$', r'^tests/unit_tests/test_public_api/test_public_api\.py$'],
    'psf/requests': ['tests/test_utils.py', 'tests/test_requests.py'],
    'aio-libs/yarl': [r'^tests/test_url.*\.py$'],
    'urllib3/urllib3': ['test/test_util.py', 'test/test_poolmanager.py', 'test/test_proxymanager.py'],
    'docker/docker-py': ['tests/unit/auth_test.py', 'tests/unit/api_test.py', 'tests/unit/client_test.py'],
    'npm/npm-registry-fetch': ['test/auth.js', 'test/index.js'],
    'kubernetes-client/python': ['kubernetes/base/config/kube_config_test.py', 'kubernetes/base/config/incluster_config_test.py'],
}
sources, out = {}, []


def show(repo, path):
    return git(repo, 'show', f'{PIN[repo]}:{path}')


def files(repo):
    res = []
    listing = None
    for f in FILES[repo]:
        if f.startswith('^'):
            if listing is None:
                listing = git(repo, 'ls-tree', '-r', '--name-only', PIN[repo]).splitlines()
            res += sorted(p for p in listing if re.search(f, p))
        else:
            res.append(f)
    return res


def sid(repo, path):
    return source_id(sources, repo, path, PIN[repo], LICENCES[repo])


# Values the project's other corpora already hold (corpus.json, independent.json and every earlier outside set's
# candidates) are left out: a value, or a token of 10+ characters of one of theirs, equal to the candidate. A value is
# also taken once over the whole set (the first source in the order below, and the first line in a file, keeps it), so
# that it cannot fall in both halves.
HERE = os.path.dirname(os.path.abspath(__file__))
known = known_values(os.path.join(HERE, '..'), ('outside-2026-12', 'outside-2027-01', 'outside-2027-02', 'outside-2027-03',
                                                 'outside-2027-04', 'outside-2027-05', 'outside-2027-06', 'outside-2027-07'))
taken = set()
left_out = {'known': 0, 'duplicate': 0, 'cap-file': 0, 'cap-repo': 0, 'template': 0, 'mask': 0, 'not-clean': 0, 'e-mail': 0}

# The caps, fixed before any detector ran: at most 30 values of one kind from one source file, and at most 60 of one
# kind from one repository (the SDKs have hundreds of test files: no one project may make most of a kind).
CAP_FILE, CAP_REPO = 30, 60
count = {}


def add(repo, path, *, value, kind, cls, syntax, origin, line=None, key=None, drop=None):
    """drop: the reason a value is left out AFTER it took its place (taken once, counted in the caps), so that leaving it out
    lets no other value in: the correction after the first tuning run only removes values."""
    v = value
    if v in known:
        left_out['known'] += 1
        return
    if v in taken:
        left_out['duplicate'] += 1
        return
    kf, kr = (repo, path, kind), (repo, kind)
    if count.get(kf, 0) >= CAP_FILE:
        left_out['cap-file'] += 1
        return
    if count.get(kr, 0) >= CAP_REPO:
        left_out['cap-repo'] += 1
        return
    count[kf] = count.get(kf, 0) + 1
    count[kr] = count.get(kr, 0) + 1
    taken.add(v)
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


# ---- The words the pack treats as placeholders by design (`password`, `secret`, `token`, `test-token`, `mypassword`,
# ...). The brief: an asserted credential stays labelled as the source says, and how many such values there are is
# noted, so that the figure can be read. They keep their kind and get a class of their own, `placeholder-by-design`
# (outside_collect.is_placeholder, or a value that is only test words: test, fake, mock, dummy, sample, example, my, your,
# secret, password, token, key, pass, access, refresh, client, id, with digits and separators).
TEST_WORDS = re.compile(r'(?i)^(?:(?:test|testing|fake|mock|dummy|sample|example|my|your|some|secret|password|passwd|pass|pw|pwd|'
                        r'token|key|api|access|refresh|client|id|auth|bearer|new|old|valid|invalid|bad|good|other|foo|bar|baz|'
                        r'user|admin|[0-9]+)[-_ .:]*)+$')


def placeholder_class(v):
    return is_placeholder(v) or TEST_WORDS.match(v) is not None and re.search(r'[A-Za-z]', v) is not None


# A value that is a template or a code reference (`{token}`, `%s`, `${X}`, an f-string part) is not a value the test
# assigns: not taken.
TEMPLATE = re.compile(r'[{}$%]|^\s*$')

# ---- Connection URLs (the parsers' tests): every URL literal with a user-info part. The password the URL carries is
# what the parser asserts (dj-database-url: `url["PASSWORD"]`, SQLAlchemy: `u.password`, redis-py: `connection_kwargs
# ["password"]`) -> url-credentials, value the decoded password (as the tests assert it), context the URL (placed under an
# environment variable, syntax url). A URL whose user-info has an empty password or none, of a database scheme (not
# http/https) -> benign (url-no-password), value the URL: the parsers assert `PASSWORD == ""` / no password for them.
URL = re.compile(r'''(?<=["'`])([a-z][a-z0-9+.-]*)://([^"'`\n]*)(?=["'`])''')
URL_KEY = {'jazzband/dj-database-url': 'DATABASE_URL', 'sqlalchemy/sqlalchemy': 'SQLALCHEMY_DATABASE_URI',
           'redis/redis-py': 'REDIS_URL', 'psf/requests': 'PROXY_URL', 'aio-libs/yarl': 'SERVICE_URL',
           'urllib3/urllib3': 'PROXY_URL'}


def joined(text):
    """Python's adjacent string literals on consecutive lines (`"dbtype://user:pw"` / `"@host/db"`) joined into one, so
    that a URL split over lines is read whole (the parser sees it whole)."""
    return re.sub(r'(["\'])[ \t]*\n[ \t]*\1', '', text)


def urls(repo, path, text):
    for i, ln in enumerate(joined(text).splitlines(), 1):
        if '%s' in ln or '{}' in ln or '{' in ln and 'f"' in ln:
            continue  # a URL template (`%s`, `{}`, an f-string): no value
        for m in URL.finditer(ln):
            scheme, rest = m.group(1), m.group(2)
            u = m.group(0).rstrip('.,;)')
            at = rest.rfind('@', 0, (rest + '/').find('/', rest.find('@') if '@' in rest else 0) + 1) if '@' in rest else -1
            userinfo = rest[:rest.index('@')] if '@' in rest and (rest.find('/') < 0 or rest.find('@') < rest.find('/')) else None
            del at
            key = URL_KEY.get(repo, 'DATABASE_URL')
            if userinfo is not None and ':' in userinfo:
                pw = unquote(userinfo.split(':', 1)[1])
                if re.fullmatch(r'\*+', pw):
                    continue  # the parser's masked rendering (`user:***@`), which the test asserts hides the password
                if len(pw) < 3 or re.search(r'[\x00-\x1f\x7f\xad\u200b]', pw):
                    left_out['mask'] += 1
                    continue  # a stub of one or two characters, or control / invisible characters (no value one types)
                if pw:
                    cls = 'placeholder-by-design' if placeholder_class(pw) else (
                        'password-in-url-encoded' if '%' in userinfo.split(':', 1)[1] else 'password-in-url')
                    add(repo, path, value=pw, kind='url-credentials', cls=cls, syntax='url', line=u, key=key,
                        origin=f'line {i}: URL with a password')
                    continue
            if scheme not in ('http', 'https') and (userinfo is None or ':' not in userinfo or userinfo.endswith(':')):
                if len(u) > len(scheme) + 4:
                    add(repo, path, value=u, kind='benign', cls='url-no-password', syntax='url', line=u, key=key,
                        origin=f'line {i}: URL without a password')


# ---- Fields assigned a literal in the tests (Python keyword arguments, dict members, Go struct fields, assertions on a
# parsed field): `name = "value"`, `"name": "value"`, `Name: "value"`, `x.name == "value"`.
ASSIGN = re.compile(r'''(?:\b|["'])([A-Za-z_][A-Za-z0-9_]*)["']?\]?\s*(?:==|:=|=|:)\s*[bfr]?(["'`])([^"'`\n\\]{1,300})\2''')
# A credential field: its name says password or secret / token / key of an API (the SDKs' Config(token=...), a client
# secret, an API key). password names -> password-literal; AWS secret key names -> aws-secret-key; other credential
# names -> api-token, or the vendor kind a value's prefix names (ghp_ -> github-token, xox -> slack-token, eyJ.. -> jwt,
# AKIA -> aws-access-key-id).
PW_NAME = re.compile(r'(?i)(password|passwd|passphrase|^pwd$|_pwd$|^pw$)')
CRED_NAME = re.compile(r'(?i)(token|secret|api_?key|apikey|access_?key|credential|^auth$|^authorization$)')
# A name with a credential word that is NOT a credential field (the type, endpoint, path, scope, expiry of a token, the name
# of a variable that holds it, a page token of a list API, a token count): a benign look-alike, credential-word-field.
NOT_CRED = re.compile(r'(?i)(type|endpoint|url|uri|path|file|audience|expir|scope|name|_id$|^id$|header|env|kind|method|mode|'
                      r'provider|source|host|page|count|len|style|format|policy|field|prefix|issuer|usage|limit|num|max|min|'
                      r'hint|label|description|message|error|status|state|cache|dir|var|attr|param|arg|flag|version|store|helper)')
# Fields that are not credentials, taken as benign look-alikes (parsed user names, hosts, databases, ids, revisions):
BENIGN_NAME = re.compile(r'(?i)^(user|username|user_name|login|host|hostname|database|db|dbname|revision|sha|commit|oid|etag|'
                         r'repo_id|account_id|client_id|tenant_id|workspace_id|azure_tenant_id|azure_client_id|cluster_id|'
                         r'run_id|email|uuid|request_id)$')


def kind_of(name, v):
    if re.match(r'^(ghp|gho|ghu|ghs|ghr|github_pat)_', v):
        return 'github-token'
    if re.match(r'^xox[abpors]-', v):
        return 'slack-token'
    if re.match(r'^eyJ[\w-]+\.eyJ[\w-]+\.', v):
        return 'jwt'
    if re.match(r'^(AKIA|ASIA)[A-Z0-9]{16}$', v):
        return 'aws-access-key-id'
    if re.search(r'(?i)aws.*secret|secret_access_key', name):
        return 'aws-secret-key'
    if PW_NAME.search(name):
        return 'password-literal'
    return 'api-token'


def cls_of(kind, v):
    if placeholder_class(v):
        return 'placeholder-by-design'
    if kind == 'password-literal':
        return 'password-in-code'
    if re.match(r'^(dapi|hf_|api_|ghp_|xox|eyJ|sk-|AKIA)', v):
        return 'vendor-key-prefixed'
    return 'unprefixed-key'


def syntax_of_path(path):
    return ('code-go' if path.endswith('.go') else 'code-python' if path.endswith('.py') else 'code-js'
            if path.endswith('.js') else 'assignment')


# Docker's config.json `auth`: base64 of `user:password` (the file format's definition) -> password-literal, syntax
# docker-config; one that does not decode to `user:password` is left out.
def docker_auth(v):
    try:
        d = base64.b64decode(v + '=' * (-len(v) % 4), validate=True).decode('utf8')
    except Exception:  # noqa: BLE001
        return False
    return ':' in d and len(d.split(':', 1)[1]) > 0


# .pypirc / .netrc lines in the tests' fixtures and strings: `password: x` / `password = x` (twine reads it as the
# password of the repository section) -> password-literal (syntax pypirc); `username` lines -> benign (parsed-field);
# netrc `machine … login … password x` -> password-literal (syntax assignment).
PYPIRC = re.compile(r'^\s*(password|username)\s*[:=]\s*([^\s"\'{}(),]+)\s*$')
NETRC = re.compile(r'\bmachine\s+\S+\s+login\s+\S+\s+password\s+([^\s"\'{}\\]+)')


# Overrides (read from the test, before any detector ran): huggingface_hub's `non_existent_token` holds the NAME of a
# token in its token store (`_set_active_token(name)`), not a token.
NOT_A_CREDENTIAL = {('huggingface/huggingface_hub', 'tests/test_auth.py', 'non_existent_token')}


def fields(repo, path, text):
    syn = syntax_of_path(path)
    for i, ln in enumerate(text.splitlines(), 1):
        s = ln.strip()
        if len(s) > 240:
            continue  # a line over 240 characters (a fixture blob) is not a minimal context
        if s.startswith(('#', '//')):
            continue  # comments carry no test expectation
        pm = PYPIRC.match(ln)
        if pm and repo == 'pypa/twine':
            name, v = pm.group(1), pm.group(2)
            if name == 'password':
                add(repo, path, value=v, kind='password-literal', cls=cls_of('password-literal', v), syntax='pypirc',
                    line=s, origin=f'line {i}: pypirc password')
            else:
                add(repo, path, value=v, kind='benign', cls='parsed-field', syntax='pypirc', line=s,
                    origin=f'line {i}: pypirc username')
            continue
        nm = NETRC.search(ln)
        if nm and not TEMPLATE.search(nm.group(1)):
            v = nm.group(1)
            add(repo, path, value=v, kind='api-token' if repo == 'wandb/wandb' else 'password-literal',
                cls=cls_of('api-token', v), syntax='assignment', line=nm.group(0), origin=f'line {i}: netrc password')
            continue
        # A benign value's line must be clean: a line that also assigns a literal to a credential field (`access_token=
        # "x", token_type="Bearer"`, `host="h", api_key="k" * 5`) or an Authorization header gives no benign look-alike
        # (correction after the first tuning run, by rule, both halves; ABOUT.md).
        dirty = any((PW_NAME.search(d.group(1)) or CRED_NAME.search(d.group(1))) and not NOT_CRED.search(d.group(1))
                    and not TEMPLATE.search(d.group(3)) for d in ASSIGN.finditer(ln))
        for m in ASSIGN.finditer(ln):
            name, v = m.group(1), m.group(3)
            if TEMPLATE.search(v):
                left_out['template'] += 1
                continue
            if re.match(r'\s*[*+]', ln[m.end():]) or re.search(r'\+\s*$', ln[:m.start(2)]):
                continue  # `"a" * 40`, `"token-" + x`: the value is not the literal
            if re.search(r'(?i)(response|body|json|payload|output|result|content)$', name):
                continue  # a whole response or document, not one field's value
            if len(v.strip()) < 3 or re.fullmatch(r'[*.\-_ ]+|\w*\*{3,}\w*|\w+\.\.\.|__[A-Z0-9_]+__', v) or v.endswith(','):
                left_out['mask'] += 1
                continue  # a mask (`***`, `hf_***`, `dapi…...`), a stub of one or two characters, or a code fragment
            if v == name:
                continue  # a constant whose value is its own name (an error code), no value
            if name.lower() == 'auth':
                if repo == 'docker/cli' and docker_auth(v):
                    add(repo, path, value=v, kind='password-literal', cls='docker-auth-base64', syntax='docker-config',
                        line=s, origin=f'line {i}: config.json auth')
                continue
            if name.lower() == 'authorization':
                am = re.match(r'^(Bearer|Basic|token|access-token)\s+(\S+)$', v)
                if am:
                    k = 'password-literal' if am.group(1) == 'Basic' else 'api-token'
                    add(repo, path, value=am.group(2), kind=k, cls=cls_of(k, am.group(2)), syntax=syn, line=s,
                        origin=f'line {i}: Authorization header')
                continue
            if (repo, path, name) in NOT_A_CREDENTIAL:
                continue
            if PW_NAME.search(name) or CRED_NAME.search(name):
                if NOT_CRED.search(name):
                    if PW_NAME.search(name):
                        continue  # `expiredPassword`: a password by its name, but the name says more; left out
                    if len(v) >= 4:
                        add(repo, path, value=v, kind='benign', cls='credential-word-field', syntax=syn, line=s,
                            origin=f'line {i}: field {name}', drop='not-clean' if dirty else None)
                    continue
                k = kind_of(name, v)
                add(repo, path, value=v, kind=k, cls=cls_of(k, v), syntax=syn, line=s, origin=f'line {i}: field {name}')
            elif BENIGN_NAME.match(name) and len(v) >= 6 and not re.search(r'\s', v):
                # not clean (above), or an e-mail address: the pack has an e-mail kind (advisory PHI), so an address is no
                # benign look-alike of a credential (correction after the first tuning run)
                add(repo, path, value=v, kind='benign', cls='parsed-field', syntax=syn, line=s,
                    origin=f'line {i}: field {name}', drop='not-clean' if dirty else 'e-mail' if re.fullmatch(r'[^@\s]+@[^@\s]+', v) else None)


for repo in PIN:
    for p in files(repo):
        text = show(repo, p)
        if repo in URL_KEY:
            urls(repo, p, text)
        fields(repo, p, text)

sys.stderr.write(f'{len(out)} candidates; left out: {left_out}\n')
json.dump({'note': 'Raw candidates of the outside-2027-08 corpus; see collect.py.', 'sources': sources, 'candidates': out},
          sys.stdout, indent=1, ensure_ascii=False)
sys.stdout.write('\n')
