#!/usr/bin/env python3
# Collects the raw candidates of the outside-2027-20 corpus (issue 28: a twenty-first outside set, on credentials as web
# applications and their frameworks' samples write them in configuration: Spring / Spring Boot `application.properties`
# and `application.yml`, Quarkus' `application.properties`, .NET `appsettings*.json` and `web.config` connection strings,
# Django and Flask settings, Rails `database.yml` / `secrets.yml` / `storage.yml`, Laravel / Symfony `.env.example` and
# `config/*.php`, Express / NestJS / Next.js `config/*.json` and `.env.sample`: the files whose values end in a deploy's
# container or function environment, SSM parameters or app configuration) from public projects that none of the
# project's corpora draws on (ABOUT.md lists the exclusions). Values and their minimal label context only, never a copied
# file; every repository is read at the commit pinned in PIN.
# Needs the sources as bare git mirrors under /work/.mirror/<owner>+<name>/repo (the fetch tool).
# Run: python3 test/corpus/outside-2027-20/collect.py > test/corpus/outside-2027-20/candidates.json
# then `npx ts-node --transpile-only test/corpus/build-outside.ts --set outside-2027-20` splits them (tuning / heldout)
# by a hash of (repository, path, value).
# This script never runs a detector of the pack. Labels follow each setting's own meaning (rules in ABOUT.md): the
# rules of outside_collect's FieldReaders (outside-2027-12/-13/-16), with this set's own below.
# Readers of its own (outside_collect has none for them): Java / Quarkus `.properties` lines, .NET / JDBC connection
# strings' `Password=` / `Pwd=` / `SharedAccessKey=` anywhere in a file, `web.config` / `app.config` `<add key= value=>`
# elements, and PHP configuration arrays (`'password' => 'x'`, `'key' => env('APP_KEY')`).
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from outside_collect import (CredentialSet, FieldReaders, code_reference_kind, deployment_names,  # noqa: E402
                             deployment_placeholder, elided_or_path, numbered_field_words, words_kind)

