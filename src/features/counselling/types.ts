import type { ApiQuery, ApiRequestBody, ApiResponse, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); only the form's own shapes are written here.
export type Overview = ApiResponse<'getCounsellingOverview'>;
export type Hotline = ItemOf<Overview['hotlines']>;
export type Policy = Overview['policy'];

export type Counsellor = ApiResponse<'getCounsellor'>;
export type Mode = ItemOf<Counsellor['modes']>;

export type SlotDays = ApiResponse<'getCounsellorAvailability'>;
export type SlotDay = ItemOf<SlotDays['days']>;
export type Slot = ItemOf<SlotDay['slots']>;

export type MyAppointment = ApiResponse<'getMyCounselling'>;
export type MyAppointmentPage = ApiResponse<'listMyCounselling'>;
export type MyScope = NonNullable<ApiQuery<'listMyCounselling'>['scope']>;
export type Status = MyAppointment['status'];
export type Contact = MyAppointment['contact'];
export type NewRequest = ApiRequestBody<'createCounsellingRequest'>;

export type DeskSummary = ApiResponse<'getCounsellorDesk'>;
export type DeskAppointment = ApiResponse<'getCounsellorAppointment'>;
export type DeskAppointmentPage = ApiResponse<'listCounsellorAppointments'>;
export type DeskScope = NonNullable<ApiQuery<'listCounsellorAppointments'>['scope']>;
export type Note = ApiResponse<'getCounsellingNote'>;

export type Schedule = ApiResponse<'getCounsellorSchedule'>;
export type ScheduleInput = ApiRequestBody<'updateCounsellorSchedule'>;
export type WeeklyHours = ItemOf<Schedule['hours']>;
export type Leave = ItemOf<Schedule['leave']>;
export type NewLeave = ApiRequestBody<'addCounsellorLeave'>;

export type MonthCount = ItemOf<ApiResponse<'getCounsellingStats'>['months']>;
export type ManagedCounsellor = ItemOf<ApiResponse<'listManagedCounsellors'>['items']>;
export type NewCounsellor = ApiRequestBody<'createCounsellor'>;
export type CounsellorChanges = ApiRequestBody<'updateCounsellor'>;
export type Settings = ApiRequestBody<'updateCounsellingSettings'>;

/** The counsellor form: every field filled in (the server lets a create leave some out). */
export type CounsellorInput = Required<Omit<NewCounsellor, 'staffNo'>>;
