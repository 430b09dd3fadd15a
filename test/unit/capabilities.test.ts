import { can, type Capabilities } from '../../src/services/capabilities';

const none: Capabilities = {
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

describe('can (the server’s capabilities, read on the client)', () => {
  it('answers each capability as the server decided it', () => {
    const officer = { capabilities: { ...none, officer: true, workbench: true } };
    expect(can(officer, 'officer')).toBe(true);
    expect(can(officer, 'workbench')).toBe(true);
    expect(can(officer, 'upperUnion')).toBe(false);
  });

  it('allows nothing without a member, or for a member cached before capabilities were sent', () => {
    expect(can(null, 'member')).toBe(false);
    expect(can(undefined, 'officer')).toBe(false);
    expect(can({}, 'officer')).toBe(false);
  });
});
