#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-18 corpus (issue 28: a nineteenth outside set, on credentials as CI
# pipelines and container manifests write them: GitHub Actions workflows (`services:` containers' env, `env:` blocks,
# `with:` inputs), GitLab CI / Woodpecker / Tekton / Argo Workflows pipelines, Kubernetes manifests (Secret `data:` base64
# and `stringData:`, kustomize `secretGenerator` literals, env in Deployments), operators' samples and docker-compose
# files of self-hosted applications: the shapes that end in a plan's container or function environment) from public
# projects that none of the project's corpora draws on (corpus.json, independent.json, outside-2026-12 … outside-2027-17;
# ABOUT.md names the exclusions). None of those is read here except to leave out values they already hold.
# Values and their minimal label context only, never a copied file. Each candidate names its repository, path and commit
# (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-18/collect.py > test/corpus/outside-2027-18/candidates.json
# then `npx ts-node --transpile-only test/corpus/build-outside.ts --set outside-2027-18` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack. Labels come from each field's own meaning (a variable, input, parameter
# or key whose name says password / token / key / secret): outside-2027-16's rules, shared in ../outside_collect.py
# (FieldReaders, CredentialSet), with this set's own readers below (shell lines inside pipelines' YAML, and the benign
# look-alikes pipelines write: pinned actions' commit SHAs, image digests, checksums). No reader of outside_collect.py
# was changed; the new ones live here.
import base64, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import (CredentialSet, numbered_field_words, FieldReaders, placeholder_value, code_reference_kind,  # noqa: E402
                             elided_or_path, deployment_placeholder, deployment_names, words_kind, EXPORT)

