#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-05 corpus (issue 28: a sixth outside set, this one on PHI / PII: phone
# numbers, SSNs, card numbers, e-mail addresses, birth dates, and their look-alikes) from public projects' test data that
# none of the project's corpora draws on (corpus.json, independent.json, outside-2026-12 … outside-2027-03; the list of
# projects they use is in ABOUT.md). None of those is read here except to leave out values they already hold.
# Values and their minimal label context only, never a copied file. Each candidate names its repository, path and commit
# (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-05/collect.py > test/corpus/outside-2027-05/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-05` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack; labels come from the sources' own test expectations (a recogniser's
# expected results, a redaction test's expected output), with the overrides listed below, each with its reason.
import ast, json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import known_values, luhn, mirror_git as git, syntax_of, source_id  # noqa: E402

LICENCES = {
    'microsoft/Recognizers-Text': 'MIT',
    'bigscience-workshop/data_tooling': 'Apache-2.0',
    'protectai/llm-guard': 'MIT',
    'velum-labs/firewall': 'Apache-2.0',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'microsoft/Recognizers-Text': '90e968ea44dc8fda3f2e1c3e4b20aa233817488d',
    'bigscience-workshop/data_tooling': '388499d47750f65ea11dce6465bb858858f30abc',
    'protectai/llm-guard': '53af270c69316ed82cb71ba7b19d11b55bda3151',
    'velum-labs/firewall': '36a350cb22193ec87ea8146f90e3856b875aafa5',
}
sources, out = {}, []


def show(repo, path):
    return git(repo, 'show', f'{PIN[repo]}:{path}')


def sid(repo, path):
    return source_id(sources, repo, path, PIN[repo], LICENCES[repo])


# Values the project's other corpora already hold (corpus.json, independent.json and every earlier outside set's
# candidates) are left out, so that nothing here was seen while the detectors were tuned: a value, or a token of 10+
# characters of one of theirs, equal to the candidate. A value is also taken once over the whole set (the first
# source in the order below keeps it), so that the same value cannot fall in both halves.
HERE = os.path.dirname(os.path.abspath(__file__))
known = known_values(os.path.join(HERE, '..'), ('outside-2026-12', 'outside-2027-01', 'outside-2027-02', 'outside-2027-03'))
taken = set()
left_out = {'known': 0, 'duplicate': 0}


def add(repo, path, *, value, kind, cls, line, origin, text, syntax='prose'):
    """value: the PHI (or benign look-alike) itself; line: the sentence it came in (placed as prose unless syntax
    says otherwise)."""
    assert value in line, (path, value, line)
    assert any(form in text for form in (line, json.dumps(line)[1:-1], json.dumps(line, ensure_ascii=False)[1:-1],
                                          line.replace('"', '\\"'))), (path, line)
    v = value.strip()
    if v in known:
        left_out['known'] += 1
        return
    if v in taken:
        left_out['duplicate'] += 1
        return
    taken.add(v)
    out.append({'value': value, 'kind': kind, 'class': cls, 'syntax': syntax, 'line': line,
                'source': sid(repo, path), 'origin': origin})


def phone_class(v):
    """The class of a phone number by its written form: with a country code (+ or 00), North American (10 digits,
    or 11 with a leading 1, in the 3-3-4 grouping), with an extension, or another national form."""
    d = re.sub(r'\D', '', v)
    if re.search(r'(?i)x|ext', v):
        return 'phone-extension'
    if v.lstrip('(').startswith('+') or v.lstrip('(').startswith('00'):
        return 'phone-country-code'
    if (len(d) == 10 or (len(d) == 11 and d[0] == '1')) and re.search(r'\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$|^\d{10,11}$', v):
        return 'phone-north-american'
    return 'phone-national-other'


def substring_ci(text, v):
    """The text's own spelling of v (a recogniser may report a value lower-cased or normalised)."""
    i = text.lower().find(v.lower())
    return text[i:i + len(v)] if i >= 0 else None


