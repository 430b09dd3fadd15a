// The reception feature's surface for its pages (all in the reception subpackage).
export * as receptionApi from './api';
export * from './labels';
export { openWorkbook } from './download';
export { AppointmentItem, openAppointment } from './components/appointment-item';
export { BookingForm } from './components/booking-form';
export { DeskCard } from './components/desk-card';
export { MemberPanel } from './components/member-panel';
export { OfficerPanel } from './components/officer-panel';
export { PeriodNav } from './components/period-nav';
export { PublishForm } from './components/publish-form';
export { Schedule } from './components/schedule';
export { SessionCard } from './components/session-card';
export { SlotPicker } from './components/slot-picker';
export { SummaryView } from './components/summary-view';
export { VisitCard } from './components/visit-card';
export type { Appointment, Desk, ReceptionSession, Receiver, SessionDetail, Summary } from './types';