LICENCES = {
    'sequelize/sequelize': 'MIT',
    'typeorm/typeorm': 'MIT',
    'knex/knex': 'MIT',
    'launchbadge/sqlx': 'MIT OR Apache-2.0',
    'diesel-rs/diesel': 'MIT OR Apache-2.0',
    'go-gorm/gorm': 'MIT',
    'jackc/pgx': 'MIT',
    'brianc/node-postgres': 'MIT',
    'sidorares/node-mysql2': 'MIT',
    'coleifer/peewee': 'MIT',
    'MagicStack/asyncpg': 'Apache-2.0',
    'tortoise/tortoise-orm': 'Apache-2.0',
    'argoproj/argo-workflows': 'Apache-2.0',
    'argoproj/argo-cd': 'Apache-2.0',
    'tektoncd/catalog': 'Apache-2.0',
    'tektoncd/pipeline': 'Apache-2.0',
    'woodpecker-ci/woodpecker': 'Apache-2.0',
    'cloudnative-pg/cloudnative-pg': 'Apache-2.0',
    'percona/percona-server-mongodb-operator': 'Apache-2.0',
    'percona/percona-postgresql-operator': 'Apache-2.0',
    'strimzi/strimzi-kafka-operator': 'Apache-2.0',
    'kedacore/keda': 'Apache-2.0',
    'external-secrets/external-secrets': 'Apache-2.0',
    'dapr/components-contrib': 'Apache-2.0',
    'dexidp/dex': 'Apache-2.0',
    'ory/kratos': 'Apache-2.0',
    'getredash/redash': 'BSD-2-Clause',
    'langfuse/langfuse': 'MIT',
    'umami-software/umami': 'MIT',
    'saleor/saleor': 'BSD-3-Clause',
    'netbox-community/netbox-docker': 'Apache-2.0',
    'zulip/docker-zulip': 'Apache-2.0',
    'discourse/discourse_docker': 'MIT',
    'hoppscotch/hoppscotch': 'MIT',
    'temporalio/docker-compose': 'MIT',
    'jitsi/docker-jitsi-meet': 'Apache-2.0',
    'Mailu/Mailu': 'MIT',
    'vmware-tanzu/velero': 'Apache-2.0',
    'argoproj/argo-events': 'Apache-2.0',
    'rook/rook': 'Apache-2.0',
    'concourse/concourse-docker': 'Apache-2.0',
    'FlowiseAI/Flowise': 'Apache-2.0',
    'apache/apisix-docker': 'Apache-2.0',
    'appwrite/appwrite': 'BSD-3-Clause',
    'open-telemetry/opentelemetry-demo': 'Apache-2.0',
    'mariadb-operator/mariadb-operator': 'MIT',
    'mongodb/mongodb-kubernetes-operator': 'Apache-2.0',
    'bitpoke/mysql-operator': 'Apache-2.0',
    'grafana/grafana-operator': 'Apache-2.0',
    'prometheus-operator/prometheus-operator': 'Apache-2.0',
    'k8ssandra/k8ssandra-operator': 'Apache-2.0',
    'OT-CONTAINER-KIT/redis-operator': 'Apache-2.0',
    'tektoncd/triggers': 'Apache-2.0',
}
# Pinned commits: every value is read at these (each mirror's default branch when it was fetched), never at a moving HEAD.
PIN = {
    'sequelize/sequelize': 'c7700944925914dd936e96ad2dabb4dbdf7e9477',
    'typeorm/typeorm': '281bfba42a5813b106bcf5ba79bc7f7251bd1e73',
    'knex/knex': 'e25d54bcb707714a17f5a5744eba5c4246bb4d1d',
    'launchbadge/sqlx': '9d6bf6629f172d32fe1e6cafe8071439d213fc75',
    'diesel-rs/diesel': '04cc1b0bc6578021db542464e6cd1a21e0d39235',
    'go-gorm/gorm': '1d6ce99528060be18a42be09aca8d39efcb47f28',
    'jackc/pgx': '728cefa8008f2b06aeca071cd3239862aa80f9af',
    'brianc/node-postgres': 'c9e57617bc92c2ded23a75345f50eadc527bd131',
    'sidorares/node-mysql2': '928c3c511a0316713966ade2cf27e47285feb878',
    'coleifer/peewee': '408aa4c130267ffd1e3ec5d09c0595e8d9a9bd98',
    'MagicStack/asyncpg': 'db8ecc2a38e16fb0c090aef6f5506547c2831c24',
    'tortoise/tortoise-orm': '3829267adeab10482fd1f089bafa9d3b748913f3',
    'argoproj/argo-workflows': 'f016ad89eb269d282aec06dc491c29f396a38df4',
    'argoproj/argo-cd': '37ee0097cf851bc2dd7665fc081bbce61a7e836e',
    'tektoncd/catalog': '55dd80ef1b83861613dce9080dfdf6656f1aecd4',
    'tektoncd/pipeline': '3ee1745ae5b2d9175b11917d7c1935eaad44910c',
    'woodpecker-ci/woodpecker': 'a4cb541b82dea1967d5b5577ff80a472b349afb2',
    'cloudnative-pg/cloudnative-pg': 'a95a534dbe0854495b863bbc1b7651f74d310916',
    'percona/percona-server-mongodb-operator': 'b15af50030bfc5558813b86b160e87fd304a409c',
    'percona/percona-postgresql-operator': 'adafb34ff17cb2df8b491d725cccdd46c0607d44',
    'strimzi/strimzi-kafka-operator': '8541da1e336bdcda9647aeacfbc2048e57580a52',
    'kedacore/keda': '8b4f083ca8c8c2baf8477e322bd4d16ac4dfa09a',
    'external-secrets/external-secrets': 'cc5bfbc2234ace9cb0caff4ea89c435cf517b27b',
    'dapr/components-contrib': 'c23900d2760de2061143587c16c5e30ab3f092cf',
    'dexidp/dex': 'ab64ed778070e983cbb10cfc07ea4bb397d14312',
    'ory/kratos': 'b86338da04a040247a07f46100a86dcfb3875909',
    'getredash/redash': 'ca79fe988d81cdac9675b412f3dfcab107bc1fbc',
    'langfuse/langfuse': '62751446149b702b419a9292ddfc2280cdf74b8c',
    'umami-software/umami': 'c0ea3aefbee7a3429ee2f824b06dc4a9dbe0b7e1',
    'saleor/saleor': '723cd4eba87dfc72822ade45dc08a3caa548428d',
    'netbox-community/netbox-docker': '27bf52cf3ea882324273fbabbf23f0af6a194f12',
    'zulip/docker-zulip': '3a592adee9e0f6d65fdb580934ce44fd63a5c6cb',
    'discourse/discourse_docker': 'e071c2c8ebf8a93c1fba4e16fbb7168a2a9201bd',
    'hoppscotch/hoppscotch': 'afc2cf181c16e56647b099e5d18cfe55710c6cdd',
    'temporalio/docker-compose': 'cd6d3b19a3307e2cbbc4c1830228166e92caef24',
    'jitsi/docker-jitsi-meet': '2e6b31d8334998cb26ceef913a8e172fe9b93686',
    'Mailu/Mailu': 'bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd',
    'vmware-tanzu/velero': 'd30d389b56068eebd675d9953492183cb7b58a78',
    'argoproj/argo-events': '6478ece495f951dde9f183ae58fde134c52f41a5',
    'rook/rook': 'd0c3b9ce6d64ff0c47074437aab7314b7adf7f2c',
    'concourse/concourse-docker': '8f71cc2f1a462183abdc849704fe73540e917b15',
    'FlowiseAI/Flowise': 'ababf4c8ebc0263e03aeeb917832251d3fd785e4',
    'apache/apisix-docker': '5c25f5dca4fa9128ac6ca6bd103028e33f309f68',
    'appwrite/appwrite': '0cefd0615350e1914a29caeef3342fd620a60045',
    'open-telemetry/opentelemetry-demo': '054282e318317f2be09f67dd9b0d7d1278566cfa',
    'mariadb-operator/mariadb-operator': '8970edf8368c74178e521f3dc2e9df4131888c77',
    'mongodb/mongodb-kubernetes-operator': 'f6a53c96128e3e998f4c274964876206ce409305',
    'bitpoke/mysql-operator': '37c64109855691ab227130cf2d011effdd48690b',
    'grafana/grafana-operator': '60d3ebd2b21a7736970cac8964aa71f7a4ac2ecc',
    'prometheus-operator/prometheus-operator': '6adcebc5076c34f4f55f8f5f7b1e528929373ac7',
    'k8ssandra/k8ssandra-operator': '9e3d1b51d2171ea9ee84edf53d6dfa1c98fa8525',
    'OT-CONTAINER-KIT/redis-operator': '5dd04e17419a9a32bd0d220fc9dae5dffbf4f39a',
    'tektoncd/triggers': '088902973c89e356b40bc0745618df0e9b2d8198',
}
# The files read, per repository, fixed before any detector ran: CI pipelines first (GitHub Actions workflows, GitLab CI,
# CircleCI, Drone, Woodpecker, Buildkite, Azure Pipelines), then the manifests and compose files (every YAML file: Kubernetes
# manifests, operators' samples, Tekton tasks, Argo workflows, kustomize; compose files), `.env` files and Dockerfiles,
# JSON and INI / TOML configuration, and the docs' code blocks (Markdown). Source code is not read: this set is about the
# files that configure a container's or a pipeline's environment, not a library's tests.
CI = (r'^\.github/workflows/[^/]+\.ya?ml$|(^|/)\.gitlab-ci\.ya?ml$|^\.circleci/.*\.ya?ml$|(^|/)\.drone\.ya?ml$|'
      r'^\.woodpecker/.*\.ya?ml$|(^|/)\.woodpecker\.ya?ml$|^\.buildkite/.*\.ya?ml$|azure-pipelines[^/]*\.ya?ml$')
