// Opens every story of the built Storybook (storybook-static/) in headless Chromium and runs two
// accessibility engines on it: axe-core, with the same rules as the a11y panel, and IBM's Equal
// Access checker (accessibility-checker-engine, WCAG 2.2 rule set), which sees what axe does not:
// placeholder-only labels, references to ids that are not there, empty lists, button roles
// without a tabbable element. Every story must come out clean in both.
// Run after `npm run build-storybook`; .ci/run does.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, root, serve } from '../bench/lib.mjs';

/**
 * Equal Access rules that ask a person to judge ("potential" findings), looked at for every story
 * and judged here once; any other finding, definite or potential, fails the check.
 */
const REVIEWED = {
  skip_main_exists: 'about the page: a main landmark or skip link is the host page’s, not an embedded element’s',
  style_color_misuse: 'colour is never the only means: zones, steps and sections carry their names and numbers as text',
  text_block_heading:
    'the flagged texts are labels and kickers ("Werkvorm 3", "Stappenplan", a key question under its heading), each inside a section whose heading is a real heading',
  blockquote_cite_exists: 'the quotations are the printed fan’s own key questions and quotes; their source is the card they stand on',
  text_sensory_misuse: 'the instructions are the printed fan’s text about its shapes ("the large circle"), which the element also names and numbers',
  input_checkboxes_grouped: 'each "Dit speelt bij ons" checkbox stands alone, one per tension field, with its own visible label',
  'widget_tabbable_exists: a button in a toolbar with one tab stop':
    'the fan’s strips and the drawing tools are toolbars with a roving tabindex: one tab stop, arrow keys between the buttons',
  'input_label_visible: a picture button':
    'a pen colour, line width or pictogram button: its picture is what it shows, its name is in aria-label and in its tooltip (title)',
  'input_label_visible: named with its visible label':
    'the field’s name (“Notitie 2 bij Waarom”, “Wie doet actie 1”) contains the visible text that labels it: the zone’s heading above the list, or its <label>',
};

const index = JSON.parse(await readFile(path.join(root, 'storybook-static/index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const axe = await readFile(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const ace = await readFile(path.join(root, 'node_modules/accessibility-checker-engine/ace.js'), 'utf8');
const server = await serve();
const browser = await launch();
const failures = [];
const reviewed = {};
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  for (const story of stories) {
    await page.goto(`${server.base}/storybook-static/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, { timeout: 15000 });
    await new Promise((r) => setTimeout(r, 400));
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      // Storybook's a11y panel runs its own axe after each render; on a busy machine it may still be at it.
      let result;
      for (let tries = 0; !result; tries++) {
        try {
          result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
        } catch (error) {
          if (!/already running/.test(String(error)) || tries > 50) throw error;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      return result.violations.map((v) => `axe ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
    });
    await page.evaluate(ace);
    const findings = await page.evaluate(async () => {
      const report = await new window.ace.Checker().check(document, ['WCAG_2_2']);
      const words = (text) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
      /**
       * input_label_visible is "potential": it cannot tell a missing label from one it does not
       * recognise. Judged here per control, and only where this holds: a button whose only content
       * is a picture (colour, line width, pictogram) named by aria-label and shown by title; or a
       * field whose name contains the visible text that labels it (its <label>, or the heading of
       * the zone its list stands under), as WCAG 2.5.3 asks.
       */
      const judged = (node) => {
        if (!node?.getRootNode) return undefined;
        const name = words(node.getAttribute('aria-label') ?? '');
        if (node.localName === 'button' && !words(node.textContent) && node.title && name) return 'input_label_visible: a picture button';
        const root = node.getRootNode();
        const visible = [node.closest('label')?.querySelector('span')?.textContent];
        if (node.id) for (const label of root.querySelectorAll(`label[for="${node.id}"]`)) visible.push(label.textContent);
        const heading = node.closest('section')?.querySelector('.zone-title');
        // The heading's text without its zone number, which is aria-hidden.
        if (heading) visible.push([...heading.childNodes].filter((n) => n.nodeType === 3 || (n.nodeType === 1 && !n.matches('[aria-hidden="true"]'))).map((n) => n.textContent).join(''));
        const texts = visible.map(words).filter(Boolean);
        if (texts.length && texts.some((text) => (name || words(node.labels?.[0]?.textContent)).includes(text))) {
          return 'input_label_visible: named with its visible label';
        }
        return undefined;
      };
      /**
       * widget_tabbable_exists exempts the composite roles (listbox, menu, grid, …) but not
       * role="toolbar", whose roving tabindex (ARIA Authoring Practices) leaves all buttons but one
       * at tabindex -1. Judged per button: inside a toolbar with exactly one tab stop.
       */
      const roving = (node) => {
        const toolbar = node?.closest?.('[role="toolbar"]');
        return toolbar && toolbar.querySelectorAll('[tabindex="0"], button:not([tabindex]):not(:disabled)').length === 1
          ? 'widget_tabbable_exists: a button in a toolbar with one tab stop'
          : undefined;
      };
      return report.results
        .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] !== 'PASS')
        .map((r) => ({
          rule: (r.ruleId === 'input_label_visible' && judged(r.node)) || (r.ruleId === 'widget_tabbable_exists' && roving(r.node)) || r.ruleId,
          text: `Equal Access ${r.ruleId} (${r.value[1].toLowerCase()}): ${r.message} at ${r.path.dom}`,
        }));
    });
    for (const finding of findings) {
      if (finding.rule in REVIEWED) reviewed[finding.rule] = (reviewed[finding.rule] ?? 0) + 1;
      else violations.push(finding.text);
    }
    if (violations.length) failures.push(`${story.id}:\n  ${violations.join('\n  ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Storybook a11y (axe and IBM Equal Access): ${stories.length - failures.length} of ${stories.length} stories clean.`);
for (const [rule, count] of Object.entries(reviewed)) console.log(`  reviewed, not a failure: ${rule} ×${count}: ${REVIEWED[rule]}`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
