// Builds corpus.json: a labelled corpus of realistic benign and sensitive values for the hygiene
// detectors. Deterministic (seeded); re-run with `node test/corpus/build-corpus.js`.
// All "sensitive" values are synthetic: fake keys in the documented formats, SSNs in valid ranges
// generated at random, Luhn-valid test-range card numbers, invented names and addresses.
const fs = require("fs");
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chars = (set, n) => Array.from({ length: n }, () => set[Math.floor(rnd() * set.length)]).join("");
const HEX = "0123456789abcdef",
    B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
    ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    UP32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const uuid = () => `${chars(HEX, 8)}-${chars(HEX, 4)}-4${chars(HEX, 3)}-a${chars(HEX, 3)}-${chars(HEX, 12)}`;
const acct = () => String(100000000000 + Math.floor(rnd() * 899999999999));
const b = [];
const B = (value, field = "tag", key) => b.push({ value, kind: "benign", field, ...(key ? { key } : {}) });
// Tags
for (const [k, vs] of Object.entries({
    Environment: ["prod", "production", "staging", "dev", "qa", "sandbox", "uat", "perf", "dr"],
    CostCenter: ["1234", "CC-4410", "cc_88213", "FIN-2024-07", "700-123", "31337", "R&D-Imaging"],
    Team: ["ml-platform", "data-science", "clinical-nlp", "radiology-ai", "mlops", "genomics"],
    Owner: [
        "ml-platform@acme-health.org",
        "radiology-ai-team@acme-health.org",
        "security@acme-health.org",
        "noreply@acme-health.org",
        "devops@example.com",
    ],
    Project: ["sepsis-prediction", "readmission-risk-v2", "chest-xray-triage", "claims-fraud", "icd-coding-assistant"],
    DataClassification: ["phi", "PHI", "confidential", "restricted", "internal", "public", "pii-restricted", "hipaa"],
    Compliance: ["HIPAA", "hipaa,soc2", "PCI-DSS", "HITRUST", "none"],
    Application: ["patient-portal", "member-services", "claims-api", "care-management", "ehr-integration"],
    ManagedBy: ["pulumi", "Pulumi", "terraform", "cdk"],
    "aws:cloudformation:stack-name": ["ml-infra-prod", "network-baseline"],
    Version: ["1.2.3", "v2.0.0-rc.1", "2024.11.05", "3.10", "1.0.0+build.57", "v0.14.2"],
    CreatedOn: ["2024-01-15", "2023-12-31", "2025-03-02T10:15:00Z", "15/01/2024", "01/15/2024", "2024-07-04 12:00:00"],
    Expiry: ["2026-06-30", "never", "2025-12-31T23:59:59Z"],
    Schedule: ["cron(0 2 * * ? *)", "rate(1 day)", "Mon-Fri 08:00-18:00 ET"],
    BackupPolicy: ["daily-35d", "weekly", "none"],
    GitCommit: Array.from({ length: 8 }, () => chars(HEX, 40)),
    GitShort: Array.from({ length: 4 }, () => chars(HEX, 7)),
    RunId: Array.from({ length: 8 }, uuid),
    ImageDigest: Array.from({ length: 5 }, () => "sha256:" + chars(HEX, 64)),
    Ticket: ["JIRA-4521", "CHG0034219", "INC-2024-0091", "SEC-118"],
    Region: ["us-east-1", "eu-west-1"],
    AccountId: [acct(), acct(), acct()],
    Phase: ["phase-2", "pilot", "GA"],
    Tier: ["gold", "1", "tier-3"],
    Cohort: ["cohort-7", "2019-2021 admissions", "adult-icu"],
    PatientDataClassification: ["restricted"],
    MemberFacing: ["true", "false"],
    MaxTokens: ["4096"],
    Port: ["443", "8080"],
    Cidr: ["10.0.0.0/16", "172.31.0.0/20"],
    BuildNumber: ["20240115.3", "1733"],
    OrderRef: ["PO-2024-000123", "4500012345"],
    Timestamp: ["1700000000000", "1712345678", "20240115123045"],
    Docs: ["https://wiki.acme-health.org/ml/sepsis", "https://docs.aws.amazon.com/sagemaker/latest/dg/nbi.html"],
}))
    for (const v of vs) B(v, "tag", k);