MANIFESTS = r'\.(ya?ml)$|(^|/)(Dockerfile[\w.-]*|\.env[\w.-]*|[\w.-]*\.env)$'
CONFIG = r'\.(json|toml|ini|cfg|conf|properties|md)$'
FILES = {r: [CI, MANIFESTS, CONFIG] for r in PIN}
# Not read: vendored and generated files, lock files and package manifests, changelogs, translations, CRDs' and OpenAPI's
# generated schemas (and API and JSON schemas: kratos' `spec/api.json`, langfuse's `fern/` definitions: a field's
# definition, not a value), translations (umami's `public/intl`: a UI's word for "password" is no credential), and langfuse's `ee` and Flowise's `enterprise` directories (under a commercial licence).
SKIP_PATH = re.compile(r'(package(-lock)?\.json|tsconfig[\w.-]*\.json|(^|/)(node_modules|vendor|third_party|generated|'
                       r'testdata/fuzz|locales?|lang|i18n|intl|translations)/|yarn\.lock|pnpm-lock|composer\.json|'
                       r'\.secrets\.baseline|swagger|openapi|CHANGELOG|(^|/)(go\.sum|poetry\.lock|uv\.lock|Cargo\.lock)$|'
                       r'(^|/)(ee|enterprise)/|crds?/|zz_generated|\.snap$|schema[\w.-]*\.json$|(^|/)spec/api\.json$|(^|/)fern/)')
