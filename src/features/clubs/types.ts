import type { ApiRequestBody, ApiResponse, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); only what the UI adds is written here.
export type ClubSummary = ItemOf<ApiResponse<'listClubs'>['items']>;

export type ClubCategory = ClubSummary['category'];
export type JoinPolicy = ClubSummary['joinPolicy'];
export type MyRole = ClubSummary['myRole'];

export type Club = ApiResponse<'getClub'>;

export type Announcement = ItemOf<Club['announcements']>;

export type ClubEventSummary = ItemOf<Club['upcomingEvents']>;

export type Audience = ClubEventSummary['audience'];

/** A club's leader (id and name), or a member found by the leader picker (with the staff number). */
export type Person = ItemOf<Club['leaders']> &
  Partial<Pick<ItemOf<ApiResponse<'searchClubPeople'>['items']>, 'staffNo'>>;

export type ClubEvent = ApiResponse<'getClubEvent'>;

export type ClubApplication = ItemOf<ApiResponse<'listClubApplications'>['items']>;

export type EventSignUp = ItemOf<ApiResponse<'listClubEventSignUps'>['items']>;

export type ClubMember = ItemOf<ApiResponse<'listClubMembers'>['items']>;

/** The club form's fields; the leaders are chosen apart (createClub adds them, setClubLeaders changes them). */
export type ClubInput = Omit<ApiRequestBody<'createClub'>, 'leaderIds'>;

export type EventRoom = ItemOf<ApiResponse<'listClubEventRooms'>['items']>;

export type NewEvent = ApiRequestBody<'createClubEvent'>;

export type CheckInResult = ApiResponse<'checkInClubEvent'>;

/** A photo picked on the phone, then uploaded: `url` once it is on the server. */
export interface PickedImage {
  path: string;
  url?: string;
  status?: 'checking' | 'pass';
}
