#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-22 corpus (issue 28: a twenty-third outside set, on PHI as X12 EDI
# health-care transactions carry it: 837P/837I/837D claims, 834 enrolment, 270/271 eligibility, 276/277 claim status,
# 835 remittance, 278 prior authorisation, and the JSON that an X12 translator writes from them) from public projects
# that none of the project's corpora draws on (ABOUT.md lists the exclusions). Values and their minimal label context
# only, never a copied file; every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-22/collect.py > test/corpus/outside-2027-22/candidates.json
# then `npx ts-node --transpile-only test/corpus/build-outside.ts --set outside-2027-22` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack; labels follow each segment's meaning in the X12 implementation guides
# (rules in ABOUT.md). New here (this file's own readers, outside_collect.py has none for X12): the X12 segment
# grammar (separators from ISA, loops by the last NM1's entity code) and staedi's JSON form of a segment.
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import DOC_DOMAIN, collection, mirror_git as git, ssn_class, write_candidates  # noqa: E402

SET = 'outside-2027-22'
LICENCES = {
    'LinuxForHealth/x12': 'Apache-2.0',
    'albmarin/badX12': 'MIT',
    'xlate/staedi': 'Apache-2.0',
    'imsweb/x12-parser': 'BSD-3-Clause',
    'azoner/pyx12': 'BSD-3-Clause',
    'aaronhuggins/node-x12': 'MIT',
    'mavidian/DataConveyer_Dockerized270Parser': 'Apache-2.0',
    'apimeister/x12-types': 'MIT OR Apache-2.0',
}
PIN = {
    'LinuxForHealth/x12': 'c97b41a5b75af557d897067c124ab448b9230d4e',
    'albmarin/badX12': '397a71690569371db05e96a792890af02f34cf54',
    'xlate/staedi': '76718ac4bda142423882275dac6119bcdf232e08',
    'imsweb/x12-parser': '083c4e2a34805b1b92f2850d96c6d3e42cc6b755',
    'azoner/pyx12': '8893c59ffd95ccc213cc7661757dc4298b9f430a',
    'aaronhuggins/node-x12': '168ce75ed88ff3965338dad3ffb5130ab43bfb21',
    'mavidian/DataConveyer_Dockerized270Parser': 'f4f4ec2af43c8b4ba03caafd00ca38d30e906c0b',
    'apimeister/x12-types': '1bec5760694587057392ffadd19460711a78df90',
}
# The files read, in this order (the first keeps a value): staedi's JSON forms before its EDI files (the same claim, so
# that the translator's form keeps it), then each library's X12 test files.
FILES = [
    ('LinuxForHealth/x12', r'^src/tests/resources/\d{3}_\w+/[^/]+$'),
    ('albmarin/badX12', r'^tests/files/edi/[^/]+\.edi$'),
    ('xlate/staedi', r'^src/test/resources/x12/[^/]+\.json$'),
    ('xlate/staedi', r'^src/test/resources/(x12|wiki)/.*\.(edi|txt)$'),
    ('imsweb/x12-parser', r'^src/test/resources/\w+/[^/]+\.txt$'),
    ('azoner/pyx12', r'^pyx12/(tests|examples)/[^/]+\.txt$'),
    ('aaronhuggins/node-x12', r'^test/test-data/[^/]+\.edi$'),
    ('mavidian/DataConveyer_Dockerized270Parser', r'^(DataConveyer_Dockerized270Parser/Data/[^/]+\.x12|README\.md)$'),
    ('apimeister/x12-types', r'^(src/v005010/_(27[0-8]|83[457])_test\.rs|test-data/005010_837\.edi|examples/parse_x12\.rs)$'),
]

# Caps, fixed before any detector ran: at most 25 values of one kind from one file and 120 of one kind from one
# repository; benign look-alikes at most, per repository and class, as below (a claim file holds many more control
# numbers, amounts and dates than persons).
CAP_FILE, CAP_REPO = 25, 120
CAP_CLASS = {'control-number': 20, 'claim-id': 25, 'amount': 25, 'service-date': 25, 'date-of-care': 25,
             'procedure-code': 25, 'zip-code': 20, 'npi': 20, 'ein': 12, 'payer-id': 12, 'submitter-id': 10,
             'trace-number': 12, 'claim-code': 12, 'line-control': 10, 'x12-name-subscriber': 30,
             'x12-name-patient': 30, 'x12-name-dependent': 20}

