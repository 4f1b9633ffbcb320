#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-16 corpus (issue 28: a seventeenth outside set, on credentials as
# deployment templates write them: the values the pack sees in a plan — database master passwords, Terraform variables'
# defaults and module arguments, API keys in functions' and containers' environment blocks, connection strings, Kubernetes
# Secrets, CDK props — and the defaults and test values that container-based test fixtures (testcontainers) give the
# databases, brokers and ML services they start) from public projects that none of the project's corpora draws on
# (corpus.json, independent.json, outside-2026-12 … outside-2027-14; ABOUT.md names the exclusions). None of those is
# read here except to leave out values they already hold.
# Values and their minimal label context only, never a copied file. Each candidate names its repository, path and commit
# (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-16/collect.py > test/corpus/outside-2027-16/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-16` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack. Labels come from each field's own meaning (a parameter, prop, argument,
# variable or builder method whose name says password / token / key / secret), with the overrides below and in ABOUT.md.
# The labelling rules and readers are outside-2027-13's (field names split into words; YAML, JSON, code, env, INI and
# Markdown readers) with outside-2027-12's Terraform reader; they are written here again, not imported, while the shared
# readers move to outside_collect.py (h28-dedupe). New here: Terraform (`variable` defaults and arguments), C# and Rust
# constants, builder calls (`.WithPassword("…")`, `with_env_var("X", "…")`) and CDK's `SecretValue` wrappers.
import base64, json, os, re, subprocess, sys
from urllib.parse import unquote
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import is_placeholder, syntax_of, known_values, make_add, mirror_git as git, source_id, write_candidates  # noqa: E402

