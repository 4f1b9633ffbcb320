#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-07 corpus (issue 28: an eighth outside set, on PHI and PII: SSNs, card
# numbers of every network, birth dates, medical record numbers, patient contacts, phone numbers, e-mail and street
# addresses, and their invalid, masked and benign look-alikes) from public projects' test data that none of the project's
# corpora draws on (corpus.json, independent.json, outside-2026-12 … outside-2027-05; the projects they use are listed in
# ABOUT.md). None of those is read here except to leave out values they already hold.
# Values and their minimal label context only, never a copied file. Each candidate names its repository, path and commit
# (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-07/collect.py > test/corpus/outside-2027-07/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-07` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack; labels come from the sources' own test expectations (a corpus's expected
# entities, a redaction test's expected output, a column's name in a labelled sample table), with the overrides listed
# below, each with its reason.
import csv, io, json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import DOC_DOMAIN, known_values, mirror_git as git, source_id  # noqa: E402

LICENCES = {
    'DataFog/datafog-python': 'MIT',
    'tokern/piicatcher': 'Apache-2.0',
    'smarty/redact': 'MIT',
    'solvvy/redact-pii': 'MIT',
    'GoogleCloudPlatform/python-docs-samples': 'Apache-2.0',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'DataFog/datafog-python': 'b34c04c0f93700799366dee0dbd014e3965c921e',
    'tokern/piicatcher': 'e1eab89843886e4b3c7cd01183fca6240d164745',
    'smarty/redact': 'ec9f364e6126aa5316244136166378c509c11eaa',
    'solvvy/redact-pii': '392a69a8d82de020731dcc10ef830e55fcb7e68d',
    'GoogleCloudPlatform/python-docs-samples': '683bf45f8f608cf0248d485d2c60de22e356b2db',
}
sources, out = {}, []


def show(repo, path):
    return git(repo, 'show', f'{PIN[repo]}:{path}')


def sid(repo, path):
    return source_id(sources, repo, path, PIN[repo], LICENCES[repo])


# Values the project's other corpora already hold (corpus.json, independent.json and every earlier outside set's
# candidates) are left out: a value, or a token of 10+ characters of one of theirs, equal to the candidate. A value is
# also taken once over the whole set (the first source in the order below keeps it), so that it cannot fall in both halves.
HERE = os.path.dirname(os.path.abspath(__file__))
known = known_values(os.path.join(HERE, '..'), ('outside-2026-12', 'outside-2027-01', 'outside-2027-02', 'outside-2027-03',
                                                 'outside-2027-04', 'outside-2027-05'))
taken = set()
left_out = {'known': 0, 'duplicate': 0, 'documentation-domain': 0, 'cap': 0}

# The cap, fixed before any detector ran: at most CAP values of one kind from one source file (the sample table of
# piicatcher has 30 rows: the cap keeps one file's column from outweighing the other sources' kinds).
CAP = 30
per_file_kind = {}


def add(repo, path, *, value, kind, cls, line, origin, text, syntax='prose'):
    """value: the PHI (or benign look-alike) itself; line: the minimal context it came in."""
    assert value in line, (path, value, line)
    v = value.strip()
    if kind == 'email-address' and DOC_DOMAIN.search(v):
        left_out['documentation-domain'] += 1
        return
    if v in known:
        left_out['known'] += 1
        return
    if v in taken:
        left_out['duplicate'] += 1
        return
    k = (repo, path, kind)
    if per_file_kind.get(k, 0) >= CAP:
        left_out['cap'] += 1
        return
    per_file_kind[k] = per_file_kind.get(k, 0) + 1
    taken.add(v)
    out.append({'value': value, 'kind': kind, 'class': cls, 'syntax': syntax, 'line': line,
                'source': sid(repo, path), 'origin': origin})


def card_cls(v):
    return f'card-{len(re.sub(r"[^0-9]", "", v))}'


def phone_class(v):
    """The class of a phone number by its written form (as outside-2027-05)."""
    d = re.sub(r'\D', '', v)
    if re.search(r'(?i)x|ext', v):
        return 'phone-extension'
    if v.lstrip('(').startswith('+') or v.lstrip('(').startswith('00'):
        return 'phone-country-code'
    if (len(d) == 10 or (len(d) == 11 and d[0] == '1')) and re.search(r'\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$|^\d{10,11}$', v):
        return 'phone-north-american'
    return 'phone-national-other'


