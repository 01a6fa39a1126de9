import { FIELDS, labelsFor, type Field, type Lang } from '@danvan/core';

/**
 * A default title that names the one field a chart is filtered to. Core's `queryTitle` says what is counted,
 * by what, where and when, but not the filters, so a stat or a single line of one field would read as the
 * province's total. The field goes after what is counted: "Số mô hình, lĩnh vực kinh tế, tỉnh Hà Tĩnh" /
 * "Models, economic field, Hà Tĩnh province". Anything but one known field leaves the title as it is.
 *
 * @example
 * withFieldTitle('Số mô hình, tỉnh Hà Tĩnh, 2013–2023', 'economic', 'vi');
 * // 'Số mô hình, lĩnh vực kinh tế, tỉnh Hà Tĩnh, 2013–2023'
 */
export function withFieldTitle(title: string, field: string | undefined, lang: Lang): string {
  const key = field?.trim();
  if (!key || !(FIELDS as readonly string[]).includes(key)) return title;
  const label = labelsFor(lang).field[key as Field];
  // Only the first letter is lowered: "xây dựng Đảng" keeps its capital.
  const name = label.charAt(0).toLocaleLowerCase(lang) + label.slice(1);
  const part = lang === 'en' ? `${name} field` : `lĩnh vực ${name}`;
  const i = title.indexOf(', ');
  return i < 0 ? `${title}, ${part}` : `${title.slice(0, i)}, ${part}${title.slice(i)}`;
}
