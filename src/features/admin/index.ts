// The 工作台's surface: the entry on 我的 needs only hasWorkbench; the rest is for the admin and
// privacy subpackages.
export * as adminApi from './api';
export * as privacyApi from './privacy-api';
export { saveApiFile } from './download';
export { chooseRosterFile, MAX_ROSTER_BYTES, uploadRoster } from './files';
export { ROLE_LABELS, roleChoicesFor, STATUS_LABELS } from './labels';
export { hasWorkbench } from './permissions';
export { AnnualPreview } from './components/annual-preview';
export { AuditEntryRow } from './components/audit-entry';
export { AuditFilter } from './components/audit-filter';
export { BranchNameForm } from './components/branch-name-form';
export { ErasureNotes } from './components/erasure-notes';
export { ImportReportView } from './components/import-report';
export { MemberForm } from './components/member-form';
export { ProfileGroup } from './components/profile-group';
export { RecordSections } from './components/record-sections';
export { RecordGroups, ToolGroups, WaitingGroup } from './components/workbench-sections';
export { WorkSummary } from './components/work-summary';
export { toolsFor, WORKBENCH_GROUPS } from './workbench-tools';
export type { WorkbenchGroup, WorkbenchTool } from './workbench-tools';
export type { AdminOverview, AuditEntry, AuditQuery, Branch, ImportReport, RosterFile, RosterMember } from './types';
export type { ErasurePreview, ExportFormat, PersonalData } from './privacy-types';
