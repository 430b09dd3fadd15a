/** SQL for the union `$n` and every union above it, as a subquery of ids. */
export const ANCESTORS = (param: string) =>
  `(WITH RECURSIVE up AS (SELECT id, parent_id FROM unions WHERE id = ${param}
     UNION ALL SELECT u.id, u.parent_id FROM unions u JOIN up ON u.id = up.parent_id) SELECT id FROM up)`;
