import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestandsReden } from '../../electron/db/bestandsreden';

function foutVan(actie: () => unknown): unknown {
  try {
    actie();
  } catch (error) {
    return error;
  }
  throw new Error('geen fout');
}

describe('bestandsReden', () => {
  it('says in Dutch why a real file operation failed', () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolinzet-reden-'));
    expect(bestandsReden(foutVan(() => fs.writeFileSync(path.join(map, 'bestaat-niet', 'x.xlsx'), 'x')))).toBe('de map bestaat niet');
    expect(bestandsReden(foutVan(() => fs.writeFileSync(map, 'x')))).toBe('dat is een map, geen bestand');
    fs.rmSync(map, { recursive: true, force: true });
  });

  it('keeps the text of an error without a known code', () => {
    expect(bestandsReden(new Error('iets anders'))).toBe('iets anders');
    expect(bestandsReden('kapot')).toBe('kapot');
  });
});
