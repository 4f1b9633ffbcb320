#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-10 corpus (issue 28: an eleventh outside set, on credentials, from kinds
# of source the earlier sets do not use: OAuth/OIDC libraries' tests, which exchange client secrets, access and refresh
# tokens, and vendor SDKs' tests, which configure the key they send: Stripe, Slack, Twilio, SendGrid, Anthropic,
# Elasticsearch / OpenSearch, and Google's auth library with its service-account and authorized-user fixtures) from public
# projects' test data that none of the project's corpora draws on (corpus.json, independent.json, outside-2026-12 …
# outside-2027-09; the projects they use are listed in ABOUT.md). None of those is read here except to leave out values
# they already hold.
# Values and their minimal label context only, never a copied file. Each candidate names its repository, path and commit
# (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-10/collect.py > test/corpus/outside-2027-10/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-10` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack. Labels come from each source's own meaning of the field (the SDK's
# credential argument, the OAuth parameter RFC 6749 defines, the key file's format), with the overrides listed below and
# in ABOUT.md, each with its reason.
import base64, json, os, re, sys
from urllib.parse import unquote
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import is_placeholder, known_values, make_add, mirror_git as git, source_id, write_candidates  # noqa: E402

LICENCES = {
    'lepture/authlib': 'BSD-3-Clause',
    'oauthlib/oauthlib': 'BSD-3-Clause',
    'requests/requests-oauthlib': 'ISC',
    'golang/oauth2': 'BSD-3-Clause',
    'jaredhanson/passport-oauth2': 'MIT',
    'googleapis/google-auth-library-python': 'Apache-2.0',
    'stripe/stripe-python': 'MIT',
    'slackapi/python-slack-sdk': 'MIT',
    'anthropics/anthropic-sdk-python': 'MIT',
    'elastic/elasticsearch-py': 'Apache-2.0',
    'opensearch-project/opensearch-py': 'Apache-2.0',
    'twilio/twilio-python': 'MIT',
    'sendgrid/sendgrid-python': 'MIT',
    'jpadilla/pyjwt': 'MIT',
    'auth0/node-jsonwebtoken': 'MIT',
    'openai/openai-python': 'Apache-2.0',
    'stripe/stripe-node': 'MIT',
    'boto/botocore': 'Apache-2.0',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'lepture/authlib': 'fe87a117f941975793bf4063e9b08b90e88b230a',
    'oauthlib/oauthlib': '40b0ab56da3682c2484a4b78bbff309f8025d950',
    'requests/requests-oauthlib': 'f33dac32bd065b835b34e7f0a48025700aae1e31',
    'golang/oauth2': '89ff2e1ac388c1a234a687cb2735341cde3f7122',
    'jaredhanson/passport-oauth2': 'be9bf58cee75938c645a9609f0cc87c4c724e7c8',
    'googleapis/google-auth-library-python': '2ea24b03436765fa3cf279ce148482ff6332136b',
    'stripe/stripe-python': '6c6e3736d16dde7a2f0155379ea3cd99b976460b',
    'slackapi/python-slack-sdk': 'ae87985e2c3811ead978f31ea5a1e4a7ca5c3515',
    'anthropics/anthropic-sdk-python': '009b035305e0724ce108ebd796935f91711fc6e1',
    'elastic/elasticsearch-py': 'a5b15390037de892ade8764823394e47ef96a4d9',
    'opensearch-project/opensearch-py': '19b6769e63cb9824e754e2f876e98d0fec81e905',
    'twilio/twilio-python': '306691e793f417b6974640d1ef88785e9de03b2a',
    'sendgrid/sendgrid-python': '76788e70a76b11ce2990821f190e52f887ab9ed6',
    'jpadilla/pyjwt': 'dcc27a9d3182a2349c30b160758785c6ce7a6508',
    'auth0/node-jsonwebtoken': 'bc28861f1fa981ed9c009e29c044a19760a0b128',
    'openai/openai-python': 'e43b422412a9e96c9cc5192c61fffbe2d7e04836',
    'stripe/stripe-node': '663942164d3876f04bb26617b88f498ba785e580',
    'boto/botocore': '0e6e2404b85dc336dd2889814e089bde7d1a4c55',
}
# The files read, per repository, fixed before any detector ran: each project's test folder (a path pattern, expanded at
# the pinned commit, sorted): its test code, and for Google's auth library its key and credential fixtures.
FILES = {
    'lepture/authlib': [r'^tests/.*\.py$'],
    'oauthlib/oauthlib': [r'^tests/.*\.py$'],
    'requests/requests-oauthlib': [r'^tests/.*\.py$'],
    'golang/oauth2': [r'_test\.go$'],
    'jaredhanson/passport-oauth2': [r'^test/.*\.js$'],
    'googleapis/google-auth-library-python': [r'^tests/.*\.py$', r'^tests/data/.*\.(json|pem|pub)$'],
    'stripe/stripe-python': [r'^tests/.*\.py$'],
    'slackapi/python-slack-sdk': [r'^tests/.*\.py$'],
    'anthropics/anthropic-sdk-python': [r'^tests/.*\.py$'],
    'elastic/elasticsearch-py': [r'^test_elasticsearch/.*\.py$'],
    'opensearch-project/opensearch-py': [r'^test_opensearchpy/.*\.py$'],
    'twilio/twilio-python': [r'^tests/.*\.py$'],
    'sendgrid/sendgrid-python': [r'^test/.*\.py$'],
    'jpadilla/pyjwt': [r'^tests/.*\.py$', r'^tests/keys/'],
    'auth0/node-jsonwebtoken': [r'^test/.*\.(js|pem)$'],
    'openai/openai-python': [r'^tests/.*\.py$'],
    'stripe/stripe-node': [r'^test/.*\.(js|ts)$'],
    # botocore: its credential, configuration-loader and signer tests, and the shared config / credentials files they read
    'boto/botocore': [r'^tests/unit/test_credentials\.py$', r'^tests/functional/test_credentials\.py$',
                      r'^tests/unit/test_configloader\.py$', r'^tests/unit/test_tokens\.py$', r'^tests/unit/auth/.*\.py$',
                      r'^tests/unit/cfg/'],
}
sources, out = {}, []


