// A restore that crashed (kill -9, power cut) leaves its temporary copy beside the file, as big as
// the backup. The next open for writing removes it; a read-only open and other files leave it be.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseSessie } from '../../electron/db/sessie';
import { tmpDbPad } from '../helpers/db';

describe('leftovers of a crashed restore', () => {
  it('are removed at the next start, and only those', async () => {
    const pad = tmpDbPad('schoolinzet.db');
    (await DatabaseSessie.open(pad)).close();
    const map = path.dirname(pad);
    const resten = ['.schoolinzet.db.herstel-48213.tmp', '.schoolinzet.db.herstel-48213.tmp-journal', '.schoolinzet.db.herstel-7.tmp-wal'];
    const blijven = ['.ander.db.herstel-48213.tmp', 'schoolinzet.db.herstel-1.tmp', '.schoolinzet.db.herstel-x.tmp', 'notities.txt'];
    for (const n of [...resten, ...blijven]) fs.writeFileSync(path.join(map, n), Buffer.alloc(4096, 1));

    const ro = await DatabaseSessie.open(pad, { alleenLezen: true });
    ro.close();
    for (const n of resten) expect(fs.existsSync(path.join(map, n)), n).toBe(true);

    const sessie = await DatabaseSessie.open(pad);
    sessie.close();
    for (const n of resten) expect(fs.existsSync(path.join(map, n)), n).toBe(false);
    for (const n of blijven) expect(fs.existsSync(path.join(map, n)), n).toBe(true);
  });
});
