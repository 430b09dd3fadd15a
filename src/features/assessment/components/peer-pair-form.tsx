import { useState } from 'react';
import { Picker, View } from '@tarojs/components';
import { Button, CellGroup, FormError, FormField } from '@/components';
import type { PeerPairInput } from '../types';
import { PickerValue } from './picker-value';

interface School {
  unionId: number;
  unionName: string;
}

/** One pair added by hand: which school is looked over, and which school looks. */
export function PeerPairForm({
  schools,
  onAdd,
}: {
  schools: School[];
  /** Answers why the pair was not added, or null. */
  onAdd: (pair: PeerPairInput) => string | null;
}) {
  const [school, setSchool] = useState(0);
  const [reviewer, setReviewer] = useState(Math.min(1, schools.length - 1));
  const [error, setError] = useState<string | null>(null);
  const names = schools.map((s) => s.unionName);
  const field = (label: string, index: number, set: (i: number) => void, testId: string) => (
    <Picker mode="selector" range={names} value={index} onChange={(e) => set(Number(e.detail.value))}>
      <FormField label={label}>
        <PickerValue field={label} value={names[index] ?? ''} testId={testId} />
      </FormField>
    </Picker>
  );
  return (
    <CellGroup title="逐对添加" testId="peer-add">
      {field('被查看的学校', school, setSchool, 'peer-school')}
      {field('查看的学校', reviewer, setReviewer, 'peer-reviewer')}
      <FormError message={error} />
      <View className="as-actions">
        <Button
          onClick={() =>
            setError(onAdd({ schoolId: schools[school]!.unionId, reviewerSchoolId: schools[reviewer]!.unionId }))
          }
          testId="peer-add-pair"
        >
          加入安排
        </Button>
      </View>
    </CellGroup>
  );
}
