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
# key), with the overrides listed below and in ABOUT.md, each with its reason. The readers of YAML, JSON and env files and
# the labelling they share with outside-2027-13 are in ../outside_collect.py (FieldReaders), this set's own rules its
# parameters.
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import CRED_TWO, YAML_PAIR, CredentialSet, FieldReaders, field_words, hcl_file, placeholder_value, reference_kind, words_kind  # noqa: E402

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

# Values the project's other corpora already hold (corpus.json, independent.json and every earlier outside set's
# candidates) are left out: a value, or a token of 10+ characters of one of theirs, equal to the candidate. A value is
# also taken once over the whole set (the first source in the order above, and the first line in a file, keeps it), so
# that it cannot fall in both halves (CredentialSet).

# The caps, fixed before any detector ran: at most 12 values of one kind from one source file, and at most 70 of one kind
# from one repository (no one project may make most of a kind; cfn_nag's and cfn-lint's fixtures repeat one shape).
CAP_FILE, CAP_REPO = 12, 70
# Benign parsed fields (user names, hosts, endpoints, ARNs, URLs: the weakest look-alikes, and the most numerous) are capped
# at 4 per repository, fields that only mention a credential (`secretName`, `existingSecret`) at 6, and template
# references (`$X`, `{{ .Values.x }}`: bitnami's READMEs write one per chart) at 15, so that the set comes as near 40%
# sensitive as the sources allow and the look-alikes are mostly references under credential fields (`!Ref`,
# `{{resolve:...}}`, `${var.x}`).
CAP_CLASS = {'parsed-field': 4, 'credential-word-field': 6, 'template-reference': 15}
S = CredentialSet('outside-2027-12', PIN, LICENCES, FILES, SKIP_PATH, CAP_FILE, CAP_REPO, CAP_CLASS)
add, left_out = S.add, S.left_out


# ---- Labels: the rules of outside_collect's field readers (FieldReaders), with this set's own. Placeholders by design
# (placeholder_value): test words, a value that says it is one, a name written where the value goes. Field names split into
# words (field_words) say what the field holds (words_kind); here a Rails-style `secret_key_base` also names a credential.
CRED_TWO_HERE = CRED_TWO | {('key', 'base')}


def field_kind(name):
    return words_kind(field_words(name), CRED_TWO_HERE)


# A password literal here is one written in infrastructure-as-code (class iac-password).
R = FieldReaders(add, left_out, words=field_words, field_kind=field_kind, reference_class=reference_kind,
                 placeholder_class=placeholder_value, password_class='iac-password', compose_repos=('docker/awesome-compose',))
emit = R.emit


# ---- Readers, by the file's syntax (YAML, JSON and env files: outside_collect's; Terraform, code and READMEs: this set's).
HCL_PAIR = re.compile(r'^\s*([A-Za-z_][\w-]*)\s*=\s*("(?:[^"\\]|\\.)*"|[A-Za-z_][\w.\[\]"]*)\s*(#.*)?$')
CODE_PAIR = re.compile(r'''["']?([A-Za-z_][\w.:-]*)["']?\s*[:=]\s*(?:pulumi\.String\(|pulumi\.secret\(|Output\.secret\(|'''
                       r'''new\s+pulumi\.\w+\()?(["'])((?:(?!\2)[^\\]|\\.)*)\2''')


def hcl_line(repo, path, i, ln, var=None):
    m = HCL_PAIR.match(ln)
    if not m:
        return False
    raw = m.group(2)
    if not raw.startswith('"') and not reference_kind(raw):
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


def markdown_file(repo, path, text):
    for i, ln in enumerate(text.split('\n'), 1):
        R.helm_set(repo, path, i, ln)
        R.docker_env(repo, path, i, ln)


for repo, p, text in S.texts():
    if p.endswith(('.yaml', '.yml')) or p.endswith('.template') and not text.lstrip().startswith('{'):
        R.yaml_file(repo, p, text)
    elif p.endswith('.json') or p.endswith('.template'):
        R.json_file(repo, p, text)
    elif p.endswith(('.tf', '.tfvars', '.hcl')):
        hcl_file(text, lambda i, ln, var: hcl_line(repo, p, i, ln, var))  # outside_collect.hcl_file: `variable` blocks
    elif p.endswith(('.ts', '.py', '.go', '.cs')):
        code_file(repo, p, text)
    elif p.endswith('.md'):
        markdown_file(repo, p, text)
    else:
        R.env_file(repo, p, text)

S.write()