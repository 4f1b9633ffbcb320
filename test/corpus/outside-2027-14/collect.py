#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-14 corpus (issue 28: a fifteenth outside set, on PHI in clinical free
# text: the prose a clinician types into an LLM, a note or a message, as a Bedrock agent instruction, a pipeline
# parameter or a prompt template could carry it) from public projects that none of the project's corpora draws on
# (corpus.json, independent.json, outside-2026-12 … outside-2027-13; ABOUT.md names the exclusions). None of those is read
# here except to leave out values they already hold.
# Values and their minimal label context only (the clause they are written in), never a copied file. Each candidate names
# its repository, path and commit (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-14/collect.py > test/corpus/outside-2027-14/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-14` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack. Labels follow each source's gold annotation (ASQ-PHI's PHI_TAGS, a brat
# `.ann` file's spans), mapped to the pack's kinds by the rules below and in ABOUT.md.
import collections
import json
import os
import re
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import known_values, make_add, mirror_git as git, source_id, write_candidates  # noqa: E402

LICENCES = {
    'JamesWeatherhead/asq-phi': 'MIT',
    'nedap/deidentify': 'MIT',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'JamesWeatherhead/asq-phi': '0142713601188362c6ea9f18a49c8dce9eb43c29',
    'nedap/deidentify': '258b90514069ebc9a87ea0f8243618cb66211341',
}
# The files read, fixed before any detector ran.
FILES = {
    'JamesWeatherhead/asq-phi': ['data/synthetic_clinical_queries.txt'],
    'nedap/deidentify': ['data/corpus/dummy/train/example-1', 'data/corpus/dummy/test/example-2',
                         'data/corpus/dummy/dev/example-3', 'tests/surrogates/data/original/example-1',
                         'tests/surrogates/data/original/example-2'],
}

# Caps, fixed before any detector ran: per file and kind, per repository and kind, and per repository and class for the
# benign look-alikes (so that visit dates, ages and doses do not outweigh the PHI).
CAP_FILE = 400
CAP_REPO = 400
CAP_CLASS = {'visit-date': 230, 'age': 60, 'dose': 60, 'lab-value': 60, 'year-only': 40, 'vital-sign': 30, 'time': 15,
             'count-or-score': 30, 'message-date': 10,
             # added by the correction after the first tuning run (ABOUT.md), before any detector ran on a name
             'patient-name': 30}
MAX_LINE = 240
BREAK = re.compile(r'[,;()]|[.?!](?=\s)')

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
EARLIER = [d for d in sorted(os.listdir(CORPUS)) if re.fullmatch(r'outside-\d{4}-\d{2}', d) and d != 'outside-2027-14'
           and os.path.exists(os.path.join(CORPUS, d, 'candidates.json'))]
known = known_values(CORPUS, EARLIER)
sources, out, taken = {}, [], set()
left_out = collections.Counter()


def sid(repo, path):
    return source_id(sources, repo, path, PIN[repo], LICENCES[repo])


add = make_add(known, taken, left_out, out, sid, CAP_FILE, CAP_REPO, CAP_CLASS)

# ---- the pack's kinds for a source's PHI label -------------------------------------------------------------------
# A birth word just before a date makes it the birth date (the only date kind of the pack); any other date the source
# tags (a visit, an admission, a message's date) is PHI under Safe Harbor but no kind of the pack: benign, class visit-date.
BIRTH_BEFORE = re.compile(r'(?i)\b(DOB|D\.O\.B\.?|born|birth(day|date)?|b/d)\b[^A-Za-z0-9]{0,4}(on\s+|is\s+|of\s+)?$')
# A phone number or e-mail address whose clause names the patient (or a member, a guardian, the patient's home or cell):
# patient-contact; otherwise (a clinic's, a doctor's, unowned `contact:`) phone-number / email-address.
PATIENT_WORD = re.compile(r"(?i)\b(patient|patient's|pt|pt's|member|guardian|parent|mother|father|mom|dad|home|cell|mobile|"
                          r"her|his|their)\b")
STREET = re.compile(r'(?i)^\d+\s+[A-Za-z0-9 .]+\b(st|street|ave|avenue|rd|road|dr|drive|blvd|boulevard|lane|ln|way|ct|court|'
                    r'pl|place|pkwy|parkway|hwy|highway|terrace|ter|circle|cir)\b')
PROVIDER_BEFORE = re.compile(r'(?i)\b(dr\.?|doctor|prof\.?|np|pa|rn)\s*$')  # also the tag's own first word
CANONICAL_SSN = re.compile(r'^(123-45-6789|123456789|078-05-1120|987-65-432\d)$')


