#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-15 corpus (issue 28: a sixteenth outside set, on PHI in structured health
# records as FHIR servers and SDKs write them in their test data: Patient, Person, RelatedPerson, Practitioner,
# Organization, Coverage, Encounter and Observation resources, with their benign neighbours) from public projects that
# none of the project's corpora draws on (ABOUT.md lists the exclusions). Values and their minimal label context only,
# never a copied file; every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-15/collect.py > test/corpus/outside-2027-15/candidates.json
# then `npx ts-node --transpile-only test/corpus/build-outside.ts --set outside-2027-15` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack; labels follow FHIR's element definitions (rules in ABOUT.md).
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import DOC_DOMAIN, collection, json_documents, mirror_git as git, ssn_class, write_candidates  # noqa: E402

SET = 'outside-2027-15'
LICENCES = {
    'microsoft/fhir-server': 'MIT',
    'FirelyTeam/firely-net-sdk': 'BSD-3-Clause',
    'google/fhir': 'Apache-2.0',
}
PIN = {
    'microsoft/fhir-server': '14f52857e3233da279681ff10354dac74ae7daa9',
    'FirelyTeam/firely-net-sdk': '1e70cf4ef17cc95abee06275b596dc76a9915fb2',
    'google/fhir': '74fce9530cd710d1fa27bcad0e4b4dbd5031b16d',
}
# The files read, in this order (the first keeps a value): the servers' and SDKs' test data folders; google/fhir's own
# testdata, then its copy of the FHIR R4 example package (HL7's examples, CC0, as google/fhir ships them; its US Core
# packages are HL7/US-Core's and are not read).
FILES = [
    ('microsoft/fhir-server', r'^src/Microsoft\.Health\.Fhir\.[\w.]*Tests[\w.]*/TestFiles/'),
    ('FirelyTeam/firely-net-sdk', r'^src/[\w.]*Tests/TestData/'),
    ('google/fhir', r'^testdata/'),
    ('google/fhir', r'^spec/hl7\.fhir\.r4\.examples/'),
]

# Caps, fixed before any detector ran: at most 30 values of one kind from one file and 120 of one kind from one
# repository; benign look-alikes at most, per repository and class, as below (the example package alone holds
# thousands of ids, dates and codes: without a cap the benign side would swamp the few persons).
CAP_FILE, CAP_REPO = 30, 120
CAP_CLASS = {'resource-id': 45, 'version-id': 15, 'last-updated': 25, 'date-of-care': 60, 'clinical-code': 45,
             'quantity': 30, 'provider-id': 40, 'organisation-id': 25, 'record-id': 35, 'patient-name': 60}

sources, out, left_out, add_raw = collection(SET, PIN, LICENCES, CAP_FILE, CAP_REPO, CAP_CLASS)


def add(repo, path, *, value, kind, cls, obj, origin, owner=None):
    """value: a string member of `obj`, the element it stands in, placed as one line of JSON."""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return
    v = str(value).strip()
    if not v:
        return
    if '@' in v and DOC_DOMAIN.search(v.removeprefix('mailto:')):
        left_out['documentation-domain'] += 1
        return
    if len(v) < 4:
        left_out['trivial'] += 1  # a labelled value of one to three characters (`id`, `1`) is a stand-in, not a value
        return
    if kind != 'benign' and STAND_IN.fullmatch(v):
        left_out['stand-in'] += 1  # a labelled value that only names its field (`patient-name`): no value
        return
    if kind in ('phone-number', 'patient-contact') and '@' not in v and len(re.sub(r'\D', '', v)) < 7:
        left_out['telecom-not-a-number'] += 1  # an extension (`2328`) or a word (`(555) silent`): no phone number
        return
    if kind in ('email-address', 'patient-contact') and obj.get('system') == 'email' and '@' not in v:
        left_out['telecom-not-an-address'] += 1
        return
    line = json.dumps(obj, ensure_ascii=False, separators=(',', ':'))
    if len(line) > 240:
        left_out['long-line'] += 1
        return
    if owner is not None:
        # The correction after the first tuning run (ABOUT.md): an element whose kind depends on whose it is (an
        # identifier, a telecom, a name) is placed within its resource, as the birth date was; the 240-character
        # test stays on the element alone, so that the correction changes lines only, never which values are in.
        line = json.dumps({'resourceType': owner[0], owner[1]: [obj]}, ensure_ascii=False, separators=(',', ':'))
    if v not in line:
        left_out['escaped'] += 1
        return
    add_raw(repo, path, value=v, kind=kind, cls=cls, syntax='json', origin=origin, line=line)


