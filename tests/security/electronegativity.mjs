// The Electronegativity gate (issue 6): a static check of the Electron shell that fails the
// test run on any finding of MEDIUM severity or above (and on any of a few checks it rates lower). Its CLI exits 0 whatever it finds,
// so this runs it through its API and decides here.
//
// What is scanned: electron/main and electron/preload (the only code that touches Electron),
// the renderer (its index.html carries the meta CSP; its code is checked for window.open,
// postMessage and eval-like calls) and package.json (the Electron version). The built
// bundles in dist/ are not scanned: esbuild drops the comments that justify a finding, and
// what it adds (services, npm packages) never imports 'electron'.
//
// A finding that does not apply is silenced with Electronegativity's own inline comment on
// the flagged line, followed by the reason:
//   // eng-disable OPEN_EXTERNAL_JS_CHECK — only http/https/mailto, checked on the line above
// This gate refuses an eng-disable without a reason, and a file-wide one (line 1).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCANNED = ['electron/main', 'electron/preload', 'renderer', 'package.json'];
const ELECTRON_VERSION = require(path.join(root, 'node_modules/electron/package.json')).version;
const MEDIUM = 2;
// Electronegativity rates an explicit `nodeIntegration: true` as INFORMATIONAL; for Soạn any
// finding of these checks is a hole, whatever severity the tool gives it.
const ALWAYS_GATED = new Set([
  'NODE_INTEGRATION_JS_CHECK', 'NODE_INTEGRATION_HTML_CHECK', 'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK',
  'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'WEB_SECURITY_HTML_CHECK',
  'INSECURE_CONTENT_JS_CHECK', 'ALLOWPOPUPS_HTML_CHECK',
]);
const gated = (issue) => issue.severity.value >= MEDIUM || ALWAYS_GATED.has(issue.id);
// Needs the network (the list of Electron releases); the version is pinned in package.json
// and upgrades are reviewed by hand.
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];
const DISABLE_COMMENT = /(?:\/\/|\/\*|<!--)[ \t]*eng-disable[ \t]+([\w \t,]+)(.*)$/;

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(?:[cm]?[jt]sx?|html)$/.test(name)) out.push(full);
  }
  return out;
}

/** Every eng-disable must be on the flagged line and say why: "— <reason>" of a few words. */
function unjustifiedDisables() {
  const problems = [];
  for (const entry of SCANNED.filter((p) => !p.endsWith('.json'))) {
    for (const file of sourceFiles(path.join(root, entry))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const match = DISABLE_COMMENT.exec(line);
          if (!match) return;
          const where = `${path.relative(root, file)}:${i + 1}`;
          const reason = match[2].replace(/\*\/|-->/g, '').replace(/^[\s—–:-]+/, '').trim();
          if (i === 0) problems.push(`${where}: eng-disable on line 1 silences the whole file`);
          else if (reason.split(/\s+/).length < 3) problems.push(`${where}: eng-disable without a reason`);
        });
    }
  }
  return problems;
}

async function scan() {
  // One folder holding exactly what is scanned, at the same relative paths, so the global
  // checks (CSP, navigation limits, permission handler) see main and renderer together.
  const stage = mkdtempSync(path.join(tmpdir(), 'soan-electronegativity-'));
  try {
    for (const entry of SCANNED) cpSync(path.join(root, entry), path.join(stage, entry), { recursive: true });
    const run = require('@doyensec/electronegativity');
    return await run({
      input: stage,
      isRelative: true,
      electronVersionOverride: ELECTRON_VERSION,
      excludeFromScan: EXCLUDED,
    });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

const result = await scan();
const failures = [];
for (const error of result.errors) {
  // A file that could not be parsed is a file that was not checked.
  if (!error.tolerable) failures.push(`${error.file}: not parsed (${error.message})`);
}
for (const issue of result.issues) {
  if (!gated(issue)) continue;
  failures.push(
    `${issue.id} (${issue.severity.name}, ${issue.confidence.name}) ${issue.file}:${issue.location.line} ` +
      `${(issue.sample ?? '').trim().slice(0, 100)}\n    ${issue.description} ${issue.shortenedURL}`,
  );
}
failures.push(...unjustifiedDisables());

const below = result.issues.filter((i) => !gated(i)).map((i) => `${i.id} (${i.severity.name})`);
console.log(
  `electronegativity (Electron ${ELECTRON_VERSION}) ` +
    `${result.globalChecks + result.atomicChecks} checks over ${SCANNED.join(', ')}` +
    (below.length ? `; below the gate: ${below.join(', ')}` : ''),
);
if (failures.length) {
  console.error(`electronegativity: ${failures.length} finding(s) of MEDIUM or above without a reason beside the code:`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
console.log('electronegativity: no finding of MEDIUM or above');
