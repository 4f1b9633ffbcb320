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
# The labelling rules are those of outside-2027-12 (field names split into words; shared in ../outside_collect.py:
# FieldReaders, with this set's own rules as its parameters), with readers for the syntaxes these tools write (Python
# keyword arguments and dicts, `os.environ[...] =` / `setenv`, INI / TOML / HOCON settings, Markdown and reST code blocks,
# `dvc remote modify`).
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import CredentialSet, FieldReaders, field_words, placeholder_value, code_reference_kind, elided_or_path, token_and_secret_names, words_kind  # noqa: E402

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

# Values the project's other corpora already hold (corpus.json, independent.json and every earlier outside set's
# candidates) are left out: a value, or a token of 10+ characters of one of theirs, equal to the candidate. A value is
# also taken once over the whole set (the first source in the order above, and the first line in a file, keeps it), so
# that it cannot fall in both halves (CredentialSet).

# The caps, fixed before any detector ran: at most 10 values of one kind from one source file, and at most 60 of one kind
# from one repository (no one project may make most of a kind). Benign look-alikes by class, per repository: parsed fields
# (user names, hosts, endpoints, buckets, regions, model ids, URLs without a password) at most 10, fields that only mention
# a credential (`secret_name`, `token_type`, `credentials_file`) at most 10, references (`os.environ[...]`, `${X}`,
# `{{ .Values.x }}`) at most 12 of each kind, so that the set comes near half sensitive and the look-alikes are mostly
# references and key names under credential fields.
CAP_FILE, CAP_REPO = 10, 60
CAP_CLASS = {'parsed-field': 10, 'credential-word-field': 10, 'template-reference': 12, 'env-reference': 12}
S = CredentialSet('outside-2027-13', PIN, LICENCES, FILES, SKIP_PATH, CAP_FILE, CAP_REPO, CAP_CLASS)
add, left_out = S.add, S.left_out


# ---- Labels: the rules of outside_collect's field readers (FieldReaders, those of outside-2027-12's collect.py), with
# this set's own below. Placeholders by design (placeholder_value): test words, a value that says it is one, a name written
# where the value goes.

# (Rules of this set) a value ending in filler (`tok_xxxx`) and the Azure storage emulator's published account key (a
# documented constant, as AWS's `…EXAMPLE…` keys) are placeholders by design.
PUBLISHED = re.compile(r'[xX]{4,}$|^Eby8vdM02xNOcqFl')


def placeholder_class(v):
    return PUBLISHED.search(v) is not None or placeholder_value(v)


# Field names split into words (field_words) say what the field holds (words_kind); here a trailing number (`password_2`)
# says nothing either.
def words(name):
    return field_words(name, numbers=True)


def field_kind(name):
    """'password' / 'credential' / 'aws-id' / 'mentions' (a credential word, but the field holds something else) / None."""
    w = words(name)
    return (token_and_secret_names(w) or words_kind(w)) if w else None


# ---- Values. A reference is no literal; here also an environment variable's, under a credential name in code
# (outside_collect.code_reference_kind).
reference_class = code_reference_kind


# (Rules of this set) a value with an ellipsis or `**` (elided), and a file path, are no value (elided_or_path); a bcrypt hash is a password
# hash (its own class); a password literal here is one written in a configuration (class config-password). A value read
# with its opening quote is left out (drop_quoted, see FieldReaders.emit).
BCRYPT = re.compile(r'\$2[aby]?\$\d\d\$[./A-Za-z0-9]{53}')
# Python / JS / Go (FieldReaders.code_line): a keyword argument, an assignment, a dict or object member, a struct field
# (`name=`, `name:`, `"name":`) whose value is one string literal, optionally in a secret wrapper (`SecretStr("…")`).
CODE_PAIR = re.compile(r"""["']?([A-Za-z_][\w.:-]*)["']?\s*(?<![=!<>])[:=](?!=)\s*(?:(?:pydantic\.)?SecretStr\(|pulumi\.String\()?"""
                       r"""(["'])((?:(?!\2)[^\\]|\\.)*)\2""")
R = FieldReaders(add, left_out, words=words, field_kind=field_kind, reference_class=reference_class,
                 placeholder_class=placeholder_class, password_class='config-password',
                 value_class=lambda v: 'password-hash' if BCRYPT.fullmatch(v) else None,
                 not_a_value=elided_or_path, drop_quoted=True,
                 code_pair=CODE_PAIR)



# The code files and their syntax; every other file goes to outside_collect's readers by its extension (FieldReaders.read).
CODE_SYNTAX = {'py': 'code-python', 'ts': 'code-js', 'js': 'code-js', 'go': 'code-go'}
for repo, p, text in S.texts():
    R.read(repo, p, text, CODE_SYNTAX)

S.write()
