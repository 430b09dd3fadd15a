import { toolsFor, WORKBENCH_GROUPS } from '../../src/features/admin/workbench-tools';

const keysFor = (...roles: Parameters<typeof toolsFor>[0]) => toolsFor(roles).flatMap((g) => g.tools.map((t) => t.key));

describe('工作台 tools by role', () => {
  it('gives a counsellor the desk and the schedule, and nothing of the staff’s', () => {
    expect(keysFor('counsellor')).toEqual(['counselling-desk', 'counselling-schedule']);
  });

  it('gives the district account its roll-up only', () => {
    expect(keysFor('supervisor')).toEqual(['survey-rollup']);
  });

  it('gives staff and the chair every room, closure, series, help, club, evaluation and reception tool', () => {
    for (const role of ['staff', 'chair'] as const) {
      expect(keysFor(role)).toEqual(
        expect.arrayContaining([
          'booking-rooms',
          'booking-closures',
          'booking-series',
          'help-queue',
          'clubs-manage',
          'survey-manage',
          'reception-publish',
        ]),
      );
      expect(keysFor(role)).not.toContain('counselling-desk');
    }
  });

  it('leaves out a group with nothing for the role, and names every tool once', () => {
    expect(toolsFor(['counsellor']).map((g) => g.title)).toEqual(['心理咨询']);
    const all = WORKBENCH_GROUPS.flatMap((g) => g.tools.map((t) => t.key));
    expect(new Set(all).size).toBe(all.length);
  });
});