def id_class(v):
    if re.fullmatch(r'\d+', v):
        return 'digits'
    if re.fullmatch(r'\d{3}-\d{2}-\d{4}', v):
        return 'ssn-shaped'
    if re.fullmatch(r'#?[A-Za-z]+[-# ]?\d[\d-]*', v):
        return 'prefixed'
    return 'mixed'


# ---- benign look-alikes in the same text, outside every tagged span ------------------------------------------------
LOOKALIKES = [
    ('age', re.compile(r'(?i)\b\d{1,3}[- ](?:year|yr|month|mo|week|wk|day)s?[- ]old\b|\b\d{1,3}\s?(?:yo|y/o|y\.o\.|yrs?)(?![A-Za-z])')),
    ('vital-sign', re.compile(r'(?i)\b\d{2,3}/\d{2,3}\s?mm\s?hg\b|(?<=BP )\d{2,3}/\d{2,3}\b|\b\d{2,3}\s?bpm\b')),
    ('dose', re.compile(r'(?i)\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|mL|units?|iu|meq|mg/kg|mg/day|mg/m2)(?![A-Za-z/])')),
    ('lab-value', re.compile(r'(?i)\b\d+(?:\.\d+)?\s?(?:%|mg/dl|mmol/l|g/dl|ng/ml|meq/l|u/l|iu/l|ml/min(?:/1\.73\s?m2)?)|\b\d+\.\d+\b')),
    ('time', re.compile(r'(?i)\b\d{1,2}:\d{2}\s?(?:am|pm)?\b|\b\d{1,2}\s?(?:am|pm)\b')),
    ('year-only', re.compile(r'\b(?:19|20)\d{2}\b')),
    ('count-or-score', re.compile(r'\b\d{1,3}\b')),
]


def spans_of(q, values):
    """The [start, end) of each value in q, first free occurrence, in order (None when not found)."""
    used, res = [], []
    for v in values:
        i = q.find(v)
        while i >= 0 and any(s < i + len(v) and i < e for s, e in used):
            i = q.find(v, i + 1)
        res.append(None if i < 0 else (i, i + len(v)))
        if i >= 0:
            used.append((i, i + len(v)))
    return res