SET = 'outside-2027-20'
LICENCES = {
    'spring-projects/spring-petclinic': 'Apache-2.0',
    'spring-petclinic/spring-petclinic-microservices': 'Apache-2.0',
    'jhipster/jhipster-sample-app': 'Apache-2.0',
    'spring-projects/spring-authorization-server': 'Apache-2.0',
    'spring-cloud/spring-cloud-gateway': 'Apache-2.0',
    'gothinkster/spring-boot-realworld-example-app': 'MIT',
    'macrozheng/mall': 'Apache-2.0',
    'macrozheng/mall-swarm': 'Apache-2.0',
    'elunez/eladmin': 'Apache-2.0',
    'linlinjava/litemall': 'MIT',
    'yangzongzhuan/RuoYi': 'MIT',
    'quarkusio/quarkus-quickstarts': 'Apache-2.0',
    'quarkusio/quarkus-super-heroes': 'Apache-2.0',
    'dotnet-architecture/eShopOnWeb': 'MIT',
    'dotnet/eShop': 'MIT',
    'jasontaylordev/CleanArchitecture': 'MIT',
    'Azure-Samples/active-directory-aspnetcore-webapp-openidconnect-v2': 'MIT',
    'Azure-Samples/active-directory-dotnet-native-aspnetcore-v2': 'MIT',
    'Azure-Samples/ms-identity-javascript-react-tutorial': 'MIT',
    'wagtail/bakerydemo': 'BSD-3-Clause',
    'cookiecutter/cookiecutter-django': 'BSD-3-Clause',
    'healthchecks/healthchecks': 'BSD-3-Clause',
    'miguelgrinberg/flasky': 'MIT',
    'cookiecutter-flask/cookiecutter-flask': 'MIT',
    'rubygems/rubygems.org': 'MIT',
    'lobsters/lobsters': 'BSD-3-Clause',
    'rubyforgood/casa': 'MIT',
    'laravel/laravel': 'MIT',
    'BookStackApp/BookStack': 'MIT',
    'pterodactyl/panel': 'MIT',
    'koel/koel': 'MIT',
    'symfony/demo': 'MIT',
    'api-platform/demo': 'MIT',
    'brocoders/nestjs-boilerplate': 'MIT',
    'sahat/hackathon-starter': 'MIT',
    'hagopj13/node-express-boilerplate': 'MIT',
    'xkcoding/spring-boot-demo': 'MIT',
    'JeffLi1993/springboot-learning-example': 'Apache-2.0',
    'eugenp/tutorials': 'MIT',
    'YunaiV/yudao-cloud': 'MIT',
    'YunaiV/ruoyi-vue-pro': 'MIT',
    'zhangdaiscott/jeecg-boot': 'Apache-2.0',
    'pig-mesh/pig': 'Apache-2.0',
    'jhipster/jhipster-sample-app-react': 'Apache-2.0',
    'jhipster/jhipster-sample-app-vuejs': 'Apache-2.0',
    'jhipster/jhipster-sample-app-microservice': 'Apache-2.0',
    'jhipster/jhipster-sample-app-gateway': 'Apache-2.0',
    'keycloak/keycloak-quickstarts': 'Apache-2.0',
    'quarkusio/quarkus-workshops': 'Apache-2.0',
    'IdentityServer/IdentityServer4': 'Apache-2.0',
    'thombergs/code-examples': 'MIT',
    'alibaba/spring-cloud-alibaba': 'Apache-2.0',
    'spring-projects/spring-data-examples': 'Apache-2.0',
    'baomidou/mybatis-plus-samples': 'Apache-2.0',
    'dotnet/aspire-samples': 'MIT',
    'apolloconfig/apollo': 'Apache-2.0',
    'wuyouzhuguli/SpringAll': 'MIT',
    'apache/dubbo-samples': 'Apache-2.0',
    'apache/incubator-seata-samples': 'Apache-2.0',
    'apache/camel-spring-boot-examples': 'Apache-2.0',
    'apache/camel-quarkus-examples': 'Apache-2.0',
    'camunda/camunda-bpm-examples': 'Apache-2.0',
    'nacos-group/nacos-examples': 'Apache-2.0',
    'dotnetcore/CAP': 'MIT',
    'aspnetrun/run-aspnetcore-microservices': 'MIT',
    'EdwinVW/pitstop': 'Apache-2.0',
    'kgrzybek/modular-monolith-with-ddd': 'MIT',
    'abpframework/abp-samples': 'MIT',
    'HackSoftware/Django-Styleguide-Example': 'MIT',
    'django/djangoproject.com': 'BSD-3-Clause',
    'solidusio/solidus': 'BSD-3-Clause',
    'payloadcms/payload': 'MIT',
    'keystonejs/keystone': 'MIT',
}
PIN = {}  # filled below from PINNED (one line per repository)
PINNED = '''
spring-projects/spring-petclinic edf4db28affcc4741c79850a3d95bc3f177b5ff9
spring-petclinic/spring-petclinic-microservices 9a76b4e34cd75f3d6bfa6f15775bf996c59e8989
jhipster/jhipster-sample-app f8da577c944ecc4db46fc961a1ba022d5bbf8964
spring-projects/spring-authorization-server b90fb09362aae9eb6ee64e536d0ad7d589af917f
spring-cloud/spring-cloud-gateway 5227205c743d6d2b743bedf2f58cc76c65ca7408
gothinkster/spring-boot-realworld-example-app ee17e31aafe733d98c4853c8b9a74d7f2f6c924a
macrozheng/mall 74eebe067d4f17b2d0b61691bef2748e3a7daf80
macrozheng/mall-swarm 56ed16211a706d34604d272813c5778ecfb7db79
elunez/eladmin be2f1370f3b9cd2e9c1369a8026f3a54073edda5
linlinjava/litemall a1ef964a718b7277925b19ea26afe78ea3a1d325
yangzongzhuan/RuoYi 45890b4641c2e7e2989aa1f518b09cf187b4af7b
quarkusio/quarkus-quickstarts ddfa3a6c5f585925aa344884264e4f399467f53d
quarkusio/quarkus-super-heroes 91d6974f2d1b7e795f51eb94877f6c9106d1d8fb
dotnet-architecture/eShopOnWeb 2414014bfa0f4d2021b5bc9061429a98d232f440
dotnet/eShop 5624ad564d1602a927879df32a79b94522eb6101
jasontaylordev/CleanArchitecture 10f1a45df0d86bb87b083f3a0e249d755093fbbd
Azure-Samples/active-directory-aspnetcore-webapp-openidconnect-v2 2224dc438fb627e98985a54a28d38b49cc96c1bd
Azure-Samples/active-directory-dotnet-native-aspnetcore-v2 6796b1b24f356cc0f7e23be3c08fb8d257e8dc38
Azure-Samples/ms-identity-javascript-react-tutorial 381714b6576fa987ecf5ea664472f9eee6a5b866
wagtail/bakerydemo 8e2b625755d8942412d5b7627b146a795933b8b2
cookiecutter/cookiecutter-django 2d3b8809f288187b3014163a3310766b5f962cf9
healthchecks/healthchecks 29b5ec251059034b79e0120e2ff0c3e35d7bd9f8
miguelgrinberg/flasky 3beedd640b9146b0bd65c8c2ecf402b01798bc33
cookiecutter-flask/cookiecutter-flask e5666c23a633b5b6fcb0dc2cfda2441d7f885727
rubygems/rubygems.org 3c8ea0d4cbe85bd2a2bb5d22486247656a3dfb6c
lobsters/lobsters 57268d762e1c2c95b7a8e64ee8deb259cddd8cc0
rubyforgood/casa 5ad2d6ae14d4561b59919dd983aff6b28e5a7735
laravel/laravel 8a119d7f4461c73b47197b80f4cecb3c97796919
BookStackApp/BookStack 6f1c54d018f7d55301eb4c31055b04769f5924d7
pterodactyl/panel 706db62c64d180f224f56c62953172c27daa5826
koel/koel 41cab99feeaf59b139699403fdfd41f0a280fb39
symfony/demo 920d86dc809f837543cb519d3df5b364a2c36577
api-platform/demo 2040ecc7af8d5f08660b6d00f66eabbd84a47e78
brocoders/nestjs-boilerplate 9620f159eefe38f47747d02ab162852367c5472c
sahat/hackathon-starter dbcac7a7b159bf6b8e93eb071a6f066c0b0ab6c8
hagopj13/node-express-boilerplate 179ae84efec61b14206d0305d941daed6c6d07f9
xkcoding/spring-boot-demo 87a142f9604c1a5365b4d24d22c2c11c26a9d5ab
JeffLi1993/springboot-learning-example 07732958304327b5f64e97eff0f3f6a63d4e7bd7
eugenp/tutorials 2430217689fbaf1e212d452cc68fe39859639686
YunaiV/yudao-cloud 2016a11dba52eb3e4d6d45253610198807225483
YunaiV/ruoyi-vue-pro e4e460d563a3b6f0b5255f9b061b258128ffd822
zhangdaiscott/jeecg-boot 1900f3fe7737fb0708f60caceb4bcb1eae075fe4
pig-mesh/pig 33f42714e32fb403ee924a2b70bf80c14cc35b36
jhipster/jhipster-sample-app-react 0e637811de283accaf0810fa511ae5e8dbfb268d
jhipster/jhipster-sample-app-vuejs 4e506ccf0310afa1c8a709eb5fbacd55db660365
jhipster/jhipster-sample-app-microservice 711499cd5779b41f18ae8e36e57941933d71a594
jhipster/jhipster-sample-app-gateway 1654a717bbe0c98af434319e17cbb715134e77cb
keycloak/keycloak-quickstarts c93be9993a3029bae551d2daced1e6c386c56e27
quarkusio/quarkus-workshops fc819feb2b8e06ea3dc86480d115d62720658e31
IdentityServer/IdentityServer4 5e40bd18fbf030d0158a15532eb8381c454b53da
thombergs/code-examples 67d3508c1e1d5310e5db47e8c7f011a1faf58143
alibaba/spring-cloud-alibaba 41b1fd4fd7df3867e2c7b08ac2e8da56eeeec9dc
spring-projects/spring-data-examples 124ce3cf9da59c2ea86d09c1887901e63bef75fd
baomidou/mybatis-plus-samples ef7634a7fd68043f443345e03b12ecae0f52354e
dotnet/aspire-samples caf0bdf9ec3d27617fef88a7c3b6e0f9d30ef722
apolloconfig/apollo b4ab0ea9fb6556a8c107705f84677cc28db8f41d
wuyouzhuguli/SpringAll 614d2578d9495acf53cc02f2dee9c6131cc5e51a
apache/dubbo-samples fcda5252cdb72a84192aff4387bd336c26b47d5b
apache/incubator-seata-samples b28057970d43df5050971713dd6143892062f32a
apache/camel-spring-boot-examples 447c647787cc3078dde26ff65928be9e78768b0c
apache/camel-quarkus-examples 863550a6769066f032faee6e172aa7371dd24cc9
camunda/camunda-bpm-examples 8b86bcf8c32903fb397989469984b8345dbb8d9f
nacos-group/nacos-examples a6d5e7c6dfa69e689367cc55ca6fa6fb417ca044
dotnetcore/CAP e52b8508e54cdb7a9ce7f9fec03d9ea8ad2710fb
aspnetrun/run-aspnetcore-microservices 7e43d808f50f59fb9ba595469143b0c0ae981961
EdwinVW/pitstop c1991d9818f74164e23557a784b152210486bbb9
kgrzybek/modular-monolith-with-ddd 91c8ef24b4cb6ef558c95d8267fa07d68c7059f8
abpframework/abp-samples f33f3b4720449b3ace13638dfc67a70b3a6f7803
HackSoftware/Django-Styleguide-Example a70ef43d7df03706c1211d4fcfd70b4b0120ba1e
django/djangoproject.com 68a439a59f5692e9d847f23318d7a8603fc33c72
solidusio/solidus 1f5bf5c638f5fe9fbda4d480bdb7ebcfa39a9a5e
payloadcms/payload db7543c2121f0b672e33436447122b5e09ea4f2b
keystonejs/keystone da5ac701692577be7057a307ab5a364d7840bba6
'''
PIN = dict(ln.split() for ln in PINNED.strip().split('\n'))
assert list(PIN) == list(LICENCES)

