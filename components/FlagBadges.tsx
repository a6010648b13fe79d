import { i18n } from '#i18n';
import type { QualityFlag } from '@/utils/types';
import { FLAG_ORDER } from '@/utils/ui/format';

const FLAG_LABEL: Record<QualityFlag, () => string> = {
  'too-short': () => i18n.t('ui_flag_too_short'),
  'login-wall': () => i18n.t('ui_flag_login_wall'),
  placeholders: () => i18n.t('ui_flag_placeholders'),
  'whole-page': () => i18n.t('ui_flag_whole_page'),
  selection: () => i18n.t('ui_flag_selection'),
};

export function flagLabel(flag: QualityFlag): string {
  return FLAG_LABEL[flag]?.() ?? flag;
}

/** Quality flags as small badges, in a fixed order. */
export function FlagBadges({ flags }: { flags: readonly QualityFlag[] }) {
  const shown = FLAG_ORDER.filter((flag) => flags.includes(flag));
  if (shown.length === 0) return null;
  return (
    <span class="flags">
      {shown.map((flag) => (
        <span key={flag} class={`flag flag-${flag}`} data-flag={flag}>
          {flagLabel(flag)}
        </span>
      ))}
    </span>
  );
}
