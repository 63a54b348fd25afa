// The web's i18n check (part of `npm run verify`; run as `npm run i18n:check`, through tsx so it loads
// the .ts dictionaries and the feature registry exactly as the app does):
//   1. vi and en have the same keys (the base dictionaries, every feature's messages, the audit labels);
//      every registered feature's namespace is in the typed keys (FeatureMessages of i18n/keys.ts);
//   2. every message is a non-empty string that parses as ICU MessageFormat, with the same arguments in
//      vi and en;
//   3. an English count is never glued to a plural noun without `{n, plural, …}` ("1 units");
//   4. every key written as a literal in the source (`t('…')`, `labelKey: '…'`) exists, and every
//      template key (`t(\`audit.actions.${code}\`)`) has at least one message under its prefix;
//   5. no Vietnamese text (a string with Vietnamese letters) in apps/web/src outside the message files;
//   6. the runtime formats plurals, placeholders, missing parameters and the Vietnamese fallback.
// `--list` prints every finding in full; the exit code is 1 when anything fails.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import IntlMessageFormat from 'intl-messageformat';

const ROOT = new URL('..', import.meta.url).pathname;
const WEB = join(ROOT, 'apps/web/src');
const LIST = process.argv.includes('--list');

const { i18n, registerMessages, translate } = await import('../apps/web/src/i18n/index.tsx');
const { features } = await import('../apps/web/src/app/features.ts');
for (const f of features) if (f.messages) registerMessages(f.messages);
// the citizens' portal keeps its own dictionary (its own bundle and i18n instance), checked the same way
const { siteVi, siteEn } = await import('../apps/web/src/portal/messages.ts');
registerMessages({ vi: { site: siteVi }, en: { site: siteEn } });
const dict = (lang) => i18n.store.data[lang].translation;

const problems = [];
const fail = (group, msg) => problems.push({ group, msg });

/** Leaf paths → value (or a note of a wrong type). */
function leaves(d, prefix = '', out = new Map()) {
  for (const [k, v] of Object.entries(d)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') leaves(v, key, out);
    else out.set(key, v);
  }
  return out;
}
const vi = leaves(dict('vi'));
const en = leaves(dict('en'));

// 1. Same keys.
for (const k of vi.keys()) if (!en.has(k)) fail('keys', `only in vi: ${k}`);
for (const k of en.keys()) if (!vi.has(k)) fail('keys', `only in en: ${k}`);