# ---- microsoft/Recognizers-Text Specs/Sequence/<language>/<Model>.json: each case's `Input` and the `Results` the
# recognisers must return (an empty list: nothing may be returned). `NotSupported` lists platforms whose implementation
# fails the case; the expectation holds for all, so it is kept.
# PhoneNumberModel (English first, then the other languages' cases whose values English does not have): every result ->
# phone-number (class by the written form, phone_class), in the input sentence; a case with no result -> benign (class
# phone-lookalike), the value being the input. Overrides: the cases whose text says the number is another kind of
# personal number (`… is a SSN and should not be extracted`, `Her credit card is: …`, `My card number is …`, `card
# number …`) are left out: the source says only that they are no phone number, and a benign label would be wrong for an
# SSN or a card. The other languages' cases with no result (most are translations of the English ones, in other
# sentences) -> benign too, after the English ones, as the sentence differs; a
# result the recogniser spells differently from the input (`X` -> `x`) takes the input's spelling; a result that is not
# in its input is left out.
# EmailModel (English): results -> email-address; no result -> benign (class email-lookalike).
# IpAddressModel and GUIDModel (English): every case -> benign (classes ip-lookalike, guid-lookalike): addresses and
# identifiers with digit groups are what a phone, SSN or card detector must not take, the value being the result (in
# the input sentence) or, for a case with no result, the input.
RT = 'microsoft/Recognizers-Text'
OTHER_KIND = re.compile(r'(?i)\bSSN\b|credit card|card number')


def rt_cases(lang, model):
    p = f'Specs/Sequence/{lang}/{model}.json'
    raw = show(RT, p)
    return p, json.loads(raw.lstrip('\ufeff')), raw


for lang in ('English', 'Chinese', 'Portuguese', 'Hindi', 'Turkish', 'Dutch', 'French', 'German', 'Italian', 'Japanese',
             'Korean', 'Spanish'):
    p, cases, raw = rt_cases(lang, 'PhoneNumberModel')
    for i, c in enumerate(cases):
        inp, res = c['Input'], c.get('Results') or []
        if OTHER_KIND.search(inp):
            continue
        if res:
            for r in res:
                v = r['Text'] if r['Text'] in inp else substring_ci(inp, r['Text'])
                if not v:
                    continue
                add(RT, p, value=v, kind='phone-number', cls=phone_class(v), line=inp, origin=f'case {i} result', text=raw)
        else:
            add(RT, p, value=inp, kind='benign', cls='phone-lookalike', line=inp, origin=f'case {i} (no result)', text=raw)

for model, kind, neg_cls in (('EmailModel', 'email-address', 'email-lookalike'), ('IpAddressModel', 'benign', 'ip-lookalike'),
                             ('GUIDModel', 'benign', 'guid-lookalike')):
    p, cases, raw = rt_cases('English', model)
    for i, c in enumerate(cases):
        inp, res = c['Input'], c.get('Results') or []
        if res:
            for r in res:
                v = r['Text'] if r['Text'] in inp else substring_ci(inp, r['Text'])
                if not v:
                    continue
                add(RT, p, value=v, kind=kind, cls='email' if kind == 'email-address' else neg_cls, line=inp,
                    origin=f'case {i} result', text=raw)
        else:
            add(RT, p, value=inp, kind='benign', cls=neg_cls, line=inp, origin=f'case {i} (no result)', text=raw)

# DateTime (DateTimeModel, DateExtractor, DateParser, MergedExtractor; English): a result that holds a calendar date
# with its year (numeric, or a month name with day and year) -> benign (class date-not-birth), in its input: a date
# nobody calls a birth date is what the birth-date detector must not report (inputs that mention birth are left out).
# Number (NumberModel, English): a result of 7 or more digits -> benign (class number-lookalike), in its input.
DATE_SHAPE = re.compile(r'(?i)\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? '
                        r'\d{1,2}(st|nd|rd|th)?,? (19|20)\d\d\b|\b\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|'
                        r'nov|dec)[a-z]*,? (19|20)\d\d')