# A value the other corpora or an earlier outside set hold is left out, and a value is taken once over the set (its first
# source in PIN's order keeps it) so that it cannot fall in both halves (CredentialSet). The caps, fixed before any
# detector ran: at most 10 values of one kind from one source file and 50 of one kind from one repository (no one project
# may make most of a kind). Benign look-alikes per repository and class: parsed fields (user names, hosts, database names)
# at most 2, fields that only mention a credential (`secretName`, `secretKeyRef`'s `key`) at most 3, references (`${{
# secrets.X }}`, `${X}`, `{{ .Values.x }}`, Argo CD's `$key`) at most 4 of each kind, a pinned action's commit SHA 1, image
# digests and checksums at most 2 each (53 repositories: the look-alikes would otherwise outnumber the credentials three
# to one), so that the set comes near half sensitive and the look-alikes are those pipelines write next to credentials.
S = CredentialSet('outside-2027-18', PIN, LICENCES, FILES, SKIP_PATH, cap_file=10, cap_repo=50,
                  cap_class={'parsed-field': 2, 'credential-word-field': 3, 'template-reference': 4, 'env-reference': 4,
                             'secret-reference': 4, 'commit-sha': 1, 'image-digest': 2, 'checksum': 2})
left_out = S.left_out


def add(repo, path, **c):
    """S.add, and (rule of this set) a URL's password with a bracket (`postgresql://[user[:password]@]host`, a syntax
    diagram's optional part) or a mask (`••••`) is left out after it took its place ('not-clean'); so is a value read with a flow
    mapping's comma (`{Password: pass, …}`)."""
    if c['kind'] == 'url-credentials' and re.search(r'[\[\]•]', c['value']) or c['value'].endswith(','):
        c['drop'] = 'not-clean'
    S.add(repo, path, **c)

# ---- Labels: outside-2027-16's rules (placeholders by design, field names split into words), unchanged, from
# outside_collect (deployment_placeholder, deployment_names); base64 of a placeholder is one too.
def placeholder_class(v):
    t = b64_text(v)
    if t is not None and placeholder_value(t):
        return True
    return deployment_placeholder(v)


def field_kind(name):
    """'password' / 'credential' / 'aws-id' / 'mentions' (a credential word, but the field holds something else) / None."""
    w = numbered_field_words(name)
    if not w:
        return None
    known = deployment_names(w)
    if known:
        return known
    if w == ['secret', 'key'] and EXTERNAL_SECRETS[0]:
        return 'mentions'  # (rule of this set) in an ExternalSecret / PushSecret, `secretKey` names the key of the
        # Kubernetes Secret to write or read (external-secrets' API), not a value
    if w[-2:] in (['cluster', 'token'], ['initial', 'token']):
        return 'mentions'  # (rule of this set) etcd's `initial-cluster-token` (the cluster's name at bootstrap) and
        # Cassandra's `initial_token` (a node's place on the token ring): no secret
    if w[-1] == 'key' and len(w) == 1:
        return None  # (rule of this set) a bare `key:` is a Secret's or a cache's key name (`secretKeyRef: {key: password}`)
    return words_kind(w)


EXTERNAL_SECRETS = [False]  # whether the file read defines an ExternalSecret, PushSecret or secret store (yaml_file sets it)


def reference_class(v):
    """outside-2027-16's references, and (rules of this set) Hoppscotch's `<<variable>>` and Argo CD's `$key` / `$secret:key` (argocd-cm and notifications
    settings: the value of `key` in argocd-secret or another Secret, documented so): a reference, class secret-reference."""
    if re.fullmatch(r'\$[A-Za-z_][\w.-]*(:[\w.-]+)?', v):
        return 'secret-reference'
    if re.fullmatch(r'<<[\w.-]+>>', v):
        return 'template-reference'  # (rule of this set) Hoppscotch's environment variable (`<<secretBearerToken>>`)
    return code_reference_kind(v)


