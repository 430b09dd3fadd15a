import { Text, View } from '@tarojs/components';
import { Button, showSuccess } from '@/components';
import { updateMotion } from '../api';
import type { Motion } from '../types';
import { MotionForm } from './motion-form';
import './congress.css';

/** 修改草稿, offered to the proposer only while no 代表 has seconded (`can.edit`): a seconder agreed to the words as they stood. */
export function EditDraftButton({ motion: m, onClick }: { motion: Motion; onClick: () => void }) {
  if (!m.can.edit) return null;
  return (
    <View className="congress-actions">
      <Button onClick={onClick} testId="motion-edit" label={`修改草稿：${m.title}`}>
        修改草稿
      </Button>
    </View>
  );
}

interface Props {
  motion: Motion;
  onSaved: (next: Motion) => void;
  onCancel: () => void;
}

/** The draft's text in the same form it was written in; the page shows it in place of the motion. */
export function DraftEditor({ motion: m, onSaved, onCancel }: Props) {
  return (
    <View data-testid="motion-editor">
      <Text className="congress-intro">修改草稿：改好后点“保存修改”。有代表附议后，提案内容就不能再改了。</Text>
      <MotionForm
        initial={{ title: m.title, category: m.category, reason: m.reason, proposal: m.proposal }}
        submitLabel="保存修改"
        onSubmit={async (draft) => {
          // The same words saved twice are still the same draft: a double tap is harmless here.
          const next = await updateMotion(m.id, draft);
          showSuccess('已保存');
          onSaved(next);
        }}
      />
      <View className="ui-form-actions">
        <Button onClick={onCancel} testId="motion-edit-cancel" label="放弃修改，返回提案">
          放弃修改
        </Button>
      </View>
    </View>
  );
}