def resources(o):
    if isinstance(o, dict):
        if isinstance(o.get('resourceType'), str):
            yield o
        for v in o.values():
            yield from resources(v)
    elif isinstance(o, list):
        for v in o:
            yield from resources(v)


SSN_SYSTEM = 'http://hl7.org/fhir/sid/us-ssn'
NPI_SYSTEM = 'http://hl7.org/fhir/sid/us-npi'
FULL_DATE = re.compile(r'\d{4}-\d{2}-\d{2}$')
# A value made only of the words that name a field (a test's stand-in such as `patient-name` or `test value`).
STAND_IN = re.compile(r'(?i)(?:(?:patient|person|name|family|given|id|identifier|value|test|example|sample|phone|email|'
                      r'address|line|birth|date|mrn|ssn|number|telecom)[\s._-]*)+')
PERSONS = ('Patient', 'Person', 'RelatedPerson')
# An identifier system whose last segment names a medical record number (`…/mrn`, `…/MRN`, `…/medical-record-number`).
MRN_SYSTEM = re.compile(r'(?i)[/:](mrn|medical-?record-?numbers?)/?$')
# Definitional resources: their dates are publication dates, their ids names of profiles (not read).
DEFINITIONS = {'StructureDefinition', 'ValueSet', 'CodeSystem', 'SearchParameter', 'CapabilityStatement', 'ImplementationGuide',
               'OperationDefinition', 'ConceptMap', 'NamingSystem', 'Questionnaire', 'Measure', 'Library', 'PlanDefinition',
               'ActivityDefinition', 'StructureMap', 'CompartmentDefinition', 'GraphDefinition', 'MessageDefinition',
               'TerminologyCapabilities', 'ExampleScenario', 'EventDefinition', 'ObservationDefinition'}


def type_codes(ident):
    t = ident.get('type')
    return [c.get('code') for c in ((t.get('coding') or []) if isinstance(t, dict) else []) if isinstance(c, dict)]


def as_list(x):
    return x if isinstance(x, list) else [x] if isinstance(x, dict) else []


