import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Queryable } from '../../server/src/db';
import { appointmentLink } from '../../server/src/routes/reception/messages';
import { createMember, createUnionTree, signIn, type TestMember } from '../support/factories';
import { fileSuite } from '../support/file-suite';
import { createTestApp, type TestApp } from '../support/test-app';
import { seedClubs, seedReception, seedSurvey } from './privacy-seed-community';
import { ERASED, seedBookings, seedCounselling, seedHelp } from './privacy-seed-services';

export { ERASED };

export type Headers = Record<string, string>;

/**
 * A school where one member (ERASED) has records in every feature, past (in 2025, counted in that
 * year's figures) and upcoming (to be cancelled), next to an officer, a counsellor, a club leader,
 * a waitlisted member and a bystander whose data must not change.
 */
export async function privacyWorld() {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-privacy-files-'));
  process.env.FILE_STORE_DIR = filesDir;
  const t: TestApp = await createTestApp();
  const db = t.db;
  const tree = await createUnionTree(db);
  const union = tree.schoolId;
  const person = async (options: Parameters<typeof createMember>[2] = {}) => {
    const m = await createMember(db, union, options);
    return { ...m, headers: await signIn(t.app, m) };
  };
  const staff = await person({ roles: ['staff'], name: '李干事' });
  const chair = await person({ roles: ['chair'], name: '王主席' });
  const counsellorMember = await person({ roles: ['counsellor'], name: '陈咨询' });
  const leader = await person({ name: '赵社长' });
  const waiter = await person({ name: '钱候补' });
  const bystander = await person({ name: '司马静', branchId: tree.branchIds[1] });
  const member = await person({ name: ERASED.name, branchId: tree.branchIds[0] });
  await db.query(`UPDATE members SET phone = $2, openid = $3, bound_at = '2025-02-01T09:00:00+08:00' WHERE id = $1`, [
    member.id,
    ERASED.phone,
    ERASED.openid,
  ]);
  const m = member.id;

  // 登录与微信
  await db.query(`INSERT INTO bind_failures (openid) VALUES ($1)`, [ERASED.openid]);
  await db.query(
    `INSERT INTO bind_tickets (ticket_hash, openid, expires_at) VALUES ('privacy-ticket-hash', $1, now() + interval '10 minutes')`,
    [ERASED.openid],
  );
  await db.query(`INSERT INTO subscribe_grants (member_id, template_id, remaining) VALUES ($1, 'tmpl-booking', 2)`, [
    m,
  ]);
  await db.query(
    `INSERT INTO subscribe_outbox (member_id, openid, template_id, data) VALUES ($1, $2, 'tmpl-booking', '{"thing1": {"value": "预约成功"}}')`,
    [m, ERASED.openid],
  );

  const seed = { db, union, m, filesDir, staff, chair, counsellorMember, leader, waiter, bystander };
  const { room, upcomingSlot } = await seedBookings(seed);
  const { counsellor, session, upcomingSession } = await seedCounselling(seed);
  const { helpCase, openCase, storageKey } = await seedHelp(seed);
  const { visit } = await seedReception(seed);
  const { club, nextEvent } = await seedClubs(seed);
  const { survey } = await seedSurvey(seed);

  // 消息: the member's own, and the chair's reminder about the member's visit (which names them).
  await db.query(
    `INSERT INTO notifications (member_id, kind, title, body) VALUES ($1, 'welcome', '欢迎使用教职工之家', '欧阳明远老师您好'), ($1, 'booking', '预约成功：乒乓球室', '请准时到场')`,
    [m],
  );
  await db.query(
    `INSERT INTO notifications (member_id, kind, title, body, link) VALUES ($1, 'reception', '接待事项答复已逾期', $2, $3)`,
    [chair.id, `${ERASED.name} 9月10日 反映的问题，答复期限为9月17日，尚未答复。`, appointmentLink(visit)],
  );

  return {
    t,
    app: t.app,
    db,
    tree,
    filesDir,
    staff,
    chair,
    counsellorMember,
    leader,
    waiter,
    bystander,
    member,
    ids: {
      room,
      upcomingSlot,
      counsellor,
      session,
      upcomingSession,
      helpCase,
      openCase,
      storageKey,
      visit,
      club,
      nextEvent,
      survey,
    },
    async close() {
      await t.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
export type PrivacyWorld = Awaited<ReturnType<typeof privacyWorld>>;
export type { TestMember };

/**
 * Every place a text appears: each text, varchar, json, jsonb and array column of every table,
 * read from information_schema, so that a table added by a later feature is searched too.
 */
export async function whereFound(db: Queryable, needle: string): Promise<string[]> {
  const columns = await db.query<{ table: string; column: string }>(
    `SELECT c.table_name AS "table", c.column_name AS "column"
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
      ORDER BY 1, 2`,
  );
  const found: string[] = [];
  for (const { table, column } of columns) {
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE strpos("${column}"::text, $1) > 0`,
      [needle],
    );
    if (row!.n > 0) found.push(`${table}.${column}`);
  }
  return found;
}

/** The frame of a privacy test file: the world above on a database of its own, and the 个人信息 API. */
export function privacySuite() {
  const { w } = fileSuite(
    async () => ({ w: await privacyWorld() }),
    ({ w }) => w.close(),
  );
  const privacy = (method: 'GET' | 'DELETE', url: string, headers: Headers, payload?: object) =>
    w.app.inject({ method, url: `/api/me/privacy${url}`, headers, payload });
  return { w, privacy };
}
