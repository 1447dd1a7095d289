import type { Commando } from './commando';
import { infoCommando } from './info';
import { importCommando } from './import';
import { exportCommando } from './export';
import { kostenCommando } from './kosten';
import { dekkingCommando } from './dekking';
import { dekkingsgraadCommando } from './dekkingsgraad';
import { demoCommando } from './demo';
import { scholenCommando } from './scholen';
import { mutatielogCommando } from './mutatielog';
import { werkplannenCommando } from './werkplannen';
import { tarievenCommando } from './tarieven';
import { wijkenCommando } from './wijken';
import { subsidieCommando } from './subsidie';
import { monitorCommando } from './monitor';
import { verdeelCommando } from './verdeel';
import { aanvullendCommando } from './aanvullend';

/** Every CLI command; each lives in its own file. */
export const COMMANDOS: Commando[] = [
  infoCommando,
  importCommando,
  exportCommando,
  kostenCommando,
  dekkingCommando,
  dekkingsgraadCommando,
  demoCommando,
  scholenCommando,
  mutatielogCommando,
  tarievenCommando,
  wijkenCommando,
  werkplannenCommando,
  subsidieCommando,
  monitorCommando,
  verdeelCommando,
  aanvullendCommando,
];
