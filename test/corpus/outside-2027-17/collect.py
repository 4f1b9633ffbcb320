#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-17 corpus (issue 28: an eighteenth outside set, on credentials as
# configuration-management code writes them: Ansible roles' defaults, vars, READMEs' variable lists, molecule scenarios
# and playbooks; Puppet modules' class parameters, resource attributes, spec tests' params and hiera examples; Chef
# cookbooks' attributes, resources' properties, kitchen.yml and test fixtures; Salt formulas' pillar.example and states)
# from public projects that none of the project's corpora draws on (corpus.json, independent.json, outside-2026-12 …
# outside-2027-16; ABOUT.md names the exclusions). None of those is read here except to leave out values they hold.
# Values and their minimal label context only, never a copied file. Each candidate names its repository, path and commit
# (sources); every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-17/collect.py > test/corpus/outside-2027-17/candidates.json
# then `npx ts-node test/corpus/build-outside.ts --set outside-2027-17` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack. Labels come from each field's own meaning (a variable, parameter,
# attribute, property or pillar key whose name says password / token / key / secret), with the overrides below and in
# ABOUT.md. The labelling rules and the YAML, JSON, INI, env and Markdown readers are outside-2027-13's (shared in
# ../outside_collect.py: FieldReaders, CredentialSet; read-only here). New here (this file's own readers): Puppet's
# parameters and attributes (`$root_password = 'x'`, `password => 'x'`, `Sensitive('x')`, the modules' password-hashing
# functions' argument), Ruby's hash rockets (Chef, rspec-puppet), Chef's resource properties (`password 'x'`) and
# attributes (`default['x']['password'] = 'y'`), a README's unfenced `name: value` variable lines, Salt's pillar.example
# and `.sls` files as YAML, and Ansible Vault ciphertext as a benign look-alike.
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import (CredentialSet, numbered_field_words, FieldReaders, BENIGN_LAST, YAML_PAIR, placeholder_value,  # noqa: E402
                             code_reference_kind, elided_or_path, token_and_secret_names, words_kind, CAMEL_NAME)

