import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { Button, CellGroup, ChoiceChips, FormError, FormField, TextField } from '@/components';
import { useAction } from '@/lib/use-action';
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
  const saving = useAction((changes: MemberChanges) => updateMember(member.id, changes), { then: onSaved });
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
    if (!Object.keys(changes).length) return saving.setError('没有修改任何内容');
    void saving.run(changes);
  };

  const field = (key: 'name' | 'staffNo' | 'phone', label: string, placeholder: string, max: number) => (
    <TextField
      label={label}
      placeholder={placeholder}
      maxLength={max}
      type={key === 'phone' ? 'number' : 'text'}
      value={form[key]}
      onInput={(value) => set({ [key]: value })}
      testId={`member-${key}`}
    />
  );
  return (
    <View>
      <CellGroup title="基本资料">
        {field('name', '姓名', '与花名册一致', 30)}
        {field('staffNo', '工号', '字母、数字或短横线', 20)}
        {field('phone', '手机号', '11 位手机号码', 11)}
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
      <FormError message={saving.error} />
      <View className="ui-form-actions">
        <Button type="primary" loading={saving.busy} onClick={save} testId="member-save">
          保存
        </Button>
      </View>
    </View>
  );
}
