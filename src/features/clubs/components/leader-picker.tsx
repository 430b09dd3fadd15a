import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Button, Cell, ChoiceChips, EmptyView } from '@/components';
import { searchClubPeople } from '../api';
import type { Person } from '../types';
import { useAction } from '@/lib/use-action';
import './clubs.css';

interface Props {
  value: Person[];
  onChange: (leaders: Person[]) => void;
}

/** 负责人: the chosen leaders as removable chips, and a search of the union's members by name or 工号. */
export function LeaderPicker({ value, onChange }: Props) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Person[] | null>(null);
  const { busy: searching, error, run } = useAction();
  const search = () => (q.trim() ? run('search', async () => setFound(await searchClubPeople(q.trim()))) : undefined);
  const chosen = new Set(value.map((p) => p.id));
  return (
    <View>
      {value.length > 0 ? (
        <ChoiceChips
          shape="card"
          className="clubs-chips"
          testId="leader-chosen"
          items={value.map((p) => ({ key: p.id, label: `${p.name} ×` }))}
          value={[...chosen]}
          onChange={(id) => onChange(value.filter((x) => x.id !== id))}
        />
      ) : (
        <View className="clubs-hint clubs-hint--empty" data-testid="leader-chosen">
          还没有指定负责人（至少一位，最多五位）
        </View>
      )}
      <View className="clubs-search-row">
        <Input
          className="clubs-reply"
          placeholder="输入姓名或工号查找"
          aria-label="按姓名或工号查找负责人"
          value={q}
          confirmType="search"
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => void search()}
          data-testid="leader-search"
        />
        <Button size="small" loading={searching} onClick={() => void search()} testId="leader-search-go">
          查找
        </Button>
      </View>
      {error && <View className="clubs-hint clubs-hint--error">{error}</View>}
      {found && (
        <View data-testid="leader-results">
          {found.map((p) => (
            <Cell
              key={p.id}
              title={p.name}
              label={`工号 ${p.staffNo}`}
              value={
                <Button
                  size="small"
                  type="primary"
                  disabled={chosen.has(p.id) || value.length >= 5}
                  onClick={() => onChange([...value, p])}
                >
                  {chosen.has(p.id) ? '已选' : '选为负责人'}
                </Button>
              }
            />
          ))}
          {found.length === 0 && <EmptyView text="没有找到这位会员" />}
        </View>
      )}
    </View>
  );
}
