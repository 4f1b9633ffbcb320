#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-19 corpus (issue 28: a twentieth outside set, on PHI as cloud healthcare
# sample applications write it in their payloads: seed patients and test events in JSON, CSV seed tables, DynamoDB items,
# sample FHIR bundles that HealthLake / Azure Health Data Services / the Cloud Healthcare API demos load, Python dicts
# that agents and Lambda handlers take as sample input, and the benign neighbours of the same files) from public
# projects that none of the project's corpora draws on (ABOUT.md lists the exclusions). Values and their minimal label
# context only, never a copied file; every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-19/collect.py > test/corpus/outside-2027-19/candidates.json
# then `npx ts-node --transpile-only test/corpus/build-outside.ts --set outside-2027-19` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack; labels follow each field's own meaning (rules in ABOUT.md).
# Readers of its own (outside_collect has none for them): a JSON walker that keeps the path of keys above a value and
# unwraps DynamoDB's typed attributes, a Python AST walker over dict literals and keyword arguments, and a CSV reader by
# header.
import ast
import csv
import io
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import CredentialSet, DOC_DOMAIN, field_words, json_documents, luhn, ssn_class  # noqa: E402

SET = 'outside-2027-19'
LICENCES = {
    'aws-samples/amazon-bedrock-agents-healthcare-lifesciences': 'MIT-0',
    'Azure-Samples/healthcare-agent-orchestrator': 'MIT',
    'aws-samples/amazon-comprehend-medical-fhir-integration': 'MIT-0',
    'aws-samples/sample-healthscribe-bedrock-clinical-analysis': 'MIT-0',
    'aws-samples/healthlake-samples': 'MIT-0',
    'microsoft/healthcare-apis-samples': 'MIT',
    'microsoft/healthcareai-examples': 'MIT',
    'Azure-Samples/azure-health-data-and-ai-samples': 'MIT',
    'GoogleCloudPlatform/healthcare-data-harmonization': 'Apache-2.0',
    'GoogleCloudPlatform/healthcare-deid': 'Apache-2.0',
    'GoogleCloudPlatform/healthcare': 'Apache-2.0',
    'microsoft/fhir-loader': 'MIT',
    'microsoft/fhir-server-samples': 'MIT',
    'microsoft/fhir-proxy': 'MIT',
    'microsoft/FHIR-Analytics-Pipelines': 'MIT',
    'aws-samples/aws-healthcare-lifescience-ai-ml-sample-notebooks': 'MIT-0',
}
PIN = {
    'aws-samples/amazon-bedrock-agents-healthcare-lifesciences': '60e06ff2aea8204ac1962b965579b264d2c23b77',
    'Azure-Samples/healthcare-agent-orchestrator': 'f9abf14177c0c7c6817a990f45ffa19b3a4cd51b',
    'aws-samples/amazon-comprehend-medical-fhir-integration': '1d826a3b9af7c943383cf65d9aff6f982e0fa23d',
    'aws-samples/sample-healthscribe-bedrock-clinical-analysis': '102171ba115030cc5029d380aaf320a009ba353a',
    'aws-samples/healthlake-samples': '438c52732ecb237e05a95d4766ede51031f129a1',
    'microsoft/healthcare-apis-samples': 'bfd950896d7e8418d47aabf12a64b30a3c6aae2c',
    'microsoft/healthcareai-examples': '0fc1a704ae75068793fc34d5da27bf37ed41bc2e',
    'Azure-Samples/azure-health-data-and-ai-samples': '2e08fdc21e1e8af37a7cf33b541e7d31f33d32e9',
    'GoogleCloudPlatform/healthcare-data-harmonization': 'f2a406b6cc5a3d4126afebd317a64dcba5e6494a',
    'GoogleCloudPlatform/healthcare-deid': '24ffa7548e851b3b3d62c115c2581840cb944ed9',
    'GoogleCloudPlatform/healthcare': '491fdb27f1af92da7be4f2c303494114a5e0be81',
    'microsoft/fhir-loader': 'ff87ad5c9b1e9c09c99a70c2f6c9143a171625dc',
    'microsoft/fhir-server-samples': 'a53fbcafe7803772a766b3c8dc8d62e9f3b6c85c',
    'microsoft/fhir-proxy': 'c40f33a4155030ea9df6241e3b5e3adb634aa621',
    'microsoft/FHIR-Analytics-Pipelines': '495aa0c8c0ef0935a45a3139bf7c6f3ce8312db3',
    'aws-samples/aws-healthcare-lifescience-ai-ml-sample-notebooks': 'e3e744ea631306fa04ddd700952191cd41dd2331',
}

