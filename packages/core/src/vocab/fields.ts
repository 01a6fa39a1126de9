/**
 * The four fields of the movement, in the order the province reports them.
 * Vietnamese: kinh tế; văn hóa - xã hội; quốc phòng - an ninh; xây dựng Đảng, hệ thống chính trị.
 */
export const FIELDS = ['economic', 'culture-society', 'defense-security', 'party-building'] as const;

/** One of the movement's four fields. */
export type Field = (typeof FIELDS)[number];
