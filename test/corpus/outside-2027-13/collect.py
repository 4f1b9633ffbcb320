#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-13 corpus (issue 28: a fourteenth outside set, on credentials as the ML
# and LLM stack's own tools write them: feature stores' online-store passwords, DVC remotes' keys, experiment trackers'
# and LLM observability clients' keys, ML pipelines' object-store (MinIO) and database credentials, model servers' and
# Bedrock / SageMaker clients' tokens and AWS keys) from public projects that none of the project's corpora draws on
# (corpus.json, independent.json, outside-2026-12 … outside-2027-12; the projects they use are listed in ABOUT.md). None
# of those is read here except to leave out values they already hold.
# Values and their minimal label context only, never a copied file. Each candidate names its repository, path and commit
# (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-13/collect.py > test/corpus/outside-2027-13/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-13` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack. Labels come from each field's own meaning (a parameter, argument,
# setting or variable whose name says password / token / key / secret: `aws_secret_access_key`, `api_key`,
# `MINIO_ROOT_PASSWORD`, `password` of a DVC remote), with the overrides listed below and in ABOUT.md, each with its reason.
# The labelling rules are those of outside-2027-12's collect.py (field names split into words), with readers for the
# syntaxes these tools write (Python keyword arguments and dicts, `os.environ[...] =` / `setenv`, INI / TOML / HOCON
# settings, Markdown and reST code blocks, `dvc remote modify`).
import base64, json, os, re, sys
from urllib.parse import unquote
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import is_placeholder, syntax_of, known_values, make_add, mirror_git as git, source_id, write_candidates  # noqa: E402

