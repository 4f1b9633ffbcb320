#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-09 corpus (issue 28: a tenth outside set, on PHI as healthcare data
# formats carry it: HL7 v2 PID segments, FHIR Patient resources and a FHIR sample-patient table, with their benign
# neighbours: message timestamps and control ids, facility codes, observation dates, codes) from public projects' test
# data that none of the project's corpora draws on (corpus.json, independent.json, outside-2026-12 … outside-2027-07;
# the projects they use are listed in ABOUT.md). None of those is read here except to leave out values they already hold.
# Values and their minimal label context only, never a copied file. Each candidate names its repository, path and commit
# (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-09/collect.py > test/corpus/outside-2027-09/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-09` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack; labels follow the standard that defines each field (HL7 v2.x PID
# fields and table 0203 identifier types; FHIR Patient elements and v2-0203 identifier types), as the sources' test
# messages and resources fill them, with the overrides listed below, each with its reason.
import csv, io, json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import DOC_DOMAIN, known_values, mirror_git as git, source_id  # noqa: E402

LICENCES = {
    'johnpaulett/python-hl7': 'BSD-3-Clause',
    'crs4/hl7apy': 'MIT',
    'Efferent-Health/HL7-dotnetcore': 'MIT',
    'nHapiNET/nHapi': 'MPL-2.0',
    'LinuxForHealth/hl7v2-fhir-converter': 'Apache-2.0',
    'smart-on-fhir/sample-patients': 'Apache-2.0',
    'microsoft/Tools-for-Health-Data-Anonymization': 'MIT',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'johnpaulett/python-hl7': 'e41436ac6bee0d14a90b0a7035f0160819c5ae2e',
    'crs4/hl7apy': '0297526c393d984b9e39b959484ee8207c1daa9c',
    'Efferent-Health/HL7-dotnetcore': '41a2f13c6a641bc09b4bb7f55bfde324dd69ba91',
    'nHapiNET/nHapi': '2495edd1e23a85ab9146cb03947c17d45120cf1f',
    'LinuxForHealth/hl7v2-fhir-converter': '567864c2192d6a1d3730474c1584cba5cd7167a2',
    'smart-on-fhir/sample-patients': 'a669d088b0803e9cd69405f934859212bdda9787',
    'microsoft/Tools-for-Health-Data-Anonymization': 'a2d90ba5920a5181753a9569152f9d67171b3343',
}
# Where each repository's test data lives (other paths, such as documentation and library code, are not read); nHapi's
# fuzzer inputs (TestData/BadInputs: mutated bytes, no message a test expects to mean anything) are left out.
HL7_PATHS = {
    'johnpaulett/python-hl7': ['tests/'],
    'crs4/hl7apy': ['tests/'],
    'Efferent-Health/HL7-dotnetcore': ['test/'],
    'nHapiNET/nHapi': ['tests/'],
    'LinuxForHealth/hl7v2-fhir-converter': ['src/test/'],
}
sources, out = {}, []


def show(repo, path, missing_ok=False):
    """A file at the pinned commit; None when `missing_ok` and the mirror does not hold it (or it is empty: no values)."""
    text = git(repo, 'show', f'{PIN[repo]}:{path}', check=not missing_ok)
    return None if missing_ok and text == '' else text


def files(repo, prefix):
    return [f for f in git(repo, 'ls-tree', '-r', '--name-only', PIN[repo], '--', prefix).splitlines()]


def sid(repo, path):
    return source_id(sources, repo, path, PIN[repo], LICENCES[repo])


# Values the project's other corpora already hold (corpus.json, independent.json and every earlier outside set's
# candidates) are left out: a value, or a token of 10+ characters of one of theirs, equal to the candidate. A value is
# also taken once over the whole set (the first source in the order below keeps it), so that it cannot fall in both halves.
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = sorted(d for d in os.listdir(os.path.join(HERE, '..')) if re.fullmatch(r'outside-\d{4}-\d{2}', d) and d < 'outside-2027-09')
known = known_values(os.path.join(HERE, '..'), EARLIER)
taken = set()
left_out = {'known': 0, 'duplicate': 0, 'documentation-domain': 0, 'cap': 0, 'trivial': 0}

# The cap, fixed before any detector ran: at most CAP values of one kind from one source file (the FHIR sample-patient
# table has 67 rows, LinuxForHealth's patient tests dozens of PID segments: the cap keeps one file from outweighing the
# other sources).
CAP = 30
per_file_kind = {}


