// `npm run build` step: a SCORM 1.2 and a SCORM 2004 package of every work format, in dist/lms/.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WORK_FORMATS, root, titleOf } from '../work-formats.mjs';
import { SCORM_VERSIONS, buildPackage } from './package.mjs';

await mkdir(path.join(root, 'dist/lms'), { recursive: true });
const written = [];
for (const format of WORK_FORMATS) {
  const title = `${await titleOf(format)} — Ken je kracht?`;
  for (const [version, suffix] of Object.entries(SCORM_VERSIONS)) {
    const file = `dist/lms/kjk-${format.name}-${suffix}.zip`;
    await writeFile(path.join(root, file), await buildPackage({ name: format.name, version, title }));
    written.push(file);
  }
}
console.log(`LMS packages: ${written.length} in dist/lms/ (SCORM 1.2 and 2004 of ${WORK_FORMATS.map((f) => f.name).join(', ')})`);