# The files read, fixed before any detector ran: the frameworks' configuration files (below), in every repository, in
# the order of LICENCES (the first source, and the first line of a file, keeps a value). Tests' resources are read too
# (a sample's test profile is configuration of the same app); generated, vendored and front-end build files are not.
CONF = (r'(^|/)((application|bootstrap)[\w.-]*\.(properties|ya?ml)|appsettings[\w.-]*\.json|(web|app)[\w.]*\.config|'
        r'(settings|local_settings|config|configuration)(/[\w]+)?\.py|settings/[\w]+\.py|'
        r'(database|secrets|storage|credentials|cable|mongoid)\.yml|\.env([\w.-]*)|[\w-]*env[\w-]*\.(example|sample|dist)|'
        r'config/[^/]+\.(php|json)|config/packages/[^/]+\.ya?ml|microprofile-config\.properties)$|'
        r'(^|/)src/(main|test)/resources/(config/)?[^/]+\.(properties|ya?ml)$|(^|/)config/[^/]+\.(ya?ml|properties)$')
FILES = {repo: [CONF] for repo in PIN}
SKIP_PATH = re.compile(r'(^|/)(node_modules|vendor|dist|build|target|\.github|\.idea|\.vscode|wwwroot|public|lang|'
                       r'resources/lang|locales?)/|(package(-lock)?|composer|tsconfig[\w.]*|launchSettings)\.json$|'
                       r'\.(lock|min\.js)$')