def show(repo, path):
    return git(repo, 'show', f'{PIN[repo]}:{path}')


def files(repo):
    listing = git(repo, 'ls-tree', '-r', '--name-only', PIN[repo]).splitlines()
    res = []
    for f in FILES[repo]:
        res += [p for p in sorted(listing) if re.search(f, p) and p not in res]
    return res


def sid(repo, path):
    return source_id(sources, repo, path, PIN[repo], LICENCES[repo])


# Values the project's other corpora already hold (corpus.json, independent.json and every earlier outside set's
# candidates) are left out: a value, or a token of 10+ characters of one of theirs, equal to the candidate. A value is
# also taken once over the whole set (the first source in the order above, and the first line in a file, keeps it), so
# that it cannot fall in both halves.
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = tuple(d for d in sorted(os.listdir(os.path.join(HERE, '..')))
                if re.fullmatch(r'outside-\d{4}-\d{2}', d) and d < 'outside-2027-10')
known = known_values(os.path.join(HERE, '..'), EARLIER)
taken = set()
left_out = {'known': 0, 'duplicate': 0, 'cap-file': 0, 'cap-repo': 0, 'template': 0, 'mask': 0, 'not-clean': 0, 'e-mail': 0, 'names-source': 0}

# The caps, fixed before any detector ran: at most 30 values of one kind from one source file, and at most 60 of one
# kind from one repository (no one project may make most of a kind).
CAP_FILE, CAP_REPO = 30, 60
add = make_add(known, taken, left_out, out, sid, CAP_FILE, CAP_REPO)


