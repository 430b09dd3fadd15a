import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Button, ChoiceChips, FormError, FormField } from '@/components';
import { useAction } from '@/lib/use-action';
import { searchMembers } from '../api';
import type { MemberOption } from '../types';
import './care.css';

/** Finds a member in the roster by name or 工号; shows the chosen one with a 更换 button. */
export function MemberPicker({
  value,
  onChange,
}: {
  value: MemberOption | null;
  onChange: (m: MemberOption | null) => void;
}) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<MemberOption[] | null>(null);
  const search = useAction(async () => setFound(await searchMembers(query.trim())));
  if (value) {
    return (
      <FormField label="会员">
        <View className="ui-input" data-testid="care-member">
          {value.name}
          {value.staffNo ? `（${value.staffNo}）` : ''}
        </View>
        <Button size="small" onClick={() => onChange(null)}>
          更换
        </Button>
      </FormField>
    );
  }
  return (
    <View className="care-block">
      <View className="care-search">
        <Input
          className="ui-input"
          value={query}
          placeholder="姓名或工号"
          placeholderClass="ui-input-placeholder"
          aria-label="查找会员：姓名或工号"
          data-testid="care-member-search"
          onInput={(e) => setQuery(e.detail.value)}
          onConfirm={() => void search.run()}
        />
        <Button size="small" loading={search.busy} onClick={() => void search.run()} testId="care-member-find">
          查找
        </Button>
      </View>
      <FormError message={search.error} />
      {found && found.length === 0 && <View className="care-line__meta">名册中没有找到，请换个写法</View>}
      {found && found.length > 0 && (
        <ChoiceChips
          items={found.map((m) => ({ key: m.id, label: `${m.name} ${m.staffNo}` }))}
          value={null}
          testIdPrefix="care-pick-"
          onChange={(id) => onChange(found.find((m) => m.id === id) ?? null)}
        />
      )}
    </View>
  );
}