# The files read, per repository, in this order (the first keeps a value): sample and seed data, test events and
# fixtures, sample bundles. JSON / NDJSON, CSV and Python; generated, vendored and front-end files are not read (SKIP).
FILES = {
    'aws-samples/amazon-bedrock-agents-healthcare-lifesciences': [r'\.(json|ndjson|csv|py)$'],
    'Azure-Samples/healthcare-agent-orchestrator': [r'\.(json|ndjson|csv|py)$'],
    'aws-samples/amazon-comprehend-medical-fhir-integration': [r'\.(json|ndjson|csv|py)$'],
    'aws-samples/sample-healthscribe-bedrock-clinical-analysis': [r'\.(json|ndjson|csv|py)$'],
    'aws-samples/healthlake-samples': [r'\.(json|ndjson|csv|py)$'],
    'microsoft/healthcare-apis-samples': [r'\.(json|ndjson|csv|py)$'],
    'microsoft/healthcareai-examples': [r'\.(json|ndjson|csv|py)$'],
    'Azure-Samples/azure-health-data-and-ai-samples': [r'\.(json|ndjson|csv|py)$'],
    'GoogleCloudPlatform/healthcare-data-harmonization': [r'\.(json|ndjson|csv|py)$'],
    'GoogleCloudPlatform/healthcare-deid': [r'\.(json|ndjson|csv|py)$'],
    'GoogleCloudPlatform/healthcare': [r'\.(json|ndjson|csv|py)$'],
    'microsoft/fhir-loader': [r'\.(json|ndjson|csv|py)$'],
    'microsoft/fhir-server-samples': [r'\.(json|ndjson|csv|py)$'],
    'microsoft/fhir-proxy': [r'\.(json|ndjson|csv|py)$'],
    'microsoft/FHIR-Analytics-Pipelines': [r'\.(json|ndjson|csv|py)$'],
    'aws-samples/aws-healthcare-lifescience-ai-ml-sample-notebooks': [r'\.(json|ndjson|csv|py|ipynb)$'],
}
SKIP = re.compile(r'(^|/)(node_modules|vendor|dist|build|\.vscode|\.devcontainer|locales?|__snapshots__|wwwroot)/|'
                  r'(^|/)(package(-lock)?|tsconfig[\w.]*|components|cdk|angular|tslint|\.?mcp|plugin|marketplace|'
                  r'launch|extensions|settings|project|manifest|abbreviations)\.json$|fhir_schema|\.lock$|'
                  r'(^|/)(StructureDefinition|ValueSet|CodeSystem|SearchParameter|CapabilityStatement)[-_]')

# Caps, fixed before any detector ran: at most 25 values of one kind from one file and 90 of one kind from one
# repository; benign look-alikes at most, per repository and class, as below (a FHIR bundle holds hundreds of ids, dates
# and codes: without a cap the benign side would swamp the persons).
CAP_FILE, CAP_REPO = 25, 90
CAP_CLASS = {'resource-id': 25, 'record-id': 30, 'date-of-care': 35, 'timestamp': 20, 'clinical-code': 30, 'npi': 15,
             'amount': 20, 'zip-code': 20, 'organisation-phone': 20, 'provider-id': 20, 'uuid': 20, 'patient-name': 40,
             'patient-id': 30}

S = CredentialSet(SET, PIN, LICENCES, FILES, SKIP, CAP_FILE, CAP_REPO, CAP_CLASS)


def out_of(reason):
    S.left_out[reason] = S.left_out.get(reason, 0) + 1


# ---- What a field holds, by the words of its name (field_words: camelCase, snake_case, SCREAMING_CASE split).
def joined(w):
    return ''.join(w)


MEMBER_ID = re.compile(r'(member|subscriber|insurance|insured|policy|medicaid|medicare|beneficiary|healthplan|plan'
                       r'member|enrollee)(id|number|no|num)$|^(insurance|policy)(card)?(id|number)')
ID_WORDS = {'encounter', 'visit', 'claim', 'order', 'appointment', 'session', 'request', 'case', 'document', 'note',
            'report', 'episode', 'admission', 'trial', 'study', 'site', 'transaction', 'authorization', 'auth', 'message',
            'event', 'job', 'task', 'record', 'submission', 'form', 'questionnaire', 'specimen', 'sample', 'accession',
            'batch', 'correlation', 'trace', 'conversation', 'thread', 'invocation', 'execution', 'run', 'workflow'}