SEP = re.compile(r', |; |\. |\n')


def clause(text, start, end, others=()):
    """The clause of `text` that holds text[start:end]: from the separator before it (`, `, `; `, `. `, a line break)
    to the one after it, separators inside the value not counted, and cut at the other labelled values of the text
    (`others`: the (start, end) of the values of another kind), so that a clause holding two values gives each its own
    side. A JSON document's value keeps its member (`"phone":"…"`). Used when a text holds
    two or more labelled values, so that each value's context is its own label and value, not its neighbours' (the
    scorer counts a value found, and a benign value flagged, when a policy reports anything in the context).
    Correction after the first tuning run (before any detector ran on the held-out half): the cut at other values was
    added when three benign dates and IP addresses of the tuning half were flagged for a card or an address in their
    clause (`account <card> due <date>`); the halves are unchanged (the half is a hash of repository, path and value)."""
    a = 0
    for m in SEP.finditer(text, 0, start):
        a = m.end()
    m = SEP.search(text, end)
    b = m.start() if m else len(text)
    for s, e in others:
        if e <= start:
            a = max(a, e)
        elif s >= end:
            b = min(b, s)
    if text.lstrip().startswith('{'):
        m = re.search(r'"[^"]*"\s*:\s*"[^"]*' + re.escape(text[start:end]) + r'[^"]*"', text)
        return m.group(0)
    return text[a:b].strip().rstrip('.').strip()


BIRTH = re.compile(r'(?i)\b(dob|born|birth)')

# ---- DataFog/datafog-python tests/corpus/*.json: each case's `input` and its `expected_entities` (type, text, offsets).
# EMAIL -> email-address, PHONE -> phone-number, SSN -> us-ssn, CREDIT_CARD -> payment-card, ADDRESS -> street-address,
# IP_ADDRESS -> benign (ip-lookalike). DATE -> date-of-birth when the text says it is one (`DOB`, `born`, `birth`), else
# benign (date-not-birth: the pack's kind is the birth date; a visit or due date is no PHI kind of the pack).
# PERSON -> patient-identifier when the word `Patient` stands right before the name; other persons (physicians too), organisations, locations, ZIP
# codes and German VAT / IBAN identifiers are left out (no kind of the pack, and benign would be wrong).
# A case with no expected entity -> benign, the value being its input (class from the case's id: ssn-, phone-, cc-,
# email-, date-, ip-, zip- lookalike; negative_cases and edge_cases: lookalike / redacted-placeholder). The empty and the
# 100 KB cases are left out (no value; the long one repeats an SSN and an address other cases hold).
# Overrides: the clinical note's `MRN 00987654` and the lab order's `patient ID 778899` have no type in DataFog's scheme
# (it has no MRN entity), not a negative expectation: labelled mrn by their own labels (a patient's record number). E-mail addresses at documentation domains are left out (DOC_DOMAIN).
# Context: the input; where an input holds two or more labelled values, the clause that holds the value (clause()).
DF = 'DataFog/datafog-python'
DF_KIND = {'EMAIL': 'email-address', 'PHONE': 'phone-number', 'SSN': 'us-ssn', 'CREDIT_CARD': 'payment-card',
           'ADDRESS': 'street-address', 'IP_ADDRESS': 'benign'}