LICENCES = {
    'iterative/dvc': 'Apache-2.0',
    'iterative/dvc-s3': 'Apache-2.0',
    'iterative/dvc-azure': 'Apache-2.0',
    'feast-dev/feast': 'Apache-2.0',
    'kedro-org/kedro': 'Apache-2.0',
    'kedro-org/kedro-plugins': 'Apache-2.0',
    'clearml/clearml': 'Apache-2.0',
    'langfuse/langfuse-python': 'MIT',
    'langchain-ai/langchain-aws': 'MIT',
    'aws/sagemaker-python-sdk': 'Apache-2.0',
    'bentoml/BentoML': 'Apache-2.0',
    'ray-project/kuberay': 'Apache-2.0',
    'kubeflow/pipelines': 'Apache-2.0',
    'kubeflow/manifests': 'Apache-2.0',
    'kserve/kserve': 'Apache-2.0',
    'flyteorg/flytekit': 'Apache-2.0',
    'Netflix/metaflow': 'Apache-2.0',
    'iterative/dvc-ssh': 'Apache-2.0',
    'iterative/dvc-webdav': 'Apache-2.0',
    'langchain-ai/langchain-google': 'MIT',
    'mlrun/mlrun': 'Apache-2.0',
    'kubeflow/katib': 'Apache-2.0',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'iterative/dvc': '9f901e57a20889bd08f91479cd326c3b7f80d037',
    'iterative/dvc-s3': '6150bc6d36349f91c961fac581cad7924ae2b2e4',
    'iterative/dvc-azure': '23e074eb51595c0ea0fb48c10685a4aaa295c641',
    'feast-dev/feast': 'f0bc0700be7029166e6605e407de6d229cd1e93e',
    'kedro-org/kedro': 'd58a0b140250ced1917f2c54888b594995594be0',
    'kedro-org/kedro-plugins': 'cf25aaf3b0062f6161b59427df2f2556fa49c76a',
    'clearml/clearml': '0cc42633ff5805ba809549028c90954678ef19e3',
    'langfuse/langfuse-python': 'c3c6a09e7b635730cc9c6eb661687cb7bc294532',
    'langchain-ai/langchain-aws': '0434c7f94f6c27bfa275534f8ff1b0c3f1738144',
    'aws/sagemaker-python-sdk': 'a24812666d258d9d19c9a82d0c9385ca0bd3ba01',
    'bentoml/BentoML': '32230a5276a8da8b23c4a06a9ec6272c1993451a',
    'ray-project/kuberay': 'feeaf72facab4881ba2b179248bb67315634e229',
    'kubeflow/pipelines': '7b70c7b95f6832772efd6fd0029a4024491a0f44',
    'kubeflow/manifests': '009c88084074904c7743384ff50d3bd70012ef55',
    'kserve/kserve': 'aaac4e294dae2c7b1aa1886447793f3aa1c30912',
    'flyteorg/flytekit': 'e96c7203089a1edc5709c92a606a2d4abb481c0e',
    'Netflix/metaflow': 'd2dd7f953574369d5b4715822b12377d44ba1cf8',
    'iterative/dvc-ssh': 'fb053957c787599d16cc8ed5bbc792602684ae51',
    'iterative/dvc-webdav': '4d66ec72f97c646c24951866994d9fcd81571b09',
    'langchain-ai/langchain-google': '75f75815e0fdb8b719a1cb576184cc4833a68a16',
    'mlrun/mlrun': 'c43870ff8eb19f3b35e16d48b956a6fd9caed427',
    'kubeflow/katib': '33c8ff4e5d1814b59abd308e6819e839e9906bc2',
}
TEXT = r'\.(py|ya?ml|json|md|rst|toml|cfg|ini|conf|env|properties|ts|js|go)$|(^|/)(Dockerfile|\.env[\w.-]*)$'
# The files read, per repository, fixed before any detector ran: tests, docs, examples and samples, configuration and
# manifests; and the tools' own sources where they define a setting's default (dvc, its plugins, clearml's default
# configuration). Generated API clients, vendored and third-party code, lock files, detect-secrets baselines and notebooks
# are not read (SKIP_PATH).
FILES = {
    'iterative/dvc': [r'^(tests|dvc)/.*\.py$', r'\.md$'],
    'iterative/dvc-s3': [TEXT],
    'iterative/dvc-azure': [TEXT],
    'feast-dev/feast': [r'^sdk/python/tests/.*' + TEXT, r'^(docs|examples|infra/feast-operator/config/samples|infra/templates)/.*' + TEXT,
                        r'^go/.*_test\.go$', r'^sdk/python/feast/templates/.*' + TEXT],
    'kedro-org/kedro': [r'^(docs|tests|kedro/templates)/.*' + TEXT],
    'kedro-org/kedro-plugins': [r'/(tests|docs)/.*' + TEXT, r'\.md$'],
    'clearml/clearml': [r'^(docs|examples|clearml/config/default)/.*' + TEXT, r'^clearml/.*\.conf$'],
    'langfuse/langfuse-python': [r'^tests/.*' + TEXT, r'\.md$', r'(^|/)\.env[\w.-]*$'],
    'langchain-ai/langchain-aws': [r'/tests/.*' + TEXT, r'\.md$', r'^samples/.*' + TEXT],
    'aws/sagemaker-python-sdk': [r'/tests/unit/.*' + TEXT, r'^(docs|doc)/.*' + TEXT, r'\.md$'],
    'bentoml/BentoML': [r'^(tests|docs|examples)/.*' + TEXT],
    'ray-project/kuberay': [r'^(ray-operator/config/samples|helm-chart|docs|apiserver/test|ray-operator/test|historyserver|config)/.*' + TEXT,
                            r'_test\.go$', r'\.md$'],
    'kubeflow/pipelines': [r'^(manifests|samples|test|backend/test|sdk/python/kfp/client|frontend/server)/.*' + TEXT,
                           r'_test\.(py|go)$', r'\.md$'],
    'kubeflow/manifests': [TEXT],
    'kserve/kserve': [r'(^|/)(tests?|docs|samples|examples|config|hack)/.*' + TEXT, r'_test\.(go|py)$', r'\.md$'],
    'flyteorg/flytekit': [r'(^|/)tests/.*' + TEXT, r'\.(md|rst)$'],
    'Netflix/metaflow': [r'(^|/)tests?/.*' + TEXT, r'\.md$'],
    'iterative/dvc-ssh': [TEXT],
    'iterative/dvc-webdav': [TEXT],
    'langchain-ai/langchain-google': [r'/tests/.*' + TEXT, r'\.md$'],
    'mlrun/mlrun': [r'^tests/.*' + TEXT, r'^docs/.*\.(md|rst|py|ya?ml)$'],
    'kubeflow/katib': [r'^(examples|manifests|test|docs)/.*' + TEXT, r'_test\.(go|py)$', r'\.md$'],
}
SKIP_PATH = re.compile(r'(package(-lock)?\.json|tsconfig\.json|(^|/)(node_modules|vendor|third_party|generated|\.github)/|'
                       r'yarn\.lock|composer\.json|\.secrets\.baseline|python_http_client|swagger|\.min\.js$|CHANGELOG|'
                       r'(^|/)(go\.sum|poetry\.lock|uv\.lock)$)')
sources, out = {}, []


def show(repo, path):
    return git(repo, 'show', f'{PIN[repo]}:{path}', check=False)


def files(repo):
    listing = git(repo, 'ls-tree', '-r', '--name-only', PIN[repo]).splitlines()
    res = []
    for f in FILES[repo]:
        res += [p for p in sorted(listing) if re.search(f, p) and not SKIP_PATH.search(p) and p not in res]
    return res


def sid(repo, path):
    return source_id(sources, repo, path, PIN[repo], LICENCES[repo])


# Values the project's other corpora already hold (corpus.json, independent.json and every earlier outside set's
# candidates) are left out: a value, or a token of 10+ characters of one of theirs, equal to the candidate. A value is
# also taken once over the whole set (the first source in the order above, and the first line in a file, keeps it), so
# that it cannot fall in both halves.
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = tuple(d for d in sorted(os.listdir(os.path.join(HERE, '..')))
                if re.fullmatch(r'outside-\d{4}-\d{2}', d) and d < 'outside-2027-13')
known = known_values(os.path.join(HERE, '..'), EARLIER)
taken = set()
left_out = {'known': 0, 'duplicate': 0, 'cap-file': 0, 'cap-repo': 0, 'not-clean': 0, 'e-mail': 0, 'names-source': 0,
            'sentence': 0, 'short': 0, 'ambiguous': 0}