LICENCES = {
    'aws-samples/aws-cdk-examples': 'Apache-2.0',
    'awslabs/generative-ai-cdk-constructs': 'Apache-2.0',
    'aws-ia/terraform-aws-eks-blueprints': 'Apache-2.0',
    'terraform-aws-modules/terraform-aws-rds': 'Apache-2.0',
    'terraform-aws-modules/terraform-aws-rds-aurora': 'Apache-2.0',
    'terraform-aws-modules/terraform-aws-redshift': 'Apache-2.0',
    'terraform-aws-modules/terraform-aws-opensearch': 'Apache-2.0',
    'terraform-aws-modules/terraform-aws-dms': 'Apache-2.0',
    'terraform-aws-modules/terraform-aws-secrets-manager': 'Apache-2.0',
    'terraform-aws-modules/terraform-aws-ssm-parameter': 'Apache-2.0',
    'terraform-aws-modules/terraform-aws-elasticache': 'Apache-2.0',
    'testcontainers/testcontainers-python': 'Apache-2.0',
    'testcontainers/testcontainers-node': 'MIT',
    'testcontainers/testcontainers-go': 'MIT',
    'testcontainers/testcontainers-dotnet': 'MIT',
    'testcontainers/testcontainers-rs-modules-community': 'MIT',
    'testcontainers/testcontainers-java': 'MIT',
    'langfuse/langfuse-k8s': 'MIT',
    'zilliztech/milvus-helm': 'Apache-2.0',
    'PrefectHQ/prefect-helm': 'Apache-2.0',
    'airflow-helm/charts': 'Apache-2.0',
    'Altinity/clickhouse-operator': 'Apache-2.0',
    'trinodb/charts': 'Apache-2.0',
    'weaviate/weaviate-helm': 'BSD-3-Clause',
    'aws-samples/aws-genai-llm-chatbot': 'MIT-0',
    'treeverse/charts': 'Apache-2.0',
    'awslabs/data-on-eks': 'Apache-2.0',
    'jupyterhub/zero-to-jupyterhub-k8s': 'BSD-3-Clause',
    'opensearch-project/helm-charts': 'Apache-2.0',
    'elastic/helm-charts': 'Apache-2.0',
    'vllm-project/production-stack': 'Apache-2.0',
    'temporalio/helm-charts': 'MIT',
    'awslabs/ai-on-eks': 'Apache-2.0',
    'qdrant/qdrant-helm': 'Apache-2.0',
    'percona/percona-xtradb-cluster-operator': 'Apache-2.0',
    'zalando/postgres-operator': 'MIT',
    'testcontainers/testcontainers-ruby': 'MIT',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'aws-samples/aws-cdk-examples': 'bccff1d2775e4b0bf777721c6b41c0107e122f73',
    'awslabs/generative-ai-cdk-constructs': '9d49b9d3261598abaffec56914062ab3fa99214a',
    'aws-ia/terraform-aws-eks-blueprints': '98d0eb4069e787210848eeefcb2b9ba8e52706e7',
    'terraform-aws-modules/terraform-aws-rds': 'fa183b6b36204913fac1219d09b4979c1e60443a',
    'terraform-aws-modules/terraform-aws-rds-aurora': '259b5827d159ea73d6f61da802291dceaa2ad2c0',
    'terraform-aws-modules/terraform-aws-redshift': 'edd44edffdfc3c31e061abc9b652d6454347c20b',
    'terraform-aws-modules/terraform-aws-opensearch': 'dc92475e61bf9d46d1ed68fef1cc34dd88874983',
    'terraform-aws-modules/terraform-aws-dms': '69358f4c46a098e859ae6f5a1ac8648c44adc994',
    'terraform-aws-modules/terraform-aws-secrets-manager': '82029345dea22bc49989a6f46c5d8d8e555b84c9',
    'terraform-aws-modules/terraform-aws-ssm-parameter': 'abb960488d6a8df74cec298e4b3b287235ac1bda',
    'terraform-aws-modules/terraform-aws-elasticache': '3e17c95a0b932ed162839a1aeaf0a2bfb436ac6a',
    'testcontainers/testcontainers-python': 'c958e40ca25b77c75d9fabbd8eb05736dded5790',
    'testcontainers/testcontainers-node': '457707f3cd19b1ff9e34ed74d33beaca4c55f507',
    'testcontainers/testcontainers-go': '5dec9ddf82f06015084271a2de8e44da00c221b1',
    'testcontainers/testcontainers-dotnet': '1717807affaae9b967035516ebedcd76dd7eaffb',
    'testcontainers/testcontainers-rs-modules-community': 'd69e3a09397532accea9d9e907fecc280b1513a8',
    'testcontainers/testcontainers-java': 'deb78e1e6e47675f56e8d7b3f4747093d66f1baa',
    'langfuse/langfuse-k8s': 'f5e4abf37c84b97f1977cf5a20f0abaaacc74aad',
    'zilliztech/milvus-helm': '98324768aeb70ebfea91f9968853e0fa29838639',
    'PrefectHQ/prefect-helm': '75b0c2776ec08bb00e3cf29b8bf1a8a8c5daa3e1',
    'airflow-helm/charts': 'a5e146ba58136e19ce7c0c4dc0988894de111128',
    'Altinity/clickhouse-operator': '50e8d0490678185f290336acbdfbf9534d60367d',
    'trinodb/charts': 'c4a100f34d1e08c0959389e1d2d3a99b08553d14',
    'weaviate/weaviate-helm': '4213da523db355527cf9cb2ae80821dfdbb84f03',
    'aws-samples/aws-genai-llm-chatbot': 'c0be107ad8ce2105fc0d163353dd6a8117ed0dbe',
    'treeverse/charts': '39e264554f79b2e8fe1672186369fb18e5cd414c',
    'awslabs/data-on-eks': 'a546a1905d017a93a11fb44d17d08d286f7bfb44',
    'jupyterhub/zero-to-jupyterhub-k8s': '48ea50e34daddde55d76e30df6ecd47e4abd4d8e',
    'opensearch-project/helm-charts': '3c0157e74ff21122108c2fbc12f59e2d435795ac',
    'elastic/helm-charts': '2fd64d0af65f14df7aa01da591919460dabac4b3',
    'vllm-project/production-stack': 'a6c01db05f65f556235413ba8dbcfb0c01132fff',
    'temporalio/helm-charts': 'e51b7344c9b2a04ee36b3ad52a13ffb688454fd7',
    'awslabs/ai-on-eks': '41a979ee7614a59e5337768b1bddec76ad6653e0',
    'qdrant/qdrant-helm': 'fd6321f1ff0a9538a7fffc6829f012a017ce1e86',
    'percona/percona-xtradb-cluster-operator': 'b3b0b10a7c2af9e7f8c61a1810fb51a10a12c631',
    'zalando/postgres-operator': 'a7aaad0a0b9517bb46077f2925eb80ae8ebe1a0c',
    'testcontainers/testcontainers-ruby': '602f58b8014d237d393a2006ff8ba2c4db7c30a1',
}
TEXT = (r'\.(py|ya?ml|json|md|rst|toml|cfg|ini|conf|env|properties|ts|js|go|tf|tfvars|hcl|cs|rs|java|rb)$|'
        r'(^|/)(Dockerfile|\.env[\w.-]*)$')
