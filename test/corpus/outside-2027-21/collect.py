#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-21 corpus (issue 28: a twenty-second outside set, on credentials as
# notebooks and data-science code write them: Jupyter notebooks' code cells and the Python and shell scripts beside them
# in ML sample repositories, and SageMaker notebook lifecycle scripts) from public projects that none of the project's
# corpora draws on (ABOUT.md names the exclusions). Values and their minimal label context only, never a copied file.
# Each candidate names its repository, path and commit (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-21/collect.py > test/corpus/outside-2027-21/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-21` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack. Labels come from each field's own meaning (a variable, keyword argument,
# dict member or environment variable whose name says password / token / key / secret), with the rules below and in
# ABOUT.md. The labelling rules and the code, env and Markdown readers are outside-2027-13's (shared in
# ../outside_collect.py: FieldReaders, CredentialSet; read-only here). New here (this file's own readers): a notebook's
# code cells (the `.ipynb` JSON, code cells' source lines; markdown cells and outputs are not read), IPython magics and
# shell escapes (`%env X=v`, `!export X=v`, `!huggingface-cli login --token v`), a login call's key (`wandb.login(key=…)`,
# `login(token=…)`), an Authorization header's bearer token, and stand-ins in angle brackets or phrases under a
# credential name (placeholder-by-design, which the shared reader passes over).
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import (CredentialSet, numbered_field_words, FieldReaders, BENIGN_LAST, deployment_placeholder,  # noqa: E402
                             code_reference_kind, FILE_PATH, token_and_secret_names, words_kind, ENV_LINE)