for name in ('mixed_pii', 'structured_pii', 'edge_cases', 'negative_cases', 'unstructured_pii'):
    p = f'tests/corpus/{name}.json'
    raw = show(DF, p)
    for case in json.loads(raw):
        inp, ents, cid = case['input'], case['expected_entities'], case['id']
        if not inp or len(inp) > 1000:
            continue
        if not ents:
            pre = cid.split('-')[0]
            cls = {'ssn': 'ssn-lookalike', 'phone': 'phone-lookalike', 'cc': 'card-lookalike', 'email': 'email-lookalike',
                   'date': 'date-lookalike', 'ip': 'ip-lookalike', 'zip': 'number-lookalike'}.get(pre)
            if cls is None:
                cls = 'redacted-placeholder' if cid.startswith('already-redacted') else 'lookalike'
            add(DF, p, value=inp, kind='benign', cls=cls, line=inp, origin=f'{name}: {cid} (no entity)', text=raw)
            continue
        labelled = []
        for e in ents:
            t = e['type']
            if t == 'DATE':
                kind = 'date-of-birth' if BIRTH.search(inp) else 'benign'
                cls = 'dob-labelled' if kind == 'date-of-birth' else 'date-not-birth'
            elif t == 'PERSON':
                if not re.search(r'(?i)\bpatient\s+$', inp[:e['start']]):
                    continue
                kind, cls = 'patient-identifier', 'patient-name'
            elif t in DF_KIND:
                kind = DF_KIND[t]
                cls = {'email-address': 'email', 'us-ssn': 'ssn', 'street-address': 'street-address', 'benign': 'ip-lookalike',
                       'payment-card': card_cls(e['text']), 'phone-number': phone_class(e['text'])}[kind]
            else:
                continue
            assert inp[e['start']:e['end']] == e['text'], (p, cid)
            labelled.append((e['start'], e['end'], e['text'], kind, cls))
        mm = re.search(r'\b(MRN|patient ID) (\d+)', inp)
        if mm and name == 'mixed_pii':
            labelled.append((mm.start(2), mm.end(2), mm.group(2), 'mrn', 'mrn-labelled' if mm.group(1) == 'MRN' else 'patient-id-labelled'))
        for s, en, v, kind, cls in labelled:
            others = [(s2, e2) for s2, e2, _, k2, _ in labelled if (s2, e2) != (s, en) and k2 != kind]
            line = clause(inp, s, en, others) if len(labelled) > 1 else inp
            syn = 'json' if inp.lstrip().startswith('{') else 'prose'
            add(DF, p, value=v, kind=kind, cls=cls, line=line, origin=f'{name}: {cid}', text=raw, syntax=syn)

# ---- tokern/piicatcher tests/samples/sample-data.csv: a sample table whose columns the project's scanner labels by name
# (test_scanner.py: `ssn`-like names -> SSN, `dob`/`birthday` -> BirthDate, `phone`, `email`, `credit_card`/`cc_number`,
# `address`). Each row's cells: id (its values are SSNs) -> us-ssn, birthdate -> date-of-birth, phone -> phone-number,
# email -> email-address, cc_number -> payment-card, address -> street-address; cc_expiredate -> benign (class
# card-expiry: a date that is no birth date, next to a birth date column). Names, cities, states, ZIP codes, card types
# and CVCs are left out. Context: the column's header and the cell (a one-column CSV), so that a row's other cells do
# not count for it. tests/test_scanner.py: the datum regex tests' parametrized values (phone -> phone-number, e-mail ->
# email-address, address -> street-address, SSN -> us-ssn; the value alone is the line, as the test passes it); the
# skipped tests (credit card, PO box) and ZIP codes are left out.
PC = 'tokern/piicatcher'
p = 'tests/samples/sample-data.csv'
raw = show(PC, p)
COLS = {'id': ('us-ssn', 'ssn-unlabelled-column'), 'birthdate': ('date-of-birth', 'dob-column'),
        'phone': ('phone-number', None), 'email': ('email-address', 'email'), 'cc_number': ('payment-card', None),
        'address': ('street-address', 'street-address'), 'cc_expiredate': ('benign', 'card-expiry')}
for i, row in enumerate(csv.DictReader(io.StringIO(raw))):
    for col, (kind, cls) in COLS.items():
        v = row[col].strip()
        c = cls or (card_cls(v) if kind == 'payment-card' else phone_class(v))
        add(PC, p, value=v, kind=kind, cls=c, line=f'{col}\n{v}', origin=f'row {i + 2}, column {col}', text=raw,
            syntax='csv')
p = 'tests/test_scanner.py'
raw = show(PC, p)
for fn, kind in (('test_datum_regex_phone', 'phone-number'), ('test_datum_regex_email', 'email-address'),
                 ('test_datum_regex_address', 'street-address'), ('test_datum_regex_ssn', 'us-ssn')):
    i = raw.index(f'def {fn}(')
    j = raw.rindex('@pytest.mark.parametrize', 0, i)
    blk = raw[j:i]
    assert '@pytest.mark.skip' not in raw[raw.rindex('\n\n', 0, j):j]
    for v in re.findall(r'"([^"\n]+)"', blk)[1:]:
        cls = {'phone-number': None, 'email-address': 'email', 'street-address': 'street-address', 'us-ssn': 'ssn-bare'}[kind]
        add(PC, p, value=v, kind=kind, cls=cls or phone_class(v), line=v, origin=fn, text=raw)

