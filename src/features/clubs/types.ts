export type ClubCategory = 'sports' | 'arts' | 'culture' | 'other';
export type JoinPolicy = 'open' | 'approval' | 'closed';
export type MyRole = 'leader' | 'member' | 'pending' | null;
export type Audience = 'members' | 'union';

export interface ClubSummary {
  id: number;
  name: string;
  category: ClubCategory;
  coverUrl: string | null;
  intro: string;
  joinPolicy: JoinPolicy;
  memberCap: number | null;
  memberCount: number;
  archived: boolean;
  myRole: MyRole;
}

export interface ClubEventSummary {
  id: number;
  clubId: number;
  clubName: string;
  title: string;
  place: string;
  startsAt: string;
  endsAt: string;
  signupDeadline: string;
  capacity: number;
  audience: Audience;
  roomId: number | null;
  confirmedCount: number;
  waitlistCount: number;
}

export interface Announcement {
  id: number;
  body: string;
  images: string[];
  authorName: string;
  createdAt: string;
}

export interface Club extends ClubSummary {
  membersVisible: boolean;
  leaders: Person[];
  upcomingEvents: ClubEventSummary[];
  announcements: Announcement[];
  myApplication: { id: number; status: string; reply: string } | null;
}

export interface Person {
  id: number;
  name: string;
  staffNo?: string;
}

export interface ClubEvent extends ClubEventSummary {
  description: string;
  cancelled: boolean;
  isLeader: boolean;
  mySignUp: { status: 'confirmed' | 'waitlisted'; waitlistPosition: number | null; attended: boolean | null } | null;
  room: { id: number; name: string; location: string; released: boolean } | null;
  attendedCount: number;
  checkInOpensAt: string;
  /** Only for the club's leaders. */
  checkInCode: string | null;
}

export interface ClubApplication {
  id: number;
  memberId: number;
  name: string;
  reason: string;
  createdAt: string;
}

export interface EventSignUp {
  memberId: number;
  name: string;
  status: 'confirmed' | 'waitlisted';
  attended: boolean | null;
  checkedInAt: string | null;
}

export interface ClubMember {
  id: number;
  name: string;
  role: 'leader' | 'member';
  joinedAt: string;
}

export interface ClubInput {
  name: string;
  category: ClubCategory;
  intro: string;
  joinPolicy: JoinPolicy;
  memberCap: number | null;
  membersVisible: boolean;
}

export interface EventRoom {
  id: number;
  name: string;
  location: string;
  mode: 'whole' | 'seats';
  capacity: number;
  slotMinutes: number;
  requiresApproval: boolean;
  openingHours: { weekday: number; opens: string; closes: string }[];
}

export interface NewEvent {
  title: string;
  description?: string;
  place?: string;
  roomId?: number;
  startsAt: string;
  endsAt: string;
  signupDeadline: string;
  capacity: number;
  audience: Audience;
}

export interface CheckInResult {
  event: ClubEventSummary;
  checkedInAt: string;
  alreadyCheckedIn: boolean;
}

/** A photo picked on the phone, then uploaded: `url` once it is on the server. */
export interface PickedImage {
  path: string;
  url?: string;
  status?: 'checking' | 'pass';
}