LICENCES = {
    'aws-samples/amazon-sagemaker-notebook-instance-lifecycle-config-samples': 'MIT-0',
    'aws-samples/sagemaker-studio-lifecycle-config-examples': 'MIT-0',
    'aws/amazon-sagemaker-examples': 'Apache-2.0',
    'aws-samples/amazon-bedrock-workshop': 'MIT-0',
    'aws-samples/amazon-bedrock-samples': 'MIT-0',
    'Azure-Samples/openai': 'MIT',
    'Azure/azure-openai-samples': 'MIT',
    'pinecone-io/examples': 'MIT',
    'elastic/elasticsearch-labs': 'Apache-2.0',
    'qdrant/examples': 'Apache-2.0',
    'mongodb-developer/GenAI-Showcase': 'MIT',
    'huggingface/notebooks': 'Apache-2.0',
    'anthropics/anthropic-cookbook': 'MIT',
    'redis-developer/redis-ai-resources': 'MIT',
    'mistralai/cookbook': 'MIT',
    'lancedb/vectordb-recipes': 'Apache-2.0',
    'aws-samples/amazon-sagemaker-generativeai': 'MIT-0',
    'Azure/azure-search-vector-samples': 'MIT',
    'google-gemini/cookbook': 'Apache-2.0',
    'GoogleCloudPlatform/generative-ai': 'Apache-2.0',
    'huggingface/cookbook': 'Apache-2.0',
    'Snowflake-Labs/snowflake-demo-notebooks': 'Apache-2.0',
    'togethercomputer/together-cookbook': 'MIT',
    'NVIDIA/GenerativeAIExamples': 'Apache-2.0',
    'GoogleCloudPlatform/vertex-ai-samples': 'Apache-2.0',
    'Azure/azureml-examples': 'MIT',
    'run-llama/llama_cloud_services': 'MIT',
    'langchain-ai/langgraph': 'MIT',
    'aws-samples/amazon-bedrock-rag-workshop': 'MIT-0',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'aws-samples/amazon-sagemaker-notebook-instance-lifecycle-config-samples': '77ffb12d81a7392af0a88cd8158d936a01c955ac',
    'aws-samples/sagemaker-studio-lifecycle-config-examples': '96b18050e5bc85388e12b1eeaf53315defb7d52e',
    'aws/amazon-sagemaker-examples': '2d519b52c3a2c2361f2b87f0d3de46fd6c0232a5',
    'aws-samples/amazon-bedrock-workshop': '8b378f27d4dd13e45a1deca183a13a9dabeb9b50',
    'aws-samples/amazon-bedrock-samples': '85fba9d9c404ae120c0ceee5e67befed35004fdc',
    'Azure-Samples/openai': 'ea16289a85e529121e76c5d62fd7eb4d4a201938',
    'Azure/azure-openai-samples': '0e6880af5b146eefc6325fcbe70ebcb847fe0e16',
    'pinecone-io/examples': 'fce762d5f0844b421b4f3a96192f6a31c536c9cb',
    'elastic/elasticsearch-labs': '77567655e8343607538e2ef203b4c0b322526d93',
    'qdrant/examples': '9e7ef0ce34c5b9bfeba6573616ffa38ad11861ed',
    'mongodb-developer/GenAI-Showcase': 'db7a71ed45d4e0dd5592560c59c6dda3ce8775fa',
    'huggingface/notebooks': '5068b1142e8ed1e691c8b1e9f98e4473ebe55790',
    'anthropics/anthropic-cookbook': '4b36a1e1f64361397f4cbe4fbc7cdace338f16f8',
    'redis-developer/redis-ai-resources': '47259d8e63cff3ddc5cc7f131b27c0d75d2aabb3',
    'mistralai/cookbook': '1cf863b8a356d4cd562d1008d71bd63484d7fdd8',
    'lancedb/vectordb-recipes': '12f3489e10e7597c06228f569630878ffdbf5c9b',
    'aws-samples/amazon-sagemaker-generativeai': '42cfd591c31dab2dd723adc126cadb1f225a5db1',
    'Azure/azure-search-vector-samples': 'ea17a7604d6f4d67fba50c68b3e0a149aa9c05c0',
    'google-gemini/cookbook': 'f1e7e3de6004e6ca604b174684ecf89d628ac6c4',
    'GoogleCloudPlatform/generative-ai': '23b75dab2c25248f352d4c39e3c5984398b4b448',
    'huggingface/cookbook': 'ed2c6467015cee5bd962606a5caa0ece10483982',
    'Snowflake-Labs/snowflake-demo-notebooks': 'b9b7cc24338c0750d20dfad57031ccb86457d5fe',
    'togethercomputer/together-cookbook': '90687d58c936fdb9b86699b65ebb602a8ab31687',
    'NVIDIA/GenerativeAIExamples': '401cb446f550c6dee8048a246e6c5dbc57f38dae',
    'GoogleCloudPlatform/vertex-ai-samples': 'cc0d791ef25a4f8a9bbd9b6c9ef4928b8b96c35a',
    'Azure/azureml-examples': '085cd6ea399038c1e07843acff811f34261c0887',
    'run-llama/llama_cloud_services': 'c872617b4e0d62ce9162e7dbeb98d6d0da75ee33',
    'langchain-ai/langgraph': 'f09cfe8ffc1eeffd68f4b628ed69c30f7cad229f',
    'aws-samples/amazon-bedrock-rag-workshop': 'dcdb2f64f796c53a2e226c57447711843e901bca',
}
# The files read, per repository, fixed before any detector ran: notebooks (`.ipynb`), Python scripts, shell scripts
# (lifecycle configurations, setup scripts) and `.env` examples. Markdown, JSON data, YAML and lock files are not read
# (the set is about code cells and the scripts beside them); vendored and generated code and the libraries' test suites
# (`tests/`, `test_*.py`: a library's tests, not a notebook's code) are passed over (SKIP_PATH).
TEXT = r'\.(ipynb|py|sh)$|(^|/)\.env[\w.-]*$|(^|/)[\w.-]*\.env$'
FILES = {r: [TEXT] for r in PIN}
SKIP_PATH = re.compile(r'(^|/)(node_modules|vendor|third_party|site-packages|\.github|\.ipynb_checkpoints|tests?)/|(^|/)setup\.py$|'
                       r'(^|/)test_[\w-]*\.py$|_test\.py$|'
                       r'(^|/)(conftest|_version|versioneer)\.py$')
