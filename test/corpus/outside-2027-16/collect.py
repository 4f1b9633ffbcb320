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
# Markdown readers) with outside-2027-12's Terraform walker, shared in ../outside_collect.py (FieldReaders, with this set's
# own rules as its parameters; files read through CredentialSet). New here: Terraform arguments (inline map pairs too),
# C# and Rust constants, builder calls (`.WithPassword("…")`, `with_env_var("X", "…")`), CDK's `SecretValue` wrappers
# and JSON blocks in READMEs.
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import (CredentialSet, numbered_field_words, FieldReaders, JSON_PAIR, hcl_file,  # noqa: E402
                             code_reference_kind, elided_or_path, deployment_placeholder, deployment_names, words_kind)

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
# A value the other corpora or an earlier outside set hold is left out, and a value is taken once over the set (its first
# source in PIN's order keeps it) so that it cannot fall in both halves: CredentialSet, as for outside-2027-13.
# The caps, fixed before any detector ran: at most 10 values of one kind from one source file, and at most 60 of one kind
# from one repository (no one project may make most of a kind). Benign look-alikes by class, per repository: parsed fields
# (user names, hosts, endpoints, buckets, regions, ARNs, URLs without a password) at most 5, fields that only mention a
# credential (`secretName`, `existingSecret`, `secretKeyRef`) at most 8, references (`${X}`, `{{ .Values.x }}`,
# `os.environ[...]`) at most 12 of each kind, so that the set comes near half sensitive (37 repositories: parsed fields
# alone would otherwise outnumber the credentials) and the look-alikes are mostly references and key names.
SKIP_PATH = re.compile(r'(package(-lock)?\.json|tsconfig\.json|(^|/)(node_modules|vendor|third_party|generated|\.github)/|'
                       r'yarn\.lock|composer\.json|\.secrets\.baseline|python_http_client|swagger|\.min\.js$|CHANGELOG|'
                       r'(^|/)(go\.sum|poetry\.lock|uv\.lock|Cargo\.lock)$|(^|/)cdk\.out/|\.snap$|(^|/)API\.md$)')
S = CredentialSet('outside-2027-16', PIN, LICENCES, FILES, SKIP_PATH, cap_file=10, cap_repo=60,
                  cap_class={'parsed-field': 5, 'credential-word-field': 8, 'template-reference': 12, 'env-reference': 12})
add, left_out = S.add, S.left_out


# ---- Labels: the rules of outside_collect's field readers (FieldReaders), with this set's own below. Placeholders by
# design (placeholder_value): test words, a value that says it is one, a name written where the value goes.

# (Rules of this set, now shared in outside_collect: deployment_placeholder, deployment_names) a value ending in filler
# (`tok_xxxx`), the Azure storage emulator's published account key and a camelCase name written as the value
# (`secretNextAuthSecret`) are placeholders by design.
placeholder_class = deployment_placeholder


# Field names split into words (numbered_field_words: a trailing number says nothing either) say what the field holds: outside-2027-13's
# rules (token_and_secret_names), this set's (deployment_names: AWS's `ClientToken`, a Secret object's name), then words_kind.
def field_kind(name):
    """'password' / 'credential' / 'aws-id' / 'mentions' (a credential word, but the field holds something else) / None."""
    w = numbered_field_words(name)
    if not w:
        return None
    return deployment_names(w) or words_kind(w)


# ---- Values. A reference is no literal; here also an environment variable's, under a credential name in code
# (outside_collect.code_reference_kind).
reference_class = code_reference_kind


# (Rules of this set) a value elided or a file path is no value (elided_or_path, as for outside-2027-13); a bcrypt, SCRAM or md5
# hash is a password hash (its own class); a password literal here is class config-password; a value read with its
# opening quote is left out (drop_quoted). Under a credential field, a code expression embedded in YAML
# (`auth_state['refresh_token']`) is no literal, and a unit (Cognito's `token_validity_units { access_token = "days" }`)
# is a benign look-alike; a Helm value `rootUserSecretKey: s3-user` (the key of a value inside an existing Secret, or a
# credential) is left out as ambiguous, as `...Secret: name` is.
HASH = re.compile(r'\$2[aby]?\$\d\d\$[./A-Za-z0-9]{53}|SCRAM-SHA-256\$\S+|md5[0-9a-f]{32}')
CODE_EXPRESSION = re.compile(r'^[A-Za-z_][\w.]*[\[(]')
UNITS = re.compile(r'(?i)seconds|minutes|hours|days')