for lang, model, shape, cls in (('DateTime/English', 'DateTimeModel', 'date', 'date-not-birth'),
                                ('DateTime/English', 'DateExtractor', 'date', 'date-not-birth'),
                                ('DateTime/English', 'DateParser', 'date', 'date-not-birth'),
                                ('DateTime/English', 'MergedExtractor', 'date', 'date-not-birth'),
                                ('Number/English', 'NumberModel', 'number', 'number-lookalike')):
    p = f'Specs/{lang}/{model}.json'
    raw = show(RT, p)
    cases = json.loads(raw.lstrip('\ufeff'))
    for i, c in enumerate(cases):
        inp = c['Input']
        if re.search(r'(?i)birth|born', inp):
            continue
        for r in c.get('Results') or []:
            t = r.get('Text', '')
            if shape == 'date' and not DATE_SHAPE.search(t):
                continue
            if shape == 'number' and len(re.sub(r'\D', '', t)) < 7:
                continue
            v = t if t in inp else substring_ci(inp, t)
            if v:
                add(RT, p, value=v, kind='benign', cls=cls, line=inp, origin=f'case {i} result', text=raw)

# ---- bigscience-workshop/data_tooling pii-manager/test/unit/lang/**/test_*.py: each test's TEST list of (document,
# expected output) pairs. An expected output that replaces a span by `<KIND>` -> that span is a value of the kind
# (GOV_ID in the US SSN test -> us-ssn; CREDIT_CARD -> payment-card; EMAIL_ADDRESS -> email-address; PHONE_NUMBER ->
# phone-number), in its document; an expected output equal to the document -> benign, the value being the document.
# IP address tests -> benign throughout (ip-lookalike). Overrides: the phone test's "no valid contexts" cases (a valid
# number the recogniser skips for want of a phone word) are left out: the number is a phone number, the expectation is
# about context. Other countries' identifiers (Canadian SIN, Indian Aadhaar, Spanish DNI, ...) are left out: the pack
# has no kind for them, and benign would be wrong. pii-manager/test/data/orig.txt with tag.txt: a tagged span ->
# its kind; the untagged card-like number the text calls "not a credit card number" -> benign.
DT = 'bigscience-workshop/data_tooling'
DT_TESTS = [
    ('pii-manager/test/unit/lang/en/us/test_ssn.py', {'GOV_ID': 'us-ssn'}),
    ('pii-manager/test/unit/lang/any/test_credit_card.py', {'CREDIT_CARD': 'payment-card'}),
    ('pii-manager/test/unit/lang/any/test_email.py', {'EMAIL_ADDRESS': 'email-address'}),
    ('pii-manager/test/unit/lang/any/test_ip_address.py', {'IP_ADDRESS': 'benign'}),
    ('pii-manager/test/unit/lang/en/any/test_ipn_en.py', {'PHONE_NUMBER': 'phone-number'}),
]
CLS = {'us-ssn': 'ssn', 'payment-card': 'card', 'email-address': 'email', 'phone-number': None, 'benign': 'ip-lookalike'}
for p, kinds in DT_TESTS:
    text = show(DT, p)
    m = re.search(r'^TEST = (\[.*?^\])', text, re.M | re.S)
    pairs = ast.literal_eval(m.group(1))
    # the comment above each pair, to find the "no valid contexts" ones
    block_comment = None
    for doc, exp in pairs:
        # the comment that heads this pair's group in the literal
        i = m.group(1).find('("' + doc)
        cm = re.findall(r'#\s*([^\n]*)', m.group(1)[:i])
        block_comment = cm[-1] if cm else ''
        if 'no valid context' in block_comment.lower():
            continue
        if doc == exp:
            cls = 'ip-lookalike' if 'ip_address' in p else {'us-ssn': 'ssn-lookalike', 'payment-card': 'card-lookalike',
                                                          'email-address': 'email-lookalike', 'phone-number': 'phone-lookalike'}[list(kinds.values())[0]]
            add(DT, p, value=doc, kind='benign', cls=cls, line=doc, origin=f'TEST: {block_comment}', text=text)
            continue
        tag = re.search(r'<([A-Z_]+)>', exp)
        pre, post = exp[:tag.start()], exp[tag.end():]
        assert doc.startswith(pre) and doc.endswith(post), (p, doc)
        v = doc[len(pre):len(doc) - len(post)]
        kind = kinds[tag.group(1)]
        cls = CLS[kind] or (phone_class(v))
        if kind == 'payment-card':
            cls = f'card-{len(re.sub(r"[^0-9]", "", v))}'
        add(DT, p, value=v, kind=kind, cls=cls, line=doc, origin=f'TEST: {block_comment}', text=text)