LICENCES = {
    'geerlingguy/ansible-role-mysql': 'MIT',
    'geerlingguy/ansible-role-postgresql': 'MIT',
    'geerlingguy/ansible-role-jenkins': 'MIT',
    'geerlingguy/ansible-role-gitlab': 'MIT',
    'geerlingguy/ansible-role-redis': 'MIT',
    'geerlingguy/ansible-role-drupal': 'MIT',
    'cloudalchemy/ansible-grafana': 'MIT',
    'dev-sec/ansible-collection-hardening': 'Apache-2.0',
    'ANXS/postgresql': 'MIT',
    'bertvv/ansible-role-mariadb': 'BSD-2-Clause',
    'bertvv/ansible-role-samba': 'BSD-2-Clause',
    'bertvv/ansible-role-bind': 'BSD-2-Clause',
    'robertdebock/ansible-role-mysql': 'Apache-2.0',
    'openstack/openstack-ansible-os_keystone': 'Apache-2.0',
    'puppetlabs/puppetlabs-mysql': 'Apache-2.0',
    'puppetlabs/puppetlabs-postgresql': 'Apache-2.0',
    'puppetlabs/puppetlabs-rabbitmq': 'Apache-2.0',
    'puppetlabs/puppetlabs-docker': 'Apache-2.0',
    'voxpupuli/puppet-rabbitmq': 'Apache-2.0',
    'voxpupuli/puppet-mongodb': 'Apache-2.0',
    'voxpupuli/puppet-grafana': 'Apache-2.0',
    'voxpupuli/puppet-jenkins': 'Apache-2.0',
    'voxpupuli/puppet-zabbix': 'Apache-2.0',
    'voxpupuli/puppet-proxysql': 'Apache-2.0',
    'voxpupuli/puppet-redis': 'Apache-2.0',
    'voxpupuli/puppet-keepalived': 'Apache-2.0',
    'voxpupuli/puppet-corosync': 'Apache-2.0',
    'sous-chefs/mysql': 'Apache-2.0',
    'sous-chefs/postgresql': 'Apache-2.0',
    'sous-chefs/jenkins': 'Apache-2.0',
    'sous-chefs/mongodb': 'Apache-2.0',
    'sous-chefs/redisio': 'Apache-2.0',
    'sous-chefs/tomcat': 'Apache-2.0',
    'sous-chefs/haproxy': 'Apache-2.0',
    'saltstack-formulas/mysql-formula': 'Apache-2.0',
    'saltstack-formulas/postgres-formula': 'Apache-2.0',
    'saltstack-formulas/rabbitmq-formula': 'Apache-2.0',
    'saltstack-formulas/openldap-formula': 'Apache-2.0',
    'saltstack-formulas/users-formula': 'Apache-2.0',
    'saltstack-formulas/postfix-formula': 'Apache-2.0',
    'saltstack-formulas/zabbix-formula': 'Apache-2.0',
    'saltstack-formulas/docker-formula': 'Apache-2.0',
    'saltstack-formulas/samba-formula': 'Apache-2.0',
    'saltstack-formulas/redis-formula': 'Apache-2.0',
    'voxpupuli/puppet-snmp': 'Apache-2.0',
    'voxpupuli/puppet-prometheus': 'Apache-2.0',
    'voxpupuli/puppet-rundeck': 'MIT',
    'voxpupuli/puppet-gitlab_ci_runner': 'Apache-2.0',
    'voxpupuli/puppet-openldap': 'Apache-2.0',
    'voxpupuli/puppet-icinga2': 'Apache-2.0',
    'voxpupuli/puppet-collectd': 'Apache-2.0',
    'voxpupuli/puppet-wildfly': 'Apache-2.0',
    'voxpupuli/puppet-jira': 'Apache-2.0',
    'voxpupuli/puppet-confluence': 'MIT',
    'voxpupuli/puppet-archive': 'Apache-2.0',
    'cloudalchemy/ansible-alertmanager': 'MIT',
    'sous-chefs/percona': 'Apache-2.0',
    'sous-chefs/postfix': 'Apache-2.0',
    'sous-chefs/mariadb': 'Apache-2.0',
    'saltstack-formulas/bind-formula': 'Apache-2.0',
    'saltstack-formulas/keepalived-formula': 'Apache-2.0',
    'saltstack-formulas/openvpn-formula': 'Apache-2.0',
    'saltstack-formulas/grafana-formula': 'Apache-2.0',
    'saltstack-formulas/powerdns-formula': 'Apache-2.0',
    'openstack/puppet-aodh': 'Apache-2.0',
    'openstack/puppet-barbican': 'Apache-2.0',
    'openstack/puppet-cinder': 'Apache-2.0',
    'openstack/puppet-designate': 'Apache-2.0',
    'openstack/puppet-glance': 'Apache-2.0',
    'openstack/puppet-heat': 'Apache-2.0',
    'openstack/puppet-ironic': 'Apache-2.0',
    'openstack/puppet-keystone': 'Apache-2.0',
    'openstack/puppet-magnum': 'Apache-2.0',
    'openstack/puppet-manila': 'Apache-2.0',
    'openstack/puppet-neutron': 'Apache-2.0',
    'openstack/puppet-nova': 'Apache-2.0',
    'openstack/puppet-octavia': 'Apache-2.0',
    'openstack/puppet-openstack-integration': 'Apache-2.0',
    'openstack/puppet-swift': 'Apache-2.0',
    'openstack/puppet-trove': 'Apache-2.0',
}
# Pinned commits: every value is read at these, never at a moving HEAD.
PIN = {
    'geerlingguy/ansible-role-mysql': '8a84b1dd1502eb3645f90d17a8b6037c241e182c',
    'geerlingguy/ansible-role-postgresql': 'dbb2f6767748beed4f58c29adf76c6ec024679ed',
    'geerlingguy/ansible-role-jenkins': '546fb9bfe108823afda0b494e24b403b3faeed82',
    'geerlingguy/ansible-role-gitlab': '025a0c517fe3d4eda76a6efe53c4f81fbe8d9ec7',
    'geerlingguy/ansible-role-redis': '280df2830b0414e434a02625d48119e0e74841f1',
    'geerlingguy/ansible-role-drupal': '09a21f4b2439fe93d7c5f1d35d4e723cfb4b5253',
    'cloudalchemy/ansible-grafana': 'b77b25607003c4cd9fd03091d03119d1dc8c2700',
    'dev-sec/ansible-collection-hardening': 'c3822fca2d101ab93a40a614d9618f69fbbb52e9',
    'ANXS/postgresql': 'f584098c83e01861c8364e78ff744bf7001db384',
    'bertvv/ansible-role-mariadb': '5fbaa92cfb167a78390ee0a63b816b1713d2b32a',
    'bertvv/ansible-role-samba': '474a7fa3839bb0f1a4c317f5f96e8e702663dadf',
    'bertvv/ansible-role-bind': '73be052de803b751da5245f4ea34a144456cca11',
    'robertdebock/ansible-role-mysql': 'ba0e904ac890cca919ea4565e0f9215a1a9ac6f3',
    'openstack/openstack-ansible-os_keystone': '383a73d3782e2420c8cdd47b9612f7b078e4bdf1',
    'puppetlabs/puppetlabs-mysql': '90c42ec7d8e0c0f445c02fa05459967d414f57b8',
    'puppetlabs/puppetlabs-postgresql': 'c25db98cfc6b618b733e8cea9839d7d2fa9d2f55',
    'puppetlabs/puppetlabs-rabbitmq': 'eb09462096d214441159048b297ec39cc26928bc',
    'puppetlabs/puppetlabs-docker': '233293aaa2a254d268eb23ed0e75a8ae617c7c08',
    'voxpupuli/puppet-rabbitmq': 'b94a428b37126bbcf3b32dce371f879eccb0b4be',
    'voxpupuli/puppet-mongodb': 'bbd5b76bd0c9fafc3ca78ed89d7d42cdb3c6f395',
    'voxpupuli/puppet-grafana': 'f8eac082920e060f7389c7c74344da9ee9d8ef91',
    'voxpupuli/puppet-jenkins': '28a30702f531480bb7dce4c18e130dc23c46f865',
    'voxpupuli/puppet-zabbix': '0da6ed9d4a0001aa7910de20c362d8d2f0698193',
    'voxpupuli/puppet-proxysql': '318d60dd06fcb8f9648db63f6a580b15ea319a57',
    'voxpupuli/puppet-redis': '9ca140e3dceb839df0f4be5538cbe92ba1dc5d72',
    'voxpupuli/puppet-keepalived': 'de90bfe2a5e856f7bc266c4cce0894a11ba65991',
    'voxpupuli/puppet-corosync': 'b01798d0eacffd46ba84df3afd6ea306afb8c900',
    'sous-chefs/mysql': '6b7110bee2bc64c9149f24d524cbb740387e527a',
    'sous-chefs/postgresql': 'f931d3117c0d41dc51d3de15e9d1f89f67f3c28a',
    'sous-chefs/jenkins': 'aea55cf9a8060718ef0499cf233baf9aaf180fc8',
    'sous-chefs/mongodb': 'c4d5053025e0a8035c88d151b7f8230f74fa2aef',
    'sous-chefs/redisio': 'c538df640b071df406a01b770b47f0d6de730708',
    'sous-chefs/tomcat': '3725d2bb3e2e36150e9793607a3880d5bd9b4d70',
    'sous-chefs/haproxy': 'b259f826d3a63f1aaf0718012068bfed8935e033',
    'saltstack-formulas/mysql-formula': '61ee875479a363cc2bcb3b7a22e809a6e40fdce4',
    'saltstack-formulas/postgres-formula': '7529300c287b1c288af0f494ca668c2217bd1c5d',
    'saltstack-formulas/rabbitmq-formula': '84380ad487fb8f2dd61f6d65b8922a1556585be8',
    'saltstack-formulas/openldap-formula': 'dd92a726542425595c197501262c3e494131ac1a',
    'saltstack-formulas/users-formula': 'ed4c1f0aaa4c808960371aa1b3b2f60440f1c366',
    'saltstack-formulas/postfix-formula': '998e6ada2d4e91caf3dbeb09a8772a6c4ff5cbe3',
    'saltstack-formulas/zabbix-formula': '01b29e291c2e410df9a9a7e5d5ab2147bc2ad44a',
    'saltstack-formulas/docker-formula': '24ecc4b8b5826f0b8b006ac81e107c7267d91590',
    'saltstack-formulas/samba-formula': 'fee44210dadc1a4a44470e872e9bc2f79958fbba',
    'saltstack-formulas/redis-formula': 'bfac54acff0eab6bd13463924279285b59fa67be',
    'voxpupuli/puppet-snmp': '8968d9856eb05b11118c73f4bb0e0fe5307f9ba7',
    'voxpupuli/puppet-prometheus': '4da3c2c5f4870a33d4d412615649a5dc2a8d261d',
    'voxpupuli/puppet-rundeck': '6f35a651812970e365998d36c1f9ba8382906a52',
    'voxpupuli/puppet-gitlab_ci_runner': '4b6d4b771c8d956de2d530127c1c75b403ee9a42',
    'voxpupuli/puppet-openldap': 'df57f6243c0af5f3e0df18935739e7303804d070',
    'voxpupuli/puppet-icinga2': 'db5d29badf5d7e59cd3145f09fca6d3c77db61c5',
    'voxpupuli/puppet-collectd': 'e06122936b76dfd4f90058a0491dd1bb3b0b3054',
    'voxpupuli/puppet-wildfly': '035855de93a40a26d8a51df057997c1cb85217a3',
    'voxpupuli/puppet-jira': 'd95a1cae515c64d7861cf71409f1cc242c3d3af0',
    'voxpupuli/puppet-confluence': 'ea1895fc31a3f3bef36f1f1b56fee93ed30b6ce5',
    'voxpupuli/puppet-archive': 'e8d809e116cf9c856c8cf5b58d3e445d36b6a4e1',
    'cloudalchemy/ansible-alertmanager': '4144200617518f676b8625d5586aab4958570199',
    'sous-chefs/percona': '807417af56b4fcd540cf06bbdec6cb2573cfd412',
    'sous-chefs/postfix': '91c4490745e4e2d5b42da386f151b483efc5a752',
    'sous-chefs/mariadb': '59e8716cee7155485e26455513c9d33e02d1fe56',
    'saltstack-formulas/bind-formula': 'c3b1fb43e763bc053ab55a11f8cfe256a7e81a84',
    'saltstack-formulas/keepalived-formula': '577b5d90e2bc5e2c186616a8ea7dbf992c473bcd',
    'saltstack-formulas/openvpn-formula': '1859248c332dd28f88e3e4e2e3ec1df875a5f59c',
    'saltstack-formulas/grafana-formula': '9fefb47368bbc3674d5aa77503f5c70cacfd3340',
    'saltstack-formulas/powerdns-formula': '971a8e76ead8b28d2f3c3e6bb1e5a5a807ba2241',
    'openstack/puppet-aodh': 'a43fcb6a44317eec4a05ed53bcb195f85308e5c0',
    'openstack/puppet-barbican': '904c554a202426d751e5456016d27d5ff372feee',
    'openstack/puppet-cinder': '265851c9c4911169d1367a57b350f85aba7ea3dd',
    'openstack/puppet-designate': '6f9c7ed1763c0ecdf20412eb7b87eb20bf096df3',
    'openstack/puppet-glance': '5335105df37859f4d53f8c90e521d52dae24fad1',
    'openstack/puppet-heat': '5377c410fd503befef55cc48cc0b1ccf5a5b2279',
    'openstack/puppet-ironic': 'dcb970d30e9aa64acc2b9bd77fa41124b941fae5',
    'openstack/puppet-keystone': 'd00caf1512b16ab479f6aaf267d4181e3db108b0',
    'openstack/puppet-magnum': '0cc70178162e5aeb7baeb9673ecc0e181d6b54fe',
    'openstack/puppet-manila': '49c49842c8e836d610a2b3737eb467905cc3e235',
    'openstack/puppet-neutron': '6ff578e6f3b6b6fb11433108c0f2375fa0bef5f1',
    'openstack/puppet-nova': '9e0b09f0d46e4b96bec3f105900c98535b4b1ce7',
    'openstack/puppet-octavia': 'af486628d3ae9b7339779a33422f10511e8a7cb0',
    'openstack/puppet-openstack-integration': 'ecd048bcb23be7f7b3e780721f404d6719dbe715',
    'openstack/puppet-swift': 'b9c3e4800c32b1359ebb9a0fba8ea2bc10cc7905',
    'openstack/puppet-trove': '4c951d02660d6f532d2562e1d56b555ed4a9a4ee',
}
# The files read, per repository, fixed before any detector ran: every text file of a role, module, cookbook or formula
# (YAML, JSON, Puppet, Ruby, Python, Markdown / reST, INI / TOML / .conf, `.env`, Salt's `.sls` and `pillar.example`).
# Templates (`.j2`, `.erb`, `.epp`: they hold references, not values), generated and vendored code, lock files, CI
# workflows and CHANGELOGs are not read (SKIP_PATH).
TEXT = (r'\.(py|ya?ml|json|md|rst|toml|cfg|ini|conf|env|properties|pp|rb|sls)$|(^|/)pillar\.example$|'
        r'(^|/)(kitchen[\w.-]*\.yml|Vagrantfile|\.env[\w.-]*)$')