# ---- Test words (as outside-2027-08): an asserted credential stays labelled as the source says, and values the pack
# treats as placeholders by design keep their kind and get a class of their own, `placeholder-by-design`
# (outside_collect.is_placeholder, or a value made only of test words, digits and separators).
TEST_WORDS = re.compile(r'(?i)^(?:(?:test|testing|fake|mock|mocked|dummy|sample|example|my|your|some|secret|password|passwd|pass|'
                        r'pw|pwd|token|tok|key|api|access|refresh|client|id|auth|bearer|new|old|valid|invalid|bad|good|other|'
                        r'foo|bar|baz|user|admin|[0-9]+)[-_ .:]*)+$')


def placeholder_class(v):
    return is_placeholder(v) or TEST_WORDS.match(v) is not None and re.search(r'[A-Za-z]', v) is not None


# A value that is a template or a code reference (`{token}`, `%s`, `${X}`, an f-string part) is not a value the test
# assigns: not taken.
TEMPLATE = re.compile(r'[{}$%]|^\s*$')

# ---- URLs with user-info (any file): the password -> url-credentials (decoded, as a client sends it), the context the
# URL (placed under an environment variable, syntax url). URL templates are not read.
URL = re.compile(r'''(?<=["'`])([a-z][a-z0-9+.-]*)://([^"'`\s]*)(?=["'`])''')


def urls(repo, path, i, ln):
    if '%s' in ln or '{}' in ln or '{' in ln and 'f"' in ln:
        return
    for m in URL.finditer(ln):
        rest = m.group(2)
        host_end = (rest + '/').find('/')
        if '@' not in rest[:host_end]:
            continue
        userinfo = rest[:rest.index('@')]
        if ':' not in userinfo:
            continue
        pw = unquote(userinfo.split(':', 1)[1])
        if re.fullmatch(r'\*+', pw) or TEMPLATE.search(pw):
            continue  # a masked rendering or a template
        if len(pw) < 3 or re.search(r'[\x00-\x1f\x7f\xad\u200b]', pw):
            left_out['mask'] += 1
            continue
        cls = 'placeholder-by-design' if placeholder_class(pw) else (
            'password-in-url-encoded' if '%' in userinfo.split(':', 1)[1] else 'password-in-url')
        add(repo, path, value=pw, kind='url-credentials', cls=cls, syntax='url', line=m.group(0).rstrip('.,;)'),
            key='SERVICE_URL', origin=f'line {i}: URL with a password')


# ---- Fields assigned a literal (Python keyword arguments and dict members, Go struct fields, JS object members, JSON
# members, assertions on a parsed field).
ASSIGN = re.compile(r'''(?:\b|["'])([A-Za-z_][A-Za-z0-9_]*)["']?\]?\s*(?:==|:=|=|:)\s*[bfr]?(["'`])([^"'`\n\\]{1,300})\2''')
PW_NAME = re.compile(r'(?i)(password|passwd|passphrase|^pwd$|_pwd$|^pw$)')
CRED_NAME = re.compile(r'(?i)(token|secret|api_?key|apikey|access_?key|credential|^auth$|^authorization$|assertion|'
                       r'private_?key$)')
# A name with a credential word that is NOT a credential field (the type, endpoint, path, scope, expiry of a token, the name
# of a variable that holds it, a page token of a list API, a token count, a key's id, a tokenizer): credential-word-field
# (benign). Read by the name's words (snake_case, camelCase), so that `admin_api_key` is no `min` and `environment_key` no
# `env`; an access key id is AWS's credential pair's first half, not an id (kind_of).
NOT_CRED_WORDS = {'type', 'types', 'endpoint', 'url', 'uri', 'path', 'file', 'filename', 'audience', 'expiry', 'expires',
                  'expiration', 'expire', 'expired', 'scope', 'scopes', 'name', 'id', 'ids', 'header', 'headers', 'env', 'kind',
                  'method', 'methods', 'mode', 'provider', 'source', 'host', 'page', 'count', 'len', 'length', 'style',
                  'format', 'policy', 'field', 'prefix', 'issuer', 'usage', 'limit', 'num', 'max', 'min', 'hint', 'label',
                  'description', 'message', 'error', 'status', 'state', 'cache', 'dir', 'var', 'attr', 'param', 'arg',
                  'flag', 'version', 'store', 'helper', 'challenge', 'location', 'placement', 'next', 'prev', 'previous',
                  'cursor', 'lifetime', 'ttl', 'at', 'in', 'tokenizer', 'tokenize', 'filter', 'analyzer', 'regex', 'pattern',
                  'class', 'fn', 'func', 'callback', 'getter', 'setter', 'loader', 'manager', 'exchange', 'alg', 'algorithm',
                  'encoding', 'length', 'size', 'index', 'timeout', 'schema', 'key_name'}


