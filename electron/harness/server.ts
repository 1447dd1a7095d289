// Test-only: serves the built renderer and the same handler map over HTTP on 127.0.0.1, guarded by a
// random per-run token, so browser tests drive the real UI on a real database file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { huidigeWijzigingStempel, invoke } from '../api/registry';
import { DatabaseSessie } from '../db/sessie';
import { maakOmgeving } from '../omgeving';
import { CONTENT_SECURITY_POLICY, INHOUDSTYPEN, isBestand, rendererBestand } from '../window';

export interface Harness {
  url: string;
  token: string;
  sessie: DatabaseSessie;
  /** The answer the next file dialog gives (a test stands in for the user). */
  volgendBestand(pad: string | string[] | null): void;
  close(): Promise<void>;
}

export async function startHarness(opties: { dbPad: string; rendererDir?: string; port?: number }): Promise<Harness> {
  const rendererDir = path.resolve(opties.rendererDir ?? 'dist/renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`Geen gebouwde renderer in ${rendererDir}: voer eerst "npm run build:renderer" uit.`);
  }
  const token = crypto.randomBytes(24).toString('hex');
  const sessie = await DatabaseSessie.open(opties.dbPad);
  const antwoorden: (string | string[] | null)[] = [];
  const voortgang = { taak: '', fractie: 0 };
  const omgeving = maakOmgeving(sessie, {
    kiesBestand: async () => {
      const a = antwoorden.shift() ?? null;
      return Array.isArray(a) ? (a[0] ?? null) : a;
    },
    kiesBestanden: async () => {
      const a = antwoorden.shift() ?? null;
      return a === null ? null : Array.isArray(a) ? a : [a];
    },
    voortgang: (taak, fractie) => Object.assign(voortgang, { taak, fractie }),
  });

  const server = http.createServer(async (req, res) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST' || req.headers['x-schoolinzet-token'] !== token) {
        res.writeHead(403).end();
        return;
      }
      const body = await readBody(req);
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        input = Symbol('ongeldige JSON');
      }
      const result = await invoke(decodeURIComponent(url.pathname.slice(5)), input, omgeving);
      // The change stamp rides along with every answer: the page's client treats a new one as the
      // same change signal Electron sends on WIJZIGING_KANAAL.
      res
        .writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'X-Schoolinzet-Stempel': String(huidigeWijzigingStempel()) })
        .end(JSON.stringify(result));
      return;
    }
    const file = rendererBestand(rendererDir, url.pathname, isBestand);
    if (!file) {
      res.writeHead(404).end('Niet gevonden');
      return;
    }
    let content: Buffer | string = fs.readFileSync(file);
    if (file.endsWith('index.html')) {
      content = content.toString('utf8').replace('<head>', `<head><meta name="schoolinzet-harness" content="${token}">`);
    }
    res.writeHead(200, { 'Content-Type': INHOUDSTYPEN[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }).end(content);
  });
  await new Promise<void>((resolve) => server.listen(opties.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    sessie,
    volgendBestand: (pad) => antwoorden.push(pad),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          sessie.close();
          resolve();
        });
      }),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 50 * 1024 * 1024) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