# The caps, fixed before any detector ran: at most 10 values of one kind from one source file, and at most 60 of one kind
# from one repository (no one project may make most of a kind). Benign look-alikes by class, per repository: parsed fields
# (user names, hosts, endpoints, buckets, regions, model ids, URLs without a password) at most 10, fields that only mention
# a credential (`secret_name`, `token_type`, `credentials_file`) at most 10, references (`os.environ[...]`, `${X}`,
# `{{ .Values.x }}`) at most 12 of each kind, so that the set comes near half sensitive and the look-alikes are mostly
# references and key names under credential fields.
CAP_FILE, CAP_REPO = 10, 60
CAP_CLASS = {'parsed-field': 10, 'credential-word-field': 10, 'template-reference': 12, 'env-reference': 12}
_add = make_add(known, taken, left_out, out, sid, CAP_FILE, CAP_REPO, CAP_CLASS)
state = {'quoted': False}  # whether the value emit() is labelling was read with its quotes (see emit)


def add(*args, **kw):
    if state['quoted']:
        kw['drop'] = 'not-clean'
    _add(*args, **kw)


# ---- Test words (as outside-2027-08 and -10): a credential the field defines stays labelled as the field says, and values
# the pack treats as placeholders by design keep their kind and get a class of their own, `placeholder-by-design`
# (outside_collect.is_placeholder, or a value made only of test words, digits and separators).
TEST_WORDS = re.compile(r'(?i)^(?:(?:test|testing|fake|mock|dummy|sample|example|examplepass|my|your|some|secret|password|passwd|'
                        r'pass|pw|pwd|token|key|api|access|refresh|client|id|auth|admin|root|user|db|database|new|old|'
                        r'valid|invalid|bad|good|other|foo|bar|baz|change|changeme|me|here|not|secure|super|[0-9]+)[-_ .:@]*)+$')


# Also a value that says it is one (`...-PLACEHOLDER`, `change-this-value`, `you-must-create-...`, `REPLACE_ME`) and Azure
# quickstart templates' generator tokens (`GEN-PASSWORD`, `GEN-UNIQUE`), which their test harness replaces, and filler
# (one character repeated: `FFFF…`).
SAYS_PLACEHOLDER = re.compile(r'(?i)placeholder|change[-_ ]?(this|me)|you[-_]must|replace[-_]?(me|this|with)|^GEN-[A-Z-]+$|^TODO|^(?P<c>.)(?P=c){7,}$')


# (Correction after the first tuning run, both halves:) a name written where the value goes: an upper-case constant or
# variable name with a credential word (`BUILDKITE_AGENT_TOKEN`, `_PASSWORD_OF_YOUR_X_INSTALLATION_`), a value of letters and
# separators only that ends in a credential word (`harbor_registry_password`, `zookeeper-client-password`, `mmpassword`), or
# one that says where it goes (`..._here`).
NAME_AS_VALUE = re.compile(r'^(?=_?[A-Z])[A-Z0-9_]*(PASSWORD|PASSWD|PASS|TOKEN|SECRET|KEY)[A-Z0-9_]*$|'
                           r'^[A-Za-z][A-Za-z_-]*(password|passwd|secret|token)$|^(?i:[a-z_]+_here)$')


# (Rules of this set) a value ending in filler (`tok_xxxx`) and the Azure storage emulator's published account key (a
# documented constant, as AWS's `…EXAMPLE…` keys) are placeholders by design.
PUBLISHED = re.compile(r'[xX]{4,}$|^Eby8vdM02xNOcqFl')


def placeholder_class(v):
    return (PUBLISHED.search(v) is not None or is_placeholder(v) or TEST_WORDS.match(v) is not None and re.search(r'[A-Za-z]', v) is not None
            or SAYS_PLACEHOLDER.search(v) is not None or NAME_AS_VALUE.search(v) is not None)


# ---- Field names. The key's last word(s) say what the field holds (camelCase, snake_case, SCREAMING_CASE and a Pulumi
# config key's `project:` prefix all split into words): a password, a credential, or something else that only mentions one.
def words(name):
    name = name.split(':')[-1].split('.')[-1]
    name = re.sub(r'([a-z0-9])([A-Z])', r'\1 \2', name)
    name = re.sub(r'([A-Z]+)([A-Z][a-z])', r'\1 \2', name)
    w = [w for w in re.split(r'[^A-Za-z0-9]+', name.lower()) if w]
    # `PasswordParameter`, `secretValue`, `db_password_value`: the word after the credential says only where it is written
    while len(w) > 1 and (w[-1] in ('parameter', 'param', 'value', 'string') or w[-1].isdigit()):
        w = w[:-1]
    return w


PW_LAST = {'password', 'passwd', 'pwd', 'passphrase', 'pass', 'pw'}
CRED_LAST = {'secret', 'token', 'apikey', 'authkey', 'authtoken'}
CRED_TWO = {('api', 'key'), ('access', 'key'), ('secret', 'key'), ('private', 'key'), ('auth', 'key'), ('token', 'key'),
            ('consumer', 'key'), ('signing', 'key'), ('account', 'key'), ('master', 'key'),
            ('access', 'token'), ('client', 'secret'), ('webhook', 'secret'), ('shared', 'key')}