DATE_WORDS = {'date', 'time', 'timestamp', 'at', 'on', 'created', 'updated', 'modified', 'start', 'end', 'period',
              'admission', 'admit', 'discharge', 'service', 'visit', 'appointment', 'effective', 'issued', 'recorded',
              'onset', 'authored', 'submitted', 'received', 'scheduled', 'last', 'collected', 'resulted', 'signed'}
CODE_WORDS = {'icd', 'icd10', 'icd9', 'loinc', 'snomed', 'cpt', 'hcpcs', 'rxnorm', 'ndc', 'cvx', 'code', 'codes'}
AMOUNT_WORDS = {'amount', 'cost', 'charge', 'charges', 'price', 'copay', 'coinsurance', 'total', 'billed', 'paid',
                'balance', 'fee', 'deductible', 'allowed'}
PHONE_WORDS = {'phone', 'telephone', 'mobile', 'cell', 'fax', 'tel', 'phonenumber', 'cellphone', 'homephone',
               'workphone', 'mobilephone'}
PATIENT_WORDS = {'patient', 'patients', 'member', 'members', 'subscriber', 'beneficiary', 'enrollee', 'insured'}
STAFF_WORDS = {'provider', 'providers', 'doctor', 'doctors', 'physician', 'physicians', 'practitioner', 'practitioners',
               'staff', 'nurse', 'clinician', 'clinicians', 'prescriber', 'referring', 'attending', 'pcp', 'coordinator',
               'investigator', 'investigators', 'author', 'careteam', 'surgeon', 'dentist', 'therapist', 'pharmacist',
               'user', 'users', 'employee', 'employees', 'team', 'contact', 'reviewer'}
ORG_WORDS = {'organization', 'organisation', 'org', 'facility', 'clinic', 'hospital', 'pharmacy', 'payer', 'payor',
             'insurer', 'insurance', 'lab', 'laboratory', 'practice', 'site', 'sites', 'company', 'vendor', 'sponsor',
             'plan', 'location', 'department', 'center', 'office'}
NAME_KEYS = {'name', 'fullname', 'patientname', 'membername', 'firstname', 'lastname', 'givenname', 'familyname'}
# A person's name as a sample record writes it: letters, with spaces, apostrophes, hyphens and periods between.
PERSON_NAME = re.compile(r"[A-Za-z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*){0,3}")


def field_kind(w):
    """(kind, base class) a field of words `w` holds by its name alone, 'contact' / 'name' when the kind depends on whose
    record it is, or None (not a field of this set)."""
    j = joined(w)
    if not w or w[-1] in ('type', 'system', 'label', 'format', 'verified', 'status', 'source', 'display', 'url',
                          'pattern', 'regex', 'mask', 'field', 'column', 'key', 'hash', 'masked', 'last4', 'flag'):
        return None
    if 'ssn' in w or 'socialsecurity' in j:
        return 'us-ssn', 'ssn'
    if 'dob' in w or 'birthdate' in j or 'dateofbirth' in j or 'birthday' in j or j in ('birth', 'borndate', 'born'):
        return 'date-of-birth', 'dob'
    if 'mrn' in w or 'medicalrecord' in j:
        return 'mrn', 'mrn'
    if 'creditcard' in j or j in ('cardnumber', 'pan', 'ccnumber', 'paymentcard', 'paymentcardnumber'):
        return 'payment-card', 'card'
    if MEMBER_ID.search(j):
        return 'patient-identifier', 'member-id'
    if j in ('patientid', 'patientidentifier', 'patientnumber'):
        return 'patient-identifier', 'patient-id'
    if set(w) & PHONE_WORDS or j.endswith('phone') or j.endswith('phonenumber'):
        return 'contact', 'phone'
    if 'email' in j or w[-1] == 'mail':
        return 'contact', 'email'
    if j in NAME_KEYS:
        return 'name', 'name'
    if w[-1] in ('id', 'uuid', 'number', 'no') and len(w) > 1 and set(w[:-1]) & ID_WORDS:
        return 'benign', 'record-id'
    if w[-1] == 'npi' or 'npi' in w:
        return 'benign', 'npi'
    if set(w) & CODE_WORDS:
        return 'benign', 'clinical-code'
    if set(w) & AMOUNT_WORDS:
        return 'benign', 'amount'
    if 'zip' in w or 'zipcode' in j or 'postalcode' in j or w[-1] == 'postal':
        return 'benign', 'zip-code'
    if set(w) & DATE_WORDS and not {'birth', 'death', 'deceased', 'died'} & set(w):
        return 'benign', 'date'
    if j in ('id', 'uuid', 'guid'):
        return 'benign', 'uuid'
    return None


