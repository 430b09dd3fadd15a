import { useState } from 'react';
import { Picker, Switch, Text, View } from '@tarojs/components';
import { Button, CellGroup, FormError, FormField, TextAreaField, TextField } from '@/components';
import { useAction } from '@/lib/use-action';
import { publishNotice } from '../api';
import { BODY_MAX, CATEGORY_LABELS, PUBLISH_CATEGORIES, TITLE_MAX } from '../categories';
import type { Notice, NoticeCategory } from '../types';
import { COLORS } from '@/lib/colors';
import './publish-form.css';

interface Props {
  initialCategory: NoticeCategory;
  onPublished: (notice: Notice) => void;
}

export function PublishForm({ initialCategory, onPublished }: Props) {
  const [category, setCategory] = useState<NoticeCategory>(initialCategory);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [pinned, setPinned] = useState(false);
  const publish = useAction(publishNotice, { then: onPublished });

  const submit = () => {
    if (!title.trim()) return publish.setError('请填写标题');
    if (!body.trim()) return publish.setError('请填写正文');
    void publish.run({ category, title: title.trim(), body, pinned });
  };

  const labels = PUBLISH_CATEGORIES.map((c) => CATEGORY_LABELS[c]);
  return (
    <View>
      <CellGroup>
        <Picker
          className="ui-picker"
          mode="selector"
          range={labels}
          value={PUBLISH_CATEGORIES.indexOf(category)}
          onChange={(e) => setCategory(PUBLISH_CATEGORIES[Number(e.detail.value)] ?? category)}
        >
          <FormField label="栏目">
            <Text className="ui-input publish-form__picker">{CATEGORY_LABELS[category]}</Text>
            <Text className="ui-cell__arrow" />
          </FormField>
        </Picker>
        <TextField
          label="标题"
          placeholder={`不超过${TITLE_MAX}字`}
          maxLength={TITLE_MAX}
          value={title}
          onInput={setTitle}
        />
        <TextAreaField
          label="正文"
          value={body}
          onInput={setBody}
          maxLength={BODY_MAX}
          placeholder="请输入正文，换行会原样保留"
        />
        <FormField label="置顶">
          <View className="publish-form__switch">
            <Switch color={COLORS.brandStrong} checked={pinned} onChange={(e) => setPinned(e.detail.value)} />
          </View>
        </FormField>
      </CellGroup>
      <FormError message={publish.error} />
      <View className="ui-form-actions">
        <Button type="primary" loading={publish.busy} onClick={submit} testId="publish-submit">
          发布
        </Button>
      </View>
    </View>
  );
}