# A value the other corpora or an earlier outside set hold is left out, and a value is taken once over the set (its first
# source in PIN's order keeps it) so that it cannot fall in both halves: CredentialSet, as for outside-2027-13.
# The caps, fixed before any detector ran: at most 6 values of one kind from one source file (a notebook repeats its
# key in every cell), at most 40 of one kind from one repository. Benign look-alikes by class, per repository: parsed
# fields (model ids, dataset, index and collection names, buckets, regions, endpoints, hosts, ARNs, run ids, seeds) at
# most 5, fields that only mention a credential at most 4, environment references at most 5, prompts (getpass,
# input) and secret-store reads (Colab's userdata, Databricks' dbutils.secrets, Secrets Manager) at most 4 each,
# template references at most 4, a tokenizer's special tokens at most 3 (so that the set comes near 40% sensitive).
S = CredentialSet('outside-2027-21', PIN, LICENCES, FILES, SKIP_PATH, cap_file=6, cap_repo=40,
                  cap_class={'parsed-field': 5, 'credential-word-field': 4, 'env-reference': 5,
                             'prompt-reference': 4, 'secret-store-reference': 4, 'template-reference': 4,
                             'model-special-token': 3})
add, left_out = S.add, S.left_out


# ---- Labels. Field names split into words say what the field holds: outside-2027-13's rules (token_and_secret_names),
# then words_kind. (Rules of this set) a login call's `key` (`wandb.login(key=…)`, `comet_ml.login(api_key=…)`) is the
# service's API key: the reader names it `login_key`.
def field_kind(name):
    """'password' / 'credential' / 'aws-id' / 'mentions' / None."""
    if name == 'login_key':
        return 'credential'
    w = numbered_field_words(name)
    if not w:
        return None
    return token_and_secret_names(w) or words_kind(w)


# Placeholders by design: outside-2027-16's rules (deployment_placeholder: test words, a value that says it is one, a
# name written where the value goes, filler), and (rules of this set) a value that addresses the reader (`your-key`,
# `YOUR_API_KEY`, `<your-key>`, `your_openai_key_here`), a vendor prefix followed by an ellipsis or filler (`sk-...`,
# `hf_xxx`), a value in angle brackets or braces meant to be filled in (`<PINECONE_API_KEY>`, `{api_key}`).
ADDRESSES = re.compile(r'(?i)your|(^|[^a-z])(enter|insert|paste|put|add)([^a-z]|$)|^<.*>$|^\{.*\}$|^\[.*\]$')
PREFIX_FILLER = re.compile(r'^[A-Za-z]{1,8}[-_](\.{2,}|…|[xX*]{3,}|<[^>]*>)$|\.\.\.|…')
# (this set, as -17's SENTINEL) a name between underscores written where the value goes (`__TOGETHER_API_KEY__`).
SENTINEL = re.compile(r'^_+[A-Z][A-Z0-9_]*_+$')


# (this set) a vendor's prefix alone or with filler (`sk-`, `sk-proj-`, `llx-`, `nvapi-*`, `sk-proj-xxx`); a name written
# where the value goes in other spellings (`REDIS-PASSWORD`, `StateToken`, `elasticsearch.password`); punctuation only
# (`---`); a value with a test word as a word of its own (`dummy-value`, `sample_openai_api_key`, `sk_test2`).
BARE_PREFIX = re.compile(r'^[A-Za-z]{1,8}(?:[-_][A-Za-z]{1,6})?[-_][.*xX]*$')
NAME_SPELLED = re.compile(r'^[A-Z][A-Z0-9-]*-(PASSWORD|KEY|TOKEN|SECRET)$|^[A-Z][a-z]+(?:[A-Z][a-z]+)*(Password|Secret|Token|Key)$|'
                          r'^[a-z][\w-]*(\.[\w-]+)*\.(password|token|secret|api_key|key)$')
TEST_WORD = re.compile(r'(?i)(^|[^a-z])(test|dummy|sample|example|fake|mock)([^a-z]|$)')