def owner_of(w, path, obj_keys):
    """Whose record holds a contact or a name: 'patient', 'staff' or 'org', from the field's own words, then the record
    (a record with a birth date is a patient's), then the keys above it, nearest first; None when nothing says."""
    for words in [w] + [field_words(p) for p in reversed(path)]:
        s = set(words)
        if s & {'emergency', 'guardian', 'relative', 'kin', 'spouse', 'parent', 'caregiver'}:
            return 'related'
        # (correction after the first tuning run, both halves: ABOUT.md) a staff word beside `member` makes the record
        # staff's (`study_team_member.csv`, `care_team_member`): a team's member is no health plan's member
        if s & STAFF_WORDS:
            return 'staff'
        if s & PATIENT_WORDS:
            return 'patient'
        if s & ORG_WORDS:
            return 'org'
        if words is w and any(field_kind(field_words(k)) == ('date-of-birth', 'dob') for k in obj_keys):
            return 'patient'
    return None


DATE_ISO = re.compile(r'\d{4}-\d{2}-\d{2}$')
DATE_LIKE = re.compile(r'\d{4}-\d{2}(-\d{2})?([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$|\d{1,2}/\d{1,2}/\d{2,4}$|\d{8}$|'
                       r'\d{4}$|[A-Z][a-z]+ \d{1,2},? \d{4}$|\d{1,2} [A-Z][a-z]+ \d{4}$|\d{1,2}-\d{1,2}-\d{4}$')
UUID = re.compile(r'[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$')


def digits(v):
    return re.sub(r'\D', '', v)


def filler(v):
    d = digits(v)
    return len(d) >= 4 and len(set(d)) == 1


def shape_class(kind, base, v):
    """The class of a labelled value: its kind's shape (the per-class table of docs/hygiene-detectors.md)."""
    if kind in ('us-ssn', 'mrn', 'payment-card', 'patient-contact', 'phone-number') and filler(v):
        return base + '-filler'  # one digit repeated: a stand-in the source writes, refused by design (as -15)
    if kind == 'us-ssn':
        return ssn_class(v)
    if kind == 'date-of-birth':
        if DATE_ISO.match(v):
            return 'dob-iso'
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}[T ].*', v):
            return 'dob-datetime'
        if re.fullmatch(r'\d{1,2}/\d{1,2}/\d{2,4}', v):
            return 'dob-slashed'
        if re.fullmatch(r'\d{4}(-\d{2})?', v):
            return 'dob-partial'
        if re.fullmatch(r'\d{8}', v):
            return 'dob-compact'
        return 'dob-other'
    if kind == 'mrn':
        return 'mrn-word' if re.fullmatch(r'[A-Za-z]+', v) else 'mrn-uuid' if UUID.match(v) else 'mrn-digits' if v.isdigit() else 'mrn-prefixed' if re.fullmatch(r'[A-Za-z]+[-#]?\d+', v) else 'mrn-other'
    if kind == 'payment-card':
        return 'card-luhn' if len(digits(v)) >= 13 and luhn(digits(v)) else 'card-not-luhn'
    return base