# The caps, fixed before any detector ran: at most 10 values of one kind from one file and 40 of one kind from one
# repository; benign look-alikes per repository and class: parsed fields (user names, hosts, URLs without a password)
# at most 6, fields that only mention a credential at most 8, references of each kind at most 10.
CAP_FILE, CAP_REPO = 10, 100
CAP_CLASS = {'parsed-field': 6, 'credential-word-field': 8, 'template-reference': 10, 'env-reference': 10,
             'erb-reference': 8, 'symfony-env-reference': 8}
S = CredentialSet(SET, PIN, LICENCES, FILES, SKIP_PATH, CAP_FILE, CAP_REPO, CAP_CLASS)
add, left_out = S.add, S.left_out


# ---- Labels: FieldReaders' rules (outside_collect), with these of this set.
def words(name):
    return numbered_field_words(name)


# (Rule of this set) the frameworks' own names of a signing or encryption key: Laravel's `APP_KEY`, `JWT_KEY`,
# `ENCRYPTION_KEY`, `HMAC_KEY`, `SIGNING_KEY` and the like (a key that signs or encrypts the app's data).
KEY_WORDS = {'app', 'jwt', 'encryption', 'signing', 'hmac', 'crypt', 'cipher', 'session', 'cookie', 'csrf'}


def field_kind(name):
    """'password' / 'credential' / 'aws-id' / 'mentions' / None by the field's words (deployment_names, words_kind)."""
    w = words(name)
    if not w:
        return None
    if len(w) >= 2 and w[-1] == 'key' and w[-2] in KEY_WORDS:
        return 'credential'
    if w[-1] in ('secret', 'password') and len(w) > 1 and w[-2] in ('store', 'use', 'require', 'hash', 'encode', 'reset'):
        return 'mentions'  # `use-password`, `password-store`: a switch about a credential
    return deployment_names(w) or words_kind(w)


