export type ClubCategory = 'sports' | 'arts' | 'culture' | 'other'
export type JoinPolicy = 'open' | 'approval' | 'closed'
export type MyRole = 'leader' | 'member' | 'pending' | null

export interface ClubSummary {
  id: number
  name: string
  category: ClubCategory
  coverUrl: string | null
  intro: string
  joinPolicy: JoinPolicy
  memberCap: number | null
  memberCount: number
  archived: boolean
  myRole: MyRole
}

export interface ClubEventSummary {
  id: number
  clubId: number
  clubName: string
  title: string
  place: string
  startsAt: string
  endsAt: string
  signupDeadline: string
  capacity: number
  audience: 'members' | 'union'
  confirmedCount: number
  waitlistCount: number
}

export interface Club extends ClubSummary {
  membersVisible: boolean
  leaders: { id: number; name: string }[]
  upcomingEvents: ClubEventSummary[]
  announcements: { id: number; body: string; images: string[]; authorName: string; createdAt: string }[]
  myApplication: { id: number; status: string; reply: string } | null
}

export interface ClubEvent extends ClubEventSummary {
  description: string
  cancelled: boolean
  isLeader: boolean
  mySignUp: { status: 'confirmed' | 'waitlisted'; waitlistPosition: number | null } | null
}

export interface ClubApplication {
  id: number
  memberId: number
  name: string
  reason: string
  createdAt: string
}

export interface EventSignUp {
  memberId: number
  name: string
  status: 'confirmed' | 'waitlisted'
  attended: boolean | null
}
