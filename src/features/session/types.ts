export type Role = 'staff' | 'chair' | 'counsellor' | 'supervisor'

export type UnionKind = 'city' | 'district' | 'school' | 'branch'

export interface RoleGrant {
  role: Role
  unionId: number
  unionName: string
}

export interface Me {
  id: number
  name: string
  staffNo: string
  union: { id: number; name: string; kind: UnionKind }
  branch: { id: number; name: string } | null
  roles: RoleGrant[]
}

export interface Session {
  token: string
  expiresAt: string
  member: Me
}

export type AuthMode = 'dev' | 'wechat' | 'cloudrun'

export interface AuthConfig {
  mode: AuthMode
  unionName?: string
}

export interface DevAccount {
  staffNo: string
  name: string
  unionName: string
  // The contract says Role[]; accept grant objects too so either server shape renders.
  roles: Array<Role | Pick<RoleGrant, 'role'>>
}

export type WechatLoginResult =
  | ({ status: 'bound' } & Session)
  | { status: 'unbound'; ticket: string; expiresAt: string }

export interface BindInput {
  ticket: string
  name: string
  staffNo: string
  phoneLast4: string
}
