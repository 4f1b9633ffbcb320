// The failure classes the tuning half of outside-2027-17 (credentials in configuration-management code: Ansible, Puppet,
// Chef, Salt) showed, each as a class: values made up for these tests, never the corpus's.
import * as assert from "assert";
import { detect, isNonValue, isSecretKey } from "../../policies/hygiene/detectors";

const creds = (v: string) => detect(v, { context: "script" }, "credential").map((f) => f.kind);
const possible = (v: string) => detect(v, { context: "script" }, "possible-credential").map((f) => f.kind);

describe("hygiene: outside-2027-17 classes", () => {
    it("a hash rocket (`password => $db_password,`: Puppet, Ruby, Perl) is no connection string's `password=`", () => {
        for (const v of [
            `password => $keystone_db_password,`,
            `  'password' => $sensitive_admin_hash.unwrap,`,
            `:password => node['app']['db_password'], :user => 'app'`,
        ])
            assert.deepStrictEqual([...creds(v), ...possible(v)], [], v);
        // A connection string's `Password=…;` stays a finding.
        assert.deepStrictEqual(creds(`Server=db.internal;Database=app;User Id=app;Password=Zt4mQ9xWv2Lr8K;`), ["url-credentials"]);
    });

    it("the plural of a name's non-secret suffix (`secret_stores`, `token_labels`) and a secret's UUID name no credential", () => {
        for (const k of ["enabled_secret_stores", "p11_token_labels", "secret_files", "password_types", "rbd_secret_uuid", "secret_guid"])
            assert.strictEqual(isSecretKey(k).secret, false, k);
        for (const v of [
            `$enabled_secret_stores = 'vault_crypto',`,
            `:crypto_token_labels => 'label_one,label_two',`,
            `:rbd_secret_uuid => '7c1f0a52-3d4e-4b6a-9f21-0c8d5e6a7b90',`,
        ])
            assert.deepStrictEqual([...creds(v), ...possible(v)], [], v);
        // A secret's own name, and a plural of one (`passwords`), stay credentials.
        for (const k of ["passwords", "secret_key", "client_secret"]) assert.strictEqual(isSecretKey(k).secret, true, k);
    });

    it("a setting's path to a credential's id (`launcher.credentialsId`) is a reference", () => {
        for (const v of ["launcher.credentialsId", "agent.sshCredentialsId", "job.secretName"]) assert.ok(isNonValue(v), v);
        assert.deepStrictEqual(creds(`credentials: 'launcher.credentialsId',`), []);
        // Digits make it a value again (a password such as `build.Agent2024Id` is not a path).
        assert.ok(!isNonValue("build.agent2024Id"));
    });

    it("a hiera key with its class's namespace (`profile::db::password: x`) is a config line", () => {
        for (const v of [`jira::dbpassword: tundrafox`, `profile::mysql::root_password: quartzmill`, `  - app::db::passwd: lanternwick`])
            assert.deepStrictEqual(creds(v), ["password-literal"], v);
        // A namespace before a variable in code is still code (`$x = $app::db_password`), and a lower-case word after a
        // plain YAML key was a config value before too.
        assert.deepStrictEqual(creds(`$password = $app::db_password`), []);
        assert.deepStrictEqual(creds(`dbpassword: tundrafox`), ["password-literal"]);
    });

    it("a crypt(3) hash where a password goes (`$6$salt$…`, `$1$…`, `$2b$…`) is no shell parameter", () => {
        for (const v of [
            "$1$Xq3.Lmw9$Ab7cD9eF1gH3iJ5kL7mN9/",
            "$6$rounds=5000$Kp3Nc7BwT9$Zt4mQ9xWv2Lr8Kp3Nc7BwT9yHq1Ld5Fs8Gj2Mk6Pn0Rb4Tc8Vx2Ya6Zc0Ae4Gi8Kk2Mo6Qs0Uw4Ya8.",
            "$2b$12$Zt4mQ9xWv2Lr8Kp3Nc7BwOeT9yHq1Ld5Fs8Gj2Mk6Pn0Rb4Tc8Vx2",
        ]) {
            assert.ok(!isNonValue(v), v);
            assert.deepStrictEqual(creds(`password: ${v}`), ["password-literal"], v);
        }
        // A shell's positional parameter and a variable stay references.
        for (const v of ["$1", "$DB_PASSWORD", "${DB_PASSWORD}", "$6"]) assert.ok(isNonValue(v), v);
        assert.deepStrictEqual(creds(`password=$1`), []);
    });

    it("a literal in a call that only marks it secret (`Sensitive('…')`, `SecretStr(\"…\")`) is the name's value", () => {
        for (const v of [
            `password => Sensitive('Qu4rtz-mill'),`,
            `  root_password => Sensitive.new('Qu4rtz-mill'),`,
            `db_password = SecretStr("Qu4rtz-mill")`,
            `token: pulumi.secret("Zt4mQ9xWv2Lr8Kp3Nc7B")`,
        ])
            assert.deepStrictEqual(creds(v), ["password-literal"], v);
        // A reference inside the wrapper, or a wrapper under a name that is no credential's, is nothing.
        for (const v of [`password => Sensitive($db_password),`, `comment => Sensitive('Qu4rtz-mill'),`])
            assert.deepStrictEqual(creds(v), [], v);
    });

    it("a hash under its function's name (`password_md5`, `password_crypt`) is not the password", () => {
        for (const k of ["password_md5", "password_crypt", "root_password_crypted"]) assert.strictEqual(isSecretKey(k).secret, false, k);
        assert.deepStrictEqual(creds(`"password_md5":"$1$Xq3.Lmw9$Ab7cD9eF1gH3iJ5kL7mN9/"`), []);
    });
});
