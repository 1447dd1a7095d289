// The mutatielog as the UI reads it: the history of one entity, or the latest changes.
import { leesMutaties } from '../db/mutatielog-repo';
import type { Handlers } from './registry';

export const mutatielogHandlers: Handlers<'mutatielog.lijst'> = {
  'mutatielog.lijst': ({ entiteit, entiteitId, limiet }, { db }) =>
    leesMutaties(db, { entiteit, entiteitId: entiteitId === undefined ? undefined : String(entiteitId), limiet }),
};
