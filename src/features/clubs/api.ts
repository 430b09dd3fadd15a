import { request } from '@/services/http';
import type { ApiQuery, ApiRequestBody, ApiResponse } from '@/services/api-types';
import type { ClubInput, NewEvent } from './types';

// Each call is typed by the server's operationId (src/services/api-schema.ts).

export const listClubs = (query: Pick<ApiQuery<'listClubs'>, 'category' | 'q'> = {}) =>
  request<ApiResponse<'listClubs'>>('GET', '/api/clubs', { query: { ...query } }).then((r) => r.items);

export const getClub = (id: number) => request<ApiResponse<'getClub'>>('GET', `/api/clubs/${id}`);

export const createClub = (input: ApiRequestBody<'createClub'>) =>
  request<ApiResponse<'createClub'>>('POST', '/api/clubs', { body: input });

export const updateClub = (id: number, input: Partial<ClubInput>) =>
  request<ApiResponse<'updateClub'>>('PATCH', `/api/clubs/${id}`, { body: input });

export const setClubLeaders = (id: number, leaderIds: number[]) =>
  request<ApiResponse<'setClubLeaders'>>('PUT', `/api/clubs/${id}/leaders`, { body: { leaderIds } });

export const archiveClub = (id: number) => request<ApiResponse<'archiveClub'>>('POST', `/api/clubs/${id}/archive`);

export const restoreClub = (id: number) => request<ApiResponse<'restoreClub'>>('POST', `/api/clubs/${id}/restore`);

export const searchClubPeople = (q: string) =>
  request<ApiResponse<'searchClubPeople'>>('GET', '/api/clubs/people', { query: { q } }).then((r) => r.items);

export const listClubMembers = (id: number) =>
  request<ApiResponse<'listClubMembers'>>('GET', `/api/clubs/${id}/members`).then((r) => r.items);

export const joinClub = (id: number, reason?: string) =>
  request<ApiResponse<'joinClub'>>('POST', `/api/clubs/${id}/join`, { body: reason ? { reason } : {} });

export const leaveClub = (id: number) => request<ApiResponse<'leaveClub'>>('POST', `/api/clubs/${id}/leave`);

export const listClubApplications = (id: number) =>
  request<ApiResponse<'listClubApplications'>>('GET', `/api/clubs/${id}/applications`).then((r) => r.items);

export const decideClubApplication = (id: number, approve: boolean, reply?: string) =>
  request<ApiResponse<'decideClubApplication'>>('POST', `/api/clubs/applications/${id}/decision`, {
    body: { approve, ...(reply ? { reply } : {}) },
  });

export const createClubAnnouncement = (id: number, body: string, images: string[]) =>
  request<ApiResponse<'createClubAnnouncement'>>('POST', `/api/clubs/${id}/announcements`, { body: { body, images } });

/** uploadClubImage takes a multipart file: a path for uploadFile, not for request(). */
export const clubImageUploadPath = (id: number) => `/api/clubs/${id}/images`;

export const listClubEventRooms = () =>
  request<ApiResponse<'listClubEventRooms'>>('GET', '/api/clubs/rooms').then((r) => r.items);

export const createClubEvent = (clubId: number, input: NewEvent) =>
  request<ApiResponse<'createClubEvent'>>('POST', `/api/clubs/${clubId}/events`, { body: input });

export const getClubEvent = (id: number) => request<ApiResponse<'getClubEvent'>>('GET', `/api/clubs/events/${id}`);

export const cancelClubEvent = (id: number, reason?: string) =>
  request<ApiResponse<'cancelClubEvent'>>('POST', `/api/clubs/events/${id}/cancel`, {
    body: reason ? { reason } : {},
  });

export const signUpClubEvent = (id: number) =>
  request<ApiResponse<'signUpClubEvent'>>('POST', `/api/clubs/events/${id}/sign-ups`);

export const cancelClubEventSignUp = (id: number) =>
  request<ApiResponse<'cancelClubEventSignUp'>>('DELETE', `/api/clubs/events/${id}/sign-ups/me`);

export const listClubEventSignUps = (id: number) =>
  request<ApiResponse<'listClubEventSignUps'>>('GET', `/api/clubs/events/${id}/sign-ups`).then((r) => r.items);

export const markClubEventAttendance = (id: number, items: ApiRequestBody<'markClubEventAttendance'>['items']) =>
  request<ApiResponse<'markClubEventAttendance'>>('PUT', `/api/clubs/events/${id}/attendance`, { body: { items } });

export const checkInClubEvent = (code: string) =>
  request<ApiResponse<'checkInClubEvent'>>('POST', '/api/clubs/check-in', { body: { code } });

/** getClubEventQrCode answers an image: a path for downloadFile. */
export const clubEventQrPath = (id: number) => `/api/clubs/events/${id}/qr`;

/** exportClubWorkbook answers an XLSX file: a path for downloadFile. */
export const clubExportPath = (id: number) => `/api/clubs/${id}/export`;
