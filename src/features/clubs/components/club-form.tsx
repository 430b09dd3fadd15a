import { useState } from 'react';
import { Switch, View } from '@tarojs/components';
import { Button, CellGroup, ChoiceChips, FormError, FormField, TextAreaField, TextField } from '@/components';
import { CATEGORIES, POLICIES } from '../labels';
import type { Club, ClubInput, Person } from '../types';
import { useAction } from '@/lib/use-action';
import { LeaderPicker } from './leader-picker';
import { COLORS } from '@/lib/colors';
import './clubs.css';

interface Props {
  club: Club | null;
  onSubmit: (input: ClubInput, leaders: Person[]) => Promise<void>;
}

/** 成立社团 / 编辑社团 (staff): name, kind, introduction, how to join, member cap, roster visibility, leaders. */
export function ClubForm({ club, onSubmit }: Props) {
  const [form, setForm] = useState({
    name: club?.name ?? '',
    category: club?.category ?? 'sports',
    intro: club?.intro ?? '',
    joinPolicy: club?.joinPolicy ?? 'approval',
    memberCap: club?.memberCap ? String(club.memberCap) : '',
    membersVisible: club?.membersVisible ?? true,
  });
  const [leaders, setLeaders] = useState<Person[]>(club?.leaders ?? []);
  const { busy: saving, error, setError, run } = useAction();
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async () => {
    const cap = form.memberCap.trim() ? Number(form.memberCap) : null;
    if (!form.name.trim()) return setError('请填写社团名称');
    if (cap !== null && (!Number.isInteger(cap) || cap < 1)) return setError('人数上限请填正整数，不限可留空');
    if (leaders.length === 0) return setError('请至少指定一位负责人');
    const input = {
      name: form.name.trim(),
      category: form.category,
      intro: form.intro.trim(),
      joinPolicy: form.joinPolicy,
      memberCap: cap,
      membersVisible: form.membersVisible,
    };
    await run('save', () => onSubmit(input, leaders));
  };

  return (
    <View data-testid="club-form">
      <CellGroup title="社团">
        <TextField
          label="社团名称"
          placeholder="如：乒乓球"
          maxLength={30}
          value={form.name}
          onInput={(name) => set({ name })}
          testId="club-name"
        />
        <View className="clubs-label">类别</View>
        <ChoiceChips
          shape="card"
          className="clubs-chips"
          items={CATEGORIES}
          value={form.category}
          onChange={(category) => set({ category })}
          testIdPrefix="club-category-"
        />
        <TextAreaField
          label="社团简介"
          value={form.intro}
          onInput={(value) => set({ intro: value })}
          maxLength={2000}
          placeholder="活动时间、地点、适合谁参加"
          className="clubs-textarea"
          testId="club-intro"
        />
      </CellGroup>
      <CellGroup title="加入方式">
        <ChoiceChips
          shape="card"
          className="clubs-chips"
          items={POLICIES}
          value={form.joinPolicy}
          onChange={(joinPolicy) => set({ joinPolicy })}
          testIdPrefix="club-policy-"
        />
        <TextField
          label="人数上限"
          type="number"
          placeholder="不限"
          maxLength={5}
          value={form.memberCap}
          onInput={(memberCap) => set({ memberCap })}
        />
        <FormField label="成员名单公开">
          <View className="clubs-switch">
            <Switch
              checked={form.membersVisible}
              color={COLORS.brandStrong}
              onChange={(e) => set({ membersVisible: e.detail.value })}
            />
          </View>
        </FormField>
      </CellGroup>
      <CellGroup title="负责人" footer="负责人审核入社申请、发布公告、发起活动、登记签到。">
        <LeaderPicker value={leaders} onChange={setLeaders} />
      </CellGroup>
      <FormError message={error} />
      <View className="clubs-actions">
        <Button type="primary" loading={saving} onClick={() => void submit()} testId="club-submit">
          {club ? '保存' : '成立社团'}
        </Button>
      </View>
    </View>
  );
}