FILES = {r: [TEXT] for r in PIN}
SKIP_PATH = re.compile(r'(package(-lock)?\.json|(^|/)(node_modules|vendor|third_party|generated|\.github|\.gitlab)/|'
                       r'(Gemfile|Berksfile|Policyfile)(\.lock)?$|\.rubocop|\.pre-commit|\.yamllint|\.markdownlint|'
                       r'(^|/)\.sync\.yml$|(^|/)\.fixtures\.yml$|\.secrets\.baseline|CHANGELOG|HISTORY|REFERENCE\.md$|'
                       r'(^|/)(\.gitlab-ci|\.travis|renovate|release-please[\w-]*|commitlint\.config)\.)')
# A value the other corpora or an earlier outside set hold is left out, and a value is taken once over the set (its first
# source in PIN's order keeps it) so that it cannot fall in both halves: CredentialSet, as for outside-2027-13.
# The caps, fixed before any detector ran: at most 10 values of one kind from one source file, and at most 40 of one kind
# from one repository (no one project may make most of a kind). Benign look-alikes by class, per repository: parsed
# fields (user names, hosts, ports, paths, checksums, key ids, versions) at most 3, fields that only mention a credential
# (`password_hash` as a switch, `existing_secret`) at most 8, template (Jinja, ERB) references at most 10, Puppet / Chef /
# Salt lookups at most 3, so that the set comes near half sensitive and the look-alikes are mostly references and names.
S = CredentialSet('outside-2027-17', PIN, LICENCES, FILES, SKIP_PATH, cap_file=10, cap_repo=40,
                  cap_class={'parsed-field': 3, 'credential-word-field': 8, 'template-reference': 10,
                             'lookup-reference': 3, 'env-reference': 6})