def placeholder_class(v):
    return (deployment_placeholder(v) or ADDRESSES.search(v) is not None or PREFIX_FILLER.search(v) is not None
            or SENTINEL.match(v) is not None or BARE_PREFIX.match(v) is not None or NAME_SPELLED.match(v) is not None
            or re.fullmatch(r'[\W_]+', v) is not None or TEST_WORD.search(v) is not None)


# The value's own shape gives a class before the field's: a vendor's prefix (OpenAI `sk-`, Hugging Face `hf_`, Pinecone
# `pcsk_`, Anthropic `sk-ant-`, GitHub `ghp_`, Weights & Biases' 40 hex under a login).
def value_class(v):
    for rx, c in ((r'sk-ant-[\w-]{20,}', 'anthropic-key'), (r'sk-(proj-)?[A-Za-z0-9_-]{20,}', 'openai-key'),
                  (r'hf_[A-Za-z0-9]{20,}', 'hf-token'), (r'pcsk_[A-Za-z0-9_]{20,}', 'pinecone-key'),
                  (r'gh[pousr]_[A-Za-z0-9]{30,}', 'github-token'), (r'eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]+', 'jwt-shaped')):
        if re.fullmatch(rx, v):
            return c
    return None


# ---- Values. A reference is no literal: an environment variable's read (env-reference; outside-2027-13's), and (this
# set) a prompt (`getpass.getpass(…)`, `getpass(…)`, `input(…)`: prompt-reference) and a secret store's read (Colab's
# `userdata.get(…)`, Databricks' `dbutils.secrets.get(…)`, Kaggle's `UserSecretsClient().get_secret(…)`, Secrets
# Manager's `get_secret_value(…)`: secret-store-reference).
PROMPT = re.compile(r'^(getpass\.getpass|getpass|input)\(')
STORE = re.compile(r'^(userdata\.get|dbutils\.secrets\.get|UserSecretsClient\(\)\.get_secret|[\w.]*get_secret_value|'
                   r'[\w.]*get_secret|[\w.]*get_parameter)\(')


def reference_class(v):
    if re.fullmatch(r'\$+\{?[A-Za-z_]\w*\}?', v):
        return 'template-reference'  # a shell variable, escaped for a build file (`$$HF_TOKEN`)
    if PROMPT.match(v):
        return 'prompt-reference'
    if STORE.match(v):
        return 'secret-store-reference'
    return code_reference_kind(v)


CODE_PAIR = re.compile(r"""["']?([A-Za-z_][\w.:-]*)["']?\s*(?<![=!<>])[:=](?!=)\s*(["'])((?:(?!\2)[^\\]|\\.)*)\2""")
# Fields that are no credential but sit beside them in the same cells: a benign look-alike when the value is a literal
# (model ids, dataset, index and collection names, buckets, regions, endpoints, ARNs, run and experiment ids, seeds).
_benign_last = BENIGN_LAST | {'id', 'name', 'bucket', 'region', 'model', 'index', 'collection', 'dataset', 'seed', 'uuid',
                              'version', 'prefix', 'namespace', 'environment', 'cloud', 'role', 'checkpoint', 'repo',
                              'sha256', 'hash', 'experiment', 'run', 'deployment', 'engine', 'location', 'project',
                              'uri', 'path', 'dir', 'port', 'tag', 'revision'}


def not_a_value(v):
    return FILE_PATH.fullmatch(v) is not None  # a file path (an ellipsis stays: `sk-...` is a stand-in by design)


R = FieldReaders(add, left_out, words=numbered_field_words, field_kind=field_kind,
                 reference_class=reference_class, placeholder_class=placeholder_class, password_class='config-password',
                 value_class=value_class, not_a_value=not_a_value, drop_quoted=True,
                 not_a_literal=lambda v, quoted: re.match(r'^[A-Za-z_][\w.:]*\(', v) is not None,
                 ambiguous_name=lambda w: False, code_pair=CODE_PAIR)