def label(key, v, path, obj_keys):
    """(kind, class) of the value `v` under `key` in a record (obj_keys: its keys) under `path`, or None."""
    w = field_words(key)
    fk = field_kind(w)
    if fk is None:
        return None
    kind, base = fk
    if kind == 'contact':
        who = owner_of(w, path, obj_keys)
        if who == 'patient':
            return 'patient-contact', 'patient-contact-' + base
        if who == 'staff':
            return ('email-address', 'staff-email') if base == 'email' else ('phone-number', 'staff-phone')
        if who == 'org':
            return ('benign', 'organisation-phone') if base == 'phone' else None
        out_of('contact-owner-unknown' if who is None else 'contact-of-relative')
        return None
    if kind == 'name':
        # a patient's name: the field says so (`patient_name`), or the record holds a birth date, or the key just above
        # it names a patient (`"patient": {"name": …}`); and the value is written as a name
        if not PERSON_NAME.fullmatch(v):
            return None
        above = set(field_words(path[-1])) if path else set()
        if (set(w) & PATIENT_WORDS or any(field_kind(field_words(k)) == ('date-of-birth', 'dob') for k in obj_keys)
                or above & PATIENT_WORDS and not above & STAFF_WORDS):
            return 'patient-identifier', 'patient-name'
        return None
    if kind == 'benign':
        if base == 'date':
            if not DATE_LIKE.match(v):
                return None
            return 'benign', 'date-of-care' if DATE_ISO.match(v) or '/' in v else 'timestamp'
        if base == 'uuid':
            return ('benign', 'uuid') if UUID.match(v) else ('benign', 'resource-id') if len(v) >= 6 else None
        if base in ('clinical-code', 'npi') and not re.fullmatch(r'[A-Za-z0-9.-]{2,20}', v) or base == 'clinical-code' and \
                not re.search(r'\d', v):
            return None  # a code's display text, not a code
        if base == 'amount' and not re.fullmatch(r'\$?-?[\d,]+(\.\d+)?', v):
            return None
        if base == 'zip-code' and not re.fullmatch(r'\d{5}(-\d{4})?', v):
            return None
        return 'benign', base
    if kind == 'date-of-birth' and not DATE_LIKE.match(v):
        out_of('dob-not-a-date')
        return None
    if kind in ('us-ssn', 'payment-card') and len(digits(v)) < 4:
        out_of('not-a-number')
        return None
    return kind, shape_class(kind, base, v)


# A value that only names its field (`patient-name`, `<dob>`, `YYYY-MM-DD`, `xxx-xx-xxxx`): a template, no value.
STAND_IN = re.compile(r'(?i)(?:(?:patient|person|name|first|last|family|given|id|identifier|value|test|example|sample|'
                      r'phone|email|address|birth|date|dob|mrn|ssn|number|string|member|yyyy|mm|dd|x+|n+|#+|0)[\s._/-]*)+'
                      r'|<[^>]*>|\{[^}]*\}|\$\{?\w+\}?|%\w|\*+')


def emit(repo, path, *, key, value, path_keys, obj_keys, line, syntax, origin):
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return
    v = str(value).strip()
    if not v or '\n' in v:
        return
    lab = label(key, v, path_keys, obj_keys)
    if lab is None:
        return
    kind, cls = lab
    if v.lower() in {k.lower() for k in [key, *path_keys]}:
        out_of('value-names-its-field')  # a schema's entry (`"subscriber": {"Name": "subscriber"}`): no value
        return
    if '@' in v and DOC_DOMAIN.search(v.removeprefix('mailto:')):
        out_of('documentation-domain')
        return
    if len(v) < 4:
        out_of('trivial')
        return
    if kind != 'benign' and STAND_IN.fullmatch(v):
        out_of('stand-in')
        return
    if kind in ('phone-number', 'patient-contact') and '@' not in v and len(digits(v)) < 7:
        out_of('telecom-not-a-number')
        return
    if kind in ('email-address', 'patient-contact') and cls.endswith('email') and '@' not in v:
        out_of('telecom-not-an-address')
        return
    if len(line) > 240:
        out_of('long-line')
        return
    if v not in line:
        out_of('escaped')
        return
    S.add(repo, path, value=v, kind=kind, cls=cls, syntax=syntax, origin=origin, line=line)


def j1(o):
    return json.dumps(o, ensure_ascii=False, separators=(',', ':'))


# ---- FHIR resources (the sample bundles the HealthLake, Azure Health Data Services and Cloud Healthcare API samples
# load): labels by FHIR's element definitions, as outside-2027-15 (an identifier of system us-ssn or type SS is an SSN;
# a Patient's identifier of type MR, or of a system named for a record number, an MRN; other patient identifiers and
# Coverage member ids advisory; a Patient's telecom is the patient's contact; a Practitioner's is staff's; an
# Organization's or Location's phone is benign).
SSN_SYSTEM = 'http://hl7.org/fhir/sid/us-ssn'
MRN_SYSTEM = re.compile(r'(?i)[/:](mrn|medical-?record-?numbers?)/?$')
DEFINITIONS = {'StructureDefinition', 'ValueSet', 'CodeSystem', 'SearchParameter', 'CapabilityStatement',
               'ImplementationGuide', 'OperationDefinition', 'ConceptMap', 'NamingSystem', 'Questionnaire', 'Measure',
               'Library', 'PlanDefinition', 'ActivityDefinition', 'StructureMap', 'CompartmentDefinition'}