sources, out, left_out, add_raw = collection(SET, PIN, LICENCES, CAP_FILE, CAP_REPO, CAP_CLASS)

# Entity codes of persons whose data is PHI (NM101): insured / subscriber, patient, dependent, corrected insured.
PERSON = {'IL': 'subscriber', 'QC': 'patient', '03': 'dependent', '74': 'subscriber', 'INS': 'member'}
# Provider and organisation entities whose identifiers are benign look-alikes (NPI, EIN, payer id).
CODE = re.compile(r'[A-Z0-9]{1,3}$')
# (Correction after the first tuning run, ABOUT.md) an implementation guide's loop id written where a name goes (`2330A1`).
LOOP_ID = re.compile(r'\d{4}[A-Z]\d?')


def filler(v):
    d = re.sub(r'\D', '', v)
    return len(d) >= 4 and len(set(d)) == 1


def shape(kind, base, v):
    """The class of a labelled value: its kind's shape; a filler (one digit repeated) keeps its kind, class -filler."""
    if kind in ('us-ssn', 'mrn', 'patient-contact', 'phone-number', 'patient-identifier') and filler(v):
        return base + '-filler'
    if kind == 'us-ssn':
        return base + '-' + ssn_class(v)
    return base


class Seps:
    def __init__(self, element, component, terminator):
        self.e, self.c, self.t = element, component, terminator


def separators(text):
    """The element, component and segment separators an X12 text declares in its ISA (the element separator is the
    character after `ISA`; the component separator is ISA16; the segment terminator follows it, a newline when a
    line break does); `*`, `:` and `~` when the text has no ISA. The offset of the ISA (or 0)."""
    m = re.search(r'ISA([^A-Za-z0-9\s])', text)
    if not m:
        return Seps('*', ':', '~' if '~' in text else '\n'), 0
    e, i, n = m.group(1), m.end(), 0
    while i < len(text) and n < 15:
        if text[i] == e:
            n += 1
        i += 1
    comp = text[i] if i < len(text) else ':'
    term = text[i + 1] if i + 1 < len(text) else '~'
    return Seps(e, comp, '\n' if term in '\r\n' else term), m.start()


def segments(text):
    """The segments of an X12 text, each its list of elements (element 0 the segment id)."""
    s, at = separators(text)
    body = text[at:]
    parts = body.split(s.t) if s.t != '\n' else body.splitlines()
    segs = []
    for p in parts:
        p = p.strip()
        if re.match(r'[A-Z][A-Z0-9]{1,2}' + re.escape(s.e), p):
            segs.append(p.split(s.e))
    return segs, s


def reduce(els, at):
    """The segment up to its element `at`: qualifiers (codes of one to three characters) kept, other elements emptied,
    the element at `at` as written."""
    r = [els[0]]
    for k in range(1, at):
        v = els[k] if k < len(els) else ''
        r.append(v if CODE.match(v) else '')
    r.append(els[at])
    return r


