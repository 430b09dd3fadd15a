import { randomUUID } from 'node:crypto';
import { setClock } from '../../server/src/clock';
import { createMember, createUnionTree, signIn } from '../support/factories';
import type { IdempotencyWorld } from './idempotency-fixtures';

/** What the create operations are made under: rooms, clubs, cases, surveys… each its own for each `n`. */
export const day = (offset: number) => new Date(Date.UTC(2030, 2, 5 + offset)).toISOString().slice(0, 10);
export const beijing = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();
/** The world's today (its one clock stands on 2030-03-05), `offset` days on. */
export const today = (offset = 0) => day(offset);

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** A multipart body with one file under `file`; a fixed boundary, so that retries are byte for byte alike. */
export const upload = (data: Buffer, fileName: string, contentType: string) => {
  const boundary = '----idempotency-test';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    raw: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
};

export async function person(w: IdempotencyWorld, roles: ('staff' | 'counsellor')[] = []) {
  const m = await createMember(w.db, w.tree.schoolId, { branchId: w.tree.branchIds[0], roles });
  return { ...m, headers: await signIn(w.app, m) };
}
export const room = (w: IdempotencyWorld, n: number) =>
  w.created('/api/booking/manage/rooms', w.officer, {
    name: `乒乓球室${n}`,
    mode: 'seats',
    capacity: 4,
    slotMinutes: 60,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' })),
  });
export const club = (w: IdempotencyWorld, n: number) =>
  w.created('/api/clubs', w.officer, {
    name: `羽毛球社${n}`,
    category: 'sports',
    intro: '每周活动。',
    joinPolicy: 'open',
    leaderIds: [w.officerId],
  });
export const clubEvent = async (w: IdempotencyWorld, n: number) =>
  w.created(`/api/clubs/${await club(w, n)}/events`, w.officer, clubEventBody(n));
export const clubEventBody = (n: number) => ({
  title: `周末活动${n}`,
  place: '职工活动中心',
  startsAt: beijing(day(2), '10:00'),
  endsAt: beijing(day(2), '12:00'),
  signupDeadline: beijing(day(1), '10:00'),
  capacity: 10,
  audience: 'union',
});
export const helpCase = (w: IdempotencyWorld, n: number) => w.created('/api/help/requests', w.member, helpBody(w, n));
export const helpBody = (w: IdempotencyWorld, n: number) => ({
  categoryId: w.helpCategoryId,
  title: `家中老人住院${n}`,
  description: '需要请假照顾',
  urgency: 'normal',
  contactPreference: 'message',
});
export async function resolvedCase(w: IdempotencyWorld, n: number) {
  const id = await helpCase(w, n);
  for (const step of [{ action: 'accept' }, { action: 'start' }, { action: 'resolve', outcome: '已发放补助' }])
    await w.call('POST', `/api/help/requests/${id}/transition`, w.officer, step);
  return id;
}
export const disclosure = (w: IdempotencyWorld, n: number) =>
  w.created('/api/disclosures', w.officer, disclosureBody(n));
export const disclosureBody = (n: number) => ({
  clientKey: randomUUID(),
  category: 'allowance',
  title: `困难补助名单${n}`,
  body: '名单如下。',
  objectionEndsOn: '2030-03-20',
});
export const motion = (w: IdempotencyWorld, n: number) =>
  w.created('/api/congress/motions', w.officer, motionBody(w, n));
export const motionBody = (w: IdempotencyWorld, n: number) => ({
  sessionId: w.sessionId,
  clientKey: randomUUID(),
  title: `增设教工午休室${n}`,
  category: 'welfare',
  reason: '午间无处休息',
  proposal: '将三楼空教室改为午休室',
});
export const suggestionBody = (w: IdempotencyWorld, n: number) => ({
  sessionId: w.sessionId,
  clientKey: randomUUID(),
  title: `食堂延长供餐${n}`,
  body: '晚自习老师吃不上饭',
});
export const surveyBody = (n: number) => ({
  title: `食堂满意度${n}`,
  opensOn: today(),
  closesOn: '2030-12-31',
  branchIds: [],
  questions: [{ kind: 'single', title: '总体评价', required: true, options: ['满意', '不满意'] }],
});
export async function openSurvey(w: IdempotencyWorld, n: number) {
  const id = await w.created('/api/surveys', w.officer, surveyBody(n));
  await w.call('POST', `/api/surveys/${id}/open`, w.officer);
  return id;
}
/** A counsellor's profile with weekday mornings, and the counsellor signed in. */
export async function counsellor(w: IdempotencyWorld, n: number) {
  const who = await person(w, ['counsellor']);
  const id = await w.created('/api/counselling/manage/counsellors', w.officer, counsellorBody(who.staffNo, n));
  await w.call('PUT', '/api/counselling/desk/schedule', who.headers, {
    slotMinutes: 50,
    bufferMinutes: 10,
    hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '09:00', ends: '12:00' })),
  });
  return { id, headers: who.headers };
}
export const counsellorBody = (staffNo: string, n: number) => ({
  staffNo,
  displayName: `陈老师${n}`,
  modes: ['in_person'],
  room: '心理减压室',
});
export const receptionBody = (w: IdempotencyWorld, n: number) => ({
  repeat: 'once',
  date: day(1 + 7 * n),
  startTime: '14:00',
  endTime: '17:00',
  slotMinutes: 20,
  place: '工会办公室',
  receiverId: w.officerId,
});

export async function districtOfficer(w: IdempotencyWorld) {
  return signIn(w.app, await createMember(w.db, w.tree.districtId, { roles: ['supervisor'] }));
}

/** A district of its own (one round a year per union) with a supervisor and a school's staff member. */
export async function assessmentDistrict(w: IdempotencyWorld) {
  const tree = await createUnionTree(w.db);
  const supervisor = await signIn(w.app, await createMember(w.db, tree.districtId, { roles: ['supervisor'] }));
  const schoolStaff = await signIn(w.app, await createMember(w.db, tree.schoolId, { roles: ['staff'] }));
  return { tree, supervisor, schoolStaff };
}

/** A 代表 of the world's term, signed in; `committee` puts them on the 提案工作委员会 instead. */
export async function delegate(w: IdempotencyWorld, role: 'delegate' | 'committee' = 'delegate') {
  const who = await person(w);
  await w.call('PUT', '/api/congress/delegates', w.officer, { term: '第五届', staffNo: who.staffNo, role });
  return who;
}

/**
 * The officer's motion seconded by two 代表, submitted inside the collection window and accepted by
 * the committee after it; the congress clock is left on 2030-04-01, when replies are recorded.
 */
const standCongressAt = (date: string) => setClock(() => new Date(`${date}T10:00:00+08:00`));
/** Inside the world's session's collection window (3月1日–3月20日), where drafts and suggestions are taken. */
export const inCollectionWindow = () => standCongressAt('2030-03-05');

export async function acceptedMotion(w: IdempotencyWorld, n: number) {
  const standAt = standCongressAt;
  inCollectionWindow();
  const id = await motion(w, n);
  for (const seconder of [await delegate(w), await delegate(w)])
    await w.call('POST', `/api/congress/motions/${id}/second`, seconder.headers);
  await w.call('POST', `/api/congress/motions/${id}/submit`, w.officer);
  standAt('2030-03-22');
  const departmentId = await w.created('/api/congress/departments', w.officer, { name: `总务处${n}` });
  const decision = { decision: 'accept', departmentId };
  await w.call('POST', `/api/congress/motions/${id}/review`, (await delegate(w, 'committee')).headers, decision);
  standAt('2030-04-01');
  return id;
}