STAFF_TYPES = ('Practitioner', 'PractitionerRole')
ORG_TYPES = ('Organization', 'Location', 'HealthcareService', 'Endpoint')
CARE_TYPES = ('Encounter', 'Observation', 'Condition', 'Procedure', 'DiagnosticReport', 'MedicationRequest', 'Claim',
              'ExplanationOfBenefit', 'Immunization', 'DocumentReference', 'ServiceRequest', 'CarePlan')


def as_list(x):
    return [e for e in x if isinstance(e, dict)] if isinstance(x, list) else [x] if isinstance(x, dict) else []


def type_codes(ident):
    t = ident.get('type')
    return [c.get('code') for c in ((t.get('coding') or []) if isinstance(t, dict) else []) if isinstance(c, dict)]


def mrn_typed(ident, codes):
    """An identifier that says it is a medical record number: v2-0203 type MR, a type code of its own that starts with MRN
    (`MRN`, `MRN1`), a type text naming one, or a system named for one."""
    t = ident.get('type') if isinstance(ident.get('type'), dict) else {}
    return ('MR' in codes or any(isinstance(c, str) and c.upper().startswith('MRN') for c in codes)
            or re.search(r'(?i)medical[ -]?record', str(t.get('text') or '')) is not None
            or MRN_SYSTEM.search(str(ident.get('system') or '')) is not None)


def mrn_class(v):
    return shape_class('mrn', 'mrn', v) if not re.fullmatch(r'[A-Za-z]+', v) else 'mrn-word'


