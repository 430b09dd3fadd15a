export type AdminRole = 'staff' | 'chair' | 'counsellor' | 'supervisor'

export interface WaitingItem {
  key: string
  label: string
  count: number
  path: string
}

export interface AdminOverview {
  unionName: string
  roles: AdminRole[]
  canManage: boolean
  canReadAudit: boolean
  activeMembers: number
  waiting: WaitingItem[]
}

export interface RosterMember {
  id: number
  name: string
  staffNo: string
  phone: string
  branchId: number | null
  branchName: string | null
  status: 'active' | 'left'
  bound: boolean
  roles: AdminRole[]
}

export interface RosterPage {
  items: RosterMember[]
  total: number
}

export interface ImportReport {
  dryRun: boolean
  fileName: string
  total: number
  created: number
  updated: number
  deactivated: number
  unchanged: number
  problems: { row: number; staffNo: string; reason: string }[]
}

/** A roster file picked on the phone (from a WeChat chat) or in the browser. */
export interface RosterFile {
  path: string
  name: string
  size: number
}
