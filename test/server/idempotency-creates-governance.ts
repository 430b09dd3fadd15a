import { randomUUID } from 'node:crypto';
import { assessmentApi, SMALL_STANDARD } from './assessment-fixtures';
import type { Prepare } from './idempotency-creates';
import {
  today,
  PNG,
  upload,
  person,
  disclosure,
  disclosureBody,
  motion,
  motionBody,
  suggestionBody,
  districtOfficer,
  assessmentDistrict,
  acceptedMotion,
  delegate,
  inCollectionWindow,
} from './idempotency-parents';

/** The create operations of the congress, 校务公开, administration, assessment and care (see idempotency-creates.ts). */
export const GOVERNANCE_CREATES: Record<string, Prepare> = {
  createCongressSession: async (w, n) => ({
    url: '/api/congress/sessions',
    as: w.officer,
    body: {
      term: `第${n + 6}届`,
      title: `第${n + 6}届教代会第一次会议`,
      opensOn: '2030-04-01',
      closesOn: '2030-04-20',
    },
  }),
  createCongressDepartment: async (w, n) => ({
    url: '/api/congress/departments',
    as: w.officer,
    body: { name: `后勤处${n}` },
  }),
  createMotion: async (w, n) => {
    inCollectionWindow();
    return { url: '/api/congress/motions', as: w.officer, body: motionBody(w, n) };
  },
  secondMotion: async (w, n) => {
    inCollectionWindow();
    const seconder = await delegate(w);
    return { url: `/api/congress/motions/${await motion(w, n)}/second`, as: seconder.headers };
  },
  createSuggestion: async (w, n) => {
    inCollectionWindow();
    return { url: '/api/congress/suggestions', as: w.member, body: suggestionBody(w, n) };
  },
  adoptSuggestion: async (w, n) => {
    inCollectionWindow();
    const id = await w.created('/api/congress/suggestions', w.member, suggestionBody(w, n + 100));
    return {
      url: `/api/congress/suggestions/${id}/adopt`,
      as: w.officer,
      body: { clientKey: randomUUID(), category: 'welfare' },
    };
  },
  replyToMotion: async (w, n) => ({
    url: `/api/congress/motions/${await acceptedMotion(w, n)}/reply`,
    as: w.officer,
    body: { body: '已将三楼 305 改为午休室' },
  }),
  publishDisclosure: async (w, n) => ({ url: '/api/disclosures', as: w.officer, body: disclosureBody(n) }),
  objectToDisclosure: async (w, n) => ({
    url: `/api/disclosures/${await disclosure(w, n)}/objections`,
    as: w.member,
    body: { clientKey: randomUUID(), body: '名单有误' },
  }),
  uploadDisclosureAttachment: async (w, n) => ({
    url: `/api/disclosures/${await disclosure(w, n)}/attachments`,
    as: w.officer,
    ...upload(PNG, '名单.png', 'image/png'),
  }),
  createMember: async (w, n) => ({
    url: '/api/admin/members',
    as: w.officer,
    body: { name: `新会员${n}`, staffNo: `IDEM${n}`, phone: `139${String(n).padStart(8, '0')}` },
  }),
  importMembers: async (w, n) => ({
    url: '/api/admin/members/import?dryRun=false',
    as: w.officer,
    ...upload(
      Buffer.from(`姓名,工号,分工会,手机号,会籍状态\n导入${n},IMP${n},,137${String(n).padStart(8, '0')},在册\n`),
      '名册.csv',
      'text/csv',
    ),
  }),
  assignRole: async (w) => ({
    url: `/api/admin/members/${(await person(w)).id}/roles`,
    as: w.officer,
    body: { role: 'staff' },
  }),
  createBranch: async (w, n) => ({ url: '/api/admin/branches', as: w.officer, body: { name: `英语组${n}` } }),
  createUnion: async (w, n) => ({
    url: '/api/unions',
    as: await districtOfficer(w),
    body: { parentId: w.tree.districtId, kind: 'school', name: `新建学校${n}` },
  }),
  openAssessmentRound: async (w) => {
    const { supervisor } = await assessmentDistrict(w);
    await w.call('PUT', '/api/assessment/standard', supervisor, SMALL_STANDARD);
    return {
      url: '/api/assessment/rounds',
      as: supervisor,
      body: { year: 2030, title: '2030年度建家评家', opensOn: today(-1), closesOn: today(10) },
    };
  },
  uploadAssessmentEvidence: async (w) => {
    const { tree, supervisor, schoolStaff } = await assessmentDistrict(w);
    const roundId = await assessmentApi(w.app).openRound(supervisor, { opensOn: today(-1), closesOn: today(10) });
    const url = `/api/assessment/rounds/${roundId}/schools/${tree.schoolId}/items/org-1/files`;
    return { url, as: schoolStaff, ...upload(PNG, '委员名单.png', 'image/png') };
  },
  recordCare: async (w) => ({
    url: '/api/care/records',
    as: w.officer,
    body: {
      requestId: randomUUID(),
      memberId: w.memberId,
      kind: 'hospital',
      careDate: today(),
      visitors: '王建国',
      amount: 500,
      gifts: '水果',
      note: '恢复良好',
    },
  }),
};
