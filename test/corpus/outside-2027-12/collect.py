#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-12 corpus (issue 28: a thirteenth outside set, on credentials as
# infrastructure-as-code and deployment configuration writes them: CloudFormation properties and parameters' defaults,
# Terraform and ARM arguments, Pulumi programs and stack configuration, Kubernetes manifests (Secret data, container env),
# compose files' environment, the container images' documented `docker run -e` settings) from public projects that none
# of the project's corpora draws on (corpus.json, independent.json, outside-2026-12 … outside-2027-11; the projects they
# use are listed in ABOUT.md). None of those is read here except to leave out values they already hold.
# Values and their minimal label context only, never a copied file. Each candidate names its repository, path and commit
# (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-12/collect.py > test/corpus/outside-2027-12/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-12` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack. Labels come from each field's own meaning (the resource property's or
# argument's definition: `MasterUserPassword`, `administrator_login_password`, `POSTGRES_PASSWORD`, a Secret's data
# key), with the overrides listed below and in ABOUT.md, each with its reason.
import base64, json, os, re, sys
from urllib.parse import unquote
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import is_placeholder, known_values, make_add, mirror_git as git, source_id, write_candidates  # noqa: E402

LICENCES = {
    'stelligent/cfn_nag': 'MIT',
    'aws-cloudformation/cfn-lint': 'MIT-0',
    'aws-cloudformation/aws-cloudformation-templates': 'MIT-0',
    'bridgecrewio/terragoat': 'Apache-2.0',
    'bridgecrewio/cfngoat': 'Apache-2.0',
    'tenable/KaiMonkey': 'Apache-2.0',
    'snyk-labs/infrastructure-as-code-goof': 'Apache-2.0',
    'fugue/regula': 'Apache-2.0',
    'pulumi/examples': 'Apache-2.0',
    'kubernetes/examples': 'Apache-2.0',
    'madhuakula/kubernetes-goat': 'MIT',
    'docker/awesome-compose': 'CC0-1.0',
    'docker-library/docs': 'MIT',
    'helm/charts': 'Apache-2.0',
    'aquasecurity/trivy-checks': 'MIT',
    'GoogleCloudPlatform/kubernetes-engine-samples': 'Apache-2.0',
    'kubernetes-sigs/kustomize': 'Apache-2.0',
    'bitnami/charts': 'Apache-2.0',
    'prometheus-community/helm-charts': 'Apache-2.0',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'stelligent/cfn_nag': '8b5f03da74202ba323a145e9d037ddce6cab9dec',
    'aws-cloudformation/cfn-lint': '217397c819d2cebe4c1e836c9ab18fafd0e10135',
    'aws-cloudformation/aws-cloudformation-templates': '142ce6f283d285fa370adb7f9d332d7f46dac5fc',
    'bridgecrewio/terragoat': '729f8da62c6a85ce4af5ad3d123de97776d954c4',
    'bridgecrewio/cfngoat': '0c09b69cfc3dbc6cb3ef01883415c35c588ced48',
    'tenable/KaiMonkey': '3feb0bf1a5ab81a79f225407a5ed16db3acd59a4',
    'snyk-labs/infrastructure-as-code-goof': 'f8605c582c95e4cc1e14bd0760f56a19cdcabaa1',
    'fugue/regula': '259c10a6a746e3c1eb84857d9f548cca463034af',
    'pulumi/examples': '40c09b266d44e9975e15289c42cc0c2ad8d14995',
    'kubernetes/examples': '279e8e4fe314f6cb7bc55fa3fbc21bbeaa48c0ea',
    'madhuakula/kubernetes-goat': '56e60a29ed66fda476fa4794b41749e953cbd60f',
    'docker/awesome-compose': '18f59bdb09ecf520dd5758fbf90dec314baec545',
    'docker-library/docs': 'c4a9ba41443427b2ec1d5c4cc01879076aa4a1eb',
    'helm/charts': '390ee6614b4bb0da96b397f9b382e3ddca9f59a4',
    'aquasecurity/trivy-checks': '80e5382269707262f35cf893bdc0805cb72217e9',
    'GoogleCloudPlatform/kubernetes-engine-samples': '2b5036514162a489145c5e5570bc320efbcb37bf',
    'kubernetes-sigs/kustomize': '12f9e6391464b3ad9dd3fe8182049dc1b1772990',
    'bitnami/charts': '5165628ae06697f8f68a670bef7739d93c4b7f44',
    'prometheus-community/helm-charts': 'cf408a290aec489277a94450bb3511432477a53a',
}
IAC = r'\.(ya?ml|json|template|tf|tfvars|hcl)$'
# The files read, per repository, fixed before any detector ran: the IaC / deployment files (templates, manifests, compose
# files, Terraform, Pulumi programs and stack configuration); for docker-library/docs its images' compose examples and
# READMEs (whose `docker run -e NAME=value` lines document a container's settings). Lock files and vendored packages are
# not read (`package-lock.json`, `node_modules/`, `vendor/`).
FILES = {
    'stelligent/cfn_nag': [r'^spec/test_templates/.*\.(ya?ml|json)$'],
    'aws-cloudformation/cfn-lint': [r'^test/fixtures/templates/.*\.(ya?ml|json)$'],
    'aws-cloudformation/aws-cloudformation-templates': [IAC],
    'bridgecrewio/terragoat': [IAC],
    'bridgecrewio/cfngoat': [IAC],
    'tenable/KaiMonkey': [IAC],
    'snyk-labs/infrastructure-as-code-goof': [IAC],
    'fugue/regula': [r'^rego/tests/.*\.(ya?ml|json|tf)$', r'^(examples|tests?)/.*\.(ya?ml|json|tf)$'],
    'pulumi/examples': [IAC, r'\.(ts|py|go|cs)$'],
    'kubernetes/examples': [IAC],
    'madhuakula/kubernetes-goat': [IAC, r'(^|/)Dockerfile$'],
    'docker/awesome-compose': [IAC, r'(^|/)\.env$'],
    'docker-library/docs': [r'(stack|compose)[^/]*\.ya?ml$', r'/README\.md$', r'/content\.md$'],
    # helm/charts: the charts' values files and their CI values (what a user sets at install time)
    # and their READMEs' install commands (`helm install --set auth.password=x`)
    'helm/charts': [r'(^|/)values[^/]*\.ya?ml$', r'/ci/[^/]*\.ya?ml$', r'/README\.md$'],
    # trivy-checks: its checks' test cases (Terraform, CloudFormation and manifests written inline in Go tests) and examples
    'aquasecurity/trivy-checks': [r'_test\.go$', r'\.(tf|ya?ml)$'],
    'GoogleCloudPlatform/kubernetes-engine-samples': [IAC],
    # kustomize: its examples and test data (secretGenerator / configMapGenerator literals, `.env` and `.properties` files)
    'kubernetes-sigs/kustomize': [r'\.(ya?ml|env|properties)$'],
    'bitnami/charts': [r'(^|/)values[^/]*\.ya?ml$', r'/ci/[^/]*\.ya?ml$', r'/README\.md$'],
    'prometheus-community/helm-charts': [r'(^|/)values[^/]*\.ya?ml$', r'/ci/[^/]*\.ya?ml$', r'/README\.md$'],
}
SKIP_PATH = re.compile(r'(package(-lock)?\.json|tsconfig\.json|(^|/)(node_modules|vendor|\.github)/|yarn\.lock|composer\.json)')
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
                if re.fullmatch(r'outside-\d{4}-\d{2}', d) and d < 'outside-2027-12')