def words(name):
    return [w.lower() for w in re.findall(r'[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+', name)]


class _NotCred:
    @staticmethod
    def search(name):
        if re.search(r'(?i)access_?key_?id', name):
            return False
        return any(w in NOT_CRED_WORDS for w in words(name))


NOT_CRED = _NotCred()
# Fields that are not credentials, taken as benign look-alikes (client and key ids, user names, hosts, projects, ...).
BENIGN_NAME = re.compile(r'(?i)^(user|username|user_name|login|host|hostname|client_id|clientid|clientID|key_id|kid|'
                         r'private_key_id|project_id|quota_project_id|account_sid|account_id|sid|org|organization|'
                         r'team_id|app_id|enterprise_id|user_id|bot_id|cloud_id|region|request_id|nonce|jti|sub|iss|aud|'
                         r'redirect_uri|state|fingerprint|email|client_email|service_account_email|id|signature|oauth_signature|sig|'
                         r'digest|checksum|etag|sha|sha256|hash|thumbprint|x5t|trace_id|session_id|customer|account)$')


def kind_of(name, v):
    if re.match(r'^(ghp|gho|ghu|ghs|ghr|github_pat)_', v):
        return 'github-token'
    if re.match(r'^xox[abpors]-', v):
        return 'slack-token'
    if re.match(r'^eyJ[\w-]+\.[\w-]*\.', v):
        return 'jwt'
    if re.match(r'^(AKIA|ASIA)[A-Z0-9]{16}$', v):
        return 'aws-access-key-id'
    if re.search(r'(?i)aws.*secret|secret_?access_?key', name):
        return 'aws-secret-key'
    if re.search(r'(?i)access_?key_?id', name):
        return 'aws-access-key-id'
    if '-----BEGIN' in v and 'PRIVATE KEY' in v:
        return 'private-key'
    if PW_NAME.search(name):
        return 'password-literal'
    return 'api-token'


VENDOR_PREFIX = re.compile(r'^(sk_test_|sk_live_|rk_test_|pk_test_|sk-ant-[a-z]+\d*-|sk-|xox[abpors]-|xapp-|xoxe[.-]|hf_|'
                           r'ghp_|gho_|github_pat_|AKIA|ASIA|SG\.|AC|eyJ)')


def cls_of(kind, v):
    if placeholder_class(v):
        return 'placeholder-by-design'
    if kind == 'password-literal':
        return 'password-in-code'
    if kind in ('private-key', 'jwt', 'aws-access-key-id', 'aws-secret-key'):
        return kind
    m = VENDOR_PREFIX.match(v)
    if m and m.group(1) not in ('AC',):
        # a vendor prefix on a body of test words (`xoxb-dummy`, `sk_test_123`): its own class, to be read apart
        return 'vendor-prefix-test-body' if placeholder_class(v[m.end():]) or not v[m.end():] else 'vendor-key-prefixed'
    return 'unprefixed-key'


def syntax_of_path(path):
    return ('code-go' if path.endswith('.go') else 'code-python' if path.endswith('.py') else 'code-js'
            if path.endswith(('.js', '.ts')) else 'json' if path.endswith('.json') else 'assignment')


def basic_pair(v):
    """`Basic <b64>`: base64 of `user:password` (RFC 7617) with a non-empty password."""
    try:
        d = base64.b64decode(v + '=' * (-len(v) % 4), validate=True).decode('utf8')
    except Exception:  # noqa: BLE001
        return False
    return ':' in d and len(d.split(':', 1)[1]) > 0