def resource(repo, path, r, org):
    rt = r['resourceType']
    def a(member, **kw):
        owned = kw.get('obj') is not None and member in ('identifier', 'telecom', 'name')
        add(repo, path, origin=f'{org} {rt}.{member}', owner=(rt, member) if owned else None, **kw)
    person = rt in PERSONS
    # Identifiers: a person's by type and system; a practitioner's or organisation's are benign (NPI and the like).
    for ident in as_list(r.get('identifier')):
        v = ident.get('value')
        codes = type_codes(ident)
        if ident.get('system') == SSN_SYSTEM or 'SS' in codes:
            # an SSN is one whoever holds it (a practitioner's too)
            a(value=v, kind='us-ssn', cls=('ssn-fhir-' if person else 'ssn-fhir-other-') + ssn_class(str(v)), obj=ident,
              member='identifier')
        elif rt == 'Patient' or rt == 'Person':
            if 'MR' in codes:
                a(value=v, kind='mrn', cls='mrn-fhir-type-mr', obj=ident, member='identifier')
            elif MRN_SYSTEM.search(str(ident.get('system') or '')):
                a(value=v, kind='mrn', cls='mrn-fhir-system-named', obj=ident, member='identifier')
            else:
                a(value=v, kind='patient-identifier', cls='patient-id-' + (codes[0] if codes else 'untyped'), obj=ident,
                  member='identifier')
        elif rt == 'RelatedPerson':
            left_out['related-person-identifier'] += 1
        elif rt == 'Coverage':
            a(value=v, kind='patient-identifier', cls='coverage-member-id', obj=ident, member='identifier')
        elif rt in ('Practitioner', 'PractitionerRole'):
            a(value=v, kind='benign', cls='provider-id', obj=ident, member='identifier')
        elif rt in ('Organization', 'Location'):
            a(value=v, kind='benign', cls='organisation-id', obj=ident, member='identifier')
        elif rt in ('Encounter', 'Observation', 'Condition', 'Procedure', 'DiagnosticReport', 'MedicationRequest', 'Claim'):
            a(value=v, kind='benign', cls='record-id', obj=ident, member='identifier')
    if rt == 'Coverage':
        for m in ('subscriberId',):
            v = r.get(m)
            a(value=v, kind='patient-identifier', cls='coverage-member-id', obj={'resourceType': rt, m: v}, member=m)
    # Birth dates: a patient's, a person's and a relative's (a relative's identifiers are PHI too); a practitioner's is
    # personal data of no patient and is left out.
    bd = r.get('birthDate')
    if isinstance(bd, str) and bd:
        if person:
            a(value=bd, kind='date-of-birth', cls='dob-fhir-' + ('full' if FULL_DATE.match(bd) else 'partial'),
              obj={'resourceType': rt, 'birthDate': bd}, member='birthDate')
        else:
            left_out['practitioner-birth-date'] += 1
    # Telecom: the patient's own -> patient-contact; anyone else's -> phone-number / email-address.
    for t in as_list(r.get('telecom')):
        v, s = t.get('value'), t.get('system')
        if s not in ('phone', 'email', 'sms', 'fax'):
            continue
        if rt == 'Patient':
            a(value=v, kind='patient-contact', cls='patient-contact-' + ('email' if s == 'email' else 'phone'), obj=t,
              member='telecom')
        elif s == 'email':
            a(value=v, kind='email-address', cls='email-telecom-' + rt.lower(), obj=t, member='telecom')
        else:
            a(value=v, kind='phone-number', cls='phone-telecom-' + rt.lower(), obj=t, member='telecom')
    for ad in as_list(r.get('address')):
        for ln in ad.get('line') or []:
            if isinstance(ln, str):
                a(value=ln, kind='street-address', cls='patient-address-line' if rt == 'Patient' else 'other-address-line',
                  obj={**ad, 'line': [ln]}, member='address.line')
    if rt == 'Patient':
        for n in as_list(r.get('name')):
            v = n.get('text') if isinstance(n.get('text'), str) else n.get('family')
            if isinstance(v, list):  # DSTU2: family is a list
                v = v[0] if v and isinstance(v[0], str) else None
            a(value=v, kind='patient-identifier', cls='patient-name', obj=n, member='name')
    # Benign neighbours: ids, versions, times of care, codes, quantities.
    if rt in DEFINITIONS:
        return
    a(value=r.get('id'), kind='benign', cls='resource-id', obj={'resourceType': rt, 'id': r.get('id')}, member='id')
    meta = r.get('meta') if isinstance(r.get('meta'), dict) else {}
    a(value=meta.get('versionId'), kind='benign', cls='version-id', obj={'resourceType': rt, 'meta': {'versionId': meta.get('versionId')}},
      member='meta.versionId')
    a(value=meta.get('lastUpdated'), kind='benign', cls='last-updated',
      obj={'resourceType': rt, 'meta': {'lastUpdated': meta.get('lastUpdated')}}, member='meta.lastUpdated')
    for m in ('effectiveDateTime', 'issued', 'recordedDate', 'onsetDateTime', 'authoredOn', 'date', 'occurrenceDateTime',
              'performedDateTime', 'created'):
        v = r.get(m)
        if isinstance(v, str) and re.match(r'\d{4}-\d{2}-\d{2}', v):
            a(value=v, kind='benign', cls='date-of-care', obj={'resourceType': rt, m: v}, member=m)
    for m in ('period', 'effectivePeriod', 'performedPeriod'):
        p = r.get(m)
        if isinstance(p, dict):
            for e in ('start', 'end'):
                v = p.get(e)
                if isinstance(v, str):
                    a(value=v, kind='benign', cls='date-of-care', obj={'resourceType': rt, m: {e: v}}, member=f'{m}.{e}')
    # Codes of observations and procedures (LOINC, SNOMED): a Condition's code (a diagnosis tied to the patient, the
    # pack's advisory diagnosis-code) is not read.
    if rt in ('Observation', 'Procedure', 'Immunization', 'MedicationRequest', 'DiagnosticReport'):
        code = r.get('code') or r.get('vaccineCode') or r.get('medicationCodeableConcept')
        for c in (code.get('coding') or []) if isinstance(code, dict) else []:
            if isinstance(c, dict) and isinstance(c.get('system'), str):
                a(value=c.get('code'), kind='benign', cls='clinical-code', obj={'system': c['system'], 'code': c.get('code')},
                  member='code')
        q = r.get('valueQuantity')
        if isinstance(q, dict) and isinstance(q.get('value'), (int, float)):
            a(value=q['value'], kind='benign', cls='quantity', obj={'resourceType': rt, 'valueQuantity': q}, member='valueQuantity')


for repo, pattern in FILES:
    paths = [p for p in git(repo, 'ls-tree', '-r', '--name-only', PIN[repo]).splitlines()
             if re.search(pattern, p) and re.search(r'\.(json|ndjson)$', p)]
    for path in sorted(paths):
        text = git(repo, 'show', f'{PIN[repo]}:{path}', check=False)
        if not text:
            left_out['file-absent-from-mirror'] += 1  # the snapshot lists its largest files without their content
            continue
        docs = json_documents(text)
        for d in docs:
            for r in resources(d):
                resource(repo, path, r, path.rsplit('/', 1)[-1])

write_candidates(SET, sources, out, left_out)