def add(repo, path, *, value, kind, cls, line, origin, syntax):
    """value: the PHI (or benign look-alike) itself; line: the minimal context it came in."""
    assert value and value in line, (path, value, line)
    v = value.strip()
    if kind == 'email-address' and DOC_DOMAIN.search(v):
        left_out['documentation-domain'] += 1
        return
    # A benign value of three characters or fewer (a set id `1`, a sex code `M`) says nothing about a detector.
    if kind == 'benign' and len(v) < 4:
        left_out['trivial'] += 1
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
    out.append({'value': v, 'kind': kind, 'class': cls, 'syntax': syntax, 'line': line,
                'source': sid(repo, path), 'origin': origin})


def ssn_class(v):
    """us-ssn classes by the SSA's rules: the area 000, 666 or 9xx, the group 00 or the serial 0000 are never issued."""
    d = re.sub(r'\D', '', v)
    if len(d) != 9:
        return 'ssn-not-nine-digits'
    if d[:3] in ('000', '666') or d[0] == '9' or d[3:5] == '00' or d[5:] == '0000':
        return 'ssn-invalid-range'
    return 'ssn-dashed' if '-' in v else 'ssn-undashed'


def date_class(v, base):
    d = re.match(r'\d*', v).group(0)
    if len(d) == 8 or (len(d) > 8 and len(d) in (10, 12, 14)):
        y, m, dd = int(d[:4]), int(d[4:6]), int(d[6:8])
        if not (1 <= m <= 12 and 1 <= dd <= 31):
            return f'{base}-invalid-date'
        return f'{base}-hl7-date' if len(d) == 8 else f'{base}-hl7-datetime'
    return f'{base}-hl7-partial' if len(d) in (4, 6) else f'{base}-hl7-other'


# ---- HL7 v2 messages in test code and test data files (python-hl7, hl7apy, HL7-dotnetcore, nHapi,
# LinuxForHealth/hl7v2-fhir-converter). A segment is read from its name (`MSH|`, `EVN|`, `PID|`, `PV1|`, `OBR|`) to the
# first segment end as the file writes it (a carriage return or line feed, an escaped `\r` / `\n` in a code string, or
# the string's closing quote); in code files a string's escaped backslash (`^~\\&`) is read as one.
# Labels by the HL7 v2.x definition of the field (segment PID):
# - PID-2, PID-3, PID-4 (patient identifiers, CX): a repetition whose identifier type (CX.5, table 0203) is `MR` -> mrn
#   (the value: CX.1, the ID number); type `SS` (Social Security number) -> us-ssn. Override: the type spelled `MRN`
#   (not a table 0203 code, but the sources' own name for a medical record number) -> mrn, and a repetition with no type
#   whose assigning authority (CX.4) is named an MRN (`NYU MRN`, `MSH_MRN`, `MRN`) -> mrn (class mrn-authority-named).
#   Other types (PI, PK, PT, AN, ...) and repetitions with no type are left out (a patient identifier, but no kind the
#   pack calls an MRN, and benign would be wrong).
# - PID-7 (date/time of birth) -> date-of-birth (TS.1), whatever its precision or validity (classes by shape).
# - PID-11 (patient address, XAD): each repetition's street address (XAD.1) -> street-address.
# - PID-13 / PID-14 (home / business phone, XTN): each repetition's number (XTN.1; else the area code and local number,
#   XTN.6^XTN.7) -> phone-number; its e-mail address (XTN.4) -> email-address.
# - PID-19 (SSN number - patient) -> us-ssn, as the source fills it (classes by the SSA's validity rules).
# Benign (look-alikes of the same shapes, fields no standard calls PHI): MSH-3..MSH-6 (sending / receiving application
# and facility), MSH-7 (date/time of message), MSH-10 (message control id), EVN-2 (recorded date/time), OBR-7
# (observation date/time), PV1-44 (admit date/time: a date of care, not of birth; the pack's PHI kind is the birth date).
# Names, mother's maiden names, account numbers, driver's licences and the other PID fields are left out.
# Context (a segment holds several PHI fields): the segment cut after the field, with every other PHI field emptied
# (PID-2..PID-7, PID-9, PID-11..PID-14, PID-18..PID-21, PID-23: identifiers, names, birth date, address, phones,
# account, SSN, licence, mother's identifier, birth place) and only the value's own repetition kept in its field, so
# that neighbours do not count for it; the non-PHI fields before it (set id, sex, race, language, marital status,
# religion) stay; in a telephone repetition, an e-mail address's context has the number's components emptied and a
# number's the e-mail address. Benign MSH fields: the segment cut after the field (MSH holds no PHI); EVN / OBR / PV1:
# the segment name and the field at its position, the fields before it emptied (physicians, orderers, visit numbers).
SEG = re.compile(r'(?<![A-Za-z0-9])(MSH|EVN|PID|PV1|OBR)\|')
PID_PHI = {2, 3, 4, 5, 6, 7, 9, 11, 12, 13, 14, 18, 19, 20, 21, 23}
CODE_EXT = ('.py', '.cs', '.java', '.js', '.ts', '.kt', '.groovy')


