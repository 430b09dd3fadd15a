// The 工作台's surface: the entry on 我的 needs only hasWorkbench; the rest is for the admin subpackage.
export * as adminApi from './api'
export { chooseRosterFile, MAX_ROSTER_BYTES, uploadRoster } from './files'
export { ROLE_LABELS } from './labels'
export { hasWorkbench } from './permissions'
export { ImportReportView } from './components/import-report'
export type { AdminOverview, ImportReport, RosterFile, RosterMember } from './types'