# (Rule of this set) a value written base64-encoded under a credential name in a Secret's `data:` shown in a doc, or a
# manifest (`password: cGFzcw==`): decoded only to decide the label. A test word decoded is a placeholder by design; else
# the class is k8s-secret-base64. The value is recorded as written.
def b64_text(v):
    if len(v) < 4 or len(v) % 4 or not re.fullmatch(r'[A-Za-z0-9+/]+={0,2}', v) or not (v.endswith('=') or len(v) >= 8):
        return None
    try:
        t = base64.b64decode(v, validate=True).decode('utf-8')
    except Exception:  # noqa: BLE001
        return None
    t = t.strip()
    return t if t and re.fullmatch(r'[\x21-\x7e]+', t) else None
HASH = re.compile(r'\$2[aby]?\$\d\d\$[./A-Za-z0-9]{53}|SCRAM-SHA-256\$\S+|md5[0-9a-f]{32}|\$argon2(?:id|i|d)\$\S+')
CODE_EXPRESSION = re.compile(r'^[A-Za-z_][\w.]*[\[(]')
UNITS = re.compile(r'(?i)seconds|minutes|hours|days')
# (Rules of this set) Under a credential name: a GitHub Actions permission (`permissions: {id-token: write}`), a switch
# (`_APP_VCS_GITHUB_PRIVATE_KEY=disabled`) or a duration
# (`refresh_token: 720h`, a lifetime) is a benign look-alike (class credential-word-field); a JSON pointer (`#/definitions/…`)
# or a type path (`crate::SessionToken`), an expression in parentheses (a test's `(semver_compare(…))`) or an NGINX Unit destination (`"pass": "routes/main"`: where a request is passed) is
# no literal; a lower-case path of three or more segments (a Vault path
# `secret/data/app/db`) is no value.
PERMISSION_OR_DURATION = re.compile(r'(?i)read|write|none|disabled|enabled|\d+(ms|s|m|h|d)')
NOT_LITERAL = re.compile(r'^#/|^\(|^[A-Za-z_]\w*(::\w+)+$|^(routes|applications|upstreams)(/[\w.-]+)?$')
LOWER_PATH = re.compile(r'[a-z][a-z0-9_.-]*(/[a-z0-9_.-]+){2,}')

# Code blocks in the docs (Markdown): outside-2027-16's `name = "literal"` pattern (a keyword argument, an assignment, a
# dict or object member, a struct field).
CODE_PAIR = re.compile(r"""["']?([A-Za-z_][\w.:-]*)["']?\s*(?<![=!<>])[:=](?!=)\s*(["'])((?:(?!\2)[^\\]|\\.)*)\2""")

R = FieldReaders(add, left_out, words=numbered_field_words, field_kind=field_kind, reference_class=reference_class,
                 placeholder_class=placeholder_class, password_class='config-password',
                 value_class=lambda v: 'password-hash' if HASH.fullmatch(v) else 'k8s-secret-base64' if b64_text(v) else None,
                 not_a_value=lambda v: elided_or_path(v) or LOWER_PATH.fullmatch(v) is not None, drop_quoted=True,
                 not_a_literal=lambda v, quoted: CODE_EXPRESSION.match(v) is not None and not quoted or NOT_LITERAL.match(v) is not None,
                 benign_class=lambda v: 'credential-word-field' if UNITS.fullmatch(v) or PERMISSION_OR_DURATION.fullmatch(v) else None,
                 ambiguous_name=lambda w: w[-1] == 'secret' or len(w) > 2 and w[-2:] == ['secret', 'key'],
                 code_pair=CODE_PAIR)
emit = R.emit

