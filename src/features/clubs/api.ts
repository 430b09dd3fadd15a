import { request } from '../../services/http'
import type { Club, ClubApplication, ClubCategory, ClubEvent, ClubSummary, EventSignUp } from './types'

export const listClubs = (query: { category?: ClubCategory; q?: string } = {}) =>
  request<{ items: ClubSummary[] }>('GET', '/api/clubs', { query: { ...query } }).then((r) => r.items)

export const getClub = (id: number) => request<Club>('GET', `/api/clubs/${id}`)

export const joinClub = (id: number, reason?: string) =>
  request<{ status: 'member' | 'pending' }>('POST', `/api/clubs/${id}/join`, { body: reason ? { reason } : {} })

export const leaveClub = (id: number) => request<null>('POST', `/api/clubs/${id}/leave`)

export const listClubApplications = (id: number) =>
  request<{ items: ClubApplication[] }>('GET', `/api/clubs/${id}/applications`).then((r) => r.items)

export const decideClubApplication = (id: number, approve: boolean, reply?: string) =>
  request<null>('POST', `/api/clubs/applications/${id}/decision`, { body: { approve, ...(reply ? { reply } : {}) } })

export const getClubEvent = (id: number) => request<ClubEvent>('GET', `/api/clubs/events/${id}`)

export const signUpClubEvent = (id: number) => request<ClubEvent>('POST', `/api/clubs/events/${id}/sign-ups`)

export const cancelClubEventSignUp = (id: number) => request<ClubEvent>('DELETE', `/api/clubs/events/${id}/sign-ups/me`)

export const listClubEventSignUps = (id: number) =>
  request<{ items: EventSignUp[] }>('GET', `/api/clubs/events/${id}/sign-ups`).then((r) => r.items)

export const markClubEventAttendance = (id: number, items: { memberId: number; attended: boolean }[]) =>
  request<null>('PUT', `/api/clubs/events/${id}/attendance`, { body: { items } })