p = 'pii-manager/test/data/orig.txt'
text = show(DT, p)
tag = show(DT, 'pii-manager/test/data/tag.txt')
for line in text.split('\n'):
    for mm in re.finditer(r'\d{4} \d{4} \d{4} \d{4}', line):
        v = mm.group(0)
        tagged = f'<CREDIT_CARD:{v}>' in tag
        assert luhn(v.replace(' ', '')) == tagged
        add(DT, p, value=v, kind='payment-card' if tagged else 'benign', cls='card-16' if tagged else 'card-lookalike',
            line=line.strip(), origin='orig.txt / tag.txt', text=text)

# ---- protectai/llm-guard: llm_guard/input_scanners/anonymize_helpers/regex_patterns.py, the `examples` of the
# CREDIT_CARD_RE, US_SSN_RE and EMAIL_ADDRESS_RE patterns -> payment-card, us-ssn, email-address (the line is the
# example itself; obfuscated addresses with [AT]/[DOT] left out: not an address as written). tests/input_scanners/
# test_anonymize.py: the prompts' values the expected output redacts (e-mail, phone, SSN, card) -> their kind, in the
# prompt's line. Override: in the profile prompt, `Date of Birth: April 12, 1990.` and `Address: 123 Elm Street, …` are
# not redacted in the expected output because the scanner's default entity types hold no date or address, not because
# they are not PHI: they are labelled date-of-birth and street-address by their own labels.
LG = 'protectai/llm-guard'
p = 'llm_guard/input_scanners/anonymize_helpers/regex_patterns.py'
text = show(LG, p)
for name, kind in (('CREDIT_CARD_RE', 'payment-card'), ('US_SSN_RE', 'us-ssn'), ('EMAIL_ADDRESS_RE', 'email-address')):
    blk = re.search(r'"name": "' + name + r'",\s*"examples": (\[.*?\]),\n', text, re.S)
    for v in ast.literal_eval(blk.group(1)):
        if '[AT]' in v or '[DOT]' in v:
            continue
        cls = {'payment-card': f'card-{len(v)}', 'us-ssn': 'ssn', 'email-address': 'email'}[kind]
        add(LG, p, value=v, kind=kind, cls=cls, line=v, origin=f'{name} examples', text=text)
p = 'tests/input_scanners/test_anonymize.py'
text = show(LG, p)
LG_LINES = [
    (r'My email is (test@test\.com) ', 'email-address', 'email'),
    (r'contact him with (hello@test\.com) email', 'email-address', 'email'),
    (r'Phone number is (555-123-4567) and', 'phone-number', None),
    (r'credit card number is (4567-8901-2345-6789)\.', 'payment-card', 'card-16'),
    (r'Phone Number: (\(123\) 456-7890)\.', 'phone-number', None),
    (r'Social Security Number \(SSN\): (123-45-6789)\.', 'us-ssn', 'ssn'),
    (r'Date of Birth: (April 12, 1990)\.', 'date-of-birth', 'dob-labelled'),
    (r'Address: (123 Elm Street), Springfield, IL, 62701\.', 'street-address', 'street-address'),
]
for rx, kind, cls in LG_LINES:
    mm = re.search(rx, text)
    # the sentence that holds it, within its string literal
    ls = text.rfind('"', 0, mm.start()) + 1 if kind in ('email-address', 'phone-number', 'payment-card') and '\n' not in text[text.rfind('"', 0, mm.start()):mm.start()] else text.rfind('\n', 0, mm.start()) + 1
    le = min(x for x in (text.find('"', mm.end()), text.find('\n', mm.end())) if x >= 0)
    line = text[ls:le].strip()
    add(LG, p, value=mm.group(1), kind=kind, cls=cls or phone_class(mm.group(1)), line=line, origin='test_scan prompts', text=text)