# (Rule of this set) a reference with a default (`${DB_PASSWORD:default}`, `env('DB_PASSWORD', 'default')`): the
# default is a literal the app uses when the variable is unset, the setting a reference; neither clean, left out.
WITH_DEFAULT = re.compile(r'^\$\{[\w.-]+:[^}]+\}$|^env\(\s*["\']\w+["\']\s*,\s*["\'][^"\']+["\']\s*\)$')


# A reference is no literal. Beside code_reference_kind's (`${X}`, `os.environ[...]`, `process.env.X`): Rails' ERB
# (`<%= ENV['X'] %>`), Ruby's `ENV['X']` / `ENV.fetch('X')` and `Rails.application.credentials`, Symfony's `%env(X)%`,
# Laravel's `env('X')`, django-environ's `env('X')` / `env.str('X')`, Quarkus' / MicroProfile's `${x}`.
def reference_class(v):
    if WITH_DEFAULT.match(v):
        return None  # a reference with a literal default: not_a_value leaves it out
    if v.startswith('<%'):
        return 'erb-reference'
    if re.match(r'^%env\([\w:-]+\)%$', v):
        return 'symfony-env-reference'
    if re.match(r'^(ENV\[|ENV\.fetch\(|Rails\.application\.credentials|env(\.\w+)?\(["\']\w+["\']\)$)', v):
        return 'env-reference'
    return code_reference_kind(v)


BCRYPT = re.compile(r'\$2[aby]?\$\d\d\$[./A-Za-z0-9]{53}')
CODE_PAIR = re.compile(r"""["']?([A-Za-z_][\w.:-]*)["']?\s*(?<![=!<>])[:=](?!=)\s*(["'])((?:(?!\2)[^\\]|\\.)*)\2""")


# (Rule of this set) a value written in words of another script (a Chinese sentence saying to fill in the key) says
# where the key goes: a placeholder by design, as placeholder_value's `…_here`.
# Also a value that says where the value goes with hyphens (`enter-…-here`, `…-here`), and a vendor's prefix with
# nothing after it (`<vendor>_test_`): the key is to be completed.
def placeholder_class(v):
    return (re.search(r'[^\x00-\x7f]', v) is not None or re.search(r'(?i)^enter[-_]|[-_]here$', v) is not None
            or re.fullmatch(r'[A-Za-z]+(_[A-Za-z]+)*_', v) is not None or deployment_placeholder(v))


def not_a_value(v):
    if WITH_DEFAULT.match(v):
        left_out['ambiguous'] += 1
        return True
    return elided_or_path(v)


R = FieldReaders(add, left_out, words=words, field_kind=field_kind, reference_class=reference_class,
                 placeholder_class=placeholder_class, password_class='config-password',
                 value_class=lambda v: 'password-hash' if BCRYPT.fullmatch(v) else None,
                 not_a_value=not_a_value, drop_quoted=True, ambiguous_name=lambda w: False, code_pair=CODE_PAIR)


# ---- Readers of this set.
PROP = re.compile(r'^\s*(?:%[\w-]+\.)?([A-Za-z_][\w.\[\]"-]*)\s*[=:]\s*(.*?)\s*$')


def properties_file(repo, path, text):
    """Java / Quarkus / Micronaut `.properties`: `spring.datasource.password=x`, `%prod.quarkus.oidc.credentials.secret=x`
    (a profile's prefix dropped); the setting's last segment says what the value is."""
    for i, ln in enumerate(text.split('\n'), 1):
        if ln.lstrip().startswith(('#', '!')) or ln.rstrip().endswith('\\'):
            continue
        m = PROP.match(ln)
        if m and m.group(2):
            R.emit(repo, path, i, m.group(1), m.group(2), 'properties', ln)


# A connection string's password (`Server=…;User Id=sa;Password=x;`, `…;Pwd=x`) and an Azure Service Bus / Event Hubs
# `SharedAccessKey=` anywhere in a file (AccountKey= is url_scan's).
CONN_PW = re.compile(r'(?i)(?:^|[;"\'\s])(password|pwd)\s*=\s*([^;"\'<>\s]+)(?=;|"|\'|$)')
SAS_KEY = re.compile(r'(SharedAccessKey)=([^;"\'\s]+)')