add, left_out = S.add, S.left_out


# ---- Labels: the rules of outside_collect's field readers (FieldReaders), with this set's own below. Placeholders by
# design (placeholder_value): test words, a value that says it is one, a name written where the value goes; and (rules
# of this set) Puppet's and the formulas' sentinels for "not set" (`UNSET`, `undef` as a string, `CHANGEME`-like
# `secret_here`, `_VALUE_`), a camelCase name ending in a credential word written as the value (outside-2027-16's CAMEL_NAME).
SENTINEL = re.compile(r'^(UNSET|undef|unset|none|NONE|nil|_+[A-Z][A-Z_]*_+)$')


def placeholder_class(v):
    return CAMEL_NAME.match(v) is not None or SENTINEL.match(v) is not None or placeholder_value(v)


# Field names split into words say what the field holds: outside-2027-13's rules (token_and_secret_names), this set's,
# then words_kind. (Rules of this set) a `…password_hash` / `…password_hashed` / `…encrypted_password` is a password's
# hash as the source writes it (kind password-literal when the value has a hash's shape, class password-hash; any other
# value is a switch or a function call: left out); `…_update`, `…_length`, `…_min_length`, `…_policy`, `…_file`,
# `…_path`, `…_encryption`, `…_hide…`, `…_expire…`, `…_lifetime` of a credential word only mention it.
MENTION_LAST = {'update', 'length', 'policy', 'file', 'path', 'dir', 'encryption', 'expire', 'expiry', 'lifetime', 'type',
                'enabled', 'enable', 'mode', 'method', 'plugin', 'salt', 'rounds', 'age', 'days', 'warn', 'size', 'format',
                'command', 'cmd', 'script', 'option', 'options', 'auth', 'authentication', 'required', 'timeout',
                'owner', 'group', 'user', 'username', 'template', 'source', 'checksum', 'ttl', 'algorithm', 'cipher'}