def label(els, owner, seps):
    """The labelled values of one segment in its loop (owner: the entity code of the last NM1): (element index, value,
    kind, class, component index or None)."""
    sid_, res = els[0], []

    def el(k):
        return els[k].strip() if k < len(els) else ''
    person = PERSON.get(owner)
    if sid_ == 'NM1':
        ent = el(1)
        if ent in PERSON:
            if el(2) == '1' and el(3) and not LOOP_ID.fullmatch(el(3)):
                res.append((3, el(3), 'patient-identifier', 'x12-name-' + PERSON[ent], None))
            q, v = el(8), el(9)
            if v and q == '34':
                res.append((9, v, 'us-ssn', 'nm1-34', None))
            elif v and q in ('MI', 'ZZ', 'II', 'N'):
                res.append((9, v, 'patient-identifier', 'member-id-' + q.lower(), None))
        else:
            q, v = el(8), el(9)
            if v and q == 'XX':
                res.append((9, v, 'benign', 'npi', None))
            elif v and q in ('24', 'EI', 'FI', '34') and ent not in PERSON:
                if q != '34':
                    res.append((9, v, 'benign', 'ein', None))
            elif v and q in ('PI', 'NI', 'PP', 'XV'):
                res.append((9, v, 'benign', 'payer-id', None))
            elif v and q == '46':
                res.append((9, v, 'benign', 'submitter-id', None))
    elif sid_ == 'DMG' and person and el(1) == 'D8' and el(2):
        res.append((2, el(2), 'date-of-birth', 'dob-dmg-d8', None))
    elif sid_ == 'N3' and person and el(1):
        res.append((1, el(1), 'street-address', 'n3-' + person, None))
    elif sid_ == 'N4' and el(3):
        res.append((3, el(3), 'benign', 'zip-code', None))
    elif sid_ == 'PER':
        for k in (3, 5, 7):
            q, v = el(k), el(k + 1)
            if not v:
                continue
            if q in ('TE', 'HP', 'WP', 'CP', 'FX'):
                res.append((k + 1, v, 'patient-contact' if person else 'phone-number',
                            'per-phone-patient' if person else 'per-phone-business', None))
            elif q == 'EM':
                res.append((k + 1, v, 'patient-contact' if person else 'email-address',
                            'per-email-patient' if person else 'per-email-business', None))
    elif sid_ == 'REF':
        q, v = el(1), el(2)
        if not v:
            pass
        elif q == 'SY' and person:
            res.append((2, v, 'us-ssn', 'ref-sy', None))
        elif q == 'EA':
            res.append((2, v, 'mrn', 'mrn-ref-ea', None))
        elif q in ('0F', '1L', '1W', '23') and person:
            res.append((2, v, 'patient-identifier', 'ref-' + q.lower(), None))
        elif q in ('D9', 'F8'):
            res.append((2, v, 'benign', 'claim-id', None))
        elif q in ('EI', 'TJ'):
            res.append((2, v, 'benign', 'ein', None))
        elif q == '6R':
            res.append((2, v, 'benign', 'line-control', None))
    elif sid_ == 'DTP' and el(3):
        res.append((3, el(3), 'benign', 'service-date' if el(1) == '472' else 'date-of-care', None))
    elif sid_ == 'HI':
        for k in range(1, len(els)):
            comp = el(k).split(seps.c)
            if len(comp) < 2 or not comp[1]:
                continue
            q, v = comp[0], comp[1]
            if q in ('ABK', 'ABF', 'ABJ', 'ABZ', 'APR', 'ABN', 'BK', 'BF', 'BJ', 'BZ', 'PR', 'BN'):
                res.append((k, v, 'diagnosis-code', 'hi-icd10' if q.startswith('A') else 'hi-icd9', 1))
            elif q in ('BE', 'BG', 'BH', 'BI', 'DR', 'BBR', 'BR', 'BBQ', 'BQ', 'CAH'):
                res.append((k, v, 'benign', 'claim-code', 1))
    elif sid_ in ('CLM', 'CLP'):
        if el(1):
            res.append((1, el(1), 'benign', 'claim-id', None))
        if el(2) and sid_ == 'CLM':
            res.append((2, el(2), 'benign', 'amount', None))
        if sid_ == 'CLP' and el(3):
            res.append((3, el(3), 'benign', 'amount', None))
    elif sid_ in ('SV1', 'SV2', 'SV3', 'SVC'):
        k = 2 if sid_ == 'SV2' else 1
        comp = el(k).split(seps.c)
        if len(comp) >= 2 and comp[1]:
            res.append((k, comp[1], 'benign', 'procedure-code', 1))
        if el(k + 1):
            res.append((k + 1, el(k + 1), 'benign', 'amount', None))
    elif sid_ in ('ISA', 'GS', 'ST'):
        k = {'ISA': 13, 'GS': 6, 'ST': 2}[sid_]
        if el(k):
            res.append((k, el(k), 'benign', 'control-number', None))
    elif sid_ == 'TRN' and el(2):
        res.append((2, el(2), 'benign', 'trace-number', None))
    return res


def context(els, at, owner_els, seps):
    """The value's segment reduced up to it, after its loop's NM1 reduced to its entity code and type (the owner whose
    meaning the value takes), joined by the file's own separators."""
    seg = seps.e.join(reduce(els, at))
    if owner_els and els[0] != 'NM1':
        return seps.e.join(owner_els[:3]) + seps.t + seg
    return seg