// ARNs, URIs and ids
for (let i = 0; i < 10; i++) {
    const a = acct();
    B(
        pick([
            `arn:aws:iam::${a}:role/sagemaker-exec-${i}`,
            `arn:aws:kms:us-east-1:${a}:key/${uuid()}`,
            `arn:aws:s3:::phi-training-${a}`,
            `arn:aws:secretsmanager:us-east-1:${a}:secret:prod/db-password-${chars(ALNUM, 6)}`,
            `arn:aws:sagemaker:us-east-1:${a}:model-package-group/readmission`,
        ]),
        "text",
    );
    B(`${a}.dkr.ecr.us-east-1.amazonaws.com/inference:${pick(["latest", "1.4.2", "sha-" + chars(HEX, 7)])}`, "text");
    B(`s3://acme-ml-${pick(["artifacts", "training", "models"])}-${a}/run-${i}/model.tar.gz`, "text");
}
for (let i = 0; i < 6; i++) B(`AROA${chars(UP32.replace(/[0-9]/g, "") + "234567", 17)}`, "text");
for (let i = 0; i < 6; i++) B(`AIDA${chars(UP32, 17)}`, "text");
for (let i = 0; i < 5; i++) B(chars(B64.slice(0, 62), 22), "text");
for (let i = 0; i < 5; i++) B(chars(HEX, 32), "text");
for (let i = 0; i < 5; i++) B(chars(B64, 43) + "=", "text"); // sha256 base64
// Environment variables (key, value)
for (const [k, v] of [
    ["SAGEMAKER_PROGRAM", "inference.py"],
    ["SAGEMAKER_SUBMIT_DIRECTORY", "/opt/ml/model/code"],
    ["SAGEMAKER_REGION", "us-east-1"],
    ["SAGEMAKER_CONTAINER_LOG_LEVEL", "20"],
    ["MODEL_NAME", "readmission-xgb"],
    ["TS_MAX_RESPONSE_SIZE", "20000000"],
    ["HF_MODEL_ID", "distilbert-base-uncased"],
    ["HF_TASK", "text-classification"],
    ["MAX_TOKENS", "1024"],
    ["TOKENIZERS_PARALLELISM", "false"],
    ["DB_PASSWORD_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"],
    ["DB_SECRET_NAME", "prod/clinical-db"],
    ["API_KEY_SSM_PARAM", "/ml/prod/api-key"],
    ["SECRET_ID", "prod/feature-store"],
    ["TOKEN_TTL", "3600"],
    ["TOKEN_ENDPOINT", "https://auth.acme-health.org/oauth2/token"],
    ["DB_PASSWORD", "${DB_PASSWORD}"],
    ["DB_PASSWORD", "{{resolve:secretsmanager:prod/db:SecretString:password}}"],
    ["PASSWORD_FILE", "/run/secrets/db"],
    ["AUTH_MODE", "iam"],
    ["AUTH_HEADER", "Authorization"],
    ["PASSWORD_MIN_LENGTH", "14"],
    ["SECRET_ROTATION_DAYS", "30"],
    ["MLFLOW_TRACKING_URI", "arn:aws:sagemaker:us-east-1:123456789012:mlflow-tracking-server/prod"],
    ["FEATURE_API", "https://features.acme-health.org/v1"],
    ["KMS_KEY_ID", uuid()],
    ["OMP_NUM_THREADS", "4"],
    ["CUDA_VISIBLE_DEVICES", "0,1"],
    ["PYTHONUNBUFFERED", "1"],
    ["LOG_LEVEL", "INFO"],
    ["ENDPOINT_NAME", "sepsis-prod-endpoint"],
    ["BATCH_SIZE", "64"],
    ["PHI_BUCKET", "acme-phi-prod"],
    ["ENABLE_PHI_REDACTION", "true"],
    ["PATIENT_TABLE", "clinical.patient_encounters"],
    ["MEMBER_ID_COLUMN", "member_id"],
    ["DOB_COLUMN", "birth_date"],
    ["DATE_FORMAT", "%Y-%m-%d"],
    ["START_DATE", "2020-01-01"],
    ["END_DATE", "2023-12-31"],
    ["CONTACT_EMAIL", "ml-platform@acme-health.org"],
    ["SUPPORT_PHONE_EXT", "x4410"],
    ["SECRET_KEY_NAME", "prod/django"],
    ["ACCESS_KEY_ROTATION", "90"],
    ["AWS_DEFAULT_REGION", "us-east-1"],
    ["NVIDIA_VISIBLE_DEVICES", "all"],
    ["ICD_VERSION", "ICD-10-CM"],
    ["DIAGNOSIS_FIELD", "primary_dx_code"],
    ["MRN_HASH_SALT_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:mrn-salt"],
    ["GIT_COMMIT", chars(HEX, 40)],
    ["BUILD_ID", uuid()],
    ["CHECKSUM", chars(HEX, 64)],
    ["NPM_CONFIG_REGISTRY", "https://registry.npmjs.org/"],
    ["PIP_INDEX_URL", "https://pypi.org/simple"],
    ["HTTP_PROXY", ""],
    ["NO_PROXY", "169.254.169.254,localhost,.internal"],
    ["TOKEN", "bearer"],
    ["PASSWORD_POLICY", "strong"],
    ["PASS_THRESHOLD", "0.85"],
    ["BYPASS_CACHE", "1"],
])
    if (v) B(v, "env", k);
