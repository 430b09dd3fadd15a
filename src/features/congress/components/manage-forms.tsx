import { useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { a11y, Cell, CellGroup, ChoiceChips, FormField, showSuccess } from '@/components';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import {
  createDepartment,
  createSession,
  listDelegates,
  listDepartments,
  setDelegate,
  setDepartmentActive,
} from '../api';
import { addDays, formatDate, todayIn } from '../labels';
import { SubmitBar } from './submit-bar';
import './congress.css';

function DateRow({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <Picker mode="date" value={value} onChange={(e) => onChange(e.detail.value)}>
      <FormField label={label}>
        <View className="ui-input" {...a11y({ role: 'button', label: `${label} ${formatDate(value)}，点按修改` })}>
          <Text>{formatDate(value)}</Text>
        </View>
      </FormField>
    </Picker>
  );
}

/** 开设会议: the session's name, its term and the collection window; 附议人数 is the union's rule in force. */
export function SessionForm({ secondersRequired, onCreated }: { secondersRequired: number; onCreated: () => void }) {
  const today = todayIn();
  const [term, setTerm] = useState('');
  const [title, setTitle] = useState('');
  const [opensOn, setOpensOn] = useState(today);
  const [closesOn, setClosesOn] = useState(addDays(today, 20));
  const action = useAction(createSession);
  const submit = async () => {
    if (!term.trim() || !title.trim()) return action.setError('请填写届次和会议名称');
    if (await action.run({ term: term.trim(), title: title.trim(), opensOn, closesOn })) {
      showSuccess('已开设');
      onCreated();
    }
  };
  return (
    <CellGroup title="开设会议与提案征集期">
      <FormField label="届次">
        <Input
          className="ui-input"
          placeholder="如 第五届"
          maxlength={20}
          value={term}
          onInput={(e) => setTerm(e.detail.value)}
          aria-label="届次"
          data-testid="session-term"
        />
      </FormField>
      <FormField label="会议名称">
        <Input
          className="ui-input"
          placeholder="如 第五届教代会第三次会议"
          maxlength={40}
          value={title}
          onInput={(e) => setTitle(e.detail.value)}
          aria-label="会议名称"
          data-testid="session-title"
        />
      </FormField>
      <DateRow label="征集开始" value={opensOn} onChange={setOpensOn} />
      <DateRow label="征集截止" value={closesOn} onChange={setClosesOn} />
      <Text className="congress-form__hint" data-testid="session-seconders">
        {`本次会议的每件提案需要 ${secondersRequired} 位代表附议（按本工会的附议人数设置）。`}
      </Text>
      <SubmitBar error={action.error} busy={action.busy} onClick={submit} testId="session-create" ariaLabel="开设会议">
        开设会议
      </SubmitBar>
    </CellGroup>
  );
}

const ROLES = [
  { key: 'delegate', label: '代表' },
  { key: 'committee', label: '代表兼提案工作委员会委员' },
  { key: 'none', label: '取消代表身份' },
] as const;

/** 代表 of one term, marked by 工号 from the roster. */
export function DelegateForm({ term }: { term: string }) {
  const [staffNo, setStaffNo] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]['key']>('delegate');
  // A failure to list leaves the list empty: marking a 代表 still works and answers the new list.
  const delegates = usePageData(() => listDelegates(term), { deps: [term], onShow: false });
  const list = delegates.data?.items ?? [];
  const action = useAction(setDelegate);
  const submit = async () => {
    if (!staffNo.trim()) return action.setError('请填写工号');
    const next = await action.run(term, staffNo.trim(), role);
    if (next) {
      delegates.setData(() => next);
      setStaffNo('');
    }
  };
  return (
    <CellGroup title={`${term}代表（${list.length} 人）`} testId="delegate-list">
      {list.map((d) => (
        <Cell key={d.memberId} title={d.name} label={d.staffNo} value={d.committee ? '提案工作委员会' : '代表'} />
      ))}
      {list.length === 0 && <Cell title="还没有标记代表" />}
      <FormField label="工号">
        <Input
          className="ui-input"
          placeholder="名册中的工号"
          maxlength={20}
          value={staffNo}
          onInput={(e) => setStaffNo(e.detail.value)}
          aria-label="代表的工号"
          data-testid="delegate-staff-no"
        />
      </FormField>
      <View className="congress-form__block">
        <ChoiceChips items={ROLES} value={role} onChange={setRole} testIdPrefix="delegate-role-" shape="card" />
      </View>
      <SubmitBar
        type="default"
        error={action.error}
        busy={action.busy}
        onClick={submit}
        testId="delegate-save"
        ariaLabel="保存代表身份"
      >
        保存
      </SubmitBar>
    </CellGroup>
  );
}

/** 承办部门: added by name, paused rather than deleted so old motions keep theirs. */
export function DepartmentForm() {
  const departments = usePageData(listDepartments, { onShow: false });
  const list = departments.data ?? [];
  const reload = departments.reload;
  const [name, setName] = useState('');
  const add = useAction(createDepartment);
  const toggle = useAction(setDepartmentActive);
  const submit = async () => {
    if (!name.trim()) return add.setError('请填写部门名称');
    if (await add.run(name.trim())) {
      setName('');
      await reload();
    }
  };
  return (
    <CellGroup title="承办部门" testId="department-list">
      {list.map((d) => (
        <Cell
          key={d.id}
          title={d.name}
          value={d.active ? '停用' : '启用'}
          ariaLabel={`${d.active ? '停用' : '启用'}${d.name}`}
          onClick={() => void toggle.run(d.id, !d.active).then(reload)}
          label={d.active ? '使用中' : '已停用'}
        />
      ))}
      <FormField label="新部门">
        <Input
          className="ui-input"
          placeholder="如 总务处"
          maxlength={20}
          value={name}
          onInput={(e) => setName(e.detail.value)}
          aria-label="新承办部门名称"
          data-testid="department-name"
        />
      </FormField>
      <SubmitBar
        type="default"
        error={add.error ?? toggle.error}
        busy={add.busy}
        onClick={submit}
        testId="department-add"
        ariaLabel="添加承办部门"
      >
        添加
      </SubmitBar>
    </CellGroup>
  );
}