# The files read, per repository, fixed before any detector ran: every text file of the deployment samples and modules
# (their examples, docs and the modules' own variables); the test-fixture libraries' modules (where a container's default
# credentials are defined), tests, docs and examples. Generated code, vendored and third-party code, lock files and
# notebooks are not read (SKIP_PATH); nor are CDK's compiled snapshots (`*.snap`, `cdk.out`, API.md: generated).
FILES = {r: [TEXT] for r in PIN}
SKIP_PATH = re.compile(r'(package(-lock)?\.json|tsconfig\.json|(^|/)(node_modules|vendor|third_party|generated|\.github)/|'
                       r'yarn\.lock|composer\.json|\.secrets\.baseline|python_http_client|swagger|\.min\.js$|CHANGELOG|'
                       r'(^|/)(go\.sum|poetry\.lock|uv\.lock|Cargo\.lock)$|(^|/)cdk\.out/|\.snap$|(^|/)API\.md$)')
sources, out = {}, []


_BATCH = {}


def show(repo, path):
    """The file at the pinned commit, read through one `git cat-file --batch` per repository (the mirrors are read a few
    thousand files at a time); '' when it is missing or not a blob."""
    if repo not in _BATCH:
        d = f'/work/.mirror/{repo.replace("/", "+")}/repo'
        _BATCH[repo] = subprocess.Popen(['git', f'--git-dir={d}', 'cat-file', '--batch'], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE)
    pr = _BATCH[repo]
    pr.stdin.write(f'{PIN[repo]}:{path}\n'.encode())
    pr.stdin.flush()
    head = pr.stdout.readline().decode().split()
    if len(head) != 3 or head[1] != 'blob':
        return ''
    data = pr.stdout.read(int(head[2]) + 1)[:-1]
    return data.decode('utf-8', 'replace')


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
                if re.fullmatch(r'outside-\d{4}-\d{2}', d) and d != 'outside-2027-16'
                and os.path.exists(os.path.join(HERE, '..', d, 'candidates.json')))
known = known_values(os.path.join(HERE, '..'), EARLIER)
taken = set()
left_out = {'known': 0, 'duplicate': 0, 'cap-file': 0, 'cap-repo': 0, 'not-clean': 0, 'e-mail': 0, 'names-source': 0,
            'sentence': 0, 'short': 0, 'ambiguous': 0}

# The caps, fixed before any detector ran: at most 10 values of one kind from one source file, and at most 60 of one kind
# from one repository (no one project may make most of a kind). Benign look-alikes by class, per repository: parsed fields
# (user names, hosts, endpoints, buckets, regions, ARNs, URLs without a password) at most 5, fields that only mention a
# credential (`secretName`, `existingSecret`, `secretKeyRef`) at most 8, references (`${X}`, `{{ .Values.x }}`,
# `os.environ[...]`) at most 12 of each kind, so that the set comes near half sensitive (37 repositories: parsed fields
# alone would otherwise outnumber the credentials) and the look-alikes are mostly references and key names.
CAP_FILE, CAP_REPO = 10, 60
CAP_CLASS = {'parsed-field': 5, 'credential-word-field': 8, 'template-reference': 12, 'env-reference': 12}
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