// Free text: descriptions, instructions, prompts
for (const t of [
    "Readmission risk model trained on de-identified encounters (Safe Harbor).",
    "You are a clinical documentation assistant. Never reveal patient identifiers. Answer only from the retrieved context.",
    "Summarize the discharge note in plain language for a patient at a 6th grade reading level.",
    "Agent that routes member questions about claims to the right team. Escalate to a human for billing disputes.",
    "Sorry, I can't help with that request. Please contact the member services team.",
    "Your request was blocked because it may contain protected health information.",
    "Notebook for the radiology AI team; data lives in s3://acme-phi-prod (KMS encrypted).",
    "Training job for ICD-10 code suggestion from clinical notes; see runbook RB-112.",
    "Do not include SSNs, MRNs or dates of birth in prompts.",
    "Guardrail for the patient portal chatbot: blocks medical advice and PII.",
    "Endpoint serving chest x-ray triage model v3 (FDA 510(k) pending).",
    "Pipeline: preprocess -> train -> evaluate -> register (approval required).",
    "Knowledge base over de-identified clinical guidelines, refreshed nightly at 02:00 UTC.",
    "Feature group of encounter-level aggregates; record identifier is encounter_key (salted hash).",
    "Model card: intended use is decision support; not for diagnosis.",
    "Contact the patient portal team via the #patient-portal Slack channel.",
    "Owned by ml-platform@acme-health.org; on-call rota in PagerDuty service P3XYZ12.",
    "Version 2024.11.05 of the sepsis model (AUROC 0.87 on holdout 2023-Q4).",
    "Use the member ID from the session context; never ask the member for their SSN.",
    "Prompt template: {{context}}\n\nQuestion: {{question}}\nAnswer:",
    "The diagnosis field must be an ICD-10 code such as the one in the context.",
    "Runs every day at 3am; retention 35 days; see https://wiki.acme-health.org/ml/runbooks/sepsis.",
    "Lifecycle config that installs conda env 'clinical-nlp' and mounts EFS.",
    "Batch transform for claims scoring, 1,234,567 records per run on average.",
    "Phone support hours: 8am-6pm ET, Monday to Friday.",
    "Legacy data imported from ftp-archive (decommissioned 2022).",
    'Schema namespace xmlns="http://www.w3.org/2001/XMLSchema"',
    "Ask the user for their date of birth only to verify identity through the verification tool; never store it.",
    "Escalation path: tier-1 -> tier-2 -> clinical safety officer.",
    "Card payments are handled by the payments service; never ask for a card number.",
    "eyJ is the base64 prefix of a JSON object; JWTs are validated by the gateway.",
    "Study NCT04512345 cohort extraction.",
    "Model trained 2023-01-01 to 2023-06-30, evaluated 2023-07-01.",
    "IP allowlist: 10.20.0.0/16, 192.168.1.10",
    "See RFC 7519 section 4.1 for registered claims.",
    "Reference: order 4500012345, invoice INV-000981.",
    "Latency SLO p99 < 250 ms at 50 rps.",
    "Price: $1,299.00 per month for 2 ml.g5.xlarge instances.",
])
    B(t, "text");
