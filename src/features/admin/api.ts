import { request } from '../../services/http'
import type { AdminOverview, AdminRole, RosterMember, RosterPage } from './types'

const BASE = '/api/admin'

export const getOverview = () => request<AdminOverview>('GET', `${BASE}/overview`)
export const listMembers = (query: { q?: string; offset?: number } = {}) =>
  request<RosterPage>('GET', `${BASE}/members`, { query: { limit: 50, ...query } })
export const assignRole = (memberId: number, role: AdminRole) =>
  request<RosterMember>('POST', `${BASE}/members/${memberId}/roles`, { body: { role } })
export const revokeRole = (memberId: number, role: AdminRole) =>
  request<RosterMember>('DELETE', `${BASE}/members/${memberId}/roles/${role}`)
export const importPath = (dryRun: boolean) => `${BASE}/members/import?dryRun=${dryRun}`
