import ExcelJS from 'exceljs';
import { ERASED, privacySuite } from './privacy-fixtures';

const { w, privacy } = privacySuite();

describe('个人信息与隐私: what the app holds', () => {
  it('shows the member their profile with the phone masked, each feature’s records, and only a count of evaluations', async () => {
    const response = await privacy('GET', '', w.member.headers);
    expect(response.statusCode).toBe(200);
    const data = response.json();
    expect(data.profile).toMatchObject({
      name: ERASED.name,
      phone: '139****5678',
      branchName: '语文组分工会',
      wechatBound: true,
      roles: [],
    });
    const counts = Object.fromEntries(data.sections.map((s: { key: string; count: number }) => [s.key, s.count]));
    expect(counts).toEqual({
      bookings: 3,
      bookingSuspensions: 1,
      helpCases: 2,
      receptionAppointments: 2,
      counsellingAppointments: 2,
      counsellingConsents: 1,
      clubMemberships: 1,
      clubApplications: 1,
      clubSignUps: 2,
      careReceived: 0,
      messages: 2,
    });
    const bookings = data.sections.find((s: { key: string }) => s.key === 'bookings');
    expect(bookings.items[0]).toMatchObject({ title: '乒乓球室', detail: '已预约' });
    expect(data.surveys.participated).toBe(1);
    // Nothing of anyone else, and nothing of the evaluation answers.
    expect(response.body).not.toContain('司马静');
    expect(response.body).not.toContain('食堂饭菜');
    expect(response.body).not.toContain(ERASED.phone);
  });

  it('downloads everything as JSON and as an XLSX workbook, and logs each download', async () => {
    const json = await privacy('GET', '/export?format=json', w.member.headers);
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toContain('attachment');
    const file = JSON.parse(json.body);
    expect(file.profile).toMatchObject({ name: ERASED.name, phone: ERASED.phone });
    expect(file.helpCases.map((c: { title: string }) => c.title)).toEqual(['子女入学咨询', '欧阳明远母亲住院']);
    expect(file.counsellingAppointments[1]).toMatchObject({ counsellor: '陈老师', alias: '小欧', status: '已完成' });
    expect(file.surveys.participated).toBe(1);
    expect(json.body).not.toContain('食堂饭菜');

    const xlsx = await privacy('GET', '/export?format=xlsx', w.member.headers);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['个人资料', '活动中心预约', '困难帮扶与求助', '心理咨询预约', '消息']),
    );
    expect(book.getWorksheet('个人资料')!.getRow(1).values).toEqual([undefined, '姓名', ERASED.name]);
    // Times read as Beijing time in WPS or Excel: the 10:00 visit says 10:00, not 02:00 UTC.
    const bookings = book.getWorksheet('活动中心预约')!;
    const starts = bookings.getColumn(2).values.slice(2);
    expect(starts).toContain('2025-03-10 10:00');
    for (const value of starts) expect(String(value)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    const log = await w.db.query(
      `SELECT detail FROM audit_log WHERE action = 'privacy.data.export' AND actor_id = $1 ORDER BY id`,
      [w.member.id],
    );
    expect(log).toEqual([{ detail: { format: 'json' } }, { detail: { format: 'xlsx' } }]);
    expect((await privacy('GET', '/export?format=pdf', w.member.headers)).json().message).toContain('文件格式');
  });

  it('says beforehand what erasing the account will cancel and delete', async () => {
    const response = await privacy('GET', '/erasure', w.member.headers);
    expect(response.statusCode).toBe(200);
    const effects = Object.fromEntries(
      response.json().effects.map((e: { key: string; count: number }) => [e.key, e.count]),
    );
    expect(response.json()).toMatchObject({ allowed: true, refusal: null });
    expect(effects).toEqual({
      bookings: 1,
      counselling: 1,
      reception: 1,
      signUps: 1,
      clubs: 1,
      openCases: 1,
      attachments: 1,
      messages: 2,
    });
  });
});
