// The one place that says who may do what; docs/architecture.md explains where a new rule goes.
export {
  allow,
  capabilities,
  declaredPolicy,
  permits,
  type PolicyCheck,
  requireOfficer,
  requirePolicy,
  upperUnionOver,
} from './guard';
export {
  capabilitiesOf,
  clubLeader,
  counsellorOf,
  holds,
  MEMBER_POLICIES,
  type MemberPolicy,
  memberPolicies,
  motionsCommittee,
  OFFICER_ROLES,
  officerOf,
  rosterRolesOf,
  type Standing,
} from './rules';
