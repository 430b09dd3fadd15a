import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { DEFAULT_CATEGORIES } from './rules';
import type { ClosedDay, HelpCategory } from './office-schemas';
import type { ClosedRange } from './working-days';

/** A union's help settings: its categories, its answer deadline, its closure days. */
export function settingsQueries(db: Queryable) {
  return {
    /** A union's categories, created with the defaults the first time anyone asks. */
    async categories(unionId: number, includeInactive: boolean): Promise<Static<typeof HelpCategory>[]> {
      await db.query(
        `INSERT INTO help_categories (union_id, name, allows_anonymous, sort_order)
         SELECT $1, d.name, d.anonymous, d.ord
           FROM unnest($2::text[], $3::boolean[]) WITH ORDINALITY AS d(name, anonymous, ord)
          WHERE NOT EXISTS (SELECT 1 FROM help_categories WHERE union_id = $1)
         ON CONFLICT (union_id, name) DO NOTHING`,
        [unionId, DEFAULT_CATEGORIES.map((c) => c.name), DEFAULT_CATEGORIES.map((c) => c.allowsAnonymous)],
      );
      return db.query(
        `SELECT id, name, allows_anonymous AS "allowsAnonymous", active FROM help_categories
          WHERE union_id = $1 AND (active OR $2) ORDER BY sort_order, id`,
        [unionId, includeInactive],
      );
    },

    /** One of the union's categories, by id or by name. */
    async findCategory(
      unionId: number,
      by: { id: number } | { name: string },
    ): Promise<Static<typeof HelpCategory> | null> {
      const [column, value] = 'id' in by ? ['id', by.id] : ['name', by.name];
      const [row] = await db.query<Static<typeof HelpCategory>>(
        `SELECT id, name, allows_anonymous AS "allowsAnonymous", active FROM help_categories WHERE union_id = $1 AND ${column} = $2`,
        [unionId, value],
      );
      return row ?? null;
    },

    /** null when the name is already taken in this union. */
    async createCategory(unionId: number, name: string, allowsAnonymous: boolean): Promise<number | null> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO help_categories (union_id, name, allows_anonymous, sort_order)
         SELECT $1, $2, $3, coalesce(max(sort_order), 0) + 1 FROM help_categories WHERE union_id = $1
         ON CONFLICT (union_id, name) DO NOTHING RETURNING id`,
        [unionId, name, allowsAnonymous],
      );
      return row?.id ?? null;
    },

    async updateCategory(
      unionId: number,
      id: number,
      input: { name?: string; allowsAnonymous?: boolean; active?: boolean },
    ): Promise<boolean> {
      const rows = await db.query(
        `UPDATE help_categories SET name = coalesce($3, name), allows_anonymous = coalesce($4, allows_anonymous),
                active = coalesce($5, active)
          WHERE union_id = $1 AND id = $2 RETURNING id`,
        [unionId, id, input.name ?? null, input.allowsAnonymous ?? null, input.active ?? null],
      );
      return rows.length === 1;
    },

    async responseDays(unionId: number): Promise<number> {
      const [row] = await db.query<{ days: number }>(
        `SELECT coalesce((SELECT response_days FROM help_settings WHERE union_id = $1), 5) AS days`,
        [unionId],
      );
      return row!.days;
    },

    async setResponseDays(unionId: number, days: number): Promise<void> {
      await db.query(
        `INSERT INTO help_settings (union_id, response_days) VALUES ($1, $2)
         ON CONFLICT (union_id) DO UPDATE SET response_days = EXCLUDED.response_days, updated_at = now()`,
        [unionId, days],
      );
    },

    /** Closure ranges that end on or after `from`: all a deadline counted from `from` can meet. */
    async closedRanges(unionId: number, from: string): Promise<ClosedRange[]> {
      return db.query<ClosedRange>(
        `SELECT starts_on AS "startsOn", ends_on AS "endsOn" FROM union_closed_days WHERE union_id = $1 AND ends_on >= $2::date`,
        [unionId, from],
      );
    },

    async closedDays(unionId: number, from: string): Promise<Static<typeof ClosedDay>[]> {
      return db.query(
        `SELECT id, starts_on AS "startsOn", ends_on AS "endsOn", reason FROM union_closed_days
          WHERE union_id = $1 AND ends_on >= $2::date ORDER BY starts_on, id`,
        [unionId, from],
      );
    },

    async addClosedDays(
      unionId: number,
      input: { startsOn: string; endsOn: string; reason: string },
      by: number,
    ): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO union_closed_days (union_id, starts_on, ends_on, reason, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [unionId, input.startsOn, input.endsOn, input.reason, by],
      );
      return row!.id;
    },

    async removeClosedDays(unionId: number, id: number): Promise<boolean> {
      return (
        (await db.query(`DELETE FROM union_closed_days WHERE union_id = $1 AND id = $2 RETURNING id`, [unionId, id]))
          .length === 1
      );
    },

    async unionName(unionId: number): Promise<string | null> {
      const [row] = await db.query<{ name: string }>(`SELECT name FROM unions WHERE id = $1`, [unionId]);
      return row?.name ?? null;
    },

    /** The value stored under `key`, stored as `candidate` first when there is none (every instance then reads the same). */
    async sharedSecret(key: string, candidate: string): Promise<string> {
      await db.query(`INSERT INTO app_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [
        key,
        candidate,
      ]);
      const [row] = await db.query<{ value: string }>(`SELECT value FROM app_meta WHERE key = $1`, [key]);
      return row!.value;
    },
  };
}
