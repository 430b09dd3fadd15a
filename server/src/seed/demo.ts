import type { Db, Queryable } from '../db';
import { type KeyRing, resolveKeyRing } from '../services/key-ring';
import { seedDemoAssessmentAndCare } from './demo-assessment';
import { seedDemoBooking } from './demo-booking';
import { seedDemoClubs } from './demo-clubs';
import { seedCongressDemo } from './demo-congress';
import { seedDemoCounselling } from './demo-counselling';
import { CITY, DISTRICT, NOTICES, SCHOOLS } from './demo-data';
import { seedDemoHelp } from './demo-help';
import { seedReceptionDemo } from './demo-reception';
import { seedDemoSurveys } from './demo-survey';

const DEMO_KEY = 'demo_data';

/** Marks a new, empty database as one that may hold demo data; refuses one that already holds any unions. */
export async function markAsDemo(db: Queryable): Promise<void> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM unions`);
  if (row!.n > 0) throw new Error('This database already holds unions; it will not be marked for demo data.');
  await db.query(`INSERT INTO app_meta (key, value) VALUES ($1, 'true') ON CONFLICT (key) DO NOTHING`, [DEMO_KEY]);
}

export async function isDemo(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ value: string }>(`SELECT value FROM app_meta WHERE key = $1`, [DEMO_KEY]);
  return row?.value === 'true';
}

const phoneFor = (staffNo: string, prefix = '139') => `${prefix}${staffNo.replace(/\D/g, '').padStart(8, '0')}`;

async function insertUnion(db: Queryable, kind: string, name: string, parentId: number | null) {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO unions (kind, name, parent_id) VALUES ($1, $2, $3) RETURNING id`,
    [kind, name, parentId],
  );
  return row!.id;
}

async function insertMember(
  db: Queryable,
  m: { unionId: number; branchId: number | null; name: string; staffNo: string; phone: string },
) {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO members (union_id, branch_id, name, staff_no, phone) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [m.unionId, m.branchId, m.name, m.staffNo, m.phone],
  );
  return row!.id;
}

async function grant(db: Queryable, memberId: number, unionId: number, roles: readonly string[]) {
  for (const role of roles)
    await db.query(`INSERT INTO member_roles (member_id, union_id, role) VALUES ($1, $2, $3)`, [
      memberId,
      unionId,
      role,
    ]);
}

/**
 * Fills a demo database with the 新城区 district union, two schools and their members, officers and
 * notices; `extraMembers` adds T0001… to the first school for load tests. Runs once: a database
 * that already has unions is left as it is. `ring` seals the counselling reasons and aliases; by
 * default the one the environment gives a dev server (COUNSELLING_NOTES_KEY or the dev key).
 */
export async function seedDemo(
  db: Db,
  options: { extraMembers?: number; ring?: KeyRing } = {},
): Promise<'seeded' | 'already-seeded'> {
  const ring = options.ring ?? resolveKeyRing({ env: process.env, authMode: 'dev', warn: () => undefined });
  if (!(await isDemo(db))) throw new Error('Refusing to seed: this database is not marked for demo data.');
  return db.transaction(async (tx) => {
    const [existing] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM unions`);
    if (existing!.n > 0) return 'already-seeded';

    const cityId = await insertUnion(tx, 'city', CITY.name, null);
    const districtId = await insertUnion(tx, 'district', DISTRICT.name, cityId);
    for (const [unionId, officers] of [
      [cityId, CITY.staff],
      [districtId, DISTRICT.staff],
    ] as const) {
      for (const officer of officers) {
        const id = await insertMember(tx, {
          unionId,
          branchId: null,
          name: officer.name,
          staffNo: officer.staffNo,
          phone: phoneFor(officer.staffNo),
        });
        await grant(tx, id, unionId, officer.roles);
      }
    }

    const schoolIds: number[] = [];
    for (const school of SCHOOLS) {
      const schoolId = await insertUnion(tx, 'school', school.name, districtId);
      schoolIds.push(schoolId);
      const branchIds: number[] = [];
      for (const branch of school.branches) branchIds.push(await insertUnion(tx, 'branch', branch, schoolId));
      const people = [
        ...school.officers.map((o) => ({ name: o.name, roles: o.roles as readonly string[] })),
        ...school.members.map((name) => ({ name, roles: [] as string[] })),
      ];
      for (const [index, person] of people.entries()) {
        const staffNo = `${school.prefix}${String(index + 1).padStart(3, '0')}`;
        const branchId = branchIds[index % branchIds.length]!;
        const id = await insertMember(tx, {
          unionId: schoolId,
          branchId,
          name: person.name,
          staffNo,
          phone: phoneFor(staffNo),
        });
        await grant(tx, id, schoolId, person.roles);
      }
    }

    for (let n = 1; n <= (options.extraMembers ?? 0); n += 1) {
      const staffNo = `T${String(n).padStart(4, '0')}`;
      await insertMember(tx, {
        unionId: schoolIds[0]!,
        branchId: null,
        name: `测试会员${n}`,
        staffNo,
        phone: phoneFor(staffNo, '137'),
      });
    }

    for (const notice of NOTICES) {
      const unionId = notice.school === null ? districtId : schoolIds[notice.school]!;
      await tx.query(
        `INSERT INTO notices (union_id, category, title, body, pinned, author_id)
         VALUES ($1, $2, $3, $4, $5, (SELECT member_id FROM member_roles WHERE union_id = $1 ORDER BY role = 'staff' DESC, member_id LIMIT 1))`,
        [unionId, notice.category, notice.title, notice.body, notice.pinned ?? false],
      );
    }

    await seedDemoBooking(tx, schoolIds);
    await seedReceptionDemo(tx);

    await tx.query(
      `INSERT INTO notifications (member_id, kind, title, body, link)
       SELECT id, 'welcome', '欢迎使用教职工之家', '活动预约、心理咨询、困难帮扶、会员评议，都可以在这里办理。', NULL FROM members`,
    );
    await seedDemoSurveys(tx);
    await seedDemoCounselling(tx, ring);
    await seedDemoHelp(tx);
    await seedDemoClubs(tx);
    await seedCongressDemo(tx);
    await seedDemoAssessmentAndCare(tx);
    return 'seeded';
  });
}