# ---- Form-encoded and query-string parameters in the OAuth tests' bodies and redirect URLs (`access_token=…&token_type=…`,
# `client_secret=…`, `code=…`): RFC 6749's credential parameters -> api-token (a password parameter -> password-literal);
# `token_type`, `client_id`, `scope`, `state`, `grant_type` -> benign (credential-word-field / parsed-field).
FORM = re.compile(r'(?:^|[?&"\' ])([a-z_]+)=([^&"\'\s#]+)')
FORM_CRED = {'access_token', 'refresh_token', 'client_secret', 'id_token', 'oauth_token_secret', 'oauth_token',
             'assertion', 'subject_token', 'password', 'oauth_verifier', 'code_verifier'}
FORM_BENIGN = {'token_type': 'credential-word-field', 'client_id': 'parsed-field', 'grant_type': 'credential-word-field',
               'oauth_consumer_key': 'parsed-field', 'username': 'parsed-field', 'state': 'parsed-field',
               'oauth_signature_method': 'credential-word-field', 'subject_token_type': 'credential-word-field',
               'requested_token_type': 'credential-word-field', 'response_type': 'credential-word-field'}


# ---- PEM blocks (Google's auth fixtures): a private key -> private-key (the value the whole block, syntax assignment: a
# key file); a public key or certificate -> benign (public-key), the first block of the file.
PEM = re.compile(r'-----BEGIN ([A-Z0-9 ]+)-----\n[A-Za-z0-9+/=\n]+?-----END \1-----')


def pem_file(repo, path, text):
    for m in PEM.finditer(text):
        block = m.group(0)
        if 'PRIVATE KEY' in m.group(1):
            add(repo, path, value=block, kind='private-key', cls='private-key-pem', syntax='assignment', line=block,
                origin=f'{path.rsplit("/", 1)[-1]}: PEM {m.group(1).lower()}')
        else:
            add(repo, path, value=block, kind='benign', cls='public-key', syntax='assignment', line=block,
                origin=f'{path.rsplit("/", 1)[-1]}: PEM {m.group(1).lower()}')
        return  # one block per file (a chain repeats its shape)


# JSON Web Keys (RFC 7517/7518; pyjwt's key fixtures): a private key's private members (`d` of an RSA, EC or OKP key;
# `k` of a symmetric key) -> private-key (`k`: api-token, a shared secret), class jwk-private-member; a public member
# (`n`, `x`, `y`) -> benign (public-key-jwk), the context the member.
JWK_PRIVATE, JWK_PUBLIC = ('d',), ('n', 'x', 'y')


def jwk(repo, path, o):
    if isinstance(o, dict) and 'keys' in o and isinstance(o['keys'], list):
        for x in o['keys']:
            jwk(repo, path, x)
        return
    if not isinstance(o, dict) or 'kty' not in o:
        return
    for name in JWK_PRIVATE + ('k',) + JWK_PUBLIC:
        v = o.get(name)
        if not isinstance(v, str) or len(v) < 16:
            continue
        line = json.dumps({name: v})[1:-1]
        if name in JWK_PUBLIC:
            add(repo, path, value=v, kind='benign', cls='public-key-jwk', syntax='json', line=line,
                origin=f'{path.rsplit("/", 1)[-1]}: JWK member {name}')
        else:
            add(repo, path, value=v, kind='private-key' if name == 'd' else 'api-token', cls='jwk-private-member',
                syntax='json', line=line, origin=f'{path.rsplit("/", 1)[-1]}: JWK member {name}')


# Shared config and credentials files (botocore's `cfg/` fixtures, INI): `aws_access_key_id = …` -> aws-access-key-id,
# `aws_secret_access_key = …` -> aws-secret-key, `aws_session_token = …` -> api-token; `region`, `role_arn`, `sso_*`
# ids and URLs, profile names -> benign (parsed-field), each as its line (syntax ini).
INI = re.compile(r'^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([^\s#;]+)\s*$')