# ---- smarty/redact redactor_test.go: each assertRedaction(input, expected) pair. In a *_Valid_Redaction test, each
# run of characters the expected output turns to `*` is a value of the test's kind (CreditCard -> payment-card, SSN ->
# us-ssn, Phone -> phone-number; Email redacts the local part: the value is the whole address); parts of a valid test's
# input that the expected output leaves as they are are not labelled (the test is about what is redacted). In a
# *_Invalid_NoRedaction test the input is left as it is -> benign, the value being the input (card-, ssn-, phone-,
# email-, date-lookalike).
# Override: the DOB tests' valid cases are left out: the redactor takes every calendar date (`stuff February 1, 2020`),
# with no word that makes it a birth date; a date-of-birth label would be wrong for most and benign wrong for some.
# The benchmark's text (no expectation) and the maximum-length test are left out.
SM = 'smarty/redact'
p = 'redactor_test.go'
raw = show(SM, p)
SM_KIND = {'CreditCard': 'payment-card', 'SSN': 'us-ssn', 'Phone': 'phone-number', 'Email': 'email-address', 'DOB': None}
GO_STR = r'"((?:[^"\\]|\\.)*)"'
for m in re.finditer(r'func TestRedact(\w+?)_(Valid_Redaction|Invalid_NoRedaction)\(t \*testing\.T\) \{(.*?)\n\}', raw, re.S):
    kname, mode, body = m.group(1), m.group(2), m.group(3)
    kind = SM_KIND[kname]
    for a in re.finditer(r'assertRedaction\(t, redaction,\s*' + GO_STR + r',\s*' + GO_STR + r',?\s*\)', body):
        inp, exp = a.group(1), a.group(2)
        if mode == 'Invalid_NoRedaction':
            assert inp == exp
            cls = {'payment-card': 'card-lookalike', 'us-ssn': 'ssn-lookalike', 'phone-number': 'phone-lookalike',
                   'email-address': 'email-lookalike', None: 'date-lookalike'}[kind]
            v = inp.strip()
            add(SM, p, value=v, kind='benign', cls=cls, line=v, origin=f'TestRedact{kname}_{mode}', text=raw)
            continue
        if kind is None:
            continue
        assert len(inp) == len(exp)
        for r in re.finditer(r'\*+', exp):
            s, e = r.start(), r.end()
            if kind == 'email-address':
                mm = re.match(r'[^\s@]*@[A-Za-z0-9.-]*[A-Za-z0-9]', inp[s:])
                v = mm.group(0)
            else:
                if kind == 'phone-number' and s > 0 and inp[s - 1] == '+':
                    s -= 1
                v = inp[s:e]
            cls = {'payment-card': card_cls(v), 'us-ssn': 'ssn', 'phone-number': phone_class(v), 'email-address': 'email'}[kind]
            add(SM, p, value=v, kind=kind, cls=cls, line=inp.strip(), origin=f'TestRedact{kname}_{mode}', text=raw)

# ---- solvvy/redact-pii test/redactor.test.ts: each TestCase tuple [input, expected synchronous output]. A token the
# expected output puts in place of a span names its kind: CREDIT_CARD_NUMBER -> payment-card, US_SOCIAL_SECURITY_NUMBER
# -> us-ssn, PHONE_NUMBER -> phone-number, EMAIL_ADDRESS -> email-address, STREET_ADDRESS -> street-address,
# IP_ADDRESS -> benign (ip-lookalike); names, user names, passwords, URLs and ZIP codes are left out (no PHI kind of the
# pack, or the credential set's). The "should not replace street words" cases -> benign (street-lookalike), the value
# being the input. Override: `my ssn: 123456789.` is replaced by the generic DIGITS token in the "should replace ssn"
# case: labelled us-ssn by its own label.
SV = 'solvvy/redact-pii'
p = 'test/redactor.test.ts'
raw = show(SV, p)
SV_KIND = {'CREDIT_CARD_NUMBER': 'payment-card', 'US_SOCIAL_SECURITY_NUMBER': 'us-ssn', 'PHONE_NUMBER': 'phone-number',
           'EMAIL_ADDRESS': 'email-address', 'STREET_ADDRESS': 'street-address', 'IP_ADDRESS': 'benign'}