CRED_WORDS = {'password', 'passwd', 'pwd', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'apikey', 'credential',
              'credentials'}


# Tokens that are no credential, by the word before `token` (AWS's and the SDKs' pagination tokens, idempotency tokens,
# a tokenizer's special tokens).
NOT_CREDENTIAL_TOKEN = {'next', 'page', 'pagination', 'continuation', 'backward', 'forward', 'idempotence', 'idempotency',
                        'eos', 'bos', 'pad', 'unk', 'sep', 'cls', 'mask', 'stop', 'special', 'cancel'}


def field_kind(name):
    """'password' / 'credential' / 'aws-id' / 'mentions' (a credential word, but the field holds something else) / None."""
    w = words(name)
    if not w:
        return None
    if 'token' in w and NOT_CREDENTIAL_TOKEN & set(w) or w[-1] == 'token' and 'tokenizer' in w:
        return 'mentions'  # a pagination, idempotency or vocabulary token (`nextToken`, `idempotence_token`, `eos_token`)
    if w[-1] == 'secret' and ({'pull', 'registry', 'image'} & set(w) or len(w) > 1 and w[-2] in ('token', 'key', 'password')):
        return 'mentions'  # `image_pull_secret`, `docker_registry_secret`, `api_token_secret`: a Secret object's name
    if w[-2:] == ['token', 'key'] or 'from' in w:
        return 'mentions'  # `tokenKey`, `hf_token_key`: the key a token is stored under in a Secret (Kubeflow's, flytekit's
        # definition); `inject-ca-from-secret`: where a value comes from
    if w[-3:] == ['secret', 'key', 'base']:
        return 'credential'  # Rails' `secret_key_base` (a bare `KeyBase` is a label's name)
    if w == ['service', 'token']:
        return 'mentions'  # (correction after the first tuning run) CloudFormation's `ServiceToken`: the handler's ARN
    if len(w) >= 3 and w[-3:] == ['access', 'key', 'id'] or w[-1] == 'accesskeyid':
        return 'aws-id'
    mentions = bool(CRED_WORDS & set(w)) or any(tuple(w[j:j + 2]) in CRED_TWO for j in range(len(w) - 1))
    if mentions and (w[0] in ('existing', 'manage', 'generate') or w[-1] in ('ref', 'name') or 'tls' in w
                     or w[-2:] == ['secret', 'key'] and any(x in PW_LAST or x == 'existing' for x in w[:-2])):
        return 'mentions'  # `existingSecret`, `secretKeyRef`, `secretName`, `tlsSecret`, `passwordSecretKey`: where a credential is
    if w[-1] in PW_LAST or w[-1] in CRED_LAST or tuple(w[-2:]) in CRED_TWO:
        if w[-1] in PW_LAST:
            return 'password'
        return 'credential'
    if mentions:
        return 'mentions'
    return None


BENIGN_LAST = {'user', 'username', 'login', 'host', 'hostname', 'endpoint', 'dbname', 'database', 'arn', 'url'}


def benign_field(name):
    w = words(name)
    return bool(w) and w[-1] in BENIGN_LAST


# ---- Values. A reference is no literal: CloudFormation's `!Ref` / `Ref` / `!Sub` / `!GetAtt` / `Fn::`, dynamic references
# (`{{resolve:...}}`), Terraform and shell interpolation (`${...}`, `$VAR`), ARM expressions (`[parameters('x')]`), Helm /
# Go templates (`{{ .Values.x }}`), Terraform references (`var.x`, `random_password.x.result`). Under a credential field
# they are the benign look-alikes the brief asks for, by their kind of reference.
def reference_class(v):
    if re.match(r'^(os\.environ|os\.getenv\(|process\.env\.|os\.Getenv\(|environ\[|getenv\()', v):
        return 'env-reference'
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


