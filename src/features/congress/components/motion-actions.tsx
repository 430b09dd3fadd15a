import { View, Text } from '@tarojs/components';
import { Button, FormError } from '@/components';
import { useAction } from '@/lib/use-action';
import { secondMotion, submitMotion } from '../api';
import type { Motion } from '../types';
import { RatingForm } from './rating-form';
import { ReplyForm } from './reply-form';
import { ReviewForm } from './review-form';
import './congress.css';

interface Props {
  motion: Motion;
  onChange: (next: Motion) => void;
}

/** The next step the viewer may take on this motion; the server decides which (`can`). */
export function MotionActions({ motion: m, onChange }: Props) {
  const second = useAction(secondMotion);
  const submit = useAction(submitMotion);
  const run = async (action: typeof second | typeof submit) => {
    const next = await action.run(m.id);
    if (next) onChange(next);
  };
  const missing = m.secondersRequired - m.seconders.length;
  return (
    <View>
      {(m.can.second || m.can.submit || (m.mine && m.status === 'draft')) && (
        <View className="congress-actions">
          {m.can.second && (
            <Button
              type="primary"
              loading={second.busy}
              onClick={() => void run(second)}
              testId="motion-second"
              label={`附议提案：${m.title}`}
            >
              我要附议
            </Button>
          )}
          {m.mine && m.status === 'draft' && missing > 0 && (
            <Text
              className="congress-intro"
              data-testid="motion-missing"
            >{`还需 ${missing} 位代表附议才能提交。请告知其他代表在“教代会提案”中找到这件提案附议。`}</Text>
          )}
          {m.can.submit && (
            <Button
              type="primary"
              loading={submit.busy}
              onClick={() => void run(submit)}
              testId="motion-submit"
              label="提交提案给提案工作委员会"
            >
              提交提案
            </Button>
          )}
          <FormError message={second.error ?? submit.error} />
        </View>
      )}
      {m.can.review && <ReviewForm motion={m} onChange={onChange} />}
      {m.can.reply && <ReplyForm motion={m} onChange={onChange} />}
      {m.can.rate && <RatingForm motion={m} onChange={onChange} />}
    </View>
  );
}