TOKENS = ['US_SOCIAL_SECURITY_NUMBER', 'CREDIT_CARD_NUMBER', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'STREET_ADDRESS',
          'IP_ADDRESS', 'PERSON_NAME', 'USERNAME', 'PASSWORD', 'CREDENTIALS', 'ZIPCODE', 'DIGITS', 'URL']
for tc in re.finditer(r"TestCase\('([^']+)', \[(.*?)\n  \]\);", raw, re.S):
    title, body = tc.group(1), tc.group(2)
    for tup in re.finditer(r"\[\s*((?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")(?:,\s*(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"))+),?\s*\]", body):
        strs = [json.loads('"' + s[1:-1].replace('"', '\\"').replace("\\'", "'") + '"') if s[0] == "'" else json.loads(s)
                for s in re.findall(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", tup.group(1))]
        inp, exp = strs[0], strs[1]
        if title == 'should not replace street words in context':
            add(SV, p, value=inp, kind='benign', cls='street-lookalike', line=inp, origin=title, text=raw)
            continue
        if inp == exp:
            continue
        parts = re.split('(' + '|'.join(TOKENS) + ')', exp)
        rx = ''.join('(.+?)' if i % 2 else re.escape(x) for i, x in enumerate(parts))
        mm = re.fullmatch(rx, inp, re.S)
        if not mm:
            continue
        for tok, v in zip(parts[1::2], mm.groups()):
            kind = SV_KIND.get(tok)
            if tok == 'DIGITS' and title == 'should replace ssn':
                kind = 'us-ssn'
            if kind is None:
                continue
            cls = {'payment-card': card_cls(v), 'us-ssn': 'ssn', 'phone-number': phone_class(v), 'email-address': 'email',
                   'street-address': 'street-address', 'benign': 'ip-lookalike'}[kind]
            if tok == 'DIGITS':
                cls = 'ssn-digits'
            add(SV, p, value=v, kind=kind, cls=cls, line=inp, origin=title, text=raw)

# ---- GoogleCloudPlatform/python-docs-samples dlp/snippets: the strings the DLP samples' tests inspect or de-identify,
# with the expectation each test asserts: the custom-regex and hotword tests' `Patients MRN 444-5-22222` (info type C_MRN)
# -> mrn; the de-identification tests' `My SSN is 372819127` (the SSN must be gone from the output) -> us-ssn; the phone
# inspection test's `234-555-6789` and the surrogate test's `My phone number is 4359916732` -> phone-number. The e-mail
# tests use documentation domains (left out); the risk-analysis tables carry no expectation about their cells.
GC = 'GoogleCloudPlatform/python-docs-samples'
for p, rx, kind, cls in (
        ('dlp/snippets/Custom_Infotype/inspect_custom_regex_test.py', r'"(Patients MRN (444-5-22222))"', 'mrn', 'mrn-labelled'),
        ('dlp/snippets/Deidentify/deidentify_masking_test.py', r'"(My SSN is (372819127))"', 'us-ssn', 'ssn-undashed'),
        ('dlp/snippets/Inspect/inspect_phone_number_test.py', r'"(String with a phone number: (234-555-6789))"', 'phone-number', None),
        ('dlp/snippets/Deidentify/deidentify_free_text_with_fpe_using_surrogate_test.py', r'"(My phone number is (4359916732))"',
         'phone-number', None)):
    raw = show(GC, p)
    mm = re.search(rx, raw)
    add(GC, p, value=mm.group(2), kind=kind, cls=cls or phone_class(mm.group(2)), line=mm.group(1), origin='test string',
        text=raw)

sys.stderr.write(f'{len(out)} candidates; left out: {left_out}\n')
json.dump({'note': 'Raw candidates of the outside-2027-07 corpus; see collect.py.', 'sources': sources, 'candidates': out},
          sys.stdout, indent=1, ensure_ascii=False)
sys.stdout.write('\n')