CAMEL_NAME = re.compile(r'^[a-z]+(?:[A-Z][a-z]+)*(?:Password|Secret|Token|Key)$')  # (rule of this set) `secretNextAuthSecret`


def placeholder_class(v):
    return (CAMEL_NAME.match(v) is not None or PUBLISHED.search(v) is not None or is_placeholder(v) or TEST_WORDS.match(v) is not None and re.search(r'[A-Za-z]', v) is not None
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
    if w == ['client', 'token']:
        return 'mentions'  # (rule of this set) AWS APIs' `ClientToken` / `client_token`: an idempotency token
    if w[-1] == 'secret' and len(w) > 1 and w[-2] in ('credentials', 'credential', 'creds', 'users', 'ssl', 'tls', 'cert', 'environment', 'env'):
        return 'mentions'  # (rule of this set) `CredentialsSecret`, `usersSecret`, `EnvironmentSecret`: a Secret object's name
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
        if re.match(r'^[A-Za-z_][\w.]*[\[(]', v) and not quoted:
            return  # (rule of this set) a code expression embedded in YAML (`auth_state['refresh_token']`), not a literal
        if re.fullmatch(r'(?i)seconds|minutes|hours|days', v):
            # (rule of this set) Cognito's `token_validity_units { access_token = "days" }`: a unit, no credential
            add(repo, path, value=v, kind='benign', cls='credential-word-field', syntax=syntax, line=line, key=key, origin=origin)
            return
        if re.fullmatch(r'[a-z]\w*(\.[A-Za-z_]\w*)+', v) and not quoted:
            return  # inline code's expression (`event.resultToken`), not a literal
        if v.lower() == name.split('.')[-1].split(':')[-1].lower():
            return  # a value that is its own field's name (`consumerKey: consumerKey`), no value
        if syntax in ('yaml', 'shell') and (words(name)[-1] == 'secret' or len(words(name)) > 2 and words(name)[-2:] == ['secret', 'key']
                                            ) and re.fullmatch(r'[a-z0-9]([a-z0-9.-]*[a-z0-9])?', v):
            # (rule of this set, the second case) a Helm value `rootUserSecretKey: s3-user`, `portSecretKey: port`: the key
            # of a value inside an existing Secret, or a credential; left out either way
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
               'password-hash' if re.fullmatch(r'\$2[aby]?\$\d\d\$[./A-Za-z0-9]{53}|SCRAM-SHA-256\$\S+|md5[0-9a-f]{32}', v) else
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
    # (Rust and Ruby have no syntax of their own in the scorer: its lines are read as an assignment, as Terraform's are.)
    syn = {'go': 'code-go', 'py': 'code-python', 'cs': 'code-csharp', 'java': 'code-java', 'rs': 'assignment', 'rb': 'assignment'}.get(
        path.rsplit('.', 1)[-1], 'code-js')
    for i, ln in enumerate(text.split('\n'), 1):
        code_line(repo, path, i, ln, syn)


# Python / JS / Go: a keyword argument, an assignment, a dict or object member, a struct field (`name=`, `name:`, `"name":`)
# whose value is one string literal, optionally in a secret wrapper (`SecretStr("…")`); a subscript assignment
# (`os.environ["X"] = "…"`, `cfg["password"] = "…"`), `setenv("X", "…")`; an equality a test asserts
# (`assert cfg["password"] == "…"`, the name being the last identifier on its left); and an environment reference under
# a credential name (`api_key=os.environ["X"]`: a benign look-alike).
CODE_PAIR = re.compile(r"""["']?([A-Za-z_][\w.:-]*)["']?\s*(?<![=!<>])[:=](?!=)\s*(?:(?:pydantic\.)?SecretStr\(|pulumi\.String\(|(?:cdk\.|core\.|awscdk\.)?SecretValue\.(?:unsafe_?[Pp]lain_?[Tt]ext|plain_?[Tt]ext|unsafePlainText)\(|jsii\.String\(|aws\.String\()?"""
                       r"""(["'])((?:(?!\2)[^\\]|\\.)*)\2""")
SUBSCRIPT_SET = re.compile(r"""\[\s*(["'])([A-Za-z_][\w.-]*)\1\s*\]\s*=(?!=)\s*(["'])((?:(?!\3)[^\\]|\\.)*)\3""")
SETENV = re.compile(r"""setenv\(\s*(["'])([A-Za-z_]\w*)\1\s*,\s*(["'])((?:(?!\3)[^\\]|\\.)*)\3""")
# A variable set by a call (`setenv("X", "…")`, `.withEnvironment("X", "…")`, `with_env_var("X", "…")`, `WithEnv("X", "…")`):
# the variable's name says what the value is. A builder's setter with one literal (`.WithPassword("…")`,
# `with_password("…")`, `setApiKey("…")`; in Java also `.masterPassword("…")`): the setter's name says it. CDK's
# `Credentials.fromPassword("user", SecretValue…("…"))`: its documented (username, password). A Rust constant
# (`const PASSWORD: &str = "…"`).
_LIT = r"""(["'])((?:(?!\3)[^\\]|\\.)*)\3"""
ENV_CALL = re.compile(r"""\b\w*(?:env|Env|ENV|[Ee]nvironment)\w*\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*,\s*""" + _LIT)
_WRAP = r"""(?:(?:cdk\.|core\.|awscdk\.)?SecretValue\.(?:unsafe_?[Pp]lain_?[Tt]ext|plain_?[Tt]ext)\(|jsii\.String\()?"""
# CDK's references to a stored secret (`SecretValue.secretsManager("id")`, `ssmSecure("name")`): the argument names the
# secret, no value; a benign look-alike under a credential (class secret-reference).
SECRET_REF = re.compile(r"""SecretValue\.(?:secrets_?[Mm]anager|ssm_?[Ss]ecure|cfn_?[Pp]arameter)\(\s*(["'])([^"']+)\1""")
WITH_CALL = re.compile(r"""\b(?:[Ww]ith|[Ss]et)_?([A-Za-z][A-Za-z0-9_]*)\(\s*""" + _WRAP + r"""(["'])((?:(?!\2)[^\\]|\\.)*)\2\s*\)""")
JAVA_BUILDER = re.compile(r"""\.([a-z][A-Za-z0-9]*)\(\s*""" + _WRAP + r"""(")((?:[^"\\]|\\.)*)"\s*\)""")
NOT_A_SETTER = {'get', 'load', 'fetch', 'read', 'from', 'lookup', 'find', 'resolve', 'create', 'delete', 'describe', 'put',
                'grant', 'add', 'of', 'to', 'parse', 'decode', 'encode', 'contains', 'equals', 'starts', 'ends', 'matches'}
FROM_PASSWORD = re.compile(r"""[Ff]rom_?[Pp]assword\(\s*(["'])([^"']*)\1\s*,\s*""" + _WRAP + r"""(["'])([^"']*)\3""")
RUST_CONST = re.compile(r'\b([A-Za-z_]\w*)\s*:\s*&(?:\'static\s+)?str\s*=\s*"((?:[^"\\]|\\.)*)"')
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
    for rx in (SUBSCRIPT_SET, ENV_CALL):
        for m in rx.finditer(ln):
            if not BUILT.match(ln[m.end():]):
                emit(repo, path, i, m.group(2), json.dumps(m.group(4)), syn, ln, where='set')
    for m in WITH_CALL.finditer(ln):
        if not BUILT.match(ln[m.end():]):
            emit(repo, path, i, m.group(1), json.dumps(m.group(3)), syn, ln, where='builder call')
    if syn == 'code-java':
        for m in JAVA_BUILDER.finditer(ln):
            if words(m.group(1))[0] not in NOT_A_SETTER and not BUILT.match(ln[m.end():]):
                emit(repo, path, i, m.group(1), json.dumps(m.group(3)), syn, ln, where='builder call')
    for m in FROM_PASSWORD.finditer(ln):
        emit(repo, path, i, 'username', json.dumps(m.group(2)), syn, ln, where='fromPassword')
        emit(repo, path, i, 'password', json.dumps(m.group(4)), syn, ln, where='fromPassword')
    for m in SECRET_REF.finditer(ln):
        add(repo, path, value=m.group(2), kind='benign', cls='secret-reference', syntax=syn, line=ln.strip(),
            origin=f'line {i}: SecretValue reference')
    for m in RUST_CONST.finditer(ln):
        emit(repo, path, i, m.group(1), json.dumps(m.group(2)), syn, ln)
    for m in ASSERT_EQ.finditer(ln):
        if not BUILT.match(ln[m.end():]):
            name = re.findall(r'[A-Za-z_][\w-]*', m.group(1))[-1]
            emit(repo, path, i, name, json.dumps(m.group(3)), syn, ln, where='asserted')
    for m in CODE_REF.finditer(ln):
        if field_kind(m.group(1)) in ('password', 'credential'):
            emit(repo, path, i, m.group(1), m.group(2), syn, ln)


# Terraform (outside-2027-12's reader): `name = "value"` arguments, one per line or inline in a map (`{ password = "…" }`),
# and a `variable` block's `default` (the variable's name says what it is; the context is the block up to the default).
HCL_PAIR = re.compile(r'^\s*"?([A-Za-z_][\w-]*)"?\s*=\s*("(?:[^"\\]|\\.)*"|[A-Za-z_][\w.\[\]"]*)\s*(#.*)?$')
HCL_INLINE = re.compile(r'(?<![\w.])([A-Za-z_][\w-]*)\s*=\s*("(?:[^"\\]|\\.)*")')


def hcl_file(repo, path, text):
    var = None  # the `variable "name" {` block the line is in (and its line): its `default` is the variable's value
    lines = text.split('\n')
    for i, ln in enumerate(lines, 1):
        hcl_line(repo, path, i, ln, var and (var[0], block(lines, var[1], i)))
        vm = re.match(r'^\s*variable\s+"([\w-]+)"\s*\{', ln)
        if vm:
            var = (vm.group(1), i)
        elif re.match(r'^\}\s*$', ln):
            var = None


def hcl_line(repo, path, i, ln, var=None):
    if ln.strip().startswith(('#', '//')) or len(ln.strip()) > 240:
        return
    m = HCL_PAIR.match(ln)
    if not m:
        if '{' in ln:
            for m in HCL_INLINE.finditer(ln):
                emit(repo, path, i, m.group(1), m.group(2), 'assignment', ln)
        return
    raw = m.group(2)
    if not raw.startswith('"') and not reference_class(raw):
        return  # a bare word that is not a reference (a boolean, a number)
    if m.group(1) == 'default' and var:
        emit(repo, path, i, var[0], raw, 'assignment', var[1], where='default of variable')
    else:
        emit(repo, path, i, m.group(1), raw, 'assignment', ln)


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
        elif lang in ('json', 'jsonc'):
            # (new here) a JSON block in a README (a CDK sample's secret, as `aws secretsmanager get-secret-value` prints it)
            for jm in JSON_PAIR.finditer(ln):
                emit(repo, path, i, jm.group(1), json.dumps(jm.group(2)), 'json', ln.strip())
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
        elif p.endswith(('.tf', '.tfvars', '.hcl')):
            hcl_file(repo, p, text)
        elif p.endswith(('.py', '.ts', '.js', '.go', '.cs', '.rs', '.java', '.rb')):
            code_file(repo, p, text)
        elif p.endswith(('.md', '.rst')):
            markdown_file(repo, p, text)
        elif p.endswith(('.toml', '.cfg', '.ini', '.conf')):
            ini_file(repo, p, text)
        else:
            env_file(repo, p, text)

write_candidates('outside-2027-16', sources, out, left_out)