NOT_PASS = {'bypass', 'compass', 'surpass', 'overpass', 'underpass'}
HASH_NAMES = ({'password', 'hash'}, {'password', 'hashed'}, {'encrypted', 'password'}, {'pw', 'hash'}, {'passwd', 'hash'})


def field_kind(name):
    """'password' / 'credential' / 'aws-id' / 'hash' / 'mentions' / None."""
    w = numbered_field_words(name)
    if not w:
        return None
    if any(h <= set(w[-2:]) for h in HASH_NAMES):
        return 'hash'
    known = token_and_secret_names(w)
    if known:
        return known
    if len(w[-1]) > 6 and w[-1].endswith(('pass', 'passwd', 'password')) and w[-1] not in NOT_PASS:
        return 'password'  # (rule of this set) one word that ends in a password's word: `authpass`, `privpass`, `rootpw`
    k = words_kind(w)
    if k is None and len(w) > 1 and w[-1] in MENTION_LAST and words_kind(w[:-1]) in ('password', 'credential'):
        return 'mentions'
    return k


# A password's hash as the modules and formulas write it: MySQL's native `*` + 40 hex, crypt(3)'s `$1$`, `$5$`, `$6$`,
# `$y$`, bcrypt's `$2…$`, PostgreSQL's `md5` + 32 hex and SCRAM-SHA-256, RabbitMQ's base64 SHA-256 is not told from a
# password by its shape (left as the field says).
HASH = re.compile(r'\*[0-9A-Fa-f]{40}|\$(1|5|6|y|2[aby]?)\$[^\s$]*\$?[./A-Za-z0-9$]{8,}|md5[0-9a-f]{32}|SCRAM-SHA-256\$\S+')

