import { hasWorkbench } from '../../src/features/admin/permissions';
import { isSchoolOfficer, isUpperOfficer } from '../../src/features/assessment/permissions';
import { isBookingStaff } from '../../src/features/booking/permissions';
import { isClubStaff } from '../../src/features/clubs/labels';
import { handlesHelp } from '../../src/features/help/permissions';
import { canPublishNotices } from '../../src/features/notices/permissions';
import { managesReception } from '../../src/features/reception/labels';
import { canManageSurveys, isSupervisor } from '../../src/features/survey/permissions';
import type { Capabilities, Capability, WithCapabilities } from '../../src/services/capabilities';

// The role rules live in the server's policies (test/server/policy.test.ts asserts them); each feature's
// check must follow the verdict /api/me sent, whatever roles the member holds.
const NONE: Capabilities = {
  member: true,
  officer: false,
  schoolOfficer: false,
  upperUnion: false,
  careSummaryReader: false,
  rosterManager: false,
  counsellor: false,
  workbench: false,
  auditReader: false,
  noticePublisher: false,
  supervisor: false,
};
const granting = (capability: Capability): WithCapabilities => ({ capabilities: { ...NONE, [capability]: true } });
const allBut = (capability: Capability): WithCapabilities => ({
  capabilities: {
    ...(Object.fromEntries(Object.keys(NONE).map((key) => [key, true])) as Capabilities),
    [capability]: false,
  },
});

const checks: [string, (member: WithCapabilities | null | undefined) => boolean, Capability][] = [
  ['hasWorkbench', hasWorkbench, 'workbench'],
  ['isUpperOfficer', isUpperOfficer, 'upperUnion'],
  ['isSchoolOfficer', isSchoolOfficer, 'schoolOfficer'],
  ['isBookingStaff', isBookingStaff, 'officer'],
  ['isClubStaff', isClubStaff, 'officer'],
  ['handlesHelp', handlesHelp, 'officer'],
  ['canPublishNotices', canPublishNotices, 'noticePublisher'],
  ['managesReception', managesReception, 'officer'],
  ['canManageSurveys', canManageSurveys, 'officer'],
  ['isSupervisor', isSupervisor, 'supervisor'],
];

describe.each(checks)('%s reads the server’s verdict', (_name, check, capability) => {
  it(`allows exactly when /api/me grants ${capability}`, () => {
    expect(check(granting(capability))).toBe(true);
    expect(check(allBut(capability))).toBe(false);
  });

  it('refuses nobody signed in, and a cached member the server has not yet answered for', () => {
    expect(check(null)).toBe(false);
    expect(check(undefined)).toBe(false);
    expect(check({})).toBe(false);
  });
});