// Scripts (benign lifecycle configs)
for (const s of [
    "#!/bin/bash\nset -e\nsudo -u ec2-user -i <<'EOF'\nsource activate python3\npip install --upgrade xgboost==1.7.6\nconda deactivate\nEOF",
    '#!/bin/bash\nIDLE_TIME=3600\nwget -q https://raw.githubusercontent.com/aws-samples/amazon-sagemaker-notebook-instance-lifecycle-config-samples/master/scripts/auto-stop-idle/autostop.py\n(crontab -l 2>/dev/null; echo "*/5 * * * * /usr/bin/python3 $PWD/autostop.py --time $IDLE_TIME --ignore-connections") | crontab -',
    "#!/bin/bash\nTOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 21600')\nREGION=$(curl -s -H \"X-aws-ec2-metadata-token: $TOKEN\" http://169.254.169.254/latest/meta-data/placement/region)",
    "#!/bin/bash\nexport DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)\npython3 /home/ec2-user/setup.py",
    "#!/bin/bash\nnohup jupyter lab --ip 127.0.0.1 --port 8888 &\necho 'started at http://localhost:8888'",
    "#!/bin/bash\ngit clone git@github.com:acme-health/clinical-nlp.git /home/ec2-user/SageMaker/clinical-nlp\ncd clinical-nlp && git checkout 4f2a9c1",
    "import os\npassword = os.environ['DB_PASSWORD']\ntoken = get_token()\nprint('ok')",
    "#!/bin/bash\nmkdir -p /home/ec2-user/.aws\naws configure set region us-east-1\naws s3 sync s3://acme-ml-artifacts/envs/ /home/ec2-user/envs/",
])
    B(s, "script");
// More tag-like values to reach a realistic spread
for (let i = 0; i < 30; i++)
    B(
        pick(["ml.m5.xlarge", "ml.g5.2xlarge", "ml.t3.medium", "p4d.24xlarge", "c5.large"]) + (rnd() < 0.5 ? "" : `-${i}`),
        "tag",
        "InstanceType",
    );
for (let i = 0; i < 25; i++)
    B(
        `${pick(["sepsis", "readmit", "los", "cxr", "nlp", "claims"])}-${pick(["train", "infer", "eval", "batch"])}-${2023 + (i % 3)}${String(1 + (i % 12)).padStart(2, "0")}${String(1 + (i % 28)).padStart(2, "0")}-${chars(HEX, 6)}`,
        "tag",
        "Name",
    );