known = known_values(os.path.join(HERE, '..'), EARLIER)
taken = set()
left_out = {'known': 0, 'duplicate': 0, 'cap-file': 0, 'cap-repo': 0, 'not-clean': 0, 'e-mail': 0, 'names-source': 0,
            'sentence': 0, 'short': 0, 'ambiguous': 0}

# The caps, fixed before any detector ran: at most 12 values of one kind from one source file, and at most 70 of one kind
# from one repository (no one project may make most of a kind; cfn_nag's and cfn-lint's fixtures repeat one shape).
CAP_FILE, CAP_REPO = 12, 70
# Benign parsed fields (user names, hosts, endpoints, ARNs, URLs: the weakest look-alikes, and the most numerous) are capped
# at 4 per repository, fields that only mention a credential (`secretName`, `existingSecret`) at 6, and template
# references (`$X`, `{{ .Values.x }}`: bitnami's READMEs write one per chart) at 15, so that the set comes as near 40%
# sensitive as the sources allow and the look-alikes are mostly references under credential fields (`!Ref`,
# `{{resolve:...}}`, `${var.x}`).
CAP_CLASS = {'parsed-field': 4, 'credential-word-field': 6, 'template-reference': 15}
add = make_add(known, taken, left_out, out, sid, CAP_FILE, CAP_REPO, CAP_CLASS)


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