R.benign_field = lambda name: bool(numbered_field_words(name)) and numbered_field_words(name)[-1] in _benign_last
_emit = R.emit
MODEL_TOKEN = re.compile(r'(<[|/]?[\w|.▁-]{1,30}[|]?>)+|\[[A-Z_]{2,12}\]|</?s>')
STAND_IN = re.compile(r'^<[^<>]{1,60}>$|^(?i:(enter|insert|paste|put|add)?\s*your\b[\w\s.-]{0,50})$')


def emit(repo, path, i, name, raw, syntax, line, key=None, where='field'):
    """FieldReaders.emit, save that (rule of this set) a stand-in under a credential name that the shared reader passes
    over (a value in angle brackets, `<your key>`; a phrase that addresses the reader, `your api key`) is kept as the
    field's kind with class placeholder-by-design, as the brief's labels say."""
    v = raw.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
        v = v[1:-1]
    fk = field_kind(name)
    w = numbered_field_words(name) or ['']
    if w[-1] == 'token' and (MODEL_TOKEN.fullmatch(v) or len(w) > 1 and w[-2] in ('initializer', 'placeholder', 'trigger')
                             or 'textual_inversion(' in line or 'weight_name=' in line):
        # (rule of this set) a tokenizer's special token under a `…_token` name (`instance_token = "<s0><s1>"`,
        # `eos_token="</s>"`, `mask_token="[MASK]"`), and a textual-inversion concept's token (`initializer_token`,
        # `placeholder_token`, `load_textual_inversion(…, token="x")`): a model's vocabulary, no credential
        add(repo, path, value=v, kind='benign', cls='model-special-token', syntax=syntax, line=line.strip(), key=key,
            origin=f'line {i}: {where} {name}')
        return
    if fk in ('password', 'credential') and STAND_IN.match(v) and len(line.strip()) <= 240:
        add(repo, path, value=v, kind='password-literal' if fk == 'password' else 'api-token', cls='placeholder-by-design',
            syntax=syntax, line=line.strip(), key=key, origin=f'line {i}: {where} {name}')
        return
    _emit(repo, path, i, name, raw, syntax, line, key=key, where=where)


R.emit = emit

# ---- This set's readers of a code line (code_more): a login call's key, an Authorization header, a reference under a
# credential name (a prompt, a secret store's read: benign look-alikes).
LOGIN = re.compile(r"""\b(?:wandb|comet_ml|neptune|clearml|huggingface_hub|hub)?\.?login\(\s*(?:[^()]*,\s*)?(key|api_key|token)\s*=\s*(["'])((?:(?!\2)[^\\]|\\.)*)\2""")
AUTH = re.compile(r"""["'](?i:authorization)["']\s*:\s*(["'])(Bearer|Token|token|bearer)\s+((?:(?!\1)[^\\\s])+)\1""")
# (this set) An environment read with a default (`os.getenv("OPENAI_API_KEY", "sk-…")`, `os.environ.get("X", "…")`): the
# default is the value the code runs with when the variable is unset, a literal under the variable's name.
GETENV_DEFAULT = re.compile(r"""\b(?:os\.getenv|os\.environ\.get|getenv)\(\s*(["'])([A-Za-z_]\w*)\1\s*,\s*(["'])((?:(?!\3)[^\\]|\\.)*)\3\s*\)""")
CALL_REF = re.compile(r"""["']?([A-Za-z_][\w.]*)["']?\s*(?<![=!<>])[:=](?!=)\s*((?:getpass\.getpass|getpass|input|userdata\.get|"""
                      r"""dbutils\.secrets\.get|UserSecretsClient\(\)\.get_secret)\([^()]*\))""")