def ini_file(repo, path, text):
    for i, ln in enumerate(text.splitlines(), 1):
        m = INI.match(ln)
        if not m or TEMPLATE.search(m.group(2)) or len(m.group(2)) < 3:
            continue
        name, v = m.group(1), m.group(2)
        if (PW_NAME.search(name) or CRED_NAME.search(name)) and not NOT_CRED.search(name):
            k = kind_of(name, v)
            add(repo, path, value=v, kind=k, cls=cls_of(k, v), syntax='ini', line=ln.strip(), origin=f'line {i}: key {name}')
        elif re.search(r'(?i)region|role_arn|account|session_name|start_url|sso_|profile|output', name):
            add(repo, path, value=v, kind='benign', cls='parsed-field', syntax='ini', line=ln.strip(),
                origin=f'line {i}: key {name}')


def json_fixture(repo, path, text):
    """A credential JSON file (service account, authorized user, client secrets, external account): each string member,
    labelled by its name as the file format defines it; a private key's value is the PEM it decodes to."""
    try:
        doc = json.loads(text)
    except ValueError:
        return
    if isinstance(doc, dict) and ('kty' in doc or 'keys' in doc):
        jwk(repo, path, doc)
        return
    def walk(o, trail):
        if isinstance(o, dict):
            for k, v in o.items():
                if isinstance(v, str):
                    member(k, v, trail)
                else:
                    walk(v, trail + [k])
        elif isinstance(o, list):
            for x in o:
                walk(x, trail)
    def member(name, v, trail):
        line = json.dumps({name: v})[1:-1]
        if len(v) < 3 or TEMPLATE.search(v) or v.lower() == name.lower():
            return  # a template, a stub, or a value that is its own name (no value)
        if (PW_NAME.search(name) or CRED_NAME.search(name)) and not NOT_CRED.search(name):
            k = kind_of(name, v)
            add(repo, path, value=v, kind=k, cls='private-key-json' if k == 'private-key' else cls_of(k, v), syntax='json',
                line=line, origin=f'{path.rsplit("/", 1)[-1]}: member {name}')
        elif CRED_NAME.search(name) or BENIGN_NAME.match(name):
            if re.fullmatch(r'[^@\s]+@[^@\s]+', v):
                left_out['e-mail'] += 1
                return
            add(repo, path, value=v, kind='benign', cls='credential-word-field' if CRED_NAME.search(name) else 'parsed-field',
                syntax='json', line=line, origin=f'{path.rsplit("/", 1)[-1]}: member {name}')
    walk(doc, [])


JWT = re.compile(r'(?<![\w.-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*(?![\w.-])')


