// The counselling feature's surface for its subpackage pages.
export * as counsellingApi from './api';
export { useCounselling, overviewFor, hasConsented } from './store';
export { CONSENT_VERSION } from './consent-text';
export { CounsellingPage, MissingPage } from './components/counselling-page';
export { CounsellorCard } from './components/counsellor-card';
export { ConsentText } from './components/consent-text';
export { BookingForm } from './components/booking-form';
export { MyAppointmentView } from './components/my-appointment';
export { MyAppointmentCells, DeskAppointmentCells } from './components/appointment-cells';
export { Welcome, MyUpcoming, CounsellorChoices, WorkEntries } from './components/home-sections';
export { DeskAppointmentView } from './components/desk-appointment-view';
export { ScheduleForm } from './components/schedule-form';
export { LeaveList } from './components/leave-list';
export { StatsChart } from './components/stats-chart';
export { CounsellorForm } from './components/counsellor-form';
export { SettingsForm } from './components/settings-form';
export { DESK_TABS, MODE_LABELS } from './labels';
export { useOverview } from './use-overview';
export type {
  Counsellor,
  DeskAppointment,
  DeskScope,
  DeskSummary,
  ManagedCounsellor,
  MyAppointment,
  Overview,
  Schedule,
} from './types';
