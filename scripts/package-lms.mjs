// An author's own LMS package:
//   npm run package -- --element octagon --title "Les 3: Bekrachtigen" [--topic "Regie voeren"]
//     [--lang nl|en] [--scorm 1.2|2004|both] [--report-answers] [--out dir]
// Needs `npm run build` first (it packs the built bundle).
import { mkdir, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { WORK_FORMATS, root } from './work-formats.mjs';
import { SCORM_VERSIONS, buildPackage, formatOf } from './lms/package.mjs';

function fail(message) {
  console.error(`npm run package: ${message}`);
  process.exit(2);
}

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      element: { type: 'string' },
      title: { type: 'string' },
      topic: { type: 'string', default: '' },
      lang: { type: 'string', default: 'nl' },
      scorm: { type: 'string', default: 'both' },
      'report-answers': { type: 'boolean', default: false },
      out: { type: 'string', default: 'dist/lms/custom' },
    },
  }));
} catch (error) {
  fail(`${error.message}. Usage: npm run package -- --element octagon --title "Les 3" [--topic …] [--lang nl|en] [--scorm 1.2|2004|both] [--report-answers]`);
}
const names = WORK_FORMATS.map((f) => f.name).join(', ');
if (!options.element) fail(`say which element with --element (one of: ${names}).`);
if (!formatOf(options.element)) fail(`unknown element "${options.element}". Choose one of: ${names}.`);
if (!options.title?.trim()) fail('give the package a title with --title "…": learners see it in the LMS.');
if (!['nl', 'en'].includes(options.lang)) fail(`--lang must be nl or en, not "${options.lang}".`);
if (!['1.2', '2004', 'both'].includes(options.scorm)) fail(`--scorm must be 1.2, 2004 or both, not "${options.scorm}".`);
try {
  await access(path.join(root, 'dist/lms/kjk-lms-runtime.js'));
} catch {
  fail('run `npm run build` first: the package is made from the built bundle.');
}

const slug = options.title
  .normalize('NFKD')
  .replace(/[^\w\s-]/g, '')
  .trim()
  .toLowerCase()
  .replace(/[\s_]+/g, '-')
  .slice(0, 40);
const id = `ken-je-kracht-${options.element}-${slug || 'les'}`;
const versions = options.scorm === 'both' ? ['1.2', '2004'] : [options.scorm];
await mkdir(path.resolve(root, options.out), { recursive: true });
for (const version of versions) {
  const file = path.join(options.out, `${id}-${SCORM_VERSIONS[version]}.zip`);
  const zip = await buildPackage({
    name: options.element,
    version,
    title: options.title.trim(),
    topic: options.topic,
    lang: options.lang,
    reportAnswers: options['report-answers'],
    id,
  });
  await writeFile(path.resolve(root, file), zip);
  console.log(`${file} (${(zip.length / 1024).toFixed(1)} KB)`);
}