def segments(text, code):
    for m in SEG.finditer(text):
        s = m.start()
        end = re.compile(r'[\r\n"\']|\\[rn]' if code else r'[\r\n]')
        e = end.search(text, m.end())
        seg = text[s:e.start() if e else len(text)]
        if code:
            seg = seg.replace('\\\\', '\\')
        yield seg


def pid_context(fields, i, rep):
    """PID segment up to field i, other PHI fields emptied, field i holding only `rep`."""
    parts = ['PID']
    for j in range(1, i):
        parts.append('' if j in PID_PHI or j >= len(fields) else fields[j])
    parts.append(rep)
    return '|'.join(parts)


def hl7_file(repo, path, text):
    code = path.endswith(CODE_EXT)
    for seg in segments(text, code):
        f = seg.split('|')
        name = f[0]
        org = f'{path}: {name}'
        if name == 'MSH':
            # MSH-1 is the field separator itself: split index k is MSH-(k+1).
            for k, cls in ((2, 'facility-code'), (3, 'facility-code'), (4, 'facility-code'), (5, 'facility-code'),
                           (6, 'message-datetime'), (9, 'message-control-id')):
                if k < len(f) and f[k]:
                    add(repo, path, value=f[k], kind='benign', cls=cls, line='|'.join(f[:k + 1]), origin=f'{org}-{k + 1}',
                        syntax='hl7')
            continue
        if name in ('EVN', 'OBR', 'PV1'):
            k, cls = {'EVN': (2, 'event-datetime'), 'OBR': (7, 'observation-datetime'), 'PV1': (44, 'admit-datetime')}[name]
            if k < len(f) and f[k]:
                v = f[k].split('^')[0]
                if v:
                    # The segment name and the field's position; the fields before it (orderers, physicians, visit
                    # numbers) emptied.
                    add(repo, path, value=v, kind='benign', cls=cls, line=name + '|' * k + f[k], origin=f'{org}-{k}',
                        syntax='hl7')
            continue
        for i in (2, 3, 4):
            if i >= len(f):
                break
            for rep in f[i].split('~'):
                c = rep.split('^')
                cid = c[0]
                typ = c[4] if len(c) > 4 else ''
                auth = c[3] if len(c) > 3 else ''
                if not cid:
                    continue
                if typ.upper() in ('MR', 'MRN'):
                    kind, cls = 'mrn', 'mrn-type-mr' if typ.upper() == 'MR' else 'mrn-type-mrn'
                elif typ.upper() == 'SS':
                    kind, cls = 'us-ssn', 'ssn-identifier-' + ssn_class(cid)
                elif not typ and re.search(r'(?i)(^|[ _])MRN$', auth):
                    kind, cls = 'mrn', 'mrn-authority-named'
                else:
                    continue
                add(repo, path, value=cid, kind=kind, cls=cls, line=pid_context(f, i, rep), origin=f'{org}-{i}', syntax='hl7')
        if len(f) > 7 and f[7]:
            v = f[7].split('^')[0]
            # Correction after the first tuning run (before any detector ran on the held-out half): a PID-7 with no digit
            # is no date/time at all (`female`: the source's segment lacks a field, so the sex code stands in PID-7); it
            # is left out (counted as 'no-date').
            if v and not re.search(r'\d', v):
                left_out['no-date'] = left_out.get('no-date', 0) + 1
                v = ''
            if v:
                add(repo, path, value=v, kind='date-of-birth', cls=date_class(v, 'dob'), line=pid_context(f, 7, f[7]),
                    origin=f'{org}-7', syntax='hl7')
        if len(f) > 11:
            for rep in f[11].split('~'):
                v = rep.split('^')[0]
                if v.strip():
                    add(repo, path, value=v, kind='street-address', cls='street-address-xad', line=pid_context(f, 11, rep),
                        origin=f'{org}-11', syntax='hl7')
        for i in (13, 14):
            if i >= len(f):
                break
            for rep in f[i].split('~'):
                c = rep.split('^')
                # The repetition with the other kind's components emptied: a phone number's context holds no e-mail
                # address (XTN.4), an e-mail address's no number (XTN.1, XTN.6, XTN.7).
                no_mail = '^'.join('' if j == 3 and '@' in x else x for j, x in enumerate(c))
                no_phone = '^'.join('' if j in (0, 5, 6) else x for j, x in enumerate(c))
                if c[0]:
                    add(repo, path, value=c[0], kind='phone-number', cls='phone-xtn-number', line=pid_context(f, i, no_mail),
                        origin=f'{org}-{i}', syntax='hl7')
                elif len(c) > 6 and c[6]:
                    v = '^'.join(c[5:7])
                    add(repo, path, value=v, kind='phone-number', cls='phone-xtn-components', line=pid_context(f, i, no_mail),
                        origin=f'{org}-{i}', syntax='hl7')
                if len(c) > 3 and '@' in c[3]:
                    add(repo, path, value=c[3], kind='email-address', cls='email-xtn', line=pid_context(f, i, no_phone),
                        origin=f'{org}-{i}', syntax='hl7')
        if len(f) > 19 and f[19]:
            v = f[19].split('^')[0]
            if v:
                add(repo, path, value=v, kind='us-ssn', cls=ssn_class(v), line=pid_context(f, 19, f[19]), origin=f'{org}-19',
                    syntax='hl7')


