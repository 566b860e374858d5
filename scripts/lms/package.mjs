// Makes one SCORM package (a zip) of one work format: imsmanifest.xml at the root, an index.html
// with the LMS runtime inlined that loads the element's own bundle, and that bundle. Same input,
// same bytes: files in a fixed order with a fixed date.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { WORK_FORMATS, root } from '../work-formats.mjs';

export const SCORM_VERSIONS = { '1.2': 'scorm12', 2004: 'scorm2004' };

/** Local date parts, so the zip's DOS time is the same in every time zone. */
const FIXED_DATE = new Date(2026, 0, 1, 0, 0, 0);

const xml = (text) => String(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);

function manifest({ id, title, version, files }) {
  const fileList = files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  const organizations = `  <organizations default="org">
    <organization identifier="org">
      <title>${xml(title)}</title>
      <item identifier="item" identifierref="resource"${version === '1.2' ? ' isvisible="true"' : ''}>
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>`;
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
${organizations}
  <resources>
    <resource identifier="resource" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
${organizations}
  <resources>
    <resource identifier="resource" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

function indexHtml({ title, lang, bundle, runtime, config }) {
  // Inline code and data must not close their script early.
  const script = runtime.replace(/<\/script/gi, '<\\/script');
  const data = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${xml(title)}</title>
<style>
body { margin: 0; padding: 1em; background: #f6f3ee; color: #24211d; font-family: system-ui, sans-serif; }
.kjk-lms { max-width: 75em; margin: 0 auto; }
/* The bar with the save status and Klaar stays in view at the bottom, next to the sheet being filled. */
.kjk-lms { position: sticky; bottom: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 0.75em; align-items: center; margin-block-start: 1em; padding: 0.75em 1em; border-radius: 0.75em 0.75em 0 0; background: #fff; box-shadow: 0 -0.125em 0.5em rgb(0 0 0 / 0.15); }
.kjk-lms p { flex: 1 1 20em; margin: 0; }
.kjk-lms p:empty, .kjk-lms [hidden] { display: none; }
.kjk-lms-status, .kjk-lms-alert { padding: 0.5em 0.75em; border-radius: 0.5em; }
.kjk-lms-status { background: #fff4d6; border-inline-start: 0.4em solid #e49a2f; }
.kjk-lms-alert { background: #fde8e6; border-inline-start: 0.4em solid #b3261e; font-weight: 600; }
.kjk-lms button { min-height: 2.75em; padding: 0.5em 1.5em; border: 0; border-radius: 999px; background: #1f5596; color: #fff; font: inherit; font-weight: 700; cursor: pointer; }
.kjk-lms button.kjk-lms-choice { background: #fff; color: #1f5596; box-shadow: inset 0 0 0 0.125em #1f5596; }
.kjk-lms button:focus-visible { outline: 3px solid #1b4fd6; outline-offset: 3px; }
/* In an LMS the answers are kept there: the element's own line about this browser would mislead. */
.kjk-lms-connected #kjk-main > *::part(session) { display: none; }
</style>
<script type="application/json" id="kjk-package">${data}</script>
<script type="module" src="${bundle}"></script>
<script type="module">${script}</script>
</head>
<body>
<main id="kjk-main"></main>
<div class="kjk-lms">
<p id="kjk-lms-alert" class="kjk-lms-alert" role="alert"></p>
<p id="kjk-lms-status" class="kjk-lms-status" role="status"></p>
<p id="kjk-lms-where"></p>
<button type="button" id="kjk-lms-choice" class="kjk-lms-choice" hidden></button>
<button type="button" id="kjk-lms-done">Klaar</button>
</div>
</body>
</html>
`;
}

export function formatOf(name) {
  return WORK_FORMATS.find((f) => f.name === name);
}

/**
 * The zip of one package, as bytes. `id` separates this package's answers in the LMS and the
 * browser; authors' own packages get one from their title.
 */
export async function buildPackage({ name, version, title, topic = '', lang = 'nl', reportAnswers = false, id }) {
  const format = formatOf(name);
  if (!format) throw new Error(`unknown element "${name}"`);
  const bundle = `kjk-${name}.js`;
  // The Word writer, which the bundle loads from beside itself only when a Word file is asked for.
  const docx = 'kjk-docx.js';
  const [bundleCode, runtime, docxCode] = await Promise.all([
    readFile(path.join(root, 'dist/cdn/single', bundle)),
    readFile(path.join(root, 'dist/lms/kjk-lms-runtime.js'), 'utf8'),
    readFile(path.join(root, 'dist/cdn/single', docx)),
  ]);
  const packageId = id ?? `ken-je-kracht-${name}`;
  // The version tells the runtime which API to look for: a 1.2 package ignores a 2004 API and vice versa.
  const config = { id: packageId, version, tag: `kjk-${name}`, kind: format.kind, topic, lang, reportAnswers };
  const files = {
    'imsmanifest.xml': strToU8(manifest({ id: packageId, title, version, files: ['index.html', bundle, docx] })),
    'index.html': strToU8(indexHtml({ title, lang, bundle, runtime, config })),
    [bundle]: new Uint8Array(bundleCode),
    [docx]: new Uint8Array(docxCode),
  };
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([file, data]) => [file, [data, { mtime: FIXED_DATE }]])),
    { level: 9 },
  );
}
