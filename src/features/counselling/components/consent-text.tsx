import { Text, View } from '@tarojs/components';
import { consentSections } from '../consent-text';
import type { Policy } from '../types';
import './consent-text.css';

/** 《心理咨询知情同意书》, section by section. */
export function ConsentText({ policy }: { policy: Policy }) {
  return (
    <View className="cs-consent" data-testid="consent-text">
      <Text className="cs-consent__title">心理咨询知情同意书</Text>
      <Text className="cs-consent__intro">
        学校工会请专业心理咨询师为教职工提供一对一的倾听和支持。开始之前，请花两分钟看看我们会怎样对待您的信息。
      </Text>
      {consentSections(policy).map((section) => (
        <View key={section.title} className="cs-consent__section">
          <Text className="cs-consent__heading">{section.title}</Text>
          {section.paragraphs.map((p) => (
            <Text key={p} className="cs-consent__paragraph">
              {p}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