for (let i = 0; i < 12; i++) B(`${1 + (i % 12)}/${1 + (i % 28)}/${2020 + (i % 5)}`, "tag", "ReviewDate");
for (let i = 0; i < 10; i++) B(String(Math.floor(rnd() * 9e8) + 1e8), "tag", "CostCode");
// Sensitive
const s = [];
const S = (value, kind, field = "text", key) => s.push({ value, kind, field, ...(key ? { key } : {}) });
const ssn = () => {
    let a;
    do a = 1 + Math.floor(rnd() * 899);
    while (a === 666);
    return `${String(a).padStart(3, "0")}-${String(1 + Math.floor(rnd() * 98)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 9998)).padStart(4, "0")}`;
};
const luhnFix = (p) => {
    for (let d = 0; d < 10; d++) {
        const n = p + d;
        let sum = 0,
            dbl = false;
        for (let i = n.length - 1; i >= 0; i--) {
            let x = +n[i];
            if (dbl) {
                x *= 2;
                if (x > 9) x -= 9;
            }
            sum += x;
            dbl = !dbl;
        }
        if (sum % 10 === 0) return n;
    }
};
for (let i = 0; i < 6; i++) S(ssn(), "us-ssn", "tag", pick(["PatientSSN", "Ref", "SubjectId", "Note"]));
for (let i = 0; i < 6; i++) S(`Patient SSN ${ssn()} enrolled in cohort 7`, "us-ssn");
S(`ssn: ${ssn().replace(/-/g, "")}`, "us-ssn");
S(ssn().replace(/-/g, ""), "us-ssn", "env", "PATIENT_SSN");
S(`SSN-${ssn()}`, "us-ssn", "tag", "Label");
for (let i = 0; i < 6; i++) {
    const c = luhnFix(
        pick(["4", "51", "55", "4532", "2221"]) + chars("0123456789", 14 - 0).slice(0, 15 - pick(["4", "51", "55", "4532", "2221"]).length),
    );
}
for (const pfx of ["4111", "4532", "5105", "5425", "2223", "6011", "3530"]) {
    const c = luhnFix(pfx + chars("0123456789", 11));
    S(c, "payment-card", "tag", "Ref");
    S(c.replace(/(\d{4})(?=\d)/g, "$1 "), "payment-card");
}
for (let i = 0; i < 2; i++) {
    const c = luhnFix("37" + chars("0123456789", 12));
    S(`${c.slice(0, 4)}-${c.slice(4, 10)}-${c.slice(10)}`, "payment-card");
}
for (let i = 0; i < 5; i++) S(`MRN ${String(Math.floor(rnd() * 9e7) + 1e7)}`, "mrn", "tag", pick(["Patient", "Case", "Ref"]));
S(`Medical record number: A${String(Math.floor(rnd() * 9e6) + 1e6)}`, "mrn");
S(`mrn#00482913 sample`, "mrn");
S("00482913", "mrn", "tag", "PatientMRN");
S("H1234567", "mrn", "env", "MRN");
for (const d of ["1984-03-12", "03/12/1984", "12 March 1984", "Mar 12, 1984"]) {
    S(`DOB: ${d}`, "date-of-birth");
}
S("1979-11-02", "date-of-birth", "tag", "PatientDOB");
S("07/04/1962", "date-of-birth", "env", "BIRTH_DATE");
S("Patient born on 1991-05-23, seen 2024-01-02", "date-of-birth");
S("patient email: maria.gonzalez@gmail.com", "patient-contact");
S("Member phone: (617) 555-0142", "patient-contact");
S("jsmith1961@yahoo.com", "patient-contact", "tag", "PatientEmail");
S("+1 312 555 0199", "patient-contact", "env", "MEMBER_PHONE");
S("Patient: 415-555-0123 call back", "patient-contact");
// credentials
for (let i = 0; i < 5; i++) S(`AKIA${chars(UP32, 16)}`, "aws-access-key-id", "env", pick(["AWS_ACCESS_KEY_ID", "KEY", "ACCESS"]));
S(`aws_access_key_id = ASIA${chars(UP32, 16)}`, "aws-access-key-id", "script");
for (let i = 0; i < 4; i++) {
    let k;
    do k = chars(B64, 40);
    while (!/[/+]/.test(k) || !/[A-Z]/.test(k) || !/[a-z]/.test(k) || !/\d/.test(k));
    S(`aws_secret_access_key=${k}`, "aws-secret-key", "script");
}
for (let i = 0; i < 3; i++) {
    let k;
    do k = chars(ALNUM, 40);
    while (!/[A-Z]/.test(k) || !/[a-z]/.test(k) || !/\d/.test(k));
    S(k, "aws-secret-key", "env", "AWS_SECRET_ACCESS_KEY");
}
S("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA" + chars(B64, 64) + "\n-----END RSA PRIVATE KEY-----", "private-key", "script");
S("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA" + chars(B64, 40), "private-key", "env", "DEPLOY_KEY");
S("-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg" + chars(B64, 40), "private-key", "env", "SIGNING_KEY_PEM");
S("-----BEGIN EC PRIVATE KEY-----", "private-key", "text");
for (let i = 0; i < 3; i++) S(`ghp_${chars(ALNUM, 36)}`, "github-token", "env", pick(["GITHUB_TOKEN", "GH", "REPO_PAT"]));
S(`github_pat_11A${chars(ALNUM, 19)}_${chars(ALNUM, 59)}`, "github-token");
S(`gho_${chars(ALNUM, 36)}`, "github-token", "tag", "x");
S(`xoxb-${chars("0123456789", 12)}-${chars("0123456789", 13)}-${chars(ALNUM, 24)}`, "slack-token", "env", "SLACK_BOT");
S(`https://hooks.slack.com/services/T${chars(UP32, 8)}/B${chars(UP32, 10)}/${chars(ALNUM, 24)}`, "slack-token", "env", "ALERT_WEBHOOK");
S(`xoxp-${chars("0123456789", 11)}-${chars("0123456789", 11)}-${chars("0123456789", 12)}-${chars(HEX, 32)}`, "slack-token", "script");
const b64u = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
for (let i = 0; i < 3; i++)
    S(
        `${b64u({ alg: "HS256", typ: "JWT" })}.${b64u({ sub: uuid(), iat: 1700000000 + i })}.${chars(ALNUM + "-_", 43)}`,
        "jwt",
        "env",
        pick(["AUTH", "BEARER", "SESSION"]),
    );
