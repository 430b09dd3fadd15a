import { request } from '@/services/http';
import type { ApiRequestBody } from '@/services/api-types';
import type {
  CheckInResult,
  Club,
  ClubApplication,
  ClubCategory,
  ClubEvent,
  ClubInput,
  ClubMember,
  ClubSummary,
  EventRoom,
  EventSignUp,
  NewEvent,
  Person,
} from './types';

export const listClubs = (query: { category?: ClubCategory; q?: string } = {}) =>
  request<{ items: ClubSummary[] }>('GET', '/api/clubs', { query: { ...query } }).then((r) => r.items);

export const getClub = (id: number) => request<Club>('GET', `/api/clubs/${id}`);

export const createClub = (input: ApiRequestBody<'createClub'>) => request<Club>('POST', '/api/clubs', { body: input });

export const updateClub = (id: number, input: Partial<ClubInput>) =>
  request<Club>('PATCH', `/api/clubs/${id}`, { body: input });

export const setClubLeaders = (id: number, leaderIds: number[]) =>
  request<Club>('PUT', `/api/clubs/${id}/leaders`, { body: { leaderIds } });

export const archiveClub = (id: number) => request<null>('POST', `/api/clubs/${id}/archive`);

export const restoreClub = (id: number) => request<null>('POST', `/api/clubs/${id}/restore`);

export const searchClubPeople = (q: string) =>
  request<{ items: Person[] }>('GET', '/api/clubs/people', { query: { q } }).then((r) => r.items);

export const listClubMembers = (id: number) =>
  request<{ items: ClubMember[] }>('GET', `/api/clubs/${id}/members`).then((r) => r.items);

export const joinClub = (id: number, reason?: string) =>
  request<{ status: 'member' | 'pending' }>('POST', `/api/clubs/${id}/join`, { body: reason ? { reason } : {} });

export const leaveClub = (id: number) => request<null>('POST', `/api/clubs/${id}/leave`);

export const listClubApplications = (id: number) =>
  request<{ items: ClubApplication[] }>('GET', `/api/clubs/${id}/applications`).then((r) => r.items);

export const decideClubApplication = (id: number, approve: boolean, reply?: string) =>
  request<null>('POST', `/api/clubs/applications/${id}/decision`, { body: { approve, ...(reply ? { reply } : {}) } });

export const createClubAnnouncement = (id: number, body: string, images: string[]) =>
  request<null>('POST', `/api/clubs/${id}/announcements`, { body: { body, images } });

/** uploadClubImage takes a multipart file: a path for uploadFile, not for request(). */
export const clubImageUploadPath = (id: number) => `/api/clubs/${id}/images`;

export const listClubEventRooms = () => request<{ items: EventRoom[] }>('GET', '/api/clubs/rooms').then((r) => r.items);

export const createClubEvent = (clubId: number, input: NewEvent) =>
  request<ClubEvent>('POST', `/api/clubs/${clubId}/events`, { body: input });

export const getClubEvent = (id: number) => request<ClubEvent>('GET', `/api/clubs/events/${id}`);

export const cancelClubEvent = (id: number, reason?: string) =>
  request<ClubEvent>('POST', `/api/clubs/events/${id}/cancel`, { body: reason ? { reason } : {} });

export const signUpClubEvent = (id: number) => request<ClubEvent>('POST', `/api/clubs/events/${id}/sign-ups`);

export const cancelClubEventSignUp = (id: number) =>
  request<ClubEvent>('DELETE', `/api/clubs/events/${id}/sign-ups/me`);

export const listClubEventSignUps = (id: number) =>
  request<{ items: EventSignUp[] }>('GET', `/api/clubs/events/${id}/sign-ups`).then((r) => r.items);

export const markClubEventAttendance = (id: number, items: { memberId: number; attended: boolean }[]) =>
  request<null>('PUT', `/api/clubs/events/${id}/attendance`, { body: { items } });

export const checkInClubEvent = (code: string) =>
  request<CheckInResult>('POST', '/api/clubs/check-in', { body: { code } });

/** getClubEventQrCode answers an image: a path for downloadFile. */
export const clubEventQrPath = (id: number) => `/api/clubs/events/${id}/qr`;

/** exportClubWorkbook answers an XLSX file: a path for downloadFile. */
export const clubExportPath = (id: number) => `/api/clubs/${id}/export`;
