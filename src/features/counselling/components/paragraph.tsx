import { Text } from '@tarojs/components';
import { CellGroup } from '@/components';

/** A titled block of free text (a note, an arrangement, a reason) in body-size type. */
export function Paragraph({ title, text }: { title: string; text: string }) {
  return (
    <CellGroup title={title}>
      <Text className="cs-paragraph" userSelect>
        {text}
      </Text>
    </CellGroup>
  );
}
