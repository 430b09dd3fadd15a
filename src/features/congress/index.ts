// The 教代会提案 and 校务公开 feature's surface for its pages (all in the congress subpackage).
export * as congressApi from './api';
export * from './labels';
export { openAttachment, openMotionsWorkbook } from './download';
export { currentSession, useCongress } from './store';
export { DisclosureCard } from './components/disclosure-card';
export { DisclosureForm } from './components/disclosure-form';
export { DisclosureItem } from './components/disclosure-item';
export { MotionActions } from './components/motion-actions';
export { MotionCard } from './components/motion-card';
export { DraftEditor, EditDraftButton } from './components/draft-editor';
export { MotionForm } from './components/motion-form';
export { MotionItem, openMotion } from './components/motion-item';
export { ObjectionForm, ObjectionList } from './components/objections';
export { SessionCard } from './components/session-card';
export type {
  CongressSession,
  CongressSettings,
  Disclosure,
  DisclosureSummary,
  Motion,
  MotionSummary,
  Suggestion,
} from './types';
export { DisclosureAttachments } from './components/disclosure-attachments';
export { DisclosuresPanel } from './components/disclosures-panel';
export { MotionsPanel } from './components/motions-panel';
export { DelegateForm, DepartmentForm, SessionForm } from './components/manage-forms';
export { SettingsForm } from './components/settings-form';
