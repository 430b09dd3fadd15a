import { devAccountRoleLabels, memberRoleLabels } from '../../src/features/session/roles';
import { isTabPage, readIdParam, readParam, withQuery } from '../../src/lib/routes';

describe('role labels', () => {
  it('always shows 会员 first, then each officer role once', () => {
    expect(memberRoleLabels({ roles: [] })).toEqual(['会员']);
    expect(
      memberRoleLabels({
        roles: [
          { role: 'counsellor', unionId: 2, unionName: 'A' },
          { role: 'staff', unionId: 2, unionName: 'A' },
          { role: 'staff', unionId: 3, unionName: 'B' },
        ],
      }),
    ).toEqual(['会员', '工会干事', '心理咨询师']);
  });

  it('reads demo account roles given as names or as grants', () => {
    expect(devAccountRoleLabels({ roles: ['chair'] })).toEqual(['会员', '工会主席']);
    expect(devAccountRoleLabels({ roles: [{ role: 'supervisor' }] })).toEqual(['会员', '上级工会']);
  });
});

describe('routes', () => {
  it('builds and reads route params', () => {
    expect(withQuery('/pages/bind/index', { ticket: 'a b/c' })).toBe('/pages/bind/index?ticket=a%20b%2Fc');
    expect(readParam('a%20b%2Fc')).toBe('a b/c');
    expect(readParam('100%')).toBe('100%');
    expect(readParam(undefined)).toBe('');
  });

  it('accepts only positive integer ids', () => {
    expect(readIdParam('3')).toBe(3);
    expect(readIdParam('0')).toBeNull();
    expect(readIdParam('3abc')).toBeNull();
    expect(readIdParam(undefined)).toBeNull();
  });

  it('knows which message links are tab pages', () => {
    expect(isTabPage('/pages/messages/index')).toBe(true);
    expect(isTabPage('pages/home/index?x=1')).toBe(true);
    expect(isTabPage('/packages/notices/pages/detail/index?id=3')).toBe(false);
  });
});