def unquote_scalar(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
        return v[1:-1], True
    # an unquoted YAML scalar: a trailing comment goes
    return re.sub(r'\s+#.*$', '', v).strip(), False


BOOLISH = re.compile(r'(?i)^(true|false|yes|no|null|none|on|off|~|\d{1,3})$')


def emit(*args, **kw):
    try:
        _emit(*args, **kw)
    finally:
        state['quoted'] = False


def _emit(repo, path, i, name, raw_value, syntax, line, key=None, where='field'):
    """One `name: value` pair read from a line: labelled by the field's meaning and the value's shape."""
    v, quoted = unquote_scalar(raw_value)
    # (Correction after the first tuning run, both halves:) a value read with its opening quote — a quoted YAML scalar
    # followed by a comment (`api_key: "x"  # pragma: allowlist secret`), a JSON member written in a YAML file
    # (`"key": "value",`) — is left out after it took its place (taken once, counted in the caps), not re-read, so that no
    # other value enters and none changes its half.
    state['quoted'] = not quoted and len(v) >= 2 and v[0] in '"\''
    fk = field_kind(name)
    if fk is None and not benign_field(name):
        return
    origin = f'line {i}: {where} {name}'
    line = line.strip('\n') if '\n' in line else line.strip()
    if len(line) > 480 or '\n' not in line and len(line) > 240:
        return
    ref = reference_class(v)
    if fk in ('password', 'credential', 'aws-id'):
        if ref:
            add(repo, path, value=v, kind='benign', cls=ref, syntax=syntax, line=line, key=key, origin=origin)
            return
        if not v or BOOLISH.match(v) or len(v) < 3:
            left_out['short'] += 1
            return
        if (v.startswith(('{', '[', '!', '/', '*')) or re.fullmatch(r'[*xX.]{3,}|<[^>]*>', v) or re.search(r'\.\.\.|\*\*|…', v)
                or re.fullmatch(r'(\.|~)?[\w.-]*(/[\w.-]+)+\.[a-z]{2,4}|\.{0,2}/[\w./-]+|[\w.-]+\.(json|pem|key|txt|ya?ml|crt|p12)', v)):
            return  # a mapping, a list, a tag, a file path, a mask
        if re.search(r'\s', v):
            left_out['sentence'] += 1
            return  # a sentence (`TODO: Add your key`, a parameter's label), not one credential
        if v.startswith('arn:'):
            # CloudFormation's `ServiceToken` and the like: an ARN under a credential word is no credential
            add(repo, path, value=v, kind='benign', cls='credential-field-arn', syntax=syntax, line=line, key=key, origin=origin)
            return
        if re.fullmatch(r'[a-z]\w*(\.[A-Za-z_]\w*)+', v) and not quoted:
            return  # inline code's expression (`event.resultToken`), not a literal
        if v.lower() == name.split('.')[-1].split(':')[-1].lower():
            return  # a value that is its own field's name (`consumerKey: consumerKey`), no value
        if syntax in ('yaml', 'shell') and words(name)[-1] == 'secret' and re.fullmatch(r'[a-z0-9]([a-z0-9.-]*[a-z0-9])?', v):
            left_out['ambiguous'] += 1
            return  # Kubernetes' convention: `tlsSecret: x-tls`, `secret: git-creds` name a Secret object; a DNS-1123 name
                    # under a `...secret` key in YAML may be that or a value (left out either way)
        if name == 'passwd' and v in ('compat', 'files', 'db', 'nis', 'sss'):
            return  # nsswitch.conf's passwd database (a ConfigMap's file), no credential
        if re.match(r'^[a-z][a-z0-9+.-]*://', v):
            url(repo, path, i, v, syntax, line, key, name)
            return
        if fk == 'aws-id':
            if re.fullmatch(r'(AKIA|ASIA)[A-Z0-9]{16}', v):
                add(repo, path, value=v, kind='aws-access-key-id', cls='placeholder-by-design' if 'EXAMPLE' in v else 'aws-access-key-id',
                    syntax=syntax, line=line, key=key, origin=origin)
            return
        if re.fullmatch(r'(AKIA|ASIA)[A-Z0-9]{16}', v):
            kind = 'aws-access-key-id'
        elif re.search(r'(?i)secret_?access_?key|aws.*secret|^secret_?key$', name) and re.fullmatch(r'[A-Za-z0-9/+]{40}', v):
            kind = 'aws-secret-key'
        elif fk == 'password':
            kind = 'password-literal'
        else:
            kind = 'api-token'
        cls = ('placeholder-by-design' if placeholder_class(v) or 'EXAMPLE' in v else
               'password-hash' if re.fullmatch(r'\$2[aby]?\$\d\d\$[./A-Za-z0-9]{53}', v) else
               'config-password' if kind == 'password-literal' else kind if kind.startswith('aws') else 'unprefixed-key')
        add(repo, path, value=v, kind=kind, cls=cls, syntax=syntax, line=line, key=key, origin=origin)
        return
    # Not a credential field: a benign look-alike from the same file, when the value is a literal of some length.
    if ref or not v or BOOLISH.match(v) or len(v) < 4 or re.search(r'\s', v) or v.startswith(('{', '[', '!')):
        return
    if re.match(r'^[a-z][a-z0-9+.-]*://[^/@]*:[^/@]*@', v):
        return  # a URL with user-info under a non-credential name: read by url() only under a credential field
    cls = 'credential-word-field' if fk == 'mentions' else 'parsed-field'
    add(repo, path, value=v, kind='benign', cls=cls, syntax=syntax, line=line, key=key, origin=origin)


def url(repo, path, i, v, syntax, line, key, name):
    m = re.match(r'^[a-z][a-z0-9+.-]*://([^/@\s]*)@', v)
    if not m or ':' not in m.group(1):
        return
    pw = unquote(m.group(1).split(':', 1)[1])
    if len(pw) < 3 or reference_class(pw) or re.fullmatch(r'\*+', pw):
        return
    add(repo, path, value=pw, kind='url-credentials', cls='placeholder-by-design' if placeholder_class(pw) else 'password-in-url',
        syntax=syntax, line=line, key=key, origin=f'line {i}: URL in {name}')


YAML_PAIR = re.compile(r'''^\s*(?:-\s+)?["']?([A-Za-z_][\w.:/-]*)["']?\s*:\s+(\S.*?)\s*$''')
ENV_ITEM = re.compile(r'''^\s*-\s+["']?([A-Za-z_][A-Za-z0-9_]*)=([^"'\s]*)["']?\s*$''')
JSON_PAIR = re.compile(r'"([A-Za-z_][\w.:/-]*)"\s*:\s*"((?:[^"\\]|\\.)*)"')
JSON_REF = re.compile(r'"([A-Za-z_][\w.:/-]*)"\s*:\s*\{\s*"(Ref|Fn::\w+)"\s*:\s*("[^"]*"|\[[^\]]*\])\s*\}')
HCL_PAIR = re.compile(r'^\s*([A-Za-z_][\w-]*)\s*=\s*("(?:[^"\\]|\\.)*"|[A-Za-z_][\w.\[\]"]*)\s*(#.*)?$')
CODE_PAIR = re.compile(r'''["']?([A-Za-z_][\w.:-]*)["']?\s*[:=]\s*(?:pulumi\.String\(|pulumi\.secret\(|Output\.secret\(|'''
                       r'''new\s+pulumi\.\w+\()?(["'])((?:(?!\2)[^\\]|\\.)*)\2''')
DOCKER_E = re.compile(r'''(?:\s-e|--env)\s+["']?([A-Za-z_][A-Za-z0-9_]*)=([^\s"']+)''')
ENV_LINE = re.compile(r'''^\s*(?:ENV\s+|export\s+)?([A-Za-z_][A-Za-z0-9_]*)=["']?([^"'\s]*)["']?\s*$''')


DEFAULT_KEYS = {'Default', 'default', 'value', 'Value'}


def block(lines, first, last):
    """(Correction after the first tuning run, both halves:) a default's context is its parameter's lines, from the line
    that names the parameter to the default (1-based, inclusive), or those two lines alone when the block is longer than
    240 characters: the name that says what the default is must be in the context."""
    whole = '\n'.join(lines[first - 1:last])
    return whole if len(whole) <= 240 else lines[first - 1] + '\n' + lines[last - 1]


def yaml_file(repo, path, text):
    compose = re.search(r'(compose|stack)[^/]*\.ya?ml$', path) is not None or repo in ('docker/awesome-compose',)
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
                add(repo, path, value=v, kind=kind,
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
                    add(repo, path, value=v, kind='benign', cls='cfn-reference', syntax='yaml', line=ln.strip(),
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


def json_file(repo, path, text):
    stack = []  # the keys of the objects open above the line (`"Name": {` opens one), with their line
    lines = text.split('\n')
    for i, ln in enumerate(lines, 1):
        for m in JSON_PAIR.finditer(ln):
            raw = json.loads('"' + m.group(2) + '"') if '\\' in m.group(2) else m.group(2)
            if '\n' in raw:
                continue
            name = m.group(1)
            if name in DEFAULT_KEYS and stack and stack[-1]:
                emit(repo, path, i, stack[-1][0], json.dumps(raw), 'json', block(lines, stack[-1][1], i),
                     where='default of parameter')
            else:
                emit(repo, path, i, name, json.dumps(raw), 'json', ln)
        om = re.match(r'^\s*"([A-Za-z_][\w.:/-]*)"\s*:\s*\{\s*$', ln)
        if om:
            stack.append((om.group(1), i))
        else:
            stack += [None] * ln.count('{')
            for _ in range(ln.count('}')):
                if stack:
                    stack.pop()
        for m in JSON_REF.finditer(ln):
            if field_kind(m.group(1)) in ('password', 'credential'):
                v = ln.strip()[ln.strip().index('{'):].rstrip(',').strip() if False else m.group(0)[m.group(0).index('{'):]
                add(repo, path, value=v, kind='benign', cls='cfn-reference', syntax='json', line=ln.strip(),
                    origin=f'line {i}: field {m.group(1)}')



def code_file(repo, path, text):
    syn = 'code-go' if path.endswith('.go') else 'code-python' if path.endswith('.py') else 'code-js'
    for i, ln in enumerate(text.split('\n'), 1):
        code_line(repo, path, i, ln, syn)


# Python / JS / Go: a keyword argument, an assignment, a dict or object member, a struct field (`name=`, `name:`, `"name":`)
# whose value is one string literal, optionally in a secret wrapper (`SecretStr("…")`); a subscript assignment
# (`os.environ["X"] = "…"`, `cfg["password"] = "…"`), `setenv("X", "…")`; an equality a test asserts
# (`assert cfg["password"] == "…"`, the name being the last identifier on its left); and an environment reference under
# a credential name (`api_key=os.environ["X"]`: a benign look-alike).
CODE_PAIR = re.compile(r"""["']?([A-Za-z_][\w.:-]*)["']?\s*(?<![=!<>])[:=](?!=)\s*(?:(?:pydantic\.)?SecretStr\(|pulumi\.String\()?"""
                       r"""(["'])((?:(?!\2)[^\\]|\\.)*)\2""")
SUBSCRIPT_SET = re.compile(r"""\[\s*(["'])([A-Za-z_][\w.-]*)\1\s*\]\s*=(?!=)\s*(["'])((?:(?!\3)[^\\]|\\.)*)\3""")
SETENV = re.compile(r"""setenv\(\s*(["'])([A-Za-z_]\w*)\1\s*,\s*(["'])((?:(?!\3)[^\\]|\\.)*)\3""")
ASSERT_EQ = re.compile(r"""([A-Za-z_][\w.]*(?:\[\s*["'][\w.-]+["']\s*\])*)\s*==\s*(["'])((?:(?!\2)[^\\]|\\.)*)\2""")
CODE_REF = re.compile(r"""["']?([A-Za-z_][\w]*)["']?\s*(?<![=!<>])[:=](?!=)\s*(os\.environ(?:\.get)?\s*[\[(]\s*["']\w+["']\s*[\])]|"""
                      r"""os\.getenv\(\s*["']\w+["']\s*\)|process\.env\.\w+|os\.Getenv\("\w+"\))""")
BUILT = re.compile(r"""\s*(\+|\*|%|\.format)""")


def code_line(repo, path, i, ln, syn):
    s = ln.strip()
    if s.startswith(('//', '#', '*', '/*')) or len(s) > 240:
        return
    if '`' in s or re.search(r"""\bf["']""", s):
        return  # a template literal or an f-string: the value is built, not written
    if re.match(r'^\s*\w+(\s*,\s*\w+)+\s*=[^=]', ln):
        return  # a tuple assignment (`user, password = "a", "b"`): the names and values pair by position
    for m in CODE_PAIR.finditer(ln):
        if syn == 'code-python' and m.group(0)[0] not in '"\'' and re.match(r'[\w.:-]+\s*:', m.group(0)):
            continue  # Python's `{name: "x"}`: `name` is a variable used as a key, not the field's name
        if re.search(r'\.token$', m.group(1)):
            left_out['ambiguous'] += 1
            continue  # `chosen.token = "x"`: a model's output token on an object, or a credential; left out either way
        if re.search(r'\+\s*$', ln[:m.start(2)]) or BUILT.match(ln[m.end():]):
            continue  # a concatenation, repetition or formatting: the value is not the literal
        emit(repo, path, i, m.group(1), json.dumps(m.group(3)), syn, ln)
    for rx in (SUBSCRIPT_SET, SETENV):
        for m in rx.finditer(ln):
            if not BUILT.match(ln[m.end():]):
                emit(repo, path, i, m.group(2), json.dumps(m.group(4)), syn, ln, where='set')
    for m in ASSERT_EQ.finditer(ln):
        if not BUILT.match(ln[m.end():]):
            name = re.findall(r'[A-Za-z_][\w-]*', m.group(1))[-1]
            emit(repo, path, i, name, json.dumps(m.group(3)), syn, ln, where='asserted')
    for m in CODE_REF.finditer(ln):
        if field_kind(m.group(1)) in ('password', 'credential'):
            emit(repo, path, i, m.group(1), m.group(2), syn, ln)


def env_file(repo, path, text):
    for i, ln in enumerate(text.split('\n'), 1):
        m = ENV_LINE.match(ln)
        if m:
            emit(repo, path, i, m.group(1), m.group(2), 'env', ln, key=m.group(1), where='variable')


# INI / TOML / HOCON / .cfg settings (`password = x`, `access_key: "x"`), DVC's config included.
INI_PAIR = re.compile(r'''^\s*["']?([A-Za-z_][\w.-]*)["']?\s*[=:]\s*(\S.*?)\s*,?\s*$''')


def ini_line(repo, path, i, ln):
    s = ln.strip()
    if s.startswith(('#', ';', '//', '[')):
        return
    m = INI_PAIR.match(ln)
    if m and not m.group(2).startswith(('{', '[')):
        emit(repo, path, i, m.group(1), m.group(2), 'ini', ln)


def ini_file(repo, path, text):
    for i, ln in enumerate(text.split('\n'), 1):
        ini_line(repo, path, i, ln)


HELM_SET = re.compile(r'''--set(?:-string)?[ =]([A-Za-z0-9_.\[\]-]+)=([^\s,\\`'"]+|"[^"]*"|'[^']*')''')
# `dvc remote modify [--local] <remote> <option> <value>`: the option's name says what the value is (DVC's documentation
# of each remote's options: `password`, `access_key_id`, `secret_access_key`, `account_key`, `sas_token`, …).
DVC_MODIFY = re.compile(r'''dvc\s+remote\s+modify\s+(?:--(?:local|global|system|project)\s+)*[\w.-]+\s+([\w.-]+)\s+(["']?)([^\s"']+)\2''')
EXPORT = re.compile(r'''^\s*(?:\$\s+)?export\s+([A-Za-z_][A-Za-z0-9_]*)=(["']?)([^\s"']*)\2\s*$''')
FENCE = re.compile(r'^\s*(```|~~~)\s*\{?\s*([\w+-]*)')
CODE_LANGS = {'python': 'code-python', 'py': 'code-python', 'python3': 'code-python', 'pycon': 'code-python',
              'ipython': 'code-python', 'js': 'code-js', 'javascript': 'code-js', 'ts': 'code-js', 'typescript': 'code-js',
              'go': 'code-go'}


def markdown_file(repo, path, text):
    lang = None  # the language of the fenced code block the line is in, or None
    for i, ln in enumerate(text.split('\n'), 1):
        f = FENCE.match(ln)
        if f:
            lang = None if lang is not None else (f.group(2).lower() or 'text')
            continue
        for m in HELM_SET.finditer(ln):
            v = m.group(2)
            if v.startswith('"') and v.count('"') == 1 or v.startswith("'") and v.count("'") == 1:
                continue
            emit(repo, path, i, m.group(1), v, 'shell', ln, where='helm --set')
        for m in DVC_MODIFY.finditer(ln):
            emit(repo, path, i, m.group(1), m.group(3), 'shell', ln.strip(), where='dvc remote modify')
        if ln.lstrip().startswith('$ docker') or ln.lstrip().startswith('docker ') or ' -e ' in ln:
            for m in DOCKER_E.finditer(ln):
                emit(repo, path, i, m.group(1), m.group(2), 'env', ln, key=m.group(1), where='docker run -e')
        m = EXPORT.match(ln)
        if m:
            emit(repo, path, i, m.group(1), m.group(3), 'shell', ln.strip(), where='export')
            continue
        if lang in CODE_LANGS:
            code_line(repo, path, i, ln, CODE_LANGS[lang])
        elif lang in ('yaml', 'yml'):
            ym = YAML_PAIR.match(ln)
            if ym:
                emit(repo, path, i, ym.group(1), ym.group(2), 'yaml', ln)
        elif lang in ('ini', 'toml', 'cfg', 'conf', 'hocon', 'properties'):
            ini_line(repo, path, i, ln)
        elif lang in ('env', 'dotenv', 'bash', 'sh', 'shell', 'console', 'text'):
            em = ENV_LINE.match(ln)
            if em:
                emit(repo, path, i, em.group(1), em.group(2), 'env', ln, key=em.group(1), where='variable')


# A URL with user-info (`postgresql://user:pw@host/db`) anywhere in a file: the password, as the URL's scheme defines it
# (url-credentials); and an Azure storage connection string's `AccountKey=` (the storage account's key, api-token).
URL_CRED = re.compile(r'''\b[a-z][a-z0-9+.-]*://([^\s/@:'"`<>{}$]+):([^\s/@'"`<>]+)@[\w.\[\]-]''')
ACCOUNT_KEY = re.compile(r'''AccountKey=([^;\s'"]+)''')


def line_syntax(path, ln):
    for ext, syn in (('.yaml', 'yaml'), ('.yml', 'yaml'), ('.json', 'json'), ('.py', 'code-python'), ('.go', 'code-go'),
                     ('.ts', 'code-js'), ('.js', 'code-js'), ('.toml', 'ini'), ('.cfg', 'ini'), ('.ini', 'ini'), ('.conf', 'ini')):
        if path.endswith(ext):
            return syn
    s = syntax_of(ln)
    return s if s not in ('env', 'json') else 'assignment'


def url_scan(repo, path, text):
    for i, ln in enumerate(text.split('\n'), 1):
        s = ln.strip()
        if len(s) > 240:
            continue
        for m in URL_CRED.finditer(ln):
            pw = unquote(m.group(2))
            if len(pw) < 3 or reference_class(pw) or re.fullmatch(r'[*x]+', pw) or '%s' in pw:
                continue
            add(repo, path, value=pw, kind='url-credentials', cls='placeholder-by-design' if placeholder_class(pw) else 'password-in-url',
                syntax=line_syntax(path, s), line=s, origin=f'line {i}: URL user-info')
        for m in ACCOUNT_KEY.finditer(ln):
            v = m.group(1)
            if len(v) < 8 or reference_class(v) or re.search(r'[{}<>$%]', v):
                continue
            add(repo, path, value=v, kind='api-token', cls='placeholder-by-design' if placeholder_class(v) else 'azure-account-key',
                syntax=line_syntax(path, s), line=s, origin=f'line {i}: connection string AccountKey')


for repo in PIN:
    for p in files(repo):
        text = show(repo, p)
        if not text or '\x00' in text:
            continue
        url_scan(repo, p, text)
        if p.endswith(('.yaml', '.yml')):
            yaml_file(repo, p, text)
        elif p.endswith('.json'):
            json_file(repo, p, text)
        elif p.endswith(('.py', '.ts', '.js', '.go')):
            code_file(repo, p, text)
        elif p.endswith(('.md', '.rst')):
            markdown_file(repo, p, text)
        elif p.endswith(('.toml', '.cfg', '.ini', '.conf')):
            ini_file(repo, p, text)
        else:
            env_file(repo, p, text)

write_candidates('outside-2027-13', sources, out, left_out)