S(`Authorization: Bearer ${b64u({ alg: "RS256" })}.${b64u({ sub: "svc", exp: 1800000000 })}.${chars(ALNUM, 86)}`, "jwt", "script");
S(`sk_live_${chars(ALNUM, 24)}`, "api-token", "env", "STRIPE");
S(`AIza${chars(ALNUM + "-_", 35)}`, "google-api-key", "env", "MAPS");
S(`hf_${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34)}`, "api-token", "script");
S(`sk-proj-${chars(ALNUM + "_-", 100)}`, "api-token", "env", "LLM");
S(`sk-ant-api03-${chars(ALNUM + "_-", 93)}AA`, "api-token", "env", "ANTHROPIC");
S(`npm_${chars(ALNUM, 36)}`, "api-token", "script");
S(`glpat-${chars(ALNUM, 20)}`, "api-token", "tag", "ci");
S(`SG.${chars(ALNUM, 22)}.${chars(ALNUM, 43)}`, "api-token", "env", "MAIL");
for (const u of [
    "https://ml-bot:S3cr3tPass!@github.com/acme-health/models.git",
    "postgres://etl_user:Xk9#pLm2q@clinical-db.cluster-abc.us-east-1.rds.amazonaws.com:5432/ehr",
    "mongodb+srv://admin:hunter2hunter2@cluster0.ab12c.mongodb.net/phi",
    "mysql://root:toor1234@10.0.3.17:3306/claims",
    "redis://:p4ssw0rdRedis@cache.internal:6379/0",
    "https://deploy:glpat-x7Rk2mQ9vB4nT8wZ1cLp@gitlab.acme-health.org/ml/repo.git",
    "ftp://anonymous:guest123@ftp.acme.org/outbound",
    "amqp://svc:Rabb1tMQ!@mq.internal:5672/",
    "Server=tcp:sql.acme.org,1433;Database=claims;User ID=svc_ml;Password=Sq1Pa55word!;Encrypt=true;",
    "jdbc:postgresql://db:5432/ehr?user=ml&password=Pg5ecret99",
    "https://acme-phi.s3.amazonaws.com/export.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20240115&X-Amz-Signature=" +
        chars(HEX, 64),
    "Data Source=ehr-db;Initial Catalog=ehr;User Id=sa;Password=Winter2024!;",
])
    s.push({
        value: u,
        kind: "url-credentials",
        field: pick(["env", "text", "repo-url"]),
        key: "DB_URL",
        ...(u.includes("glpat-") ? { also: ["api-token"] } : u.startsWith("ftp:") ? { also: ["insecure-url"] } : {}),
    });