def fields(repo, path, text):
    syn = syntax_of_path(path)
    for i, ln in enumerate(text.splitlines(), 1):
        s = ln.strip()
        if len(s) > 240:
            continue  # a line over 240 characters (a fixture blob) is not a minimal context
        if s.startswith(('#', '//')):
            continue  # comments carry no test expectation
        urls(repo, path, i, ln)
        # A benign value's line must be clean: a line that also assigns a literal to a credential field gives no benign
        # look-alike (outside-2027-08's rule, kept from the start).
        dirty = any((PW_NAME.search(d.group(1)) or CRED_NAME.search(d.group(1))) and not NOT_CRED.search(d.group(1))
                    and not TEMPLATE.search(d.group(3)) for d in ASSIGN.finditer(ln))
        dirty = dirty or any(f.group(1) in FORM_CRED for f in FORM.finditer(ln))
        # A JWT literal (three base64url parts, the first two JSON objects: RFC 7519), whatever names it -> jwt
        for j in JWT.finditer(ln):
            add(repo, path, value=j.group(0), kind='jwt', cls='jwt-literal', syntax=syn, line=s, origin=f'line {i}: a JWT')
        seen_spans = []
        for m in ASSIGN.finditer(ln):
            name, v = m.group(1), m.group(3)
            if TEMPLATE.search(v):
                left_out['template'] += 1
                continue
            if v != v.strip():
                continue  # a fragment with leading or trailing spaces (a piece of a message), not a value
            if re.match(r'\s*[*+]', ln[m.end():]) or re.search(r'\+\s*$', ln[:m.start(2)]):
                continue  # `"a" * 40`, `"token-" + x`: the value is not the literal
            if re.search(r'(?i)(response|body|json|payload|output|result|content|data|text|query|qs|params|form)$', name):
                continue  # a whole response or document, not one field's value (its parameters are read below)
            if len(v.strip()) < 3 or re.fullmatch(r'[*.\-_ ]+|\w*\*{3,}\w*|\w+\.\.\.|__[A-Z0-9_]+__', v) or v.endswith(','):
                left_out['mask'] += 1
                continue
            if v == name or v.lower() == name.lower():
                continue  # a constant whose value is its own name, no value
            if JWT.search(v) or '=' in v and '&' in v or re.match(r'^[a-z]+://', v):
                continue  # a query string or a URL (read below / by urls)
            seen_spans.append(m.span(3))
            if name.lower() == 'authorization':
                am = re.match(r'^(Bearer|bearer|Basic|token|Token)\s+(\S+)$', v)
                if am:
                    if am.group(1) == 'Basic':
                        if basic_pair(am.group(2)):
                            add(repo, path, value=am.group(2), kind='password-literal', cls='basic-auth-base64', syntax=syn,
                                line=s, origin=f'line {i}: Authorization header')
                    else:
                        add(repo, path, value=am.group(2), kind=kind_of('token', am.group(2)),
                            cls=cls_of('api-token', am.group(2)), syntax=syn, line=s, origin=f'line {i}: Authorization header')
                continue
            if PW_NAME.search(name) or CRED_NAME.search(name):
                if NOT_CRED.search(name):
                    if PW_NAME.search(name):
                        continue  # `expiredPassword`: a password by its name, but the name says more; left out
                    if len(v) >= 4:
                        add(repo, path, value=v, kind='benign', cls='credential-word-field', syntax=syn, line=s,
                            origin=f'line {i}: field {name}', drop='not-clean' if dirty else None)
                    continue
                if re.search(r'\s', v.strip()) and not PW_NAME.search(name):
                    continue  # a sentence (an error message asserted), not a token
                k = kind_of(name, v)
                add(repo, path, value=v, kind=k, cls=cls_of(k, v), syntax=syn, line=s, origin=f'line {i}: field {name}')
            elif BENIGN_NAME.match(name) and len(v) >= 6 and not re.search(r'\s', v):
                add(repo, path, value=v, kind='benign', cls='parsed-field', syntax=syn, line=s,
                    origin=f'line {i}: field {name}',
                    drop='not-clean' if dirty else 'e-mail' if re.fullmatch(r'[^@\s]+@[^@\s]+', v) else None)
        # Form-encoded parameters inside a string literal (a token response body, a redirect URL's query)
        if '=' in ln and ('&' in ln or '?' in ln):
            for f in FORM.finditer(ln):
                name, v = f.group(1), unquote(f.group(2))
                if TEMPLATE.search(f.group(2)) or len(v) < 3:
                    continue
                if name in FORM_CRED:
                    k = 'password-literal' if name == 'password' else kind_of(name, v)
                    add(repo, path, value=v, kind=k, cls=cls_of(k, v), syntax=syn, line=s,
                        origin=f'line {i}: form parameter {name}')
                elif name in FORM_BENIGN and len(v) >= 4:
                    add(repo, path, value=v, kind='benign', cls=FORM_BENIGN[name], syntax=syn, line=s,
                        origin=f'line {i}: form parameter {name}', drop='not-clean' if dirty else None)


for repo in PIN:
    for p in files(repo):
        text = show(repo, p)
        if '-----BEGIN' in text and not p.endswith(('.py', '.go', '.js', '.ts', '.json')):
            pem_file(repo, p, text)  # a key or certificate file (`.pem`, `.pub`, `.priv`, `.cer`, no extension)
        elif '/cfg/' in p:
            ini_file(repo, p, text)
        elif p.endswith('.json'):
            json_fixture(repo, p, text)
        else:
            fields(repo, p, text)

write_candidates('outside-2027-10', sources, out, left_out)
