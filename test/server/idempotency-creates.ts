import { CONSENT_VERSION } from '../../server/src/routes/counselling/rules';
import { GOVERNANCE_CREATES } from './idempotency-creates-governance';
import type { IdempotencyWorld, Submission } from './idempotency-fixtures';
import {
  day,
  beijing,
  PNG,
  upload,
  person,
  room,
  club,
  clubEvent,
  clubEventBody,
  helpCase,
  helpBody,
  resolvedCase,
  surveyBody,
  openSurvey,
  counsellor,
  counsellorBody,
  receptionBody,
} from './idempotency-parents';

/**
 * Every POST in the OpenAPI document, each either with a way to make one valid submission of it in
 * a real world (`n` keeps each submission's names and parents its own) or excused with the reason
 * it is not a create operation. The idempotency test fails on a POST that is in neither list.
 */
export type Prepare = (w: IdempotencyWorld, n: number) => Promise<Submission>;
const SERVICE_CREATES: Record<string, Prepare> = {
  createNotice: async (w, n) => ({
    url: '/api/notices',
    as: w.officer,
    body: { category: 'news', title: `通知${n}`, body: '正文' },
  }),
  recordSubscriptions: async (w) => {
    // Each agreement allows one message: ten taps of one agreement must allow one, not ten.
    const who = await person(w);
    const measure = async () =>
      (
        await w.db.query<{ n: number }>(
          `SELECT coalesce(sum(remaining), 0)::int AS n FROM subscribe_grants WHERE member_id = $1`,
          [who.id],
        )
      )[0]!.n;
    return { url: '/api/messages/subscriptions', as: who.headers, body: { accepted: ['tmpl-booking'] }, measure };
  },
  createRoom: async (w, n) => {
    const body = {
      name: `会议室${n}`,
      mode: 'whole',
      capacity: 1,
      slotMinutes: 60,
      openingHours: [{ weekday: 1, opens: '08:00', closes: '18:00' }],
    };
    return { url: '/api/booking/manage/rooms', as: w.officer, body };
  },
  createBooking: async (w, n) => ({
    url: '/api/booking/bookings',
    as: w.member,
    body: { roomId: await room(w, n), startsAt: beijing(day(1), '10:00') },
  }),
  createClosure: async (w, n) => ({
    url: '/api/booking/manage/closures',
    as: w.officer,
    body: { roomId: await room(w, n), startsOn: day(2), endsOn: day(3), reason: '设备检修' },
  }),
  createBookingSeries: async (w, n) => ({
    url: '/api/booking/manage/series',
    as: w.officer,
    body: {
      roomId: await room(w, n),
      title: '合唱排练',
      weekday: 3,
      start: '16:00',
      startsOn: day(1),
      endsOn: day(15),
    },
  }),
  giveCounsellingConsent: async (w) => ({
    url: '/api/counselling/consent',
    as: (await person(w)).headers,
    body: { version: CONSENT_VERSION },
  }),
  createCounsellingRequest: async (w, n) => {
    const counsellorId = (await counsellor(w, n)).id;
    const who = (await person(w)).headers;
    await w.call('POST', '/api/counselling/consent', who, { version: CONSENT_VERSION });
    const startsAt = beijing(day(1), '10:00');
    return {
      url: '/api/counselling/appointments',
      as: who,
      body: { counsellorId, startsAt, mode: 'in_person', contact: 'message' },
    };
  },
  addCounsellorLeave: async (w, n) => ({
    url: '/api/counselling/desk/leave',
    as: (await counsellor(w, n)).headers,
    body: { startsOn: day(10 + n), endsOn: day(10 + n), reason: '外出培训' },
  }),
  createCounsellor: async (w, n) => ({
    url: '/api/counselling/manage/counsellors',
    as: w.officer,
    body: counsellorBody((await person(w, ['counsellor'])).staffNo, n),
  }),
  publishReceptionSessions: async (w, n) => ({
    url: '/api/reception/sessions',
    as: w.officer,
    body: receptionBody(w, n),
  }),
  bookReceptionSlot: async (w, n) => {
    const published = await w.call<{ items: { id: number }[] }>(
      'POST',
      '/api/reception/sessions',
      w.officer,
      receptionBody(w, n + 100),
    );
    const body = {
      sessionId: published.items[0]!.id,
      slotStart: beijing(day(1 + 7 * (n + 100)), '14:00'),
      topic: 'work',
      description: '职称评定的问题',
    };
    return { url: '/api/reception/appointments', as: w.member, body };
  },
  createSurvey: async (w, n) => ({ url: '/api/surveys', as: w.officer, body: surveyBody(n) }),
  submitSurveyResponse: async (w, n) => {
    const id = await openSurvey(w, n);
    const survey = await w.call<{ questions: { id: number }[] }>('GET', `/api/surveys/${id}`, w.member);
    return {
      url: `/api/surveys/${id}/responses`,
      as: w.member,
      body: { answers: [{ questionId: survey.questions[0]!.id, choice: 0 }] },
    };
  },
  createSurveyExportLink: async (w, n) => ({
    url: `/api/surveys/${await openSurvey(w, n)}/export-link`,
    as: w.officer,
  }),
  createHelpCategory: async (w, n) => ({ url: '/api/help/categories', as: w.officer, body: { name: `子女入学${n}` } }),
  createHelpRequest: async (w, n) => ({ url: '/api/help/requests', as: w.member, body: helpBody(w, n) }),
  replyHelpRequest: async (w, n) => ({
    url: `/api/help/requests/${await helpCase(w, n)}/replies`,
    as: w.member,
    body: { body: '补充：已住院' },
  }),
  addHelpNote: async (w, n) => ({
    url: `/api/help/requests/${await helpCase(w, n)}/notes`,
    as: w.officer,
    body: { body: '已电话联系' },
  }),
  scheduleHelpVisit: async (w, n) => ({
    url: `/api/help/requests/${await resolvedCase(w, n)}/visits`,
    as: w.officer,
    body: { dueOn: day(30) },
  }),
  rateHelpRequest: async (w, n) => ({
    url: `/api/help/requests/${await resolvedCase(w, n)}/rating`,
    as: w.member,
    body: { rating: 'satisfied' },
  }),
  uploadHelpAttachment: async (w, n) => ({
    url: `/api/help/requests/${await helpCase(w, n)}/attachments`,
    as: w.member,
    ...upload(PNG, '诊断.png', 'image/png'),
  }),
  createUnionClosedDays: async (w, n) => ({
    url: '/api/help/closed-days',
    as: w.officer,
    body: { startsOn: day(40 + n), endsOn: day(40 + n), reason: '劳动节' },
  }),
  createClub: async (w, n) => ({
    url: '/api/clubs',
    as: w.officer,
    body: { name: `书法社${n}`, category: 'arts', intro: '每周练字。', joinPolicy: 'open', leaderIds: [w.officerId] },
  }),
  joinClub: async (w, n) => ({ url: `/api/clubs/${await club(w, n)}/join`, as: w.member, body: {} }),
  createClubAnnouncement: async (w, n) => ({
    url: `/api/clubs/${await club(w, n)}/announcements`,
    as: w.officer,
    body: { body: '本周六活动照常' },
  }),
  createClubEvent: async (w, n) => ({
    url: `/api/clubs/${await club(w, n)}/events`,
    as: w.officer,
    body: clubEventBody(n),
  }),
  signUpClubEvent: async (w, n) => ({ url: `/api/clubs/events/${await clubEvent(w, n)}/sign-ups`, as: w.member }),
  uploadClubImage: async (w, n) => ({
    url: `/api/clubs/${await club(w, n)}/images`,
    as: w.officer,
    ...upload(PNG, '合影.png', 'image/png'),
  }),
};

export const CREATES: Record<string, Prepare> = { ...SERVICE_CREATES, ...GOVERNANCE_CREATES };