# ---- Values. A reference is no literal: Jinja / ERB / Salt templates (`{{ x }}`, `<%= @x %>`, `{{ salt['pillar.get'](…) }}`:
# template-reference), Puppet's and Chef's lookups (`lookup('x')`, `hiera('x')`, `data_bag_item(…)`, `node['x']`,
# `$::x`, `Deferred(…)`: lookup-reference), an environment variable's read (env-reference).
LOOKUP = re.compile(r"^(lookup|hiera|hiera_hash|Deferred|data_bag_item|chef_vault_item|node\[|\$::?\w|\$[a-z_]\w*$|"
                    r"salt\[|pillar\[|pillar\.get|grains\[|ENV\[|secret\()")


def reference_class(v):
    if re.search(r'<%[-=]?|\{%', v):
        return 'template-reference'
    if LOOKUP.match(v):
        return 'lookup-reference'
    return code_reference_kind(v)


# Python (the formulas' and collections' helpers, README code blocks): a keyword argument, an assignment, a dict member.
CODE_PAIR = re.compile(r"""["']?([A-Za-z_][\w.:-]*)["']?\s*(?<![=!<>])[:=](?!=)\s*(["'])((?:(?!\2)[^\\]|\\.)*)\2""")


# (Rules of this set) a value elided or a file path is no value (elided_or_path); a hash is class password-hash; a value
# read with its opening quote is left out (drop_quoted).
R = FieldReaders(add, left_out, words=numbered_field_words, field_kind=lambda n: 'password' if field_kind(n) == 'hash' else field_kind(n),
                 reference_class=reference_class, placeholder_class=placeholder_class, password_class='config-password',
                 value_class=lambda v: 'password-hash' if HASH.fullmatch(v) else None,
                 not_a_value=elided_or_path, drop_quoted=True,
                 not_a_literal=lambda v, quoted: re.match(r'^[A-Za-z_][\w.:]*\(', v) is not None,
                 ambiguous_name=lambda w: w[-1] == 'secret' or len(w) > 2 and w[-2:] == ['secret', 'key'],
                 code_pair=CODE_PAIR)
_emit = R.emit
_benign_last = BENIGN_LAST | {'port', 'checksum', 'sha256', 'sha1', 'fingerprint', 'version', 'path', 'dir', 'home',
                              'server', 'address', 'bind', 'socket', 'group', 'owner', 'email', 'id', 'keyid', 'realm'}
R.benign_field = lambda name: bool(numbered_field_words(name)) and numbered_field_words(name)[-1] in _benign_last


def emit(repo, path, i, name, raw, syntax, line, key=None, where='field'):
    """FieldReaders.emit, save that a `…password_hash` field keeps only a value of a hash's shape (or a reference)."""
    if field_kind(name) == 'hash':
        v = raw.strip().strip('"\'')
        if not HASH.fullmatch(v) and not reference_class(v):
            return
    _emit(repo, path, i, name, raw, syntax, line, key=key, where=where)


R.emit = emit

