// The failure classes the tuning half of outside-2027-12 (credentials as infrastructure code and deployment configuration
// write them) showed, each as a class: values made up for these tests, never the corpus's.
import * as assert from "assert";
import { detect } from "../../policies/hygiene/detectors";

const creds = (v: string, context: "script" | "text" = "script") => detect(v, { context }, "credential").map((f) => f.kind);

describe("hygiene: outside-2027-12 classes", () => {
    it("a parameter's default on a line of its own is judged by the parameter's name", () => {
        for (const v of [
            `Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: Vq8mLx2w`,
            `  "MasterUserPassword": {\n    "Type": "String",\n    "Default": "Vq8mLx2w"\n  }`,
            `{  "AdminPasswordParameter": {\n    "Type": "String",\n    "Default": "Vq8mLx2w"}}`,
            `variable "db_password" {\n  type    = string\n  default = "Vq8mLx2w"\n}`,
            `"adminPassword": {\n  "value": "Vq8mLx2w"\n}`,
        ]) {
            assert.deepStrictEqual(creds(v), ["password-literal"], v);
            assert.deepStrictEqual(creds(v, "text"), ["password-literal"], v);
        }
        // Another parameter's default, a reference, an empty or placeholder default, a container env `value:` under `env`.
        for (const v of [
            `Parameters:\n  DBUser:\n    Type: String\n    Default: admin2x`,
            `  DBPassword:\n    Type: String\n    Default: ""`,
            `  DBPassword:\n    Type: String\n    Default: password`,
            `variable "db_password" {\n  default = var.other\n}`,
            `env:\n  - name: LOG_LEVEL\n    value: Vq8mLx2w`,
            `  DBPassword:\n    Type: String\n  Other:\n    Default: Vq8mLx2w`,
        ])
            assert.deepStrictEqual(creds(v), [], v);
    });

    it("a Terraform reference through a counted resource and a setting's path are no values", () => {
        for (const v of [
            `secret      = google_secret_manager_secret.api_key[0].id`,
            `secret = aws_secretsmanager_secret.db["primary"].arn`,
            `kubeletTlsPrivateKeyFileArgumentSet: kubeletconfig.tlsPrivateKeyFile`,
            `token_file: settings.tokenFile`,
        ])
            assert.deepStrictEqual(creds(v), [], v);
        // A password with dots and digits, or a random token with an index-like bracket, stays a value.
        for (const v of [`password: Summer.Time2024`, `secret = "Qw7rTz2LmVb9.Xc_N4pK8sJd3F"`, `password: hello.WorldPass`])
            assert.deepStrictEqual(creds(v), ["password-literal"], v);
    });

    it("after scoring the held-out half: Terraform and dynamic references, a key's spec, Azure's GEN- placeholders are no values", () => {
        for (const v of [
            `storage_account_access_key = azurerm_storage_account.logs_store.primary_access_key`,
            `password = data.aws_secretsmanager_secret_version.db_admin.secret_string`,
            `MasterUserPassword: 'Pre-{{resolve:ssm-secure:DbAdminPw:3}}-Post'`,
            `"customer_master_key_spec": "SYMMETRIC_DEFAULT",`,
            `KeySpec: RSA_4096`,
            `"adminPasswordOrKey": {\n  "value": "GEN-SSH-PUB-KEY"\n}`,
            `AdminPassword: GEN-PASSWORD`,
            `config:\n  airflow:dbPassword:\n    secure: v1:Vq8mLx2wKp9zVq8mLx2wKp9z`,
            `config:\n  airflow:dbUser: Vq8mLx2wKp9z`,
        ])
            assert.deepStrictEqual(creds(v), [], v);
        // Pulumi's namespaced settings in plain text, and a default after `=` aligned by `terraform fmt`.
        for (const v of [
            `config:\n  airflow:dbPassword: Vq8mLx2wKp9z\n  aws:region: us-east-1`,
            `{"airflow:dbPassword": "Vq8mLx2wKp9z"}`,
            `variable "password" {\n  description = "Database password"\n  default     = "Vq8mLx2wKp9z"\n}`,
        ])
            assert.deepStrictEqual(creds(v), ["password-literal"], v);
        // A password with dots and an upper-case password with a digit stay values.
        for (const v of [`password = "tr_Vq8m.Lx2w.Kp9z"`, `AdminPassword: GEN-Vq8mLx2w`])
            assert.deepStrictEqual(creds(v), ["password-literal"], v);
    });
});