for repo, prefixes in HL7_PATHS.items():
    for pre in prefixes:
        for path in files(repo, pre):
            if 'BadInputs' in path or re.search(r'\.(dll|png|jpg|gif|pdf|dcm|zip|jar|snk)$', path, re.I):
                continue
            text = show(repo, path, missing_ok=True)
            if text is None:  # a file the mirror lists but does not hold (its largest files; none is a test message file)
                continue
            if 'PID|' in text or 'MSH|' in text:
                hl7_file(repo, path, text)

# ---- smart-on-fhir/sample-patients data/patients.txt: the tab-separated table the project renders into FHIR Patient
# resources (bin/fhir_templates/patient.xml): `PID` is the identifier whose type is v2-0203 `MR` ("Medical record number")
# -> mrn; `dob` is birthDate -> date-of-birth; `street` is the address line -> street-address; `home` and `cell` are
# telecom phone numbers -> phone-number; `email` is the e-mail telecom (all at example.com: left out). Benign from the
# same project's tables (data/labs.txt, data/immunizations.txt, data/procedures.txt): the observation, administration and
# procedure `DATE` / `date` columns (dates of care, not of birth: class date-not-birth) and the LOINC / SNOMED code columns
# (class clinical-code). Context: the column's header and the cell (a one-column table, as outside-2027-07 did for
# piicatcher's), so that a row's other cells do not count for it.
SP = 'smart-on-fhir/sample-patients'
p = 'data/patients.txt'
COLS = {'PID': ('mrn', 'mrn-column-pid'), 'dob': ('date-of-birth', 'dob-column'), 'street': ('street-address', 'street-address'),
        'home': ('phone-number', 'phone-column'), 'cell': ('phone-number', 'phone-column'), 'email': ('email-address', 'email')}
for i, row in enumerate(csv.DictReader(io.StringIO(show(SP, p)), dialect='excel-tab')):
    for col, (kind, cls) in COLS.items():
        v = (row.get(col) or '').strip()
        if v:
            add(SP, p, value=v, kind=kind, cls=cls, line=f'{col}\n{v}', origin=f'row {i + 2}, column {col}', syntax='csv')
for p, cols in (('data/labs.txt', {'DATE': 'date-not-birth', 'LOINC': 'clinical-code'}),
                ('data/immunizations.txt', {'date': 'date-not-birth'}),
                ('data/procedures.txt', {'DATE': 'date-not-birth', 'SNOMED': 'clinical-code'})):
    for i, row in enumerate(csv.DictReader(io.StringIO(show(SP, p)), dialect='excel-tab')):
        for col, cls in cols.items():
            v = (row.get(col) or '').strip()
            if v:
                add(SP, p, value=v, kind='benign', cls=cls, line=f'{col}\n{v}', origin=f'row {i + 2}, column {col}', syntax='csv')

# ---- microsoft/Tools-for-Health-Data-Anonymization FHIR test resources (the functional and unit tests' inputs; the
# `-target` files are the expected anonymised outputs and are not read for values). Labels by the FHIR element, as the
# anonymiser's configuration treats them (birthDate, identifier, telecom, address are de-identified; meta, codes and
# resource ids are kept):
# - Patient.birthDate -> date-of-birth.
# - Patient.identifier whose type has the v2-0203 code `MR` -> mrn; whose system is `http://hl7.org/fhir/sid/us-ssn` -> us-ssn.
# - Patient.telecom with system `phone` -> phone-number, `email` -> email-address (documentation domains left out).
# - Patient.address line -> street-address.
# Benign: any resource's meta.lastUpdated (class last-updated), effectiveDateTime / issued / recordedDate / onsetDateTime /
# authoredOn (class date-not-birth), and id (class resource-id).
# Context: the element in its enclosing object, one line of JSON: `{"resourceType":"Patient","birthDate":…}`, the
# identifier or telecom object as it stands, the address object with only the value's line; a benign date or id in
# `{"resourceType":…,"<member>":…}`.
MS = 'microsoft/Tools-for-Health-Data-Anonymization'
SSN_SYSTEM = 'http://hl7.org/fhir/sid/us-ssn'