# ---- Puppet and Ruby (Chef cookbooks, rspec-puppet and ChefSpec tests): labelled syntax `assignment` (the scorer has
# no syntax of their own; the line is placed as a script line, as outside-2027-16's Ruby).
_LIT = r"""(["'])((?:(?!{q})[^\\]|\\.)*){q}"""
# `$root_password = 'x'` (a class parameter's default, a variable), `password => 'x'` / `:password => 'x'` /
# `'password' => Sensitive('x')` (a resource's attribute, a Ruby hash member), `password: 'x'` (a Ruby 1.9 hash member),
# `default['mysql']['password'] = 'x'` (a Chef attribute), `  initial_root_password 'x'` (a Chef resource's property).
PUPPET_VAR = re.compile(r"""\$([A-Za-z_]\w*)\s*=\s*(?:Sensitive\()?""" + _LIT.format(q=r'\2'))
ROCKET = re.compile(r"""(?<![\w$])["':]?([A-Za-z_]\w*)["']?\s*=>\s*(?:Sensitive(?:\.new)?\(|sensitive\()?""" + _LIT.format(q=r'\2'))
RUBY_SYM = re.compile(r"""(?<![\w:$])([A-Za-z_]\w*):\s+(?:Sensitive\()?""" + _LIT.format(q=r'\2'))
CHEF_ATTR = re.compile(r"""\[\s*["':]?([A-Za-z_]\w*)["']?\s*\]\s*=(?!=)\s*""" + _LIT.format(q=r'\2'))
CHEF_PROP = re.compile(r"""^\s*([a-z_]\w*)\s+(?:\(\s*)?""" + _LIT.format(q=r'\2') + r"""\s*\)?\s*$""")
# The modules' password-hashing functions: their argument is the password itself (puppetlabs-mysql's `mysql::password`,
# `mysql_password`; puppetlabs-postgresql's `postgresql::postgresql_password(user, password)`; rabbitmq's none).
HASH_FN = re.compile(r"""(?:mysql::password|mysql_password|postgresql::postgresql_password|postgresql_password)\(\s*"""
                     r"""(?:(["'])[^"']*\1\s*,\s*)?(["'])((?:(?!\2)[^\\]|\\.)*)\2\s*[,)]""")
BUILT = re.compile(r"""\s*(\+|\*|%|\.format|<<)""")
# A reference under a credential attribute or parameter (`password => $db_password`, `$password = lookup('x')`,
# `hiera('x')`, `Deferred(…)`, Chef's `node['x']['password']`): a benign look-alike (emit's reference classes).
REF = re.compile(r"""(?<![\w$])["':$]?([A-Za-z_]\w*)["']?\s*(?:=>|=(?!=))\s*(\$(?:::)?[a-z_][\w:]*\b(?![(\[])|(?:lookup|hiera|Deferred)\(\s*["'][^"']+["']\s*\)|node(?:\[\s*["'][\w-]+["']\s*\])+)""")


def ruby_line(repo, path, i, ln):
    s = ln.strip()
    if s.startswith(('#', '//', '*')) or len(s) > 240 or '#{' in s or '<<~' in s or '<<-' in s:
        return
    for rx in (PUPPET_VAR, ROCKET, RUBY_SYM, CHEF_ATTR):
        for m in rx.finditer(ln):
            if not BUILT.match(ln[m.end():]) and not re.search(r'\+\s*$', ln[:m.start(2)]):
                emit(repo, path, i, m.group(1), json.dumps(m.group(3)), 'assignment', ln)
    m = CHEF_PROP.match(ln)
    if m and path.endswith('.rb'):
        emit(repo, path, i, m.group(1), json.dumps(m.group(3)), 'assignment', ln, where='property')
    for m in REF.finditer(ln):
        emit(repo, path, i, m.group(1), m.group(2), 'assignment', ln, where='reference')
    for m in HASH_FN.finditer(ln):
        emit(repo, path, i, 'password', json.dumps(m.group(3)), 'assignment', ln, where='hashing function argument')


def ruby_file(repo, path, text):
    for i, ln in enumerate(text.split('\n'), 1):
        ruby_line(repo, path, i, ln)


