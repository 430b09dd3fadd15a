import type { Queryable } from '../../server/src/db';
import { createMember, signIn } from '../support/factories';
import type { TestApp } from '../support/test-app';

let sequence = 0;
const insert = async (db: Queryable, kind: string, name: string, parentId: number | null) =>
  (
    await db.query<{ id: number }>(`INSERT INTO unions (kind, name, parent_id) VALUES ($1, $2, $3) RETURNING id`, [
      kind,
      `${name}${(sequence += 1)}`,
      parentId,
    ])
  )[0]!.id;

/** A city above two districts, each with two schools; every upper union and school has a signed-in officer. */
export async function createCityTree(t: TestApp) {
  const cityId = await insert(t.db, 'city', '测试市教育工会', null);
  const districtIds = [
    await insert(t.db, 'district', '甲区教育工会', cityId),
    await insert(t.db, 'district', '乙区教育工会', cityId),
  ];
  const schoolIds = [
    await insert(t.db, 'school', '甲区一小工会', districtIds[0]!),
    await insert(t.db, 'school', '甲区二中工会', districtIds[0]!),
    await insert(t.db, 'school', '乙区三小工会', districtIds[1]!),
    await insert(t.db, 'school', '乙区四中工会', districtIds[1]!),
  ];
  const officer = async (unionId: number, role: 'supervisor' | 'staff' | 'chair') =>
    signIn(t.app, await createMember(t.db, unionId, { roles: [role] }));
  return {
    cityId,
    districtIds,
    schoolIds,
    city: await officer(cityId, 'supervisor'),
    districts: [await officer(districtIds[0]!, 'supervisor'), await officer(districtIds[1]!, 'supervisor')],
    schools: await Promise.all(schoolIds.map((id) => officer(id, 'staff'))),
  };
}
