#!/usr/bin/env node
// `npm run security`: Electronegativity (Doyensec) over the Electron main process, the preload and
// the renderer, offline. Exit 1 when any finding is MEDIUM or higher, or when a file cannot be
// parsed (an unscanned file would be a silent hole). `--json` prints the findings for the test.
//
// Two shims, both only for modules Electronegativity itself loads:
// - `typescript`: its TS fallback parser (@typescript-eslint/typescript-estree 4) needs the
//   TypeScript 4/5 JS API, which TypeScript 7 (our compiler, native) no longer has. The scan parses
//   .ts/.tsx with Babel first (the runner's default); the fallback is only reached when Babel fails,
//   and then the stub throws, so that file is reported as a parse error instead of skipped.
// - `got`: the tool downloads translations at start, and one global check (newer Electron releases
//   with security fixes) asks GitHub; CI is offline, so both get "no network" at once and no request
//   leaves the machine. Keeping Electron current is the job of the dependency updates instead.
'use strict';
const Module = require('node:module');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const JSON_OUT = process.argv.includes('--json');
/** `--input DIR` scans another folder as is (the test proves the scan finds a bad window). */
const INPUT = process.argv.includes('--input') ? path.resolve(process.argv[process.argv.indexOf('--input') + 1]) : null;

const typescriptStub = new Proxy(
  { SyntaxKind: {}, ScriptTarget: {}, ScriptKind: {}, NodeFlags: {}, ModifierFlags: {}, TokenFlags: {}, version: '0.0.0-stub' },
  {
    get(target, key) {
      if (key in target) return target[key];
      return () => {
        throw new Error('TypeScript-parser niet beschikbaar (Babel kon dit bestand niet lezen)');
      };
    },
  },
);
const gotOffline = () => Promise.reject(new Error('offline'));
gotOffline.head = gotOffline; // AvailableSecurityFixesGlobalCheck asks GitHub for Electron releases

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  const from = parent && parent.filename ? parent.filename : '';
  if (request === 'typescript' && from.includes(`${path.sep}typescript-estree${path.sep}`)) return typescriptStub;
  if (request === 'got' && from.includes(`${path.sep}electronegativity${path.sep}`)) return gotOffline;
  return originalLoad.call(this, request, parent, isMain);
};

/** What we scan: our own sources only (no node_modules, no build output). */
const SOURCES = ['electron', 'renderer/index.html', 'renderer/src', 'package.json'];

/** Findings switched off in the source with `// eng-disable ID`: listed, so none hides unnoticed. */
function inlineExceptions(dir) {
  const found = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|js|html)$/.test(entry.name)) {
        fs.readFileSync(full, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const m = line.match(/eng-disable[ \t]+([\w \t]+)/);
            if (m) found.push({ file: path.relative(dir, full).split(path.sep).join('/'), line: i + 1, ids: m[1].trim().split(/[ \t,]+/) });
          });
      }
    }
  };
  walk(dir);
  return found;
}

function copyInto(dir) {
  for (const rel of SOURCES) {
    const from = path.join(ROOT, rel);
    if (!fs.existsSync(from)) continue;
    fs.cpSync(from, path.join(dir, rel), { recursive: true });
  }
}

async function main() {
  const run = require('@doyensec/electronegativity');
  const electronVersion = require(path.join(ROOT, 'node_modules/electron/package.json')).version;
  const dir = INPUT ?? fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-security-'));
  const quietLog = console.log;
  try {
    if (!INPUT) copyInto(dir);
    const exceptions = inlineExceptions(dir);
    console.log = () => undefined; // the tool's "could not retrieve translations" chatter
    const result = await run({ input: dir, isRelative: true, electronVersionOverride: electronVersion, parserPlugins: [] });
    console.log = quietLog;
    const issues = result.issues.map((i) => ({
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: i.file,
      line: i.location.line,
      description: i.description,
      manualReview: Boolean(i.manualReview),
    }));
    const errors = result.errors.filter((e) => !e.tolerable).map((e) => ({ file: path.relative(dir, e.file), message: e.message }));
    const blocking = issues.filter((i) => i.severity === 'HIGH' || i.severity === 'MEDIUM');
    if (JSON_OUT) {
      process.stdout.write(JSON.stringify({ checks: result.globalChecks + result.atomicChecks, electronVersion, issues, errors, exceptions }, null, 2) + '\n');
    } else {
      console.log(`Electronegativity: ${result.globalChecks + result.atomicChecks} controles, Electron ${electronVersion}.`);
      for (const i of issues) console.log(`  ${i.severity.padEnd(13)} ${i.id}  ${i.file}:${i.line}${i.manualReview ? '  (handmatig beoordelen)' : ''}`);
      for (const x of exceptions) console.log(`  BEOORDEELD    ${x.ids.join(', ')}  ${x.file}:${x.line}`);
      for (const e of errors) console.log(`  NIET GELEZEN  ${e.file}: ${e.message}`);
      console.log(
        blocking.length || errors.length
          ? `${blocking.length} bevinding(en) van MEDIUM of hoger, ${errors.length} onleesbare bestanden.`
          : 'Geen bevindingen van MEDIUM of hoger.',
      );
    }
    process.exitCode = blocking.length || errors.length ? 1 : 0;
  } finally {
    console.log = quietLog;
    if (!INPUT) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