# ---- YAML: outside_collect's reader, and Ansible Vault: an `!vault |` value's ciphertext (its first line of hex after
# the `$ANSIBLE_VAULT;…` header) is a benign look-alike (class vault-ciphertext).
def yaml_file(repo, path, text):
    R.yaml_file(repo, path, text)
    lines = text.split('\n')
    for i, ln in enumerate(lines, 1):
        if ln.strip().startswith('$ANSIBLE_VAULT;') and i < len(lines):
            v = lines[i].strip()
            if re.fullmatch(r'[0-9a-f]{32,}', v):
                add(repo, path, value=v, kind='benign', cls='vault-ciphertext', syntax='yaml',
                    line=ln.strip() + '\n' + lines[i].strip(), origin=f'line {i + 1}: Ansible Vault ciphertext')


# ---- READMEs: outside_collect's Markdown reader (fenced blocks by language; `puppet` and `ruby` blocks here by
# ruby_line), and a role README's variable list written without a fence or indented (`    mysql_root_password: root`):
# a snake_case name and one token.
README_VAR = re.compile(r'''^\s*([a-z][a-z0-9_]*(?:::[a-z][a-z0-9_]*)*):\s+(["']?)([^\s"'#]+)\2\s*$''')


def other_block(repo, path, i, ln, lang):
    if lang in ('puppet', 'pp', 'ruby', 'rb'):
        ruby_line(repo, path, i, ln)


def markdown(repo, path, text):
    R.markdown_file(repo, path, text, other_block)
    fenced = False
    for i, ln in enumerate(text.split('\n'), 1):
        if re.match(r'^\s*(```|~~~)', ln):
            fenced = not fenced
            continue
        m = None if fenced else README_VAR.match(ln)
        if m:
            emit(repo, path, i, m.group(1), m.group(2) + m.group(3) + m.group(2), 'yaml', ln.strip(), where='README variable')


CODE_SYNTAX = {'py': 'code-python'}
for repo, p, text in S.texts():
    own = {'pp': ruby_file, 'rb': ruby_file, 'Vagrantfile': ruby_file, 'yml': yaml_file, 'yaml': yaml_file,
           'sls': yaml_file, 'example': yaml_file, 'md': markdown, 'rst': markdown}
    ext = 'Vagrantfile' if p.endswith('Vagrantfile') else p.rsplit('.', 1)[-1]
    if ext in own:
        R.url_scan(repo, p, text)
        own[ext](repo, p, text)
    else:
        R.read(repo, p, text, CODE_SYNTAX)



# ---- Corrections after the first tuning run (written rules, ABOUT.md; applied to both halves, in place: a value keeps
# its place in the caps and its half, and no other value enters).
# (1) A Puppet variable written as the value (`$jira::dbpassword`, `$wildfly::…`: the reference reader's capture, or a
# namespaced variable the lookup pattern did not know) is a reference: benign, lookup-reference.
# (2) An LDAP distinguished name under a credential word (`nss_base_passwd => 'ou=passwd,dc=…'`: the NSS map's search
# base) is no password: benign, parsed-field.
# (3) `…password_clear` / `…_cleartext` / `…_plaintext` / `…_plain` is the password in clear (a Jenkins data bag's
# `password_clear`): password-literal.
# (4) A home-relative path (`~/.ssh/id_rsa`) and a YAML anchor or alias (`&name`, `*name`) are no values: left out.
PUPPET_VARIABLE = re.compile(r'^\$(::)?[a-z_][\w:]*$')
LDAP_DN = re.compile(r'^(?:[A-Za-z]+=[^,=]+,)+[A-Za-z]+=[^,=]+$')
CLEAR_NAME = re.compile(r'(?i)pass(word)?_?(clear|cleartext|plaintext|plain)\b')


def corrected(c):
    v = c['value']
    if c['kind'] != 'benign' and (PUPPET_VARIABLE.match(v) or c['origin'].split(': ')[1].startswith('reference ')):
        c.update(kind='benign', **{'class': 'lookup-reference'})
    elif c['kind'] != 'benign' and LDAP_DN.match(v):
        c.update(kind='benign', **{'class': 'parsed-field'})
    elif c['kind'] == 'benign' and c['class'] == 'credential-word-field' and CLEAR_NAME.search(c['origin']):
        c.update(kind='password-literal', **{'class': 'placeholder-by-design' if placeholder_class(v) else 'config-password'})
    if v.startswith('~/') or re.match(r'^[&*][A-Za-z_]\w*$', v):
        left_out['not-clean'] += 1
        return None
    return c


S.out[:] = [c for c in map(corrected, S.out) if c is not None]
S.write()