def connection_strings(repo, path, text, syn):
    for i, ln in enumerate(text.split('\n'), 1):
        s = ln.strip()
        if len(s) > 240 or ';' not in s:
            continue
        # (pattern: the setting's name, then its value; the value's least length; what a template holds; kind; class)
        for rx, least, template, kind, cls in ((CONN_PW, 3, r'[{}<>$%*]', 'password-literal', 'connection-string-password'),
                                               (SAS_KEY, 8, r'[{}<>$%]', 'api-token', 'unprefixed-key')):
            for m in rx.finditer(ln):
                v = m.group(2)
                if len(v) < least or reference_class(v) or re.search(template, v):
                    continue
                add(repo, path, value=v, kind=kind, cls='placeholder-by-design' if placeholder_class(v) else cls,
                    syntax=syn, line=s, origin=f'line {i}: connection string {m.group(1)}')


XML_ADD = re.compile(r'<add\s+key="([^"]+)"\s+value="([^"]*)"')


def xml_file(repo, path, text):
    """`web.config` / `app.config`: `<add key="ida:ClientSecret" value="x" />` (the key's last segment names it)."""
    for i, ln in enumerate(text.split('\n'), 1):
        for m in XML_ADD.finditer(ln):
            R.emit(repo, path, i, m.group(1), json.dumps(m.group(2)), 'xml', ln)


PHP_PAIR = re.compile(r"""(["'])([A-Za-z_][\w.-]*)\1\s*=>\s*((["'])((?:(?!\4)[^\\]|\\.)*)\4|env\([^()]*\))\s*,?\s*(//.*)?$""")


def php_file(repo, path, text):
    """Laravel's / Symfony's configuration arrays: `'password' => 'x',` and `'key' => env('APP_KEY'),`."""
    for i, ln in enumerate(text.split('\n'), 1):
        s = ln.strip()
        if s.startswith(('//', '#', '*', '/*')):
            continue
        m = PHP_PAIR.search(ln)
        if m:
            raw = json.dumps(m.group(5)) if m.group(4) else m.group(3)
            R.emit(repo, path, i, m.group(2), raw, 'code-php', ln)


CODE_SYNTAX = {'py': 'code-python'}
OWN = {'properties': properties_file, 'config': xml_file, 'php': php_file}
CONN_SYNTAX = {'json': 'json', 'config': 'xml', 'properties': 'properties', 'yml': 'yaml', 'yaml': 'yaml', 'py': 'code-python',
               'php': 'code-php'}
for repo, p, text in S.texts():
    R.read(repo, p, text, CODE_SYNTAX, own=OWN)
    ext = p.rsplit('.', 1)[-1]
    connection_strings(repo, p, text, CONN_SYNTAX.get(ext, 'env'))


# ---- Corrections after the first tuning run (split commit 7640a32), rules applied to both halves in place: a value
# keeps its place in the caps and its half (the split hashes repository, path and value, not the label), no other value
# enters. (1) A message bundle (`messages*.properties`, `messages_es_ES.properties`) holds a UI's text (`label.user.password
# = …`), not settings: its values are left out. (2) Maven's resource filtering (`password: @db.password@`)
# writes a build property's name between `@`: a reference, benign (class maven-filter-reference).
def corrected(c):
    if re.search(r'(^|/)messages[\w-]*\.properties$', S.sources[c['source']]['path']):
        return None
    if re.fullmatch(r'@[\w.-]+@', c['value']):
        return dict(c, kind='benign', **{'class': 'maven-filter-reference'})
    # (3) A value that opens with `your` and a separator or a capital (`your-…-api-key`, `yourClientSecret`) says where
    # the value goes: a placeholder by design (its kind stays).
    if c['kind'] != 'benign' and re.match(r'(?i)your[-_.]|your[A-Z]', c['value']):
        return dict(c, **{'class': 'placeholder-by-design'})
    # (4) A store's password (`key-store-password`, `trust-store-password`: the keystore's own) and a token's secret
    # (`access-token-secret`, OAuth 1.0a's) hold the credential; `field_kind`'s switch rule and words_kind read them as
    # names that only mention one (corrected after the held-out half was scored once; both halves).
    if c['kind'] == 'benign' and c['class'] == 'credential-word-field':
        name = c.get('key') or re.split(r'\s*[:=]', c.get('line') or '', maxsplit=1)[0]
        if re.search(r'(?i)store[-_.]?pass(?:word)?$', name):
            return dict(c, kind='password-literal', **{'class': 'config-password'})
        if re.search(r'(?i)token[-_.]?secret$', name):
            return dict(c, kind='api-token', **{'class': 'unprefixed-key'})
    return c


S.out[:] = [x for x in map(corrected, S.out) if x is not None]
S.write()