def fhir(repo, path, r, syntax='json'):
    rt = r['resourceType']
    org = path.rsplit('/', 1)[-1]

    def put(kind, cls, value, member, obj):
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            return
        v = str(value).strip()
        if not v:
            return
        if len(j1(obj)) > 240:
            out_of('long-line')
            return
        line = j1({'resourceType': rt, member: [obj] if member in ('identifier', 'telecom', 'name') else obj})
        if kind != 'benign':
            if '@' in v and DOC_DOMAIN.search(v.removeprefix('mailto:')):
                out_of('documentation-domain')
                return
            if len(v) < 4 or STAND_IN.fullmatch(v):
                out_of('stand-in' if len(v) >= 4 else 'trivial')
                return
            if kind in ('phone-number', 'patient-contact') and '@' not in v and len(digits(v)) < 7:
                out_of('telecom-not-a-number')
                return
            if cls.endswith('email') and '@' not in v:
                out_of('telecom-not-an-address')
                return
        elif len(v) < 4:
            return
        if len(line) > 240 or v not in line:
            out_of('long-line' if len(line) > 240 else 'escaped')
            return
        S.add(repo, path, value=v, kind=kind, cls=cls, syntax=syntax, origin=f'{org} {rt}.{member}', line=line)

    for ident in as_list(r.get('identifier')):
        v, codes = ident.get('value'), type_codes(ident)
        if ident.get('system') == SSN_SYSTEM or 'SS' in codes:
            if rt in ('Patient', 'Person', 'RelatedPerson') + STAFF_TYPES:
                put('us-ssn', shape_class('us-ssn', 'ssn', str(v)) if v else 'ssn', v, 'identifier', ident)
            else:
                out_of('ssn-system-off-a-person')  # a test's record id under the SSN system (an Encounter's): no one's SSN
        elif rt in ('Patient', 'Person'):
            if mrn_typed(ident, codes):
                put('mrn', mrn_class(str(v)) if v else 'mrn', v, 'identifier', ident)
            else:
                put('patient-identifier', 'patient-id-' + (codes[0] if codes else 'untyped'), v, 'identifier', ident)
        elif rt == 'Coverage':
            put('patient-identifier', 'member-id', v, 'identifier', ident)
        elif rt in STAFF_TYPES:
            put('benign', 'provider-id', v, 'identifier', ident)
        elif rt in ORG_TYPES:
            put('benign', 'provider-id', v, 'identifier', ident)
        elif rt in CARE_TYPES:
            put('benign', 'record-id', v, 'identifier', ident)
    if rt == 'Coverage' and isinstance(r.get('subscriberId'), str):
        put('patient-identifier', 'member-id', r['subscriberId'], 'subscriberId', r['subscriberId'])
    bd = r.get('birthDate')
    if isinstance(bd, str) and bd and rt in ('Patient', 'Person', 'RelatedPerson'):
        put('date-of-birth', shape_class('date-of-birth', 'dob', bd), bd, 'birthDate', bd)
    for t in as_list(r.get('telecom')):
        v, s = t.get('value'), t.get('system')
        if s not in ('phone', 'email', 'sms', 'fax'):
            continue
        if rt == 'Patient':
            put('patient-contact', 'patient-contact-' + ('email' if s == 'email' else 'phone'), v, 'telecom', t)
        elif rt in STAFF_TYPES:
            put('email-address' if s == 'email' else 'phone-number', 'staff-' + ('email' if s == 'email' else 'phone'),
                v, 'telecom', t)
        elif rt in ORG_TYPES and s != 'email':
            put('benign', 'organisation-phone', v, 'telecom', t)
    if rt == 'Patient':
        for n in as_list(r.get('name')):
            v = n.get('text') if isinstance(n.get('text'), str) else n.get('family')
            if isinstance(v, list):
                v = v[0] if v and isinstance(v[0], str) else None
            put('patient-identifier', 'patient-name', v, 'name', n)
    if rt in DEFINITIONS:
        return
    rid = r.get('id')
    if isinstance(rid, str):
        put('benign', 'uuid' if UUID.match(rid) else 'resource-id', rid, 'id', rid)
    meta = r.get('meta') if isinstance(r.get('meta'), dict) else {}
    if isinstance(meta.get('lastUpdated'), str):
        put('benign', 'timestamp', meta['lastUpdated'], 'meta', {'lastUpdated': meta['lastUpdated']})
    for m in ('effectiveDateTime', 'issued', 'recordedDate', 'onsetDateTime', 'authoredOn', 'date', 'occurrenceDateTime',
              'performedDateTime', 'created'):
        v = r.get(m)
        if isinstance(v, str) and re.match(r'\d{4}-\d{2}-\d{2}', v):
            put('benign', 'date-of-care' if DATE_ISO.match(v) else 'timestamp', v, m, v)
    for m in ('period', 'billablePeriod', 'effectivePeriod', 'performedPeriod'):
        p = r.get(m)
        if isinstance(p, dict):
            for e in ('start', 'end'):
                v = p.get(e)
                if isinstance(v, str):
                    put('benign', 'date-of-care' if DATE_ISO.match(v) else 'timestamp', v, m, {e: v})
    if rt in ('Observation', 'Procedure', 'Immunization', 'MedicationRequest', 'DiagnosticReport'):
        code = r.get('code') or r.get('vaccineCode') or r.get('medicationCodeableConcept')
        for c in (code.get('coding') or []) if isinstance(code, dict) else []:
            if isinstance(c, dict) and isinstance(c.get('system'), str):
                put('benign', 'clinical-code', c.get('code'), 'code', {'coding': [{'system': c['system'],
                                                                                    'code': c.get('code')}]})


# ---- Other JSON records (seed patients, test events, API examples, queue messages, DynamoDB items): every string or
# number member labelled by its field's name and whose record it is; a DynamoDB typed attribute ({"S": "…"}) is read
# as the value it wraps, and written as it stands.
DYNAMO = {'S', 'N'}


def walk_json(repo, path, o, keys=()):
    if isinstance(o, dict):
        if isinstance(o.get('resourceType'), str):
            fhir(repo, path, o)
            for k, v in o.items():
                if isinstance(v, (dict, list)):
                    walk_resources(repo, path, v)
            return
        obj_keys = list(o)
        for k, v in o.items():
            if not isinstance(k, str):
                continue
            typed = isinstance(v, dict) and len(v) == 1 and next(iter(v)) in DYNAMO
            val = next(iter(v.values())) if typed else v
            if isinstance(val, str) and val.lstrip()[:1] in ('{', '[') and len(val) > 40:
                # a request body written as a string (a Postman collection's `raw`, a queue message's `body`): its document
                for d in json_documents(val):
                    if isinstance(d, (dict, list)):
                        walk_json(repo, path, d, keys + (k,))
                continue
            if isinstance(val, (str, int, float)) and not isinstance(val, bool):
                member = {k: v}
                line = j1({keys[-1]: member} if keys else member)
                emit(repo, path, key=k, value=val, path_keys=list(keys), obj_keys=obj_keys, line=line, syntax='json',
                     origin=f'{path.rsplit("/", 1)[-1]} {".".join(list(keys[-2:]) + [k])}')
            elif isinstance(v, (dict, list)):
                walk_json(repo, path, v, keys + (k,) if not (isinstance(v, dict) and 'M' in v and len(v) == 1) else keys + (k,))
    elif isinstance(o, list):
        for x in o:
            walk_json(repo, path, x, keys)