# ---- velum-labs/firewall evals/cases/*.ts (added after the first split; see ABOUT.md): each evaluation case's `text` and
# its `expectTokenizedEntities` expectations, a label with the `surfaces` that must be tokenized. MRN -> mrn,
# DATE_OF_BIRTH -> date-of-birth, SSN -> us-ssn, CREDIT_CARD -> payment-card, PATIENT_IDENTIFIER -> patient-identifier;
# the value is the surface as listed (with its label where the surface holds one: `Med Rec: 234567`), its context the
# text's first line that holds it, placed by that line's syntax (a JSON member, an XML element, a header line, prose).
# Expectations that give only a count and no surfaces are left out (which values they mean is not said). The cases
# whose expectation is `expectAllow()` (nothing may be tokenized): in financial_invalid_card_numbers, every `Test Card:`
# number -> benign (card-lookalike: failed Luhn checks, wrong lengths, runs); in financial_masked_card_numbers, every
# masked card (`****-****-****-1234`) -> benign (card-masked); in healthcare_false_positive_medical_terms, every line
# that holds a digit -> benign (medical-text: doses, lab values, percentages). Other labels (account numbers, names of
# attorneys, events) have no kind of the pack and are left out.
VL = 'velum-labs/firewall'
VL_KIND = {'MRN': ('mrn', 'mrn-labelled'), 'DATE_OF_BIRTH': ('date-of-birth', 'dob-labelled'), 'SSN': ('us-ssn', 'ssn'),
           'CREDIT_CARD': ('payment-card', None), 'PATIENT_IDENTIFIER': ('patient-identifier', 'patient-name')}


def vl_line(body, v):
    """The first line that holds v as a whole (not inside a longer number or word); of a long prose line, the sentence
    that holds it."""
    rx = re.compile(r'(?<![0-9A-Za-z])' + re.escape(v) + r'(?![0-9A-Za-z])')
    for ln in body.split('\n'):
        if rx.search(ln):
            ln = ln.strip()
            if len(ln) > 160:
                ln = next((x for x in re.split(r'(?<=[.!?])\s+(?=[A-Z])', ln) if rx.search(x)), ln)
            return ln
    return None


def vl_place(p, v, kind, cls, line, origin, raw):
    syn = syntax_of(line)
    if syn == 'env':
        syn = 'assignment'
    add(VL, p, value=v, kind=kind, cls=cls, line=line, origin=origin, text=raw, syntax=syn)


for p in sorted(f for f in git(VL, 'ls-tree', '-r', '--name-only', PIN[VL], 'evals/cases').split() if f.endswith('.ts')):
    raw = show(VL, p)
    tm = re.search(r'text: `\n(.*?)`\.trim\(\)', raw, re.S)
    if not tm:
        continue
    body = tm.group(1)
    case = p.split('/')[-1][:-3]
    for m in re.finditer(r"label: '([A-Z_]+)',\s*surfaces: \[(.*?)\]", raw, re.S):
        if m.group(1) not in VL_KIND:
            continue
        kind, cls = VL_KIND[m.group(1)]
        for v in re.findall(r"'([^']*)'", m.group(2)):
            line = vl_line(body, v)
            if not line:
                continue
            c = cls or f'card-{len(re.sub(r"[^0-9]", "", v))}'
            vl_place(p, v, kind, c, line, f'{case}: {m.group(1)} surface', raw)
    if case == 'financial_invalid_card_numbers':
        for ln in body.split('\n'):
            mm = re.match(r'\s*Test Card: (\S+)', ln)
            if mm and re.search(r'\d', mm.group(1)):
                vl_place(p, mm.group(1), 'benign', 'card-lookalike', ln.strip(), f'{case}: expectAllow', raw)
    elif case == 'financial_masked_card_numbers':
        for ln in body.split('\n'):
            for mm in re.finditer(r'[*X#]{4}[-*X#]{0,15}\d{4}', ln):
                vl_place(p, mm.group(0), 'benign', 'card-masked', ln.strip(), f'{case}: expectAllow', raw)
    elif case == 'healthcare_false_positive_medical_terms':
        for ln in body.split('\n'):
            if re.search(r'\d', ln) and ln.strip():
                vl_place(p, ln.strip(), 'benign', 'medical-text', ln.strip(), f'{case}: expectAllow', raw)

sys.stderr.write(f'{len(out)} candidates; left out: {left_out}\n')
json.dump({'note': 'Raw candidates of the outside-2027-05 corpus; see collect.py.', 'sources': sources, 'candidates': out},
          sys.stdout, indent=1, ensure_ascii=False)
sys.stdout.write('\n')
