export type Topic = 'work' | 'life' | 'rights' | 'suggestion' | 'other';
export type Rating = 'satisfied' | 'basically_satisfied' | 'dissatisfied';
export type AppointmentStatus = 'booked' | 'arrived' | 'no_show' | 'cancelled';
export type Stage = 'booked' | 'cancelled' | 'no_show' | 'arrived' | 'registered' | 'assigned' | 'replied' | 'rated';
export type ReceiverRole = 'chair' | 'vice_chair';

export interface ReceptionSession {
  id: number;
  date: string;
  startsAt: string;
  endsAt: string;
  slotMinutes: number;
  place: string;
  receiverId: number;
  receiverName: string;
  receiverRole: ReceiverRole;
  weekly: boolean;
  status: 'open' | 'cancelled';
  cancelReason: string | null;
  slotCount: number;
  bookedCount: number;
  freeSlots: number;
  myAppointmentId: number | null;
}

export interface Slot {
  startsAt: string;
  endsAt: string;
  state: 'free' | 'taken' | 'mine' | 'past';
}

export interface SessionDetail extends ReceptionSession {
  slots: Slot[];
}

export interface Appointment {
  id: number;
  sessionId: number;
  date: string;
  slotStart: string;
  slotEnd: string;
  place: string;
  receiverName: string;
  member: { id: number; name: string; branchName: string | null };
  topic: Topic;
  confidential: boolean;
  contentHidden: boolean;
  description: string | null;
  status: AppointmentStatus;
  stage: Stage;
  cancelReason: string | null;
  cancelledByMember: boolean;
  raised: string | null;
  helpCaseRequested: boolean;
  helpCaseNote: string | null;
  helpCaseId: number | null;
  assignee: string | null;
  dueOn: string | null;
  overdue: boolean;
  reply: string | null;
  repliedAt: string | null;
  repliedOnTime: boolean | null;
  rating: Rating | null;
  ratingComment: string | null;
  canCancel: boolean;
  canHandle: boolean;
}

export interface Desk {
  canManage: boolean;
  isReceiver: boolean;
  todayCount: number;
  pendingCount: number;
  overdueCount: number;
}

export interface TodayReceptions {
  date: string;
  sessions: ReceptionSession[];
  items: Appointment[];
  overdueCount: number;
}

export interface WeekReceptions {
  start: string;
  end: string;
  sessions: (ReceptionSession & { appointments: Appointment[] })[];
}

export interface FollowUps {
  items: Appointment[];
  overdueCount: number;
}

export interface Receiver {
  id: number;
  name: string;
  role: ReceiverRole;
}

export interface Summary {
  month: string;
  sessions: number;
  appointments: number;
  arrived: number;
  noShow: number;
  cancelled: number;
  topics: { topic: Topic; count: number }[];
  replies: {
    needed: number;
    replied: number;
    onTime: number;
    overdue: number;
    pending: number;
    onTimeRate: number | null;
  };
  satisfaction: {
    satisfied: number;
    basicallySatisfied: number;
    dissatisfied: number;
    rated: number;
    rate: number | null;
  };
  helpCases: number;
}

export interface NewAppointment {
  sessionId: number;
  slotStart: string;
  topic: Topic;
  description: string;
  confidential: boolean;
}

export interface NewSessions {
  repeat: 'once' | 'weekly';
  date: string;
  until?: string;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  place: string;
  receiverId: number;
}

export interface Outcome {
  raised: string;
  helpCaseRequested: boolean;
  helpCaseNote?: string;
  helpCategoryId?: number;
  helpCaseTitle?: string;
}

export interface HelpCategory {
  id: number;
  name: string;
  active: boolean;
}