def emit(repo, path, els, owner, owner_els, seps, *, syntax, json_line=None):
    for at, v, kind, cls, _comp in label(els, owner, seps):
        v = v.strip()
        if len(v) < 2:
            left_out['trivial'] += 1
            continue
        if re.search(r'\b(NM1|REF|N3|PER|DMG|SUBSCRIBER|PATIENT|MEMBER)\b', v, re.I) and kind != 'street-address':
            left_out['self-named'] += 1  # a value that names its own segment or role (`REF 23`) is a stand-in
            continue
        if '@' in v and DOC_DOMAIN.search(v):
            left_out['documentation-domain'] += 1
            continue
        if kind == 'date-of-birth' and not re.fullmatch(r'(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])', v):
            left_out['not-a-date'] += 1
            continue
        line = json_line(at) if json_line else context(els, at, owner_els, seps)
        name = f'{els[0]}{at:02d}'
        qual = els[1] if len(els) > 1 and CODE.match(els[1]) else ''
        origin = f'{path}: {els[0]}*{qual} {name}' + (f' (loop {owner})' if owner else '')
        add_raw(repo, path, value=v, kind=kind, cls=shape(kind, cls, v), syntax=syntax, origin=origin, line=line)


def read_x12(repo, path, text):
    """Each interchange on its own (a test's source holds several, each with its own separators)."""
    starts = [m.start() for m in re.finditer(r'ISA[^A-Za-z0-9\s]', text)] or [0]
    for a, b in zip(starts, starts[1:] + [len(text)]):
        read_interchange(repo, path, text[a:b])


def read_interchange(repo, path, text):
    segs, seps = segments(text)
    owner, owner_els = None, None
    for els in segs:
        if els[0] in ('HL', 'ISA', 'GS', 'ST', 'CLM', 'CLP', 'LX', 'SE'):
            owner, owner_els = None, None
        if els[0] == 'INS':
            owner, owner_els = 'INS', None  # 834's member level: its REF and DTP precede the member's NM1
        if els[0] == 'NM1' and len(els) > 1:
            owner, owner_els = els[1], els
        emit(repo, path, els, owner, owner_els, seps, syntax='x12')


def json_segments(doc):
    """staedi's JSON form: objects {"name": SEG, "type": "segment", "data": [element, ...]}, an element a string, a
    number, a composite (a list, or an object of type composite) or an object {"type": "element", "data": ...};
    yielded in document order as (segment object, its elements as X12 strings)."""
    def text(d):
        if isinstance(d, dict):
            d = d.get('data', '')
        if isinstance(d, list):
            return ':'.join(text(x) for x in d)
        return '' if d is None else str(d)
    stack = [doc]
    while stack:
        o = stack.pop()
        if isinstance(o, dict):
            if o.get('type') == 'segment' and isinstance(o.get('name'), str) and isinstance(o.get('data'), list):
                yield o, [o['name']] + [text(x) for x in o['data']]
                continue
            stack.extend(reversed(list(o.values())))
        elif isinstance(o, list):
            stack.extend(reversed(o))


def read_json(repo, path, text):
    try:
        doc = json.loads(text)
    except ValueError:
        return
    seps = Seps('*', ':', '~')
    owner, owner_els = None, None
    for obj, els in json_segments(doc):
        if els[0] in ('HL', 'ISA', 'GS', 'ST', 'CLM', 'CLP', 'LX', 'SE'):
            owner, owner_els = None, None
        if els[0] == 'INS':
            owner, owner_els = 'INS', None
        if els[0] == 'NM1' and len(els) > 1:
            owner, owner_els = els[1], els

        def line(at, els=els, owner_els=owner_els):
            seg = {'name': els[0], 'type': 'segment', 'data': reduce(els, at)[1:]}
            if owner_els and els[0] != 'NM1':
                return json.dumps([{'name': 'NM1', 'type': 'segment', 'data': owner_els[1:3]}, seg])
            return json.dumps(seg)
        emit(repo, path, els, owner, owner_els, seps, syntax='json', json_line=line)


for repo, pattern in FILES:
    commit = PIN[repo]
    paths = [p for p in git(repo, 'ls-tree', '-r', '--name-only', commit).splitlines() if re.search(pattern, p)]
    for p in sorted(paths):
        raw = git(repo, 'show', f'{commit}:{p}', check=False)
        if not raw or '\x00' in raw:
            left_out['unreadable'] += 1
            continue
        if p.endswith('.json'):
            read_json(repo, p, raw)
        elif re.search(r'ISA[^A-Za-z0-9\s]|\bST\*\d{3}\*', raw):
            read_x12(repo, p, raw)

write_candidates(SET, sources, out, left_out)