def walk_resources(repo, path, o):
    if isinstance(o, dict):
        if isinstance(o.get('resourceType'), str):
            fhir(repo, path, o)
        for v in o.values():
            walk_resources(repo, path, v)
    elif isinstance(o, list):
        for v in o:
            walk_resources(repo, path, v)


# ---- Python: dict literals with constant keys, and keyword arguments (`Patient(dob="…")`), with the names above them
# (the variable assigned, the dict key, the call) as the record's path.
def const(n):
    return n.value if isinstance(n, ast.Constant) and isinstance(n.value, (str, int, float)) and not isinstance(n.value, bool) else None


def walk_py(repo, path, node, keys=()):
    if isinstance(node, ast.Dict):
        obj_keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        for k, v in zip(node.keys, node.values):
            if isinstance(k, ast.Constant) and isinstance(k.value, str):
                c = const(v)
                if c is not None:
                    member = {k.value: c}
                    emit(repo, path, key=k.value, value=c, path_keys=list(keys), obj_keys=obj_keys,
                         line=j1({keys[-1]: member} if keys else member), syntax='code-python',
                         origin=f'{path.rsplit("/", 1)[-1]} line {v.lineno}')
                else:
                    walk_py(repo, path, v, keys + (k.value,))
            elif v is not None:
                walk_py(repo, path, v, keys)
        return
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id if isinstance(node.func, ast.Name) else ''
        if name == 'setup':
            return  # a package's metadata (its author's address): no payload
        obj_keys = [kw.arg for kw in node.keywords if kw.arg]
        for kw in node.keywords:
            c = const(kw.value)
            if kw.arg and c is not None:
                emit(repo, path, key=kw.arg, value=c, path_keys=list(keys) + ([name] if name else []), obj_keys=obj_keys,
                     line=f'{name}({kw.arg}={json.dumps(c, ensure_ascii=False)})', syntax='code-python',
                     origin=f'{path.rsplit("/", 1)[-1]} line {kw.value.lineno}')
            else:
                walk_py(repo, path, kw.value, keys + ((kw.arg,) if kw.arg else ()))
        for a in node.args:
            walk_py(repo, path, a, keys)
        return
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        t = targets[0] if targets else None
        name = t.id if isinstance(t, ast.Name) else t.attr if isinstance(t, ast.Attribute) else None
        if node.value is not None:
            walk_py(repo, path, node.value, keys + ((name,) if name else ()))
        return
    for ch in ast.iter_child_nodes(node):
        walk_py(repo, path, ch, keys)


# ---- CSV seed tables: a column's header names the field; the file's name says whose records they are.
def walk_csv(repo, path, text):
    rows = list(csv.reader(io.StringIO(text)))
    if len(rows) < 2:
        return
    head = rows[0]
    stem = re.sub(r'\.csv$', '', path.rsplit('/', 1)[-1])
    for row in rows[1:]:
        for h, v in zip(head, row):
            emit(repo, path, key=h, value=v, path_keys=[stem], obj_keys=head, line=f'{h}\n{v}', syntax='csv',
                 origin=f'{stem}.csv column {h}')


for repo, path, text in S.texts():
    if path.endswith('.py'):
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError):
            out_of('python-not-parsed')
            continue
        walk_py(repo, path, tree)
    elif path.endswith('.csv'):
        walk_csv(repo, path, text)
    elif path.endswith('.ipynb'):
        # a notebook's code cells, as one Python module (IPython's `%` and `!` lines dropped)
        try:
            cells = json.loads(text).get('cells', [])
        except (ValueError, AttributeError):
            continue
        src = '\n'.join(''.join(c.get('source', [])) for c in cells if isinstance(c, dict) and c.get('cell_type') == 'code')
        src = '\n'.join(ln for ln in src.split('\n') if not ln.lstrip().startswith(('%', '!')))
        try:
            tree = ast.parse(src)
        except (SyntaxError, ValueError):
            out_of('python-not-parsed')
            continue
        walk_py(repo, path, tree)
    else:
        for d in json_documents(text):
            walk_json(repo, path, d)

S.write()