for (const [k, v] of [
    ["DB_PASSWORD", "Winter2024!"],
    ["MLFLOW_TRACKING_PASSWORD", "mlflow-admin-2024"],
    ["API_KEY", "a8f5f167f44f4964e6c998dee827110c"],
    ["HF_TOKEN", "hf-internal-7Xk2mQ9"],
    ["CLIENT_SECRET", "Qe8~rT5vW2xY_zA1bC3dE"],
    ["REDIS_PASS", "Rk7!vq2Lx"],
    ["password", "Summer2023"],
    ["SecretKey", "k3y-" + chars(ALNUM, 20)],
    ["DATABASE_PASSWORD", "correcthorsebatterystaple"],
])
    S(v, "password-literal", pick(["env", "tag"]), k);
S("export DB_PASSWORD=Winter2024!\npython train.py", "password-literal", "script");
S("psql --password=Pg5ecret99 -h db", "password-literal", "script");
S("mlflow_password = 'R3dR0se!9'", "password-literal", "script");
// possible PHI
for (const e of ["jane.doe@gmail.com", "r.patel1987@outlook.com", "mike_obrien@hotmail.com", "Contact: l.nguyen@protonmail.com for access"])
    S(e, "email-address", "tag", "Owner");
for (const p of ["617-555-0142", "(212) 555-0199", "+1 415.555.0123", "+44 20 7946 0958"]) S(`Call ${p} after hours`, "phone-number");
for (const a of ["1600 Amelia Earhart Lane", "42 W Maple Street", "221 Baker St", "350 Fifth Avenue"])
    S(`Lives at ${a}, Springfield`, "street-address");
for (const d of ["Diagnosis: E11.9", "dx: C50.911", "ICD-10 code F32.1"]) S(`${d} for subject 12`, "diagnosis-code");
S("Patient: John Smith admitted", "patient-identifier");
S("patient name: Maria Gonzalez", "patient-identifier");
S("Jane Q Public", "patient-identifier", "tag", "PatientName");
S("W83920174", "patient-identifier", "env", "MEMBER_ID");
// insecure URLs
for (const u of [
    "http://git.acme-health.org/ml/models.git",
    "git://github.com/acme-health/models.git",
    "http://features.acme.internal/v1",
    "ftp://ftp.acme.org/outbound/",
    "http://10.0.3.17:5000",
    "curl -s http://downloads.example.net/install.sh | bash",
    "telnet://legacy-host:23",
    "ldap://dc1.corp.acme.org",
])
    S(u, "insecure-url", pick(["env", "text", "script"]), "URL");
fs.writeFileSync(
    __dirname + "/corpus.json",
    JSON.stringify({ note: "Synthetic values only; generated by build-corpus.js", benign: b, sensitive: s }, null, 1) + "\n",
);
console.log(`benign ${b.length}, sensitive ${s.length}`);
