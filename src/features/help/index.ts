// The help feature's surface for its pages (all in the help subpackage).
export * as helpApi from './api';
export * from './labels';
export { handlesHelp } from './permissions';
export { downloadWorkbook } from './files';
export { CaseFiles, uploadAll } from './components/case-files';
export { CaseHeader } from './components/case-header';
export { MyCaseCells, openCase, openMyCase, QueueCells } from './components/case-cells';
export { CaseVisits } from './components/case-visits';
export { DescriptionCard } from './components/description-card';
export { HandlerActions } from './components/handler-actions';
export { MemberCard } from './components/member-card';
export { MemberPanel } from './components/member-panel';
export { RequestForm } from './components/request-form';
export { CategoryEditor, ClosedDaysEditor, ResponseDaysField } from './components/settings-forms';
export { SummaryStrip, type StripKey } from './components/summary-strip';
export { Timeline } from './components/timeline';
export { VisitRow } from './components/visit-row';
export type {
  CaseQuery,
  HelpCase,
  HelpCaseSummary,
  HelpCategory,
  HelpRequest,
  HelpStatus,
  HelpSummary,
  VisitItem,
} from './types';