def clause(q, s, e, cuts):
    """The text around q[s:e] up to the nearest cut (another labelled value) on either side, trimmed, at most MAX_LINE
    characters: the value's own sentence without its neighbours, so that a neighbour's finding does not count for it."""
    left = max([ce for cs, ce in cuts if ce <= s] + [0])
    right = min([cs for cs, ce in cuts if cs >= e] + [len(q)])
    t = q[left:right]
    a, b = s - left, e - left
    if len(t) > MAX_LINE:
        lo = max(0, min(a, b - MAX_LINE // 2) - MAX_LINE // 4)
        t, a = t[lo:lo + MAX_LINE], a - lo
        b = a + (e - s)
        if b > len(t):
            return None
    # a neighbour's dangling label or bracket (`(MRN:` after a date) is not the value's: the text keeps to the clause
    # breaks nearest the value on a side that was cut
    if left > 0:
        m = BREAK.search(t[:a])
        if m:
            t, a, b = t[m.end():], a - m.end(), b - m.end()
    if right < len(q) or b < len(t):
        ms = [m for m in BREAK.finditer(t, b)] if right < len(q) else []
        if ms:
            t = t[:ms[-1].start()]
    return t.strip(' ,;')


def asq(repo, path):
    text = git(repo, 'show', f'{PIN[repo]}:{path}')
    for n, block in enumerate(text.split('===QUERY===')[1:], 1):
        q, tags = block.split('===PHI_TAGS===')
        q = q.strip()
        tags = [json.loads(x) for x in tags.strip().split('\n') if x.strip()]
        spans = spans_of(q, [t['value'] for t in tags])
        tagged = [(sp, t['identifier_type'], t['value']) for sp, t in zip(spans, tags) if sp]
        left_out['tag-not-in-text'] += len(tags) - len(tagged)
        # the cuts: every tagged value that is labelled here (a kind of the pack, or a benign date) and every name (the
        # pack may report a patient's name); hospitals and cities are no kind of the pack and stay in the text
        cuts = [sp for sp, ty, v in tagged if ty != 'GEOGRAPHIC_LOCATION' or STREET.match(v)]
        for (s, e), ty, v in tagged:
            others = [c for c in cuts if c != (s, e)]
            line = clause(q, s, e, others)
            if line is None:
                left_out['too-long'] += 1
                continue
            kind, cls = None, None
            if ty == 'MEDICAL_RECORD_NUMBER':
                kind, cls = 'mrn', 'mrn-' + id_class(v)
            elif ty == 'SOCIAL_SECURITY_NUMBER':
                kind, cls = 'us-ssn', 'ssn-canonical-example' if CANONICAL_SSN.match(v) else 'ssn-' + id_class(v)
            elif ty in ('PHONE_NUMBER', 'FAX_NUMBER', 'EMAIL_ADDRESS'):
                mail = ty == 'EMAIL_ADDRESS'
                before = line[:line.find(v)]
                if PATIENT_WORD.search(before):
                    kind, cls = 'patient-contact', 'patient-email' if mail else 'patient-phone'
                else:
                    kind = 'email-address' if mail else 'phone-number'
                    cls = 'email-in-text' if mail else ('fax-in-text' if ty == 'FAX_NUMBER' else 'phone-in-text')
            elif ty in ('HEALTH_PLAN_BENEFICIARY_NUMBER', 'UNIQUE_IDENTIFIER', 'ACCOUNT_NUMBER', 'CERTIFICATE_LICENSE_NUMBER'):
                kind, cls = 'patient-identifier', {'HEALTH_PLAN_BENEFICIARY_NUMBER': 'health-plan-number',
                                                   'UNIQUE_IDENTIFIER': 'patient-id', 'ACCOUNT_NUMBER': 'account-number',
                                                   'CERTIFICATE_LICENSE_NUMBER': 'licence-number'}[ty]
            elif ty == 'DATE':
                if BIRTH_BEFORE.search(q[max(0, s - 30):s]):
                    kind, cls = 'date-of-birth', 'dob-in-text'
                else:
                    kind, cls = 'benign', 'visit-date'
            elif ty == 'NAME':
                # a patient's name (patient-identifier, advisory); a doctor's (`Dr. …`, `Doctor …`) is no patient's
                if not PROVIDER_BEFORE.search(q[max(0, s - 12):s]) and not PROVIDER_BEFORE.search(re.split(r'\s', v)[0] + ' '):
                    kind, cls = 'patient-identifier', 'patient-name'
                else:
                    left_out['provider-name'] += 1
                    continue
            elif ty == 'GEOGRAPHIC_LOCATION' and STREET.match(v):
                kind, cls = 'street-address', 'street-in-text'
            if kind is None:
                left_out['no-kind:' + ty] += 1  # names, hospitals, cities, IP addresses: no kind of the pack
                continue
            add(repo, path, value=v, kind=kind, cls=cls, syntax='prose', line=line, origin=f'query {n}: {ty}')
        # benign look-alikes: numbers the source leaves untagged (ages, doses, lab values, years alone, times, counts)
        occupied = [sp for sp, _, _ in tagged]
        for cls, rx in LOOKALIKES:
            for m in rx.finditer(q):
                s, e = m.span()
                if any(s < oe and os_ < e for os_, oe in occupied):
                    continue
                occupied.append((s, e))
                line = clause(q, s, e, cuts)
                if line is None:
                    continue
                add(repo, path, value=m.group(0), kind='benign', cls=cls, syntax='prose', line=line,
                    origin=f'query {n}: untagged {cls}')


def brat(repo, stem):
    """A brat document: the `.txt` and its gold `.ann` spans. Each value's line is its own text line, cut at the other
    labelled spans on it (names kept)."""
    text = git(repo, 'show', f'{PIN[repo]}:{stem}.txt')
    ann = git(repo, 'show', f'{PIN[repo]}:{stem}.ann')
    spans = []
    for ln in ann.split('\n'):
        m = re.match(r'^T\d+\s+(\w+) (\d+) (\d+)\s+(.*)$', ln)
        if m:
            spans.append((int(m.group(2)), int(m.group(3)), m.group(1), m.group(4)))
    cuts = [(s, e) for s, e, ty, _ in spans if ty != 'Name']
    for s, e, ty, v in spans:
        if text[s:e] != v:
            left_out['span-mismatch'] += 1
            continue
        ls = text.rfind('\n', 0, s) + 1
        le = text.find('\n', e)
        le = len(text) if le < 0 else le
        q = text[ls:le]
        line = clause(q, s - ls, e - ls, [(a - ls, b - ls) for a, b in cuts if (a, b) != (s, e) and a >= ls and b <= le])
        kind = cls = None
        if ty == 'Email':
            kind, cls = 'email-address', 'email-in-text'
        elif ty == 'Phone_fax':
            kind, cls = 'phone-number', 'phone-in-text'
        elif ty == 'Address' and re.search(r'\d', v):
            kind, cls = 'street-address', 'street-in-text'
        elif ty == 'Date':
            kind, cls = 'benign', 'message-date'
        if kind is None:
            left_out['no-kind:' + ty] += 1
            continue
        add(repo, stem + '.txt', value=v, kind=kind, cls=cls, syntax='prose', line=line, origin=f'{ty} span {s}-{e}')


asq('JamesWeatherhead/asq-phi', FILES['JamesWeatherhead/asq-phi'][0])
for stem in FILES['nedap/deidentify']:
    brat('nedap/deidentify', stem)

write_candidates('outside-2027-14', sources, out, left_out)
