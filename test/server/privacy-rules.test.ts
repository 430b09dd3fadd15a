import fs from 'node:fs';
import path from 'node:path';
import { ERASURE_RULES, RULES_VERSION } from '../../server/src/services/personal-data';

const MIGRATIONS_DIR = path.resolve(__dirname, '../../server/migrations');
const DOC = fs.readFileSync(path.resolve(__dirname, '../../docs/personal-data.md'), 'utf8');

/** The rows of the table under "## 注销规则": its first two columns. */
function documentedRules() {
  const section = DOC.split('## 注销规则')[1]!.split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| 数据') && !line.startsWith('|---'))
    .map((line) => {
      const [area, tables] = line
        .split('|')
        .slice(1, 3)
        .map((cell) => cell.trim());
      return { area: area!, tables: [...tables!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!) };
    });
}

describe('the erasure rules as documented', () => {
  it('are the rules the code runs, row for row and in the same order', () => {
    expect(documentedRules()).toEqual(ERASURE_RULES.map(({ area, tables }) => ({ area, tables })));
    expect(DOC).toContain(`规则版本：${RULES_VERSION}`);
  });

  it('name every table that has a column pointing at a member, so a new feature’s table cannot be forgotten', () => {
    // Tables that point at members (member_id, created_by, author_id …) in any migration, created or altered.
    const sql = fs
      .readdirSync(MIGRATIONS_DIR)
      .map((f) => fs.readFileSync(path.join(MIGRATIONS_DIR, f), 'utf8'))
      .join('\n');
    const pointing = new Set<string>();
    for (const statement of sql.split(';')) {
      const table = statement.match(/(?:CREATE|ALTER) TABLE (\w+)/)?.[1];
      if (table && /REFERENCES members\b/.test(statement)) pointing.add(table);
    }
    const covered = new Set(ERASURE_RULES.flatMap((r) => r.tables));
    // Officers' own work (who created a room closure, who published a notice) names a member by
    // id only; the tombstone keeps those links meaningful without any personal data.
    const officerRecords = [
      'notices',
      'club_events',
      'room_closures',
      'booking_series',
      'surveys',
      'reception_series',
      'reception_sessions',
      'union_closed_days',
      'counselling_settings',
      'counsellor_leave',
      'help_settings',
      // 建家评家 is the work of officers on behalf of their union.
      'assessment_standards',
      'assessment_rounds',
      'self_assessments',
      'self_assessment_files',
      'assessment_peer_reviews',
      // 教代会 sessions are opened by officers.
      'congress_sessions',
    ];
    const missing = [...pointing].filter((t) => !covered.has(t) && !officerRecords.includes(t));
    expect(missing).toEqual([]);
  });
});