def placeholder_class(v):
    return (is_placeholder(v) or TEST_WORDS.match(v) is not None and re.search(r'[A-Za-z]', v) is not None
            or SAYS_PLACEHOLDER.search(v) is not None or NAME_AS_VALUE.search(v) is not None)


# ---- Field names. The key's last word(s) say what the field holds (camelCase, snake_case, SCREAMING_CASE and a Pulumi
# config key's `project:` prefix all split into words): a password, a credential, or something else that only mentions one.
def words(name):
    name = name.split(':')[-1].split('.')[-1]
    name = re.sub(r'([a-z0-9])([A-Z])', r'\1 \2', name)
    name = re.sub(r'([A-Z]+)([A-Z][a-z])', r'\1 \2', name)
    w = [w for w in re.split(r'[^A-Za-z0-9]+', name.lower()) if w]
    # `PasswordParameter`, `secretValue`, `db_password_value`: the word after the credential says only where it is written
    while len(w) > 1 and w[-1] in ('parameter', 'param', 'value', 'string'):
        w = w[:-1]
    return w


PW_LAST = {'password', 'passwd', 'pwd', 'passphrase', 'pass', 'pw'}
CRED_LAST = {'secret', 'token', 'apikey', 'authkey', 'authtoken'}
CRED_TWO = {('api', 'key'), ('access', 'key'), ('secret', 'key'), ('private', 'key'), ('auth', 'key'), ('token', 'key'),
            ('consumer', 'key'), ('signing', 'key'), ('account', 'key'), ('master', 'key'), ('key', 'base'),
            ('access', 'token'), ('client', 'secret'), ('webhook', 'secret'), ('shared', 'key')}
CRED_WORDS = {'password', 'passwd', 'pwd', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'apikey', 'credential',
              'credentials'}


def field_kind(name):
    """'password' / 'credential' / 'aws-id' / 'mentions' (a credential word, but the field holds something else) / None."""
    w = words(name)
    if not w:
        return None
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


def emit(repo, path, i, name, raw_value, syntax, line, key=None, where='field'):
    """One `name: value` pair read from a line: labelled by the field's meaning and the value's shape."""
    v, quoted = unquote_scalar(raw_value)
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
        if v.startswith(('{', '[', '!', '/', '*')) or re.fullmatch(r'[*xX.]{3,}|<[^>]*>', v):
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
               'iac-password' if kind == 'password-literal' else kind if kind.startswith('aws') else 'unprefixed-key')
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


# ---- Readers, by the file's syntax.
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


def hcl_file(repo, path, text):
    var = None  # the `variable "name" {` block the line is in (and its line): its `default` is the variable's value
    lines = text.split('\n')
    for i, ln in enumerate(lines, 1):
        hcl_line(repo, path, i, ln, var and (var[0], block(lines, var[1], i)))
        vm = re.match(r'^\s*variable\s+"([\w-]+)"\s*\{', ln)
        if vm:
            var = (vm.group(1), i)
        elif re.match(r'^\s*\}\s*$', ln) and len(ln) - len(ln.lstrip()) == 0:
            var = None