def code_more(repo, path, i, ln, syn):
    for m in LOGIN.finditer(ln):
        nm = 'login_key' if m.group(1) == 'key' else m.group(1)
        if nm == 'login_key':
            emit(repo, path, i, nm, json.dumps(m.group(3)), syn, ln, where='login')
    for m in AUTH.finditer(ln):
        emit(repo, path, i, 'bearer_token', json.dumps(m.group(3)), syn, ln, where='Authorization header')
    for m in GETENV_DEFAULT.finditer(ln):
        emit(repo, path, i, m.group(2), json.dumps(m.group(4)), syn, ln, where='environment default')
    for m in CALL_REF.finditer(ln):
        if field_kind(m.group(1)) in ('password', 'credential'):
            emit(repo, path, i, m.group(1), m.group(2), syn, ln, where='reference')


R.code_more = code_more

# ---- Shell lines (lifecycle scripts, a notebook's `!` escapes and `%env` magics): `export X=v`, `X=v`, `%env X=v`,
# `huggingface-cli login --token v` and the like (`--token`, `--api-key`, `--password` flags).
MAGIC_ENV = re.compile(r'''^\s*%env\s+([A-Za-z_][A-Za-z0-9_]*)\s*[= ]\s*(["']?)([^\s"']+)\2\s*$''')
FLAG = re.compile(r'''(?:^|\s)--(token|api-key|api_key|password|key)[= ](["']?)([^\s"'$]+)\2''')


def shell_line(repo, path, i, ln):
    s = ln.strip()
    if s.startswith('#') or len(s) > 240:
        return
    m = MAGIC_ENV.match(s)
    if m:
        emit(repo, path, i, m.group(1), m.group(2) + m.group(3) + m.group(2), 'shell', s, where='%env')
        return
    body = s[1:].strip() if s.startswith('!') else s
    m = ENV_LINE.match(body)
    if m:
        emit(repo, path, i, m.group(1), json.dumps(m.group(2)), 'shell', s, where='variable')
    if re.search(r'\b(login|auth|configure|config)\b', body):
        for f in FLAG.finditer(body):
            emit(repo, path, i, f.group(1).replace('-', '_'), json.dumps(f.group(3)), 'shell', s, where='command flag')


def script(repo, path, text):
    for i, ln in enumerate(text.split('\n'), 1):
        shell_line(repo, path, i, ln)


# ---- Notebooks: the code cells' source lines, numbered over the code cells in order (origin `line N` is the N-th code
# line of the notebook); a line that starts with `!` or `%` is a shell escape or a magic (shell_line), else Python
# (FieldReaders.code_line). A cell whose first line is a cell magic other than %%bash / %%sh (`%%writefile`, `%%html`)
# is read as Python unless it is a shell magic. Markdown cells and outputs are not read.
def notebook(repo, path, text):
    try:
        nb = json.loads(text)
    except ValueError:
        return
    n = 0
    lines = []
    for cell in nb.get('cells', []) if isinstance(nb, dict) else []:
        if cell.get('cell_type') != 'code':
            continue
        src = cell.get('source', '')
        src = ''.join(src) if isinstance(src, list) else str(src)
        shell = src.lstrip().startswith(('%%bash', '%%sh'))
        for ln in src.split('\n'):
            n += 1
            lines.append((n, ln, shell))
    R.url_scan(repo, path, '\n'.join(ln for _, ln, _ in lines))
    for n, ln, shell in lines:
        if shell or ln.lstrip().startswith(('!', '%')):
            shell_line(repo, path, n, ln)
        else:
            R.code_line(repo, path, n, ln, 'code-python')


for repo, p, text in S.texts():
    if p.endswith('.ipynb'):
        notebook(repo, p, text)
    elif p.endswith('.py'):
        R.url_scan(repo, p, text)
        R.code_file(repo, p, text, 'code-python')
    elif p.endswith('.sh'):
        R.url_scan(repo, p, text)
        script(repo, p, text)
    else:
        R.read(repo, p, text, {})

# A URL read by url_scan in a notebook is labelled by the line's shape (shell escape or magic -> shell, else Python).
for c in S.out:
    if c['source'].endswith('.ipynb') and c['syntax'] not in ('env', 'tag'):
        c['syntax'] = 'shell' if c['line'].lstrip().startswith(('!', '%')) else 'code-python'

S.write()
