import type { ApiRequestBody, ApiResponse, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); nothing here is written twice.
export type Appointment = ApiResponse<'getReceptionAppointment'>;
export type Topic = Appointment['topic'];
export type Stage = Appointment['stage'];
export type AppointmentStatus = Appointment['status'];
export type Rating = NonNullable<Appointment['rating']>;

export type SessionDetail = ApiResponse<'getReceptionSession'>;
export type ReceptionSession = ItemOf<ApiResponse<'listReceptionSessions'>['items']>;
export type Slot = ItemOf<SessionDetail['slots']>;

export type Desk = ApiResponse<'getReceptionDesk'>;
export type TodayReceptions = ApiResponse<'listTodayReceptions'>;
export type WeekReceptions = ApiResponse<'listWeekReceptions'>;
export type FollowUps = ApiResponse<'listReceptionFollowUps'>;
export type Summary = ApiResponse<'getReceptionSummary'>;

export type Receiver = ItemOf<ApiResponse<'listReceptionReceivers'>['items']>;
export type ReceiverRole = Receiver['role'];

export type NewAppointment = ApiRequestBody<'bookReceptionSlot'>;
export type NewSessions = ApiRequestBody<'publishReceptionSessions'>;
export type Outcome = ApiRequestBody<'recordReceptionOutcome'>;

/** 转困难帮扶 picks one of the help feature's categories. */
export type HelpCategory = ItemOf<ApiResponse<'listHelpCategories'>['items']>;