def dumps(o):
    return json.dumps(o, ensure_ascii=False, separators=(',', ':'))


def resources(o):
    if isinstance(o, dict):
        if 'resourceType' in o:
            yield o
        for v in o.values():
            yield from resources(v)
    elif isinstance(o, list):
        for v in o:
            yield from resources(v)


def fhir_resource(repo, path, r, org):
    rt = r['resourceType']
    if rt == 'Patient':
        bd = r.get('birthDate')
        if isinstance(bd, str) and bd:
            add(repo, path, value=bd, kind='date-of-birth', cls='dob-fhir-birthdate', line=dumps({'resourceType': rt, 'birthDate': bd}),
                origin=f'{org} Patient.birthDate', syntax='json')
        for ident in r.get('identifier') or []:
            v = ident.get('value')
            if not isinstance(v, str) or not v:
                continue
            codes = [c.get('code') for c in ((ident.get('type') or {}).get('coding') or [])]
            if 'MR' in codes:
                add(repo, path, value=v, kind='mrn', cls='mrn-fhir-type-mr', line=dumps(ident), origin=f'{org} Patient.identifier',
                    syntax='json')
            elif ident.get('system') == SSN_SYSTEM:
                add(repo, path, value=v, kind='us-ssn', cls='ssn-fhir-system-' + ssn_class(v), line=dumps(ident),
                    origin=f'{org} Patient.identifier', syntax='json')
        for t in r.get('telecom') or []:
            v = t.get('value')
            if not isinstance(v, str) or not v:
                continue
            if t.get('system') == 'phone':
                add(repo, path, value=v, kind='phone-number', cls='phone-fhir-telecom', line=dumps(t), origin=f'{org} Patient.telecom',
                    syntax='json')
            elif t.get('system') == 'email':
                add(repo, path, value=v, kind='email-address', cls='email-fhir-telecom', line=dumps(t), origin=f'{org} Patient.telecom',
                    syntax='json')
        for a in r.get('address') or []:
            for ln in a.get('line') or []:
                if isinstance(ln, str) and ln.strip():
                    add(repo, path, value=ln, kind='street-address', cls='street-address-fhir-line', line=dumps({**a, 'line': [ln]}),
                        origin=f'{org} Patient.address.line', syntax='json')
    lu = (r.get('meta') or {}).get('lastUpdated')
    if isinstance(lu, str) and lu:
        add(repo, path, value=lu, kind='benign', cls='last-updated', line=dumps({'resourceType': rt, 'meta': {'lastUpdated': lu}}),
            origin=f'{org} {rt}.meta.lastUpdated', syntax='json')
    for mname in ('effectiveDateTime', 'issued', 'recordedDate', 'onsetDateTime', 'authoredOn'):
        v = r.get(mname)
        if isinstance(v, str) and v:
            add(repo, path, value=v, kind='benign', cls='date-not-birth', line=dumps({'resourceType': rt, mname: v}),
                origin=f'{org} {rt}.{mname}', syntax='json')
    v = r.get('id')
    if isinstance(v, str) and v:
        add(repo, path, value=v, kind='benign', cls='resource-id', line=dumps({'resourceType': rt, 'id': v}), origin=f'{org} {rt}.id',
            syntax='json')


for path in files(MS, 'FHIR/src/'):
    if not re.search(r'(Tests?)/', path) or not re.search(r'\.(json|ndjson)$', path) or '-target' in path:
        continue
    if re.search(r'Configuration', path):
        continue
    text = show(MS, path)
    docs = []
    try:
        docs = [json.loads(text)]
    except ValueError:
        for ln in text.splitlines():
            try:
                docs.append(json.loads(ln))
            except ValueError:
                pass
    for d in docs:
        for r in resources(d):
            fhir_resource(MS, path, r, path.rsplit('/', 1)[-1])

sys.stderr.write(f'{len(out)} candidates; left out: {left_out}\n')
json.dump({'note': 'Raw candidates of the outside-2027-09 corpus; see collect.py.', 'sources': sources, 'candidates': out},
          sys.stdout, indent=1, ensure_ascii=False)
sys.stdout.write('\n')
