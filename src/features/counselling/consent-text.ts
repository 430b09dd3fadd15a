import type { Policy } from './types';

/** The version of the text below; the server records it with the member's agreement. */
export const CONSENT_VERSION = '2026-11';

export interface ConsentSection {
  title: string;
  paragraphs: string[];
}

/** 《心理咨询知情同意书》 in plain words: what, why, who sees it, how long, how to withdraw. */
export function consentSections(policy: Pick<Policy, 'retentionYears' | 'maxUpcoming'>): ConsentSection[] {
  return [
    {
      title: '我们会记录什么',
      paragraphs: [
        '您选择的咨询师、时间和咨询方式；您自愿填写的化名、想说的话和联系方式；咨询结束后您给的评分；咨询师为做好咨询写下的笔记。',
        '这些属于心理健康方面的信息，是法律规定的敏感个人信息，所以要先征得您的单独同意。您不同意，我们就不记录任何内容。',
      ],
    },
    {
      title: '为什么要记录',
      paragraphs: [
        '只用于为您安排咨询、提醒您按时参加，以及统计每月的咨询次数来改进服务。',
        '绝不用于考核、评优、职称或任何与工作有关的决定。',
      ],
    },
    {
      title: '谁能看到',
      paragraphs: [
        '只有您本人和为您咨询的那位咨询师能看到预约内容。填写化名时，咨询师只看到化名。',
        '咨询师的笔记加密保存，只有写笔记的咨询师本人能看，您和工会都看不到。',
        '工会主席、工会干事和学校领导只能看到每月的次数（多少人申请、完成多少次、各种方式各多少），看不到任何姓名、内容或原因。咨询师每次查看预约，系统都会留下记录，以备核查。',
        '保密也有例外：如果咨询师发现有伤害自己或他人的紧急危险，会按照职业伦理采取必要的措施保护安全。',
      ],
    },
    {
      title: '保存多久',
      paragraphs: [
        `每次咨询的记录在咨询结束后保存 ${policy.retentionYears} 年。到期后系统自动删除姓名、化名、留言、笔记等一切与您有关的内容，只保留不含身份的次数。`,
      ],
    },
    {
      title: '怎样撤回',
      paragraphs: [
        '您可以随时回到这一页撤回同意。撤回后：',
        '1. 不能再提交新的预约，需要时可以重新同意；',
        '2. 还没开始的预约会自动取消，并通知咨询师；',
        '3. 已有的全部记录会立即删除与您有关的内容（包括咨询师笔记），只保留不含身份的次数。',
        '撤回不影响撤回前已经进行的咨询。',
      ],
    },
    {
      title: '预约规则',
      paragraphs: [`同一时间最多保留 ${policy.maxUpcoming} 个未完成的预约。提交后由咨询师确认，确认前可以随时取消。`],
    },
  ];
}
