import { HOLDING } from './rules';

/**
 * SQL shared by this domain's repositories, and only by them: the statuses that hold a
 * counsellor's time, as a list for `status IN …`, written from the same HOLDING the rules read.
 */
export const HOLDING_SQL = `(${HOLDING.map((status) => `'${status}'`).join(', ')})`;
