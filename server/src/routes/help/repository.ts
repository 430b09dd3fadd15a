import type { Queryable } from '../../db';
import { caseQueries } from './case-repository';
import { listQueries } from './list-repository';
import { settingsQueries } from './settings-repository';
import { timelineQueries } from './timeline-repository';
import { visitQueries } from './visit-repository';

export type { DetailRow, HelpRow } from './case-repository';
export type { ExportRow, MineKey, QueueKey } from './list-repository';
export type { NewEvent } from './timeline-repository';

/** Every help query, by name: the one way the help routes and services reach the database. */
export function helpRepository(db: Queryable) {
  return {
    ...settingsQueries(db),
    ...caseQueries(db),
    ...timelineQueries(db),
    ...listQueries(db),
    ...visitQueries(db),
  };
}
