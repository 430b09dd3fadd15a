export interface PersonalProfile {
  name: string;
  staffNo: string;
  /** Shown with the middle four digits hidden. */
  phone: string;
  unionName: string;
  branchName: string | null;
  roles: string[];
  wechatBound: boolean;
  boundAt: string | null;
  memberSince: string;
  openSessions: number;
}

export interface RecordItem {
  title: string;
  detail: string;
  at: string | null;
}

export interface RecordSection {
  key: string;
  title: string;
  count: number;
  items: RecordItem[];
}

export interface PersonalData {
  profile: PersonalProfile;
  sections: RecordSection[];
  surveys: { participated: number; note: string };
}

export interface ErasureEffect {
  key: string;
  label: string;
  count: number;
  unit: string;
}

export interface ErasurePreview {
  allowed: boolean;
  refusal: string | null;
  effects: ErasureEffect[];
}

export type ExportFormat = 'json' | 'xlsx';
