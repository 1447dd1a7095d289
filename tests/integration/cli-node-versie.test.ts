// The CLI checks its Node before importing anything native: under Node 20 better-sqlite3 13
// would end in a segmentation fault; the user gets a Dutch message and exit code 1 instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = path.join(import.meta.dirname, '../../bin/schoolinzet.mjs');
const NODE20 = '/usr/bin/node';
const oudeNode = fs.existsSync(NODE20) && Number(spawnSync(NODE20, ['-p', 'process.versions.node.split(".")[0]']).stdout.toString().trim()) < 22;

describe('CLI onder een te oude Node', () => {
  it.skipIf(!oudeNode)('stopt met een Nederlandse melding en afsluitcode 1', () => {
    const r = spawnSync(NODE20, [CLI, 'info', '--db', ':memory:'], { encoding: 'utf8', timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Schoolinzet heeft Node.js 22.12 of nieuwer nodig');
  });
});