# ---- (New here) lines of shell inside a pipeline's or manifest's YAML (a workflow's `run:` block, a container's
# `command:`/`args:`, a Tekton step's `script:`): `export X=…`, `docker run -e X=…`, `helm --set x=…` (outside_collect's
# readers) and a variable set for one command (`PGPASSWORD=x psql …`, `- MYSQL_PWD=x mysql …`): the variable's name says
# what the value is (syntax shell).
PREFIX_ENV = re.compile(r'''^\s*(?:-\s+|run:\s+)?((?:[A-Z][A-Z0-9_]*=[^\s$]\S*\s+)+)[a-z./]''')
ONE_ENV = re.compile(r'''([A-Z][A-Z0-9_]*)=(["']?)([^\s"'$]+)\2''')
# The look-alikes a pipeline writes next to credentials (benign): an action pinned to a commit (`uses: x/y@<40 hex>`),
# an image pinned to a digest (`image: x@sha256:<64 hex>`), a checksum under a checksum's name (`sha256: <hex>`).
USES_SHA = re.compile(r'''^\s*(?:-\s+)?uses:\s+["']?([\w.-]+/[\w./-]+@[0-9a-f]{40})["']?''')
DIGEST = re.compile(r'''^\s*(?:-\s+)?(?:image|from|base[-_]?image)\s*:\s+["']?([\w.:/-]+@sha256:[0-9a-f]{64})["']?\s*(#.*)?$''', re.I)
CHECKSUM = re.compile(r'''^\s*(?:-\s+)?(sha256|sha512|sha1|checksum|sha256sum|digest)\s*:\s+["']?((?:sha256:)?[0-9a-f]{40,128})["']?\s*$''')


def yaml_more(repo, path, text):
    for i, ln in enumerate(text.split('\n'), 1):
        s = ln.strip()
        if not s or s.startswith('#') or len(s) > 240:
            continue
        R.docker_env(repo, path, i, ln)
        R.helm_set(repo, path, i, ln)
        m = EXPORT.match(re.sub(r'^\s*(?:-\s+|run:\s+)', '', ln))
        if m:
            emit(repo, path, i, m.group(1), m.group(3), 'shell', s, where='export')
        m = PREFIX_ENV.match(ln)
        if m and not s.startswith(('- name', 'name')):
            for e in ONE_ENV.finditer(m.group(1)):
                emit(repo, path, i, e.group(1), e.group(3), 'shell', s, where='command environment')
        for rx, cls in ((USES_SHA, 'commit-sha'), (DIGEST, 'image-digest'), (CHECKSUM, 'checksum')):
            m = rx.match(ln)
            if m:
                v = m.group(2) if rx is CHECKSUM else m.group(1)
                add(repo, path, value=v, kind='benign', cls=cls, syntax='yaml', line=s, origin=f'line {i}: {cls}')


def yaml_file(repo, path, text):
    EXTERNAL_SECRETS[0] = re.search(r'(?m)^\s*kind:\s*(ExternalSecret|ClusterExternalSecret|PushSecret|ClusterPushSecret)\s*$', text) is not None
    R.yaml_file(repo, path, text)
    yaml_more(repo, path, text)


def dockerfile(repo, path, text):
    """A Dockerfile's `ENV X=…` / `ARG X=…` (the variable's name says what the value is; syntax dockerfile)."""
    for i, ln in enumerate(text.split('\n'), 1):
        m = re.match(r'^\s*(ENV|ARG)\s+([A-Za-z_][A-Za-z0-9_]*)(?:=|\s+)(["\']?)([^\s"\']+)\3\s*$', ln)
        if m:
            emit(repo, path, i, m.group(2), m.group(4), 'dockerfile', ln.strip(), where=m.group(1))


for repo, p, text in S.texts():
    base = p.rsplit('/', 1)[-1]
    if base.startswith('Dockerfile'):
        R.url_scan(repo, p, text)
        dockerfile(repo, p, text)
    elif p.endswith(('.yaml', '.yml')):
        R.url_scan(repo, p, text)
        yaml_file(repo, p, text)
    else:
        EXTERNAL_SECRETS[0] = p.endswith('.md') and re.search(r'(?m)^\s*kind:\s*(ExternalSecret|ClusterExternalSecret|PushSecret|ClusterPushSecret)\s*$', text) is not None
        R.read(repo, p, text, {})

# (Rule of this set) a value that spells a key the scorer prints (another candidate's environment variable name:
# `DATREE_TOKEN` written as the value, `DATREE_TOKEN_SECRET_KEY` a key) is left out, as write_candidates leaves out one
# that spells a source or an origin; it took its place, nothing else enters, no other value changes its half.
keys = '\n'.join(c.get('key') or '' for c in S.out)
kept = [c for c in S.out if len(c['value']) < 12 or c['value'] not in keys]
S.left_out['names-key'] = len(S.out) - len(kept)
S.out[:] = kept
S.write()
