import { useState } from 'react';
import { Input, Switch, Text, View } from '@tarojs/components';
import { a11y, Button, CellGroup, ChoiceChips, FormError, FormField, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import { choosePdf, choosePhotos, tooLarge } from '../files';
import { CONTACTS, URGENCIES } from '../labels';
import { DESCRIPTION_MAX, MAX_FILES, TITLE_MAX } from '../permissions';
import type { ContactPreference, HelpCategory, LocalFile, NewHelpRequest, Urgency } from '../types';
import { AttachmentGrid } from './attachment-grid';
import { COLORS } from '@/lib/colors';
import './request-form.css';

interface Props {
  categories: HelpCategory[];
  onSubmit: (input: NewHelpRequest, files: LocalFile[]) => Promise<void>;
}

/** 我要求助: what it is about, what happened, how urgent, how to reach the member, and up to 5 photos or PDFs. */
export function RequestForm({ categories, onSubmit }: Props) {
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [contact, setContact] = useState<ContactPreference>('phone');
  const [anonymous, setAnonymous] = useState(false);
  const [files, setFiles] = useState<LocalFile[]>([]);
  const action = useAction(onSubmit);
  const setError = action.setError;
  const category = categories.find((c) => c.id === categoryId);

  const addFiles = async (pick: (count: number) => Promise<LocalFile[]>) => {
    try {
      const picked = await pick(MAX_FILES - files.length);
      const large = tooLarge(picked);
      setError(large.length ? `有 ${large.length} 个文件超过 10 MB，没有添加` : null);
      setFiles((prev) => [...prev, ...picked.filter((f) => !large.includes(f))].slice(0, MAX_FILES));
    } catch {
      // The member closed the picker.
    }
  };

  const submit = async () => {
    if (!category) return setError('请选择求助类别');
    if (!title.trim()) return setError('请填写标题');
    if (!description.trim()) return setError('请写明遇到的困难');
    const input = {
      categoryId: category.id,
      title: title.trim(),
      description: description.trim(),
      urgency,
      contactPreference: contact,
    };
    await action.run(category.allowsAnonymous && anonymous ? { ...input, anonymous: true } : input, files);
  };

  return (
    <View className="help-form">
      <CellGroup title="求助类别">
        <View className="help-block">
          <ChoiceChips
            shape="card"
            items={categories.map((c) => ({ key: c.id, label: c.name }))}
            value={categoryId}
            onChange={setCategoryId}
            testIdPrefix="help-category-"
          />
        </View>
        {category?.allowsAnonymous && (
          <FormField label="匿名提交">
            <View className="help-form__switch">
              <Switch color={COLORS.brandStrong} checked={anonymous} onChange={(e) => setAnonymous(e.detail.value)} />
            </View>
          </FormField>
        )}
      </CellGroup>
      {category?.allowsAnonymous && anonymous && (
        <Text className="help-form__hint">办理人看不到您的姓名，办理进展仍会通知您本人。</Text>
      )}

      <CellGroup title="遇到的困难">
        <FormField label="标题">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder={`一句话说明，${TITLE_MAX}字以内`}
            maxlength={TITLE_MAX}
            value={title}
            onInput={(e) => setTitle(e.detail.value)}
            data-testid="help-title"
          />
        </FormField>
        <TextAreaField
          label="情况说明"
          value={description}
          onInput={setDescription}
          maxLength={DESCRIPTION_MAX}
          placeholder="发生了什么、现在的困难、希望工会帮什么"
          className="help-form__textarea"
          testId="help-description"
        />
      </CellGroup>

      <CellGroup title="紧急程度">
        <View className="help-block">
          <ChoiceChips
            shape="card"
            items={URGENCIES}
            value={urgency}
            onChange={setUrgency}
            testIdPrefix="help-urgency-"
          />
        </View>
      </CellGroup>

      <CellGroup title="希望的联系方式">
        <View className="help-block">
          <ChoiceChips
            shape="card"
            items={CONTACTS}
            value={contact}
            onChange={setContact}
            testIdPrefix="help-contact-"
          />
        </View>
      </CellGroup>

      <CellGroup
        title={`照片或 PDF（选填，${files.length}/${MAX_FILES}）`}
        footer="每个不超过 10 MB。身份证号、银行卡号等请遮挡后再拍。"
      >
        <View className="help-block">
          <AttachmentGrid
            tiles={files.map((f, i) => ({
              key: f.path,
              kind: f.kind,
              src: f.path,
              name: f.name,
              onRemove: () => setFiles((prev) => prev.filter((_, j) => j !== i)),
            }))}
            onAdd={files.length < MAX_FILES ? () => void addFiles(choosePhotos) : undefined}
            addLabel="照片"
          />
          {files.length < MAX_FILES && (
            <Text
              className="link-text help-block__pdf"
              onClick={() => void addFiles(choosePdf)}
              data-testid="help-add-pdf"
              {...a11y({ role: 'button' })}
            >
              添加 PDF 文件
            </Text>
          )}
        </View>
      </CellGroup>

      <FormError message={action.error} />
      <View className="ui-form-actions">
        <Button type="primary" loading={action.busy} onClick={submit} testId="help-submit">
          提交求助
        </Button>
        <Text className="help-form__promise">提交后，受理、答复和办结都会通过消息通知您。</Text>
      </View>
    </View>
  );
}