// 1b. Every registered feature's dictionary is in the typed keys (apps/web/src/i18n/keys.ts lists them
// with type-only imports, since the registry's `Feature` type erases them): a namespace left out
// would make every `t('<ns>.…')` a compile error, or, worse, tempt an untyped escape.
{
  const keysFile = join(WEB, 'i18n/keys.ts');
  const sf = ts.createSourceFile(keysFile, readFileSync(keysFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const typed = new Set();
  sf.forEachChild((n) => {
    if (ts.isInterfaceDeclaration(n) && n.name.text === 'FeatureMessages')
      for (const m of n.members) if (m.name) typed.add(m.name.getText(sf));
  });
  for (const f of features)
    for (const ns of Object.keys(f.messages?.vi ?? {}))
      if (!typed.has(ns))
        fail(
          'keys',
          `feature "${f.key}": namespace "${ns}" is not in FeatureMessages of apps/web/src/i18n/keys.ts`,
        );
}

// 2. Non-empty ICU messages with the same arguments.
function argsOf(ast, out = new Set()) {
  for (const el of ast) {
    // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (icu-messageformat-parser TYPE)
    if (el.type >= 1 && el.type <= 6) out.add(el.value);
    if (el.options) for (const o of Object.values(el.options)) argsOf(o.value, out);
    if (el.children) argsOf(el.children, out);
  }
  return out;
}
const asts = { vi: new Map(), en: new Map() };
for (const [lang, map] of [
  ['vi', vi],
  ['en', en],
]) {
  for (const [k, v] of map) {
    if (typeof v !== 'string') fail('values', `${lang} ${k}: not a string (${typeof v})`);
    else if (!v.trim()) fail('values', `${lang} ${k}: empty`);
    else {
      try {
        asts[lang].set(k, new IntlMessageFormat(v, lang, undefined, { ignoreTag: true }).getAst());
      } catch (e) {
        fail('icu', `${lang} ${k}: ${e.message.split('\n')[0]} in ${JSON.stringify(v)}`);
      }
    }
  }
}
for (const [k, ast] of asts.vi) {
  const other = asts.en.get(k);
  if (!other) continue;
  const a = [...argsOf(ast)].sort().join(',');
  const b = [...argsOf(other)].sort().join(',');
  if (a !== b) fail('args', `${k}: vi {${a}} but en {${b}}`);
}

// 3. "1 units": a number argument right before an English plural noun, outside a plural.
const NOT_NOUNS = new Set(['is', 'was', 'has', 'does', 'this', 'its', 'yes', 'us', 'as', 'always', 'plus']);
for (const [k, v] of en) {
  if (typeof v !== 'string') continue;
  const plain = v.replace(/\{\w+,\s*plural,[^]*$/, ''); // whatever follows a plural is its own business
  for (const m of plain.matchAll(
    /\{(\w+)(?:, number)?\}\s+(?:(?:more|valid|new|merged|other)\s+)?([a-z]+s)\b/g,
  )) {
    if (NOT_NOUNS.has(m[2]) || m[2].endsWith('ss')) continue;
    fail('plural', `en ${k}: "${m[0]}" should be {${m[1]}, plural, one {# …} other {# … ${m[2]}}}`);
  }
  if (/\w\(s\)/.test(v)) fail('plural', `en ${k}: "(s)" should be a plural: ${JSON.stringify(v)}`);
}

// 4 and 5. The source.
function files(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(ts|tsx)$/.test(name) && !/\.d\.ts$/.test(name)) out.push(p);
  }
  return out;
}
const isMessageFile = (p) => /\/i18n\//.test(p) || /\/messages\.ts$/.test(p);
// Deliberate unknown keys: the type-level test of the typed keys.
const isKeyTest = (p) => /\/i18n\/keys\.typetest\.ts$/.test(p);
const VI_LETTERS = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
// Vietnamese that is data, not interface text, so the same in both languages (rendered with lang="vi"
// where an English reader meets it): each with its reason.
const VIETNAMESE_DATA = [
  // A language is named in itself in a language switch.
  ['app/layout/languages.ts', ['Tiếng Việt']],
  // The column headers of the import file format (the template and the server's parser use them).
  [
    'features/org/components/ImportModal.tsx',
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Mã đơn vị cấp trên', 'Mã hành chính', 'Nhóm', 'Hiệu lực từ'],
  ],
  // The text of a plan as a Nghị định 30/2020 document (the .docx the server renders says the same).
  [
    'features/plans/components/PlanContent.tsx',
    ['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '. Yêu cầu'],
  ],
  ['features/plans/components/PlanEditorForm.tsx', ['I. MỤC ĐÍCH, YÊU CẦU', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
  [
    'features/plans/pages/PlanEditorPage.tsx',
    [
      'Triển khai, thực hiện công tác dân vận chính quyền năm',
      'Thực hiện Kế hoạch số  ngày  của  về ;',
      'NỘI DUNG',
      'TỔ CHỨC THỰC HIỆN',
    ],
  ],
  // The name given to a unit's copy of a template: stored data, in Vietnamese.
  ['features/reporting/pages/TemplateBuilderPage.tsx', ['(bản của đơn vị)']],
];
const isVietnameseData = (rel, s) =>
  VIETNAMESE_DATA.some(([f, texts]) => rel.endsWith(f) && texts.includes(s.trim()));
const keyExists = (k) => vi.has(k) && en.has(k);
const prefixExists = (p) => [...vi.keys()].some((k) => k.startsWith(p));
let literalCount = 0;
const literalFiles = new Map();
for (const file of files(WEB)) {
  if (isKeyTest(file)) continue;
  const text = readFileSync(file, 'utf8');
  const rel = relative(ROOT, file);
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines = text.split('\n');
  const ignored = (node) => /i18n-ignore/.test(lines[sf.getLineAndCharacterOfPosition(node.getStart()).line]);
  const where = (node) => `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node) => {
    // t('key'), i18n.t('key'), translate(lang, 'key'), labelKey: 'key'
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(sf);
      const arg = /^(t|i18n\.t|\w+\.t)$/.test(callee)
        ? node.arguments[0]
        : callee === 'translate'
          ? node.arguments[1]
          : null;
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) {
        if (!keyExists(arg.text)) fail('source', `${where(arg)}: no message "${arg.text}"`);
      } else if (arg && ts.isTemplateExpression(arg)) {
        const head = arg.head.text;
        if (head && !prefixExists(head)) fail('source', `${where(arg)}: no message under "${head}…"`);
      }
    }
    if (
      ts.isPropertyAssignment(node) &&
      /^(labelKey|titleKey)$/.test(node.name.getText(sf)) &&
      ts.isStringLiteral(node.initializer) &&
      !keyExists(node.initializer.text)
    )
      fail('source', `${where(node)}: no message "${node.initializer.text}"`);
    if (!isMessageFile(file)) {
      let s = null;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) s = node.text;
      else if (ts.isTemplateExpression(node))
        s = [node.head, ...node.templateSpans.map((x) => x.literal)].map((x) => x.text).join('');
      else if (ts.isJsxText(node)) s = node.text;
      const inImport =
        !!node.parent && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent));
      if (s && !inImport && VI_LETTERS.test(s) && !ignored(node) && !isVietnameseData(rel, s)) {
        literalCount++;
        literalFiles.set(rel, (literalFiles.get(rel) ?? 0) + 1);
        fail(
          'literal',
          `${where(node)}: Vietnamese text outside the messages: ${JSON.stringify(s.trim().slice(0, 80))}`,
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// 6. The runtime itself.
const probe = {
  vi: {
    i18nProbe: {
      units: '{count, plural, other {# đơn vị}}',
      hello: 'Xin chào {name}, {what}',
      onlyVi: 'Chỉ có tiếng Việt',
    },
  },
  en: {
    i18nProbe: { units: '{count, plural, one {# unit} other {# units}}', hello: 'Hello {name}, {what}' },
  },
};
registerMessages(probe);
const expect = (got, want, what) => {
  if (got !== want) fail('runtime', `${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
};
expect(translate('en', 'i18nProbe.units', { count: 1 }), '1 unit', 'en plural one');
expect(translate('en', 'i18nProbe.units', { count: 1234 }), '1,234 units', 'en plural other');
expect(translate('vi', 'i18nProbe.units', { count: 1234 }), '1.234 đơn vị', 'vi plural (Vietnamese digits)');
expect(
  translate('vi', 'i18nProbe.hello', { name: 'An', what: 'x' }),
  'Xin chào An, x',
  '{name} placeholders',
);
expect(
  translate('en', 'i18nProbe.hello', { name: 'An' }),
  'Hello An, {what}',
  'a missing parameter stays visible',
);
expect(translate('en', 'i18nProbe.onlyVi'), 'Chỉ có tiếng Việt', 'falls back to Vietnamese');
expect(translate('en', 'i18nProbe.none'), 'i18nProbe.none', 'an unknown key shows itself');

// Report.
const groups = {
  keys: 'vi and en keys differ',
  values: 'empty or non-string messages',
  icu: 'ICU syntax errors',
  args: 'vi and en arguments differ',
  plural: 'English counts without plural',
  source: 'keys used in the source but missing',
  literal: 'Vietnamese literals outside the message files',
  runtime: 'runtime self-test failures',
};
console.log(`i18n check: ${vi.size} vi keys, ${en.size} en keys, ${features.length} features.`);
let failed = false;
for (const [g, title] of Object.entries(groups)) {
  const ps = problems.filter((p) => p.group === g);
  console.log(`  ${ps.length ? '✗' : '✓'} ${title}: ${ps.length}`);
  for (const p of LIST ? ps : ps.slice(0, 15)) console.log(`      ${p.msg}`);
  if (!LIST && ps.length > 15) console.log(`      … ${ps.length - 15} more (--list)`);
  if (ps.length) failed = true;
}
if (literalCount && LIST)
  for (const [f, n] of [...literalFiles].sort((a, b) => b[1] - a[1])) console.log(`    ${n}\t${f}`);
process.exit(failed ? 1 : 0);