def hcl_line(repo, path, i, ln, var=None):
    m = HCL_PAIR.match(ln)
    if not m:
        return False
    raw = m.group(2)
    if not raw.startswith('"') and not reference_class(raw):
        return True  # a bare word that is not a reference (a boolean, a number)
    if m.group(1) == 'default' and var:
        emit(repo, path, i, var[0], raw, 'assignment', var[1], where='default of variable')
    else:
        emit(repo, path, i, m.group(1), raw, 'assignment', ln)
    return True


def code_file(repo, path, text):
    syn = ('code-go' if path.endswith('.go') else 'code-python' if path.endswith('.py') else 'code-csharp'
           if path.endswith('.cs') else 'code-js')
    for i, ln in enumerate(text.split('\n'), 1):
        s = ln.strip()
        if s.startswith(('//', '#', '*', '/*')):
            continue
        if syn == 'code-go' and path.endswith('_test.go'):
            # a Go test's inline Terraform (`name = "v"`) or YAML (`Name: v`) source: read in its own syntax
            if HCL_PAIR.match(ln) and not s.endswith(','):
                hcl_line(repo, path, i, ln)
                continue
            ym = YAML_PAIR.match(ln)
            if ym and not s.endswith((',', '{', '(')) and ':=' not in s and not s.startswith(('"', 'case ', 'return ')):
                emit(repo, path, i, ym.group(1), ym.group(2), 'yaml', ln)
                continue
        for m in CODE_PAIR.finditer(ln):
            if '`' in m.group(3):
                continue
            v = m.group(3)
            if re.search(r'\+\s*$', ln[:m.start(2)]) or re.match(r'\s*\+', ln[m.end():]):
                continue  # a concatenation: the value is not the literal
            emit(repo, path, i, m.group(1), json.dumps(v), syn, ln)


def env_file(repo, path, text):
    for i, ln in enumerate(text.split('\n'), 1):
        m = ENV_LINE.match(ln)
        if m:
            emit(repo, path, i, m.group(1), m.group(2), 'env', ln, key=m.group(1), where='variable')


HELM_SET = re.compile(r'''--set(?:-string)?[ =]([A-Za-z0-9_.\[\]-]+)=([^\s,\\`'"]+|"[^"]*"|'[^']*')''')


def markdown_file(repo, path, text):
    for i, ln in enumerate(text.split('\n'), 1):
        for m in HELM_SET.finditer(ln):
            v = m.group(2)
            if v.startswith('"') and v.count('"') == 1 or v.startswith("'") and v.count("'") == 1:
                continue
            emit(repo, path, i, m.group(1), v, 'shell', ln, where='helm --set')
        if ln.lstrip().startswith('$ docker') or ln.lstrip().startswith('docker ') or ' -e ' in ln:
            for m in DOCKER_E.finditer(ln):
                emit(repo, path, i, m.group(1), m.group(2), 'env', ln, key=m.group(1), where='docker run -e')


for repo in PIN:
    for p in files(repo):
        text = show(repo, p)
        if not text or '\x00' in text:
            continue
        if p.endswith(('.yaml', '.yml')) or p.endswith('.template') and not text.lstrip().startswith('{'):
            yaml_file(repo, p, text)
        elif p.endswith('.json') or p.endswith('.template'):
            json_file(repo, p, text)
        elif p.endswith(('.tf', '.tfvars', '.hcl')):
            hcl_file(repo, p, text)
        elif p.endswith(('.ts', '.py', '.go', '.cs')):
            code_file(repo, p, text)
        elif p.endswith('.md'):
            markdown_file(repo, p, text)
        else:
            env_file(repo, p, text)

write_candidates('outside-2027-12', sources, out, left_out)
