import { useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { Button, CellGroup, ChoiceChips, FormError, FormField } from '@/components';
import { errorMessage } from '@/services/http';
import { updateMember } from '../api';
import { ROLE_LABELS, STATUS_LABELS } from '../labels';
import type { AdminRole, Branch, MemberChanges, MemberStatus, RosterMember } from '../types';
import './member-form.css';

interface Props {
  member: RosterMember;
  branches: Branch[];
  /** The roles this union gives: staff, chair and counsellor at a school, supervisor at a district. */
  roleChoices: readonly AdminRole[];
  onSaved: (member: RosterMember) => void;
}

const STATUSES = (['active', 'left'] as const).map((key) => ({ key, label: STATUS_LABELS[key] }));

/** Everything about one member staff may change, saved in one request. */
export function MemberForm({ member, branches, roleChoices, onSaved }: Props) {
  const [form, setForm] = useState({
    name: member.name,
    staffNo: member.staffNo,
    phone: member.phone,
    branchId: member.branchId,
    status: member.status,
    roles: member.roles,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const branchNames = ['不分配分工会', ...branches.map((b) => b.name)];
  const branchIndex = Math.max(0, branches.findIndex((b) => b.id === form.branchId) + 1);
  const toggleRole = (role: AdminRole) =>
    set({ roles: form.roles.includes(role) ? form.roles.filter((r) => r !== role) : [...form.roles, role] });

  const save = async () => {
    const changes: MemberChanges = {};
    if (form.name.trim() !== member.name) changes.name = form.name.trim();
    if (form.staffNo.trim() !== member.staffNo) changes.staffNo = form.staffNo.trim();
    if (form.phone.trim() !== member.phone) changes.phone = form.phone.trim();
    if (form.branchId !== member.branchId) changes.branchId = form.branchId;
    if (form.status !== member.status) changes.status = form.status as MemberStatus;
    if ([...form.roles].sort().join() !== [...member.roles].sort().join()) changes.roles = form.roles;
    if (!Object.keys(changes).length) return setError('没有修改任何内容');
    setError(null);
    setBusy(true);
    try {
      onSaved(await updateMember(member.id, changes));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const input = (key: 'name' | 'staffNo' | 'phone', placeholder: string, max: number) => (
    <Input
      className="ui-input"
      placeholderClass="ui-input-placeholder"
      placeholder={placeholder}
      maxlength={max}
      type={key === 'phone' ? 'number' : 'text'}
      value={form[key]}
      onInput={(e) => set({ [key]: e.detail.value })}
      data-testid={`member-${key}`}
    />
  );
  return (
    <View>
      <CellGroup title="基本资料">
        <FormField label="姓名">{input('name', '与花名册一致', 30)}</FormField>
        <FormField label="工号">{input('staffNo', '字母、数字或短横线', 20)}</FormField>
        <FormField label="手机号">{input('phone', '11 位手机号码', 11)}</FormField>
        <Picker
          className="member-form__branch"
          mode="selector"
          range={branchNames}
          value={branchIndex}
          onChange={(e) => set({ branchId: branches[Number(e.detail.value) - 1]?.id ?? null })}
        >
          <FormField label="分工会">
            <View className="ui-input member-form__picker" data-testid="member-branch">
              <Text>{branchNames[branchIndex]}</Text>
              <Text className="ui-cell__arrow" />
            </View>
          </FormField>
        </Picker>
      </CellGroup>
      <CellGroup title="会籍状态" footer="设为离会后，这位会员的微信绑定会解除，不能再登录。">
        <View className="member-form__chips">
          <ChoiceChips
            items={STATUSES}
            value={form.status}
            onChange={(status) => set({ status })}
            testIdPrefix="member-status-"
          />
        </View>
      </CellGroup>
      <CellGroup title="角色" footer="可以多选，都不选就是普通会员。">
        <View className="member-form__chips">
          <ChoiceChips
            items={roleChoices.map((key) => ({ key, label: ROLE_LABELS[key] }))}
            value={form.roles}
            onChange={toggleRole}
            testIdPrefix="member-role-"
          />
        </View>
      </CellGroup>
      <FormError message={error} />
      <View className="ui-form-actions">
        <Button type="primary" loading={busy} onClick={save} testId="member-save">
          保存
        </Button>
      </View>
    </View>
  );
}
