import type { PlaceType } from '../vocab/place-types.js';

/**
 * An administrative unit as the gazetteer knows it, for the period it existed in that form.
 * The same code can name different units at different times (phường Nguyễn Du 18077 until 2024, then phường Bắc
 * Hà 18077 after the merger), so a unit is identified by its code *and* its validity.
 */
export interface Place {
  /**
   * The unit's key. GSO codes for units up to 2025-06-30 ("42", "443", "18415"). Units formed on 2025-07-01
   * have codes GSO assigned by reusing a constituent's code; where that code is not in our sources the key is
   * provisional, `R1665-NN` after the item of Resolution 1665/NQ-UBTVQH15 that formed the unit.
   */
  readonly code: string;
  /** The name without its type word: "Thiên Lộc", not "Xã Thiên Lộc". */
  readonly name: string;
  readonly type: PlaceType;
  /** The code of the unit this one belonged to while valid; absent for the province. */
  readonly parent?: string | undefined;
  /** First day in force (`YYYY-MM-DD`), absent when in force since before the data begins. */
  readonly validFrom?: string | undefined;
  /** Last day in force (`YYYY-MM-DD`), absent while still in force. */
  readonly validTo?: string | undefined;
  /** False where the code is not an official GSO code (see `code`). */
  readonly official?: boolean | undefined;
  /** Other spellings seen in official lists ("Cỗ Đạm" beside "Cổ Đạm"), matched by `find`. */
  readonly aliases?: readonly string[] | undefined;
}

/** A pre-reform unit that went into a post-reform one, wholly or in part. */
export interface Succession {
  readonly from: string;
  readonly to: string;
  /** The day the change took effect (`YYYY-MM-DD`). */
  readonly date: string;
  /** `whole` when all of `from` went to `to`; `part` when `from` was split between several units. */
  readonly share: 'whole' | 'part';
}