# ---- Code (FieldReaders.code_line over this set's patterns). A keyword argument, an assignment, a dict or object member,
# a struct field (`name=`, `name:`, `"name":`) whose value is one string literal, optionally in a wrapper (`SecretStr("…")`,
# `pulumi.String("…")`, CDK's `SecretValue.unsafePlainText("…")`, `jsii.String("…")`, `aws.String("…")`).
CODE_PAIR = re.compile(r"""["']?([A-Za-z_][\w.:-]*)["']?\s*(?<![=!<>])[:=](?!=)\s*(?:(?:pydantic\.)?SecretStr\(|pulumi\.String\(|(?:cdk\.|core\.|awscdk\.)?SecretValue\.(?:unsafe_?[Pp]lain_?[Tt]ext|plain_?[Tt]ext|unsafePlainText)\(|jsii\.String\(|aws\.String\()?"""
                       r"""(["'])((?:(?!\2)[^\\]|\\.)*)\2""")
SUBSCRIPT_SET = re.compile(r"""\[\s*(["'])([A-Za-z_][\w.-]*)\1\s*\]\s*=(?!=)\s*(["'])((?:(?!\3)[^\\]|\\.)*)\3""")
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
BUILT = re.compile(r"""\s*(\+|\*|%|\.format)""")


def code_more(repo, path, i, ln, syn):
    """This set's readers of a code line: builder setters, CDK's fromPassword and secret references, Rust constants."""
    for m in WITH_CALL.finditer(ln):
        if not BUILT.match(ln[m.end():]):
            emit(repo, path, i, m.group(1), json.dumps(m.group(3)), syn, ln, where='builder call')
    if syn == 'code-java':
        for m in JAVA_BUILDER.finditer(ln):
            if numbered_field_words(m.group(1))[0] not in NOT_A_SETTER and not BUILT.match(ln[m.end():]):
                emit(repo, path, i, m.group(1), json.dumps(m.group(3)), syn, ln, where='builder call')
    for m in FROM_PASSWORD.finditer(ln):
        emit(repo, path, i, 'username', json.dumps(m.group(2)), syn, ln, where='fromPassword')
        emit(repo, path, i, 'password', json.dumps(m.group(4)), syn, ln, where='fromPassword')
    for m in SECRET_REF.finditer(ln):
        add(repo, path, value=m.group(2), kind='benign', cls='secret-reference', syntax=syn, line=ln.strip(),
            origin=f'line {i}: SecretValue reference')
    for m in RUST_CONST.finditer(ln):
        emit(repo, path, i, m.group(1), json.dumps(m.group(2)), syn, ln)


R = FieldReaders(add, left_out, words=numbered_field_words, field_kind=field_kind, reference_class=reference_class,
                 placeholder_class=placeholder_class, password_class='config-password',
                 value_class=lambda v: 'password-hash' if HASH.fullmatch(v) else None,
                 not_a_value=elided_or_path, drop_quoted=True,
                 not_a_literal=lambda v, quoted: CODE_EXPRESSION.match(v) is not None and not quoted,
                 benign_class=lambda v: 'credential-word-field' if UNITS.fullmatch(v) else None,
                 ambiguous_name=lambda w: w[-1] == 'secret' or len(w) > 2 and w[-2:] == ['secret', 'key'],
                 code_pair=CODE_PAIR, setters=(SUBSCRIPT_SET, ENV_CALL), code_more=code_more)
emit = R.emit


# Terraform (read by outside_collect.hcl_file, outside-2027-12's walker): `name = "value"` arguments, one per line or
# inline in a map (`{ password = "…" }`), and a `variable` block's `default` (the variable's name says what it is; the
# context is the block up to the default).
HCL_PAIR = re.compile(r'^\s*"?([A-Za-z_][\w-]*)"?\s*=\s*("(?:[^"\\]|\\.)*"|[A-Za-z_][\w.\[\]"]*)\s*(#.*)?$')
HCL_INLINE = re.compile(r'(?<![\w.])([A-Za-z_][\w-]*)\s*=\s*("(?:[^"\\]|\\.)*")')


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


def terraform(repo, path, text):
    hcl_file(text, lambda i, ln, var: hcl_line(repo, path, i, ln, var))


def json_block(repo, path, i, ln, lang):
    """(new here) A JSON block in a README (a CDK sample's secret, as `aws secretsmanager get-secret-value` prints it)."""
    if lang in ('json', 'jsonc'):
        for jm in JSON_PAIR.finditer(ln):
            emit(repo, path, i, jm.group(1), json.dumps(jm.group(2)), 'json', ln.strip())


# The files by extension (FieldReaders.read): Terraform here, code by its syntax (Rust and Ruby have no syntax of their own
# in the scorer: their lines are read as an assignment, as Terraform's are), the rest by outside_collect's readers.
CODE_SYNTAX = {'go': 'code-go', 'py': 'code-python', 'cs': 'code-csharp', 'java': 'code-java', 'rs': 'assignment',
               'rb': 'assignment', 'ts': 'code-js', 'js': 'code-js'}
for repo, p, text in S.texts():
    R.read(repo, p, text, CODE_SYNTAX, own={'tf': terraform, 'tfvars': terraform, 'hcl': terraform}, other_block=json_block)

S.write()
